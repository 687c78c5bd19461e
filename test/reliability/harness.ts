// Shared harness of the reliability and security tests: a throw-away workspace (config, templates, invitees,
// outbox), an emulated tenant, the reconciler run in-process through run() or as the real CLI, and counts of
// what each invitee received.
import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '../../emulator/index';
import type { Clock } from '../../reconciler/clock';
import { systemClock } from '../../reconciler/clock';
import { countOutboxMessages, outboxBaseName } from '../../reconciler/mail/outbox';
import { run, type RunOptions, type RunResult } from '../../reconciler/run';
import { LEASE_EMAIL, isLeaseAddress } from '../../reconciler/lease/address';
import { LEASE_KEY } from '../../reconciler/lease/record';
import type { OutputFormat } from '../../reconciler/render/output';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CONNECTION = 'Invitees';

export interface Workspace {
  dir: string;
  config: string;
  invitees: string;
  outbox: string;
  remove(): Promise<void>;
}

export interface InviteeSpec {
  email: string;
  name?: string;
}

type ConfigOverrides = Record<string, Record<string, unknown>>;

/** Settings that make a test quick: a generous rate budget, small bookkeeping batches flushed often. */
export const FAST: ConfigOverrides = {
  rate_limit: { share: 1, per_second: 400, burst: 100 },
  batching: { bookkeeping_flush_every: 25, bookkeeping_flush_seconds: 1, ticket_concurrency: 8 },
};

/** A folder with the project's config (merged with overrides), its templates, and the given invitees. */
export async function makeWorkspace(invitees: readonly InviteeSpec[], overrides: ConfigOverrides = FAST): Promise<Workspace> {
  const dir = await mkdtemp(path.join(tmpdir(), 'reliability-'));
  const config = parse(await readFile(path.join(ROOT, 'invitation.config.yaml'), 'utf8')) as Record<string, unknown>;
  for (const [section, values] of Object.entries(overrides)) {
    config[section] = { ...((config[section] as Record<string, unknown> | undefined) ?? {}), ...values };
  }
  await writeFile(path.join(dir, 'invitation.config.yaml'), stringify(config));
  await cp(path.join(ROOT, 'templates'), path.join(dir, 'templates'), { recursive: true });
  const workspace: Workspace = {
    dir,
    config: path.join(dir, 'invitation.config.yaml'),
    invitees: path.join(dir, 'invitees'),
    outbox: path.join(dir, 'outbox'),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
  await writeInvitees(workspace, invitees);
  return workspace;
}

export async function writeInvitees(workspace: Workspace, invitees: readonly InviteeSpec[]): Promise<void> {
  await rm(workspace.invitees, { recursive: true, force: true });
  await mkdir(workspace.invitees, { recursive: true });
  await writeFile(path.join(workspace.invitees, 'people.yaml'), stringify({ invitees: invitees.map((i) => ({ email: i.email, ...(i.name ? { name: i.name } : {}) })) }));
}

export function people(count: number, prefix = 'person'): InviteeSpec[] {
  return Array.from({ length: count }, (_, i) => ({ email: `${prefix}${String(i).padStart(4, '0')}@example.com`, name: `Person ${i}` }));
}

/** A tenant that looks deployed (the project's connection and login gate), rate limit off unless asked. */
export function startTenant(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  return startEmulator({ cwd: ROOT, rateLimit: 'off', ...options });
}

export function tenantEnv(emulator: RunningEmulator, credentials?: { clientId: string; clientSecret: string }): NodeJS.ProcessEnv {
  return {
    AUTH0_DOMAIN: 'tenant.test.local',
    AUTH0_BASE_URL: emulator.url,
    AUTH0_CLIENT_ID: credentials?.clientId ?? emulator.clientId,
    AUTH0_CLIENT_SECRET: credentials?.clientSecret ?? emulator.clientSecret,
  };
}

export interface CapturedRun extends RunResult {
  stdout: string;
  stderr: string;
}

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

/** The reconciler in-process, exactly as the CLI calls it, with every output captured. */
export async function reconcile(
  workspace: Workspace,
  env: NodeJS.ProcessEnv,
  options: { dryRun?: boolean; format?: OutputFormat; maskEmails?: boolean; clock?: Clock; invitees?: string; config?: string } = {},
): Promise<CapturedRun> {
  const stdout = new Capture();
  const stderr = new Capture();
  const runOptions: RunOptions = {
    invitees: options.invitees ?? workspace.invitees,
    config: options.config ?? workspace.config,
    dryRun: options.dryRun ?? false,
    format: options.format ?? 'text',
    maskEmails: options.maskEmails ?? false,
    detailedExitcode: false,
    allowMassRemoval: false,
    outbox: workspace.outbox,
    env,
    stdout,
    stderr,
    isTTY: false,
    clock: options.clock ?? systemClock,
  };
  const result = await run(runOptions);
  return { ...result, stdout: stdout.text, stderr: stderr.text };
}

/** The real CLI as a child process (`node bin/reconcile.js`), for tests that kill it. */
export function spawnCli(workspace: Workspace, env: NodeJS.ProcessEnv, args: string[] = []): ChildProcess & { output: { stdout: string; stderr: string } } {
  const child = spawn(
    process.execPath,
    [path.join(ROOT, 'bin', 'reconcile.js'), '--invitees', workspace.invitees, '--config', workspace.config, '--outbox', workspace.outbox, ...args],
    { cwd: ROOT, env: { PATH: process.env.PATH, CI: 'true', ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  ) as ChildProcess & { output: { stdout: string; stderr: string } };
  child.output = { stdout: '', stderr: '' };
  child.stdout?.on('data', (chunk: Buffer) => (child.output.stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (child.output.stderr += chunk.toString()));
  return child;
}

export function exitOf(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
}

/** Mails per invitee in the outbox (0 for those without any). */
export async function mailsPerInvitee(workspace: Workspace, invitees: readonly InviteeSpec[]): Promise<Map<string, number>> {
  const counts = await countOutboxMessages(workspace.outbox);
  return new Map(invitees.map((i) => [i.email, counts.get(outboxBaseName(i.email)) ?? 0]));
}

export async function totalMails(workspace: Workspace): Promise<number> {
  let total = 0;
  for (const n of (await countOutboxMessages(workspace.outbox)).values()) total += n;
  return total;
}

/** Tickets the tenant issued per invitee email. */
export function ticketsPerInvitee(emulator: RunningEmulator): Map<string, number> {
  const counts = new Map<string, number>();
  for (const ticket of emulator.state.data.tickets) {
    const user = emulator.state.usersById.get(ticket.user_id);
    if (user) counts.set(user.email, (counts.get(user.email) ?? 0) + 1);
  }
  return counts;
}

/** The users of the gated connection other than the reconciler's lease user and tombstones. */
export function declaredUsers(emulator: RunningEmulator) {
  return emulator.state.data.users.filter((u) => u.connection === CONNECTION && !isLeaseAddress(u.email));
}

export function invitationStatus(user: { app_metadata: Record<string, unknown> }): string | undefined {
  const invitation = user.app_metadata.invitation as { status?: string } | undefined;
  return invitation?.status;
}

/** Lets a crashed holder's lease run out without waiting: its expiry is moved into the past. */
export function expireLease(emulator: RunningEmulator): boolean {
  const user = emulator.state.data.users.find((u) => u.connection === CONNECTION && u.email === LEASE_EMAIL);
  const record = user?.app_metadata[LEASE_KEY] as { expires_at?: string } | undefined;
  if (!record) return false;
  record.expires_at = new Date(0).toISOString();
  emulator.state.changed();
  return true;
}

/** Write requests (anything but GET) the tenant received, from the emulator's own statistics. */
export function writeRequests(emulator: RunningEmulator): Record<string, number> {
  const writes: Record<string, number> = {};
  for (const [route, n] of Object.entries(emulator.stats().requests)) {
    if (!route.startsWith('GET ') && !route.startsWith('POST /oauth/token')) writes[route] = n;
  }
  return writes;
}

/** A seeded PRNG (mulberry32) for kill points and similar choices. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// An emulated tenant plus a reconciler run in-process through `run()`: the same code path as the CLI, real HTTP,
// the real auth0 SDK. Each harness has its own temp folder for invitees, config and outbox.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '../../emulator/index';
import { systemClock, type Clock } from '../../reconciler/clock';
import { countOutboxMessages } from '../../reconciler/mail/outbox';
import { run, type RunResult } from '../../reconciler/run';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CONNECTION = 'Invitees';

export interface ReconcileOutput extends RunResult {
  stdout: string;
  stderr: string;
}

export interface Harness {
  emulator: RunningEmulator;
  dir: string;
  outbox: string;
  /** Replaces the invitee folder with these files (name → YAML text). */
  writeInvitees(files: Record<string, string>): Promise<void>;
  /** Writes the config with these overrides of the defaults below (YAML text appended per top-level key). */
  writeConfig(overrides?: Partial<Record<'tickets' | 'batching' | 'rate_limit' | 'revoke' | 'reinvite', Record<string, unknown>>>): Promise<void>;
  reconcile(flags?: { dryRun?: boolean; format?: 'text' | 'markdown' | 'json'; detailedExitcode?: boolean; allowMassRemoval?: boolean; env?: NodeJS.ProcessEnv; clock?: Clock }): Promise<ReconcileOutput>;
  /** Management API requests (token included) per route since the last call. */
  takeRequests(): Record<string, number>;
  mailsPerInvitee(): Promise<Map<string, number>>;
  close(): Promise<void>;
}

const DEFAULTS = {
  tickets: { ttl_seconds: 604800, mark_email_as_verified: true },
  batching: { import_max_bytes: 500000, import_concurrency: 2, ticket_concurrency: 8, bookkeeping_flush_every: 1000, bookkeeping_flush_seconds: 5 },
  rate_limit: { share: 1, per_second: 1000, burst: 1000 },
  revoke: { policy: 'block', max_fraction: 0.5 },
  reinvite: { expired: true },
};

export async function createHarness(options: EmulatorOptions = {}): Promise<Harness> {
  const dir = await mkdtemp(path.join(tmpdir(), 'reconcile-'));
  const inviteesDir = path.join(dir, 'invitees');
  const configPath = path.join(dir, 'invitation.config.yaml');
  const outbox = path.join(dir, 'outbox');
  await mkdir(inviteesDir);
  const emulator = await startEmulator({ configPath: null, connections: [CONNECTION], rateLimit: 'off', jobLatencyMs: 0, ...options });
  let seen: Record<string, number> = {};

  const harness: Harness = {
    emulator,
    dir,
    outbox,
    async writeInvitees(files) {
      await rm(inviteesDir, { recursive: true, force: true });
      await mkdir(inviteesDir);
      for (const [name, text] of Object.entries(files)) await writeFile(path.join(inviteesDir, name), text);
    },
    async writeConfig(overrides = {}) {
      const sections = { ...DEFAULTS, ...Object.fromEntries(Object.entries(overrides).map(([k, v]) => [k, { ...DEFAULTS[k as keyof typeof DEFAULTS], ...v }])) };
      const yaml = [
        `connection: ${CONNECTION}`,
        'mail:',
        '  from: "Example <no-reply@example.com>"',
        '  app_name: Example',
        "  subject: \"You're invited to {{ app_name }}\"",
        `  html_template: ${JSON.stringify(path.join(ROOT, 'templates/invitation.html.liquid'))}`,
        `  text_template: ${JSON.stringify(path.join(ROOT, 'templates/invitation.txt.liquid'))}`,
        ...Object.entries(sections).map(([key, value]) => `${key}: ${JSON.stringify(value)}`),
      ].join('\n');
      await writeFile(configPath, `${yaml}\n`);
    },
    async reconcile(flags = {}) {
      let stdout = '';
      let stderr = '';
      const sink = (append: (s: string) => void) =>
        new Writable({
          write(chunk, _encoding, callback) {
            append(String(chunk));
            callback();
          },
        });
      const result = await run({
        invitees: inviteesDir,
        config: configPath,
        dryRun: flags.dryRun ?? false,
        format: flags.format ?? 'text',
        maskEmails: false,
        detailedExitcode: flags.detailedExitcode ?? false,
        allowMassRemoval: flags.allowMassRemoval ?? false,
        outbox,
        env: {
          AUTH0_DOMAIN: 'tenant.test.local',
          AUTH0_BASE_URL: emulator.url,
          AUTH0_CLIENT_ID: emulator.clientId,
          AUTH0_CLIENT_SECRET: emulator.clientSecret,
          ...flags.env,
        },
        stdout: sink((s) => (stdout += s)),
        stderr: sink((s) => (stderr += s)),
        isTTY: false,
        clock: flags.clock ?? systemClock,
      });
      return { ...result, stdout, stderr };
    },
    takeRequests() {
      const now = managementRequests(emulator);
      const delta: Record<string, number> = {};
      for (const [key, count] of Object.entries(now)) {
        const d = count - (seen[key] ?? 0);
        if (d > 0) delta[key] = d;
      }
      seen = now;
      return delta;
    },
    mailsPerInvitee: () => countOutboxMessages(outbox),
    async close() {
      await emulator.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
  await harness.writeConfig();
  return harness;
}

/** Requests to the Management API and the token endpoint (not the admin API, ticket page or export downloads). */
export function managementRequests(emulator: RunningEmulator): Record<string, number> {
  return Object.fromEntries(
    Object.entries(emulator.stats().requests).filter(([key]) => key.startsWith('POST /oauth/token') || key.includes(' /api/v2/')),
  );
}

export const total = (requests: Record<string, number>): number => Object.values(requests).reduce((a, b) => a + b, 0);

/** YAML for n invitees named person-<i>@example.com. */
export function inviteesYaml(emails: string[], extra: (email: string) => string = () => ''): string {
  return `invitees:\n${emails.map((email) => `  - email: ${email}\n    name: ${JSON.stringify(`Person ${email.split('@')[0]}`)}\n${extra(email)}`).join('')}`;
}

export const people = (n: number, prefix = 'person'): string[] => Array.from({ length: n }, (_, i) => `${prefix}-${String(i).padStart(4, '0')}@example.com`);

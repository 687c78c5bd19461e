// A throw-away project for one benchmark scenario: invitee files, a config whose template paths are absolute,
// and an outbox, all in a temp dir. Nothing touches the checkout's own invitees/, .outbox/ or .tenant/.
import { accessSync, constants } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CONNECTION = 'Invitees';

export interface RateLimitConfig {
  share: number;
  /** The tenant's sustained limit as the reconciler is told it (requests per second). */
  perSecond: number;
  burst: number;
}

export interface BatchingConfig {
  import_max_bytes: number;
  import_concurrency: number;
  ticket_concurrency: number;
  bookkeeping_flush_every: number;
  bookkeeping_flush_seconds: number;
}

/** The shipped `invitation.config.yaml` batching values: benchmarks measure the defaults people run. */
export const DEFAULT_BATCHING: BatchingConfig = {
  import_max_bytes: 500_000,
  import_concurrency: 2,
  ticket_concurrency: 8,
  bookkeeping_flush_every: 1000,
  bookkeeping_flush_seconds: 5,
};

export interface Workspace {
  dir: string;
  inviteesDir: string;
  configPath: string;
  outbox: string;
  remove(): Promise<void>;
}

/**
 * Where benchmark workspaces go: BENCH_TMPDIR, else /dev/shm (tmpfs) when writable, else the OS temp dir.
 * tmpfs keeps the outbox's per-mail fsync (reconciler/mail/outbox.ts) from measuring the disk instead of the
 * reconciler; BENCHMARKS.md says which was used.
 */
export function benchTempBase(): string {
  if (process.env.BENCH_TMPDIR) return process.env.BENCH_TMPDIR;
  try {
    accessSync('/dev/shm', constants.W_OK);
    return '/dev/shm';
  } catch {
    return tmpdir();
  }
}

export async function createWorkspace(prefix = 'bench-', base = benchTempBase()): Promise<Workspace> {
  const dir = await mkdtemp(path.join(base, prefix));
  const inviteesDir = path.join(dir, 'invitees');
  const outbox = path.join(dir, 'outbox');
  await mkdir(inviteesDir);
  return {
    dir,
    inviteesDir,
    configPath: path.join(dir, 'invitation.config.yaml'),
    outbox,
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

/** `person-000042@example-3.com`: unique, stable, valid for Auth0's import schema. */
export function inviteeEmail(index: number, domains = 10): string {
  return `person-${String(index).padStart(6, '0')}@example-${index % domains}.com`;
}

/** YAML for one invitee, shaped like the examples: name always, given/family names and user_metadata on some. */
function inviteeYaml(index: number): string {
  const lines = [`  - email: ${inviteeEmail(index)}`, `    name: Person ${index}`];
  if (index % 2 === 0) lines.push('    given_name: Person', `    family_name: Number ${index}`);
  if (index % 3 === 0) lines.push('    user_metadata:', '      locale: en-GB');
  return lines.join('\n');
}

/**
 * Writes invitees `first .. first+count-1` spread over `files` files (each with a team default), replacing
 * whatever the folder held. Returns the bytes written.
 */
export async function writeInvitees(dir: string, count: number, files: number, first = 0): Promise<number> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const perFile = Math.ceil(count / files);
  let bytes = 0;
  for (let file = 0; file < files; file++) {
    const from = first + file * perFile;
    const to = Math.min(first + count, from + perFile);
    if (from >= to) break;
    const body = ['defaults:', '  app_metadata:', `    team: team-${file}`, 'invitees:'];
    for (let index = from; index < to; index++) body.push(inviteeYaml(index));
    const text = `${body.join('\n')}\n`;
    bytes += Buffer.byteLength(text);
    await writeFile(path.join(dir, `team-${String(file).padStart(3, '0')}.yaml`), text);
  }
  return bytes;
}

export interface ConfigOptions {
  rateLimit: RateLimitConfig;
  batching?: Partial<BatchingConfig>;
  /** Leave `per_second` and `burst` out (for a schema that does not know them yet). */
  withoutLimitFields?: boolean;
}

/** The config text: the shipped settings, absolute template paths, the given rate limit and batching. */
export function configYaml(options: ConfigOptions): string {
  const batching = { ...DEFAULT_BATCHING, ...options.batching };
  const { share, perSecond, burst } = options.rateLimit;
  const rateLimit = options.withoutLimitFields ? { share } : { share, per_second: perSecond, burst };
  return [
    `connection: ${CONNECTION}`,
    'tickets: { ttl_seconds: 604800, mark_email_as_verified: true }',
    'mail:',
    '  from: "Example Inc. <no-reply@example.com>"',
    '  app_name: Example',
    "  subject: \"You're invited to {{ app_name }}\"",
    `  html_template: ${JSON.stringify(path.join(ROOT, 'templates/invitation.html.liquid'))}`,
    `  text_template: ${JSON.stringify(path.join(ROOT, 'templates/invitation.txt.liquid'))}`,
    `batching: ${JSON.stringify(batching)}`,
    `rate_limit: ${JSON.stringify(rateLimit)}`,
    'revoke: { policy: block, max_fraction: 0.1 }',
    'reinvite: { expired: true }',
    '',
  ].join('\n');
}

export async function writeConfig(workspace: Workspace, options: ConfigOptions): Promise<void> {
  await writeFile(workspace.configPath, configYaml(options));
}

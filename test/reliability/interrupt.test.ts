// Interruptions of the real CLI process: SIGINT and SIGTERM during an apply (with SMTP and with the outbox) stop
// it cleanly, so that the rerun starts at once and sends nobody a second invitation; a second signal quits at
// once; a stop before the apply changes nothing; a reader that closes the pipe never stops an apply.
import { spawn } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../emulator/index';
import { LEASE_EMAIL } from '../../reconciler/lease/address';
import { cleanUpAfterEach } from '../support/cleanup';
import { exitOf, spawnReconcile, type CliProcess } from '../support/cli';
import { CONNECTION } from '../support/config';
import { people, type InviteeSpec } from '../support/invitees';
import { mailsPerInvitee, totalMails } from '../support/outbox';
import { RECONCILE_BIN, ROOT } from '../support/paths';
import { writeRequests } from '../support/requests';
import { reconcile } from '../support/run';
import { startSmtpServer, type TestSmtpServer } from '../support/smtp';
import { startTenant, tenantEnv } from '../support/tenant';
import { declaredUsers, invitationStatus, ticketsPerInvitee } from '../support/tenant-state';
import { createWorkspace, type Workspace } from '../support/workspace';

const INVITEES = 80;

const cleanup = cleanUpAfterEach();
let emulator: RunningEmulator | undefined;
let workspace: Workspace | undefined;
let smtp: TestSmtpServer | undefined;

/** 80 invitees at 40 requests/s: the tickets take about 2 s, so a signal lands in the middle of them. */
async function setUp(invitees: InviteeSpec[], smtpOptions?: Parameters<typeof startSmtpServer>[0]) {
  smtp = undefined;
  emulator = cleanup(await startTenant({ jobLatencyMs: 20 }));
  workspace = cleanup(await createWorkspace({
    prefix: 'interrupt-',
    invitees,
    config: {
      rate_limit: { share: 1, per_second: 40, burst: 5 },
      batching: { bookkeeping_flush_every: 10, bookkeeping_flush_seconds: 1, ticket_concurrency: 4 },
    },
  }));
  if (smtpOptions) smtp = cleanup(await startSmtpServer(smtpOptions));
  // A lease left behind would block the rerun for two minutes.
  return { ...tenantEnv(emulator), RECONCILE_LEASE_SECONDS: '120', ...(smtp ? { SMTP_URL: smtp.url() } : {}) };
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function until(condition: () => Promise<boolean> | boolean, child: CliProcess): Promise<void> {
  while (!(await condition())) {
    if (child.exitCode !== null) throw new Error(`the CLI ended first:\n${child.output.stderr}`);
    await sleep(10);
  }
}

async function mailsSoFar(): Promise<number> {
  return smtp ? smtp.total() : totalMails(workspace!.outbox);
}

async function mailsPerPerson(invitees: InviteeSpec[]): Promise<number[]> {
  if (smtp) return invitees.map((i) => smtp!.received.get(i.email) ?? 0);
  return [...(await mailsPerInvitee(workspace!.outbox, invitees)).values()];
}

async function tempFiles(): Promise<string[]> {
  return (await readdir(workspace!.outbox).catch(() => [] as string[])).filter((f) => f.startsWith('.partial-'));
}

describe('a stop signal during an apply', () => {
  it.each([
    { signal: 'SIGINT', code: 130, mail: 'the outbox' },
    { signal: 'SIGTERM', code: 143, mail: 'the outbox' },
    { signal: 'SIGINT', code: 130, mail: 'SMTP' },
    { signal: 'SIGTERM', code: 143, mail: 'SMTP' },
  ] as const)('$signal with $mail: exit $code after a partial report; the rerun starts at once and sends 0 second invitations', async ({ signal, code, mail }) => {
    const invitees = people(INVITEES, `stop-${signal.toLowerCase()}`);
    const env = await setUp(invitees, mail === 'SMTP' ? {} : undefined);
    const first = spawnReconcile(workspace!, env);
    await until(async () => (await mailsSoFar()) >= 10, first);
    first.kill(signal);
    const exited = await exitOf(first);

    expect(exited.code, first.output.stderr).toBe(code);
    expect(first.output.stderr).toContain('Stopping: no new invitations');
    const applied = /^Applied: (\d+) invited, .*, 0 failed, (\d+) not started\.$/m.exec(first.output.stdout);
    expect(applied, first.output.stdout).not.toBeNull();
    expect(first.output.stdout).toContain(`Stopped early: interrupted by ${signal}. The next run carries out the ${applied![2]} actions not started.`);
    // The report counts exactly what went out; every mail sent is recorded in the tenant; the lease is free.
    const sent = await mailsSoFar();
    expect(Number(applied![1])).toBe(sent);
    expect(Number(applied![1]) + Number(applied![2])).toBe(INVITEES);
    expect(declaredUsers(emulator!).filter((u) => invitationStatus(u) === 'invited')).toHaveLength(sent);
    expect(emulator!.state.userByEmail(CONNECTION, LEASE_EMAIL)).toBeUndefined();
    expect(await tempFiles()).toEqual([]);

    const rerun = spawnReconcile(workspace!, env);
    expect((await exitOf(rerun)).code, rerun.output.stderr).toBe(0);
    expect(rerun.output.stderr).not.toMatch(/lease/i);
    expect(await mailsPerPerson(invitees)).toEqual(invitees.map(() => 1));
    expect([...ticketsPerInvitee(emulator!).values()]).toEqual(invitees.map(() => 1));
  }, 60_000);

  it('a second signal quits at once, without waiting for the mails in flight', async () => {
    const invitees = people(40, 'twice');
    // Each message takes the server 5 s to accept: a clean stop would wait for them.
    const env = await setUp(invitees, { dataDelayMs: 5000 });
    const child = spawnReconcile(workspace!, env);
    await until(() => emulator!.stats().requests['POST /api/v2/tickets/password-change'] !== undefined, child);
    child.kill('SIGINT');
    await until(() => child.output.stderr.includes('Stopping:'), child);
    const second = Date.now();
    child.kill('SIGINT');
    expect((await exitOf(child)).code).toBe(130);
    expect(Date.now() - second).toBeLessThan(2000);
    expect(child.output.stdout).not.toContain('Applied:');
  }, 30_000);
});

describe('a stop before the apply', () => {
  it('before the first request: nothing is sent at all', async () => {
    await setUp(people(5, 'early'));
    const result = await reconcile(workspace!, tenantEnv(emulator!), { stop: AbortSignal.abort('SIGTERM') });
    expect(result.exitCode).toBe(143);
    expect(result.stderr).toContain('Stopped by SIGTERM before applying: nothing was changed.');
    expect(emulator!.stats().requests).toEqual({});
  });

  it('just after the lease was taken: no import, no ticket, and the lease is released', async () => {
    await setUp(people(5, 'leased'));
    const stop = new AbortController();
    const stats = emulator!.context.stats;
    const count = stats.countRequest.bind(stats);
    stats.countRequest = (route: string) => {
      count(route);
      if (route === 'POST /api/v2/users') stop.abort('SIGINT'); // the lease's create
    };
    const result = await reconcile(workspace!, tenantEnv(emulator!), { stop: stop.signal });
    expect(result.exitCode).toBe(130);
    expect(result.stderr).toContain('Stopped by SIGINT before applying: nothing was changed.');
    expect(writeRequests(emulator!.stats())).toEqual({ 'POST /api/v2/users': 1, 'PATCH /api/v2/users/{id}': 1 });
    expect(emulator!.state.userByEmail(CONNECTION, LEASE_EMAIL)).toBeUndefined();
    expect(declaredUsers(emulator!)).toEqual([]);
  });
});

describe('a reader that closes the pipe', () => {
  it.each(['stdout', 'stdout and stderr'])('reconcile … | head -1 (%s): the apply completes, exit 0, everyone invited once', async (which) => {
    const invitees = people(60, 'piped');
    const env = await setUp(invitees);
    const redirect = which === 'stdout' ? '2>/dev/null' : '2>&1';
    const command = `"${process.execPath}" "${RECONCILE_BIN}" --invitees "${workspace!.invitees}" --config "${workspace!.config}" --outbox "${workspace!.outbox}" ${redirect} | head -1; exit "\${PIPESTATUS[0]}"`;
    const child = spawn('bash', ['-c', command], { cwd: ROOT, env: { PATH: process.env.PATH, CI: 'true', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
    expect(code).toBe(0);
    expect(stdout.split('\n').filter(Boolean)).toHaveLength(1);
    expect(await mailsPerPerson(invitees)).toEqual(invitees.map(() => 1));
    expect(declaredUsers(emulator!).every((u) => invitationStatus(u) === 'invited')).toBe(true);
  }, 60_000);
});

// Two reconcilers on one tenant: the lease (reconciler/lease/) lets one apply at a time, so nobody is
// mailed twice; a crashed holder's lease expires; dry and no-op runs take none; the lease user is invisible to
// plans and can never log in.
import { describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../emulator/index';
import { hashPassword } from '../../emulator/index';
import { systemClock, type Clock } from '../../reconciler/clock';
import { apply } from '../../reconciler/apply/apply';
import { credentialsFromEnv } from '../../reconciler/environment';
import { LEASE_EMAIL } from '../../reconciler/lease/address';
import { acquireLease, LeaseHeldError, LeaseLostError } from '../../reconciler/lease/protocol';
import type { LeasePort } from '../../reconciler/lease/record';
import type { InvitationMail } from '../../reconciler/mail/message';
import { plan } from '../../reconciler/plan/plan';
import { openManagementSession } from '../../reconciler/tenant/session';
import { Auth0Tenant } from '../../reconciler/tenant/tenant';
import { FakeTenant } from '../apply/fake-tenant';
import { CONNECTION as FIXTURE_CONNECTION, invitee, observed, policy } from '../support/model';
import { exitOf, spawnReconcile } from '../support/cli';
import { CONNECTION, FAST } from '../support/config';
import { people } from '../support/invitees';
import { mailsPerInvitee, totalMails } from '../support/outbox';
import { writeRequests } from '../support/requests';
import { reconcile } from '../support/run';
import { startTenant, tenantEnv } from '../support/tenant';
import { declaredUsers, invitationStatus } from '../support/tenant-state';
import { cleanUpAfterEach } from '../support/cleanup';
import { createWorkspace } from '../support/workspace';

const cleanup = cleanUpAfterEach();

function leasePort(running: RunningEmulator): LeasePort {
  const session = openManagementSession(credentialsFromEnv(tenantEnv(running)), { clock: systemClock, rate: { perSecond: 1000, burst: 100, share: 1 } });
  return new Auth0Tenant(session, systemClock, { requestsPerSecond: 1000 }).leasePort(CONNECTION);
}

const later = (ms: number): Clock => ({ now: () => Date.now() + ms, sleep: systemClock.sleep });

function leaseUsers(running: RunningEmulator) {
  return running.state.data.users.filter((u) => u.email.endsWith('@reconciler-lease.invalid'));
}

describe('two reconcilers started at once', () => {
  it('as two CLIs on 50 new invitees: one applies, the other is told the lease is held; each invitee gets one mail', async () => {
    // Slow import jobs keep the first apply going while the second process starts.
    const emulator = cleanup(await startTenant({ jobLatencyMs: 2500 }));
    const invitees = people(50, 'twin');
    const workspace = cleanup(await createWorkspace({ prefix: 'lease-', invitees, config: FAST }));
    const env = tenantEnv(emulator);
    const first = spawnReconcile(workspace, env);
    const second = spawnReconcile(workspace, env);
    const [a, b] = await Promise.all([exitOf(first), exitOf(second)]);
    const outcomes = [
      { code: a.code, stderr: first.output.stderr },
      { code: b.code, stderr: second.output.stderr },
    ].sort((x, y) => (x.code ?? 9) - (y.code ?? 9));

    expect(outcomes.map((o) => o.code), outcomes.map((o) => o.stderr).join('\n---\n')).toEqual([0, 1]);
    expect(outcomes[1]!.stderr).toMatch(/the lease is held by \S+ pid \d+ until \d{4}-\d\d-\d\dT[\d:.]+Z \(in \d+ s\)/);
    expect(outcomes[1]!.stderr).toContain('Nothing was changed');

    const mails = await mailsPerInvitee(workspace.outbox, invitees);
    expect([...mails.values()]).toEqual(invitees.map(() => 1));
    expect(declaredUsers(emulator).every((u) => invitationStatus(u) === 'invited')).toBe(true);
  });

  it('in one process, racing through run(): one applies, one is refused, nobody is mailed twice', async () => {
    const emulator = cleanup(await startTenant({ jobLatencyMs: 300 }));
    const invitees = people(50, 'race');
    const workspace = cleanup(await createWorkspace({ prefix: 'lease-', invitees, config: FAST }));
    const env = tenantEnv(emulator);
    const results = await Promise.all([reconcile(workspace, env), reconcile(workspace, env)]);
    expect(results.map((r) => r.exitCode).sort()).toEqual([0, 1]);
    expect(results.find((r) => r.exitCode === 1)?.stderr).toMatch(/lease is held by/);
    expect([...(await mailsPerInvitee(workspace.outbox, invitees)).values()]).toEqual(invitees.map(() => 1));
  });
});

describe('the lease after a crash', () => {
  it('a crashed holder blocks others until its lease expires; then a later run takes it over', async () => {
    const emulator = cleanup(await startTenant());
    const invitees = people(5, 'after');
    const workspace = cleanup(await createWorkspace({ prefix: 'lease-', invitees, config: FAST }));
    // A holder that "crashes": it takes the lease and never renews or releases it.
    const crashed = await acquireLease(leasePort(emulator), { holder: 'crashed-ci-job', ttlMs: 60_000, clock: systemClock });
    expect(crashed.userId).toMatch(/^auth0\|/);

    const blocked = await reconcile(workspace, tenantEnv(emulator));
    expect(blocked.exitCode).toBe(1);
    expect(blocked.stderr).toMatch(/the lease is held by crashed-ci-job until \S+Z \(in \d+ s\)/);
    expect(await totalMails(workspace.outbox)).toBe(0);
    expect(Object.keys(writeRequests(emulator.stats()))).toEqual(['POST /api/v2/users']);

    // Two minutes later (the reconciler's clock), the lease has expired: the run takes it over and applies.
    const taken = await reconcile(workspace, tenantEnv(emulator), { clock: later(120_000) });
    expect(taken.exitCode, taken.stderr).toBe(0);
    expect([...(await mailsPerInvitee(workspace.outbox, invitees)).values()]).toEqual([1, 1, 1, 1, 1]);
    // The crashed holder, had it come back, could not send anything: its lease was moved away.
    await crashed.renew().catch(() => undefined);
    expect(() => crashed.assertHeld()).toThrow(LeaseLostError);
    // Released at the end: the lease address is free, the old ones are blocked tombstones.
    expect(emulator.state.userByEmail(CONNECTION, LEASE_EMAIL)).toBeUndefined();
    expect(leaseUsers(emulator).length).toBe(2);
    expect(leaseUsers(emulator).every((u) => u.blocked === true && invitationStatus(u) === undefined)).toBe(true);
  });

  it('a lease whose create answer was lost is recognised as our own on retry', async () => {
    const emulator = cleanup(await startTenant());
    const port = leasePort(emulator);
    let first = true;
    const lossy: LeasePort = {
      ...port,
      async create(email, record) {
        const result = await port.create(email, record);
        if (!first) return result;
        first = false;
        return 'exists'; // as if the 201 was lost and the retried POST met our own user (409)
      },
    };
    const held = await acquireLease(lossy, { holder: 'me', ttlMs: 60_000, clock: systemClock });
    expect(() => held.assertHeld()).not.toThrow();
    await held.release();
    expect(emulator.state.userByEmail(CONNECTION, LEASE_EMAIL)).toBeUndefined();
  });

  it('of two runs taking over one expired lease at once, exactly one wins', async () => {
    const emulator = cleanup(await startTenant());
    await acquireLease(leasePort(emulator), { holder: 'dead', ttlMs: 1_000, clock: systemClock });
    const clock = later(60_000);
    const outcomes = await Promise.allSettled([
      acquireLease(leasePort(emulator), { holder: 'left', ttlMs: 60_000, clock }),
      acquireLease(leasePort(emulator), { holder: 'right', ttlMs: 60_000, clock }),
    ]);
    const won = outcomes.filter((o) => o.status === 'fulfilled');
    const lost = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]!.reason).toBeInstanceOf(LeaseHeldError);
  });

  it('a holder whose lease was taken over stops mailing (the apply\'s guard refuses)', async () => {
    const emulator = cleanup(await startTenant());
    const holder = await acquireLease(leasePort(emulator), { holder: 'slow', ttlMs: 1_000, clock: systemClock });
    await acquireLease(leasePort(emulator), { holder: 'taker', ttlMs: 60_000, clock: later(5_000) });
    await holder.renew();
    const sent: string[] = [];
    const tenant = new FakeTenant();
    const thePlan = plan({ invitees: [invitee('x@example.com')] }, observed(), policy());
    const report = await apply(thePlan, {
      tenant,
      mailer: { send: async (mail: InvitationMail) => void sent.push(mail.to.email) },
      clock: systemClock,
      connection: FIXTURE_CONNECTION,
      tickets: { ttl_seconds: 3600, mark_email_as_verified: true },
      batching: { import_max_bytes: 500_000, import_concurrency: 2, ticket_concurrency: 4, bookkeeping_flush_every: 100, bookkeeping_flush_min: 1, bookkeeping_flush_seconds: 1, grant_batch_size: 50 },
      policy: policy(),
      guard: () => holder.assertHeld(),
    });
    expect(report.failures.map((f) => f.message)).toEqual([expect.stringMatching(/lease was lost \(another run took it over\)/)]);
    expect(sent).toEqual([]);
  });
});

describe('runs that take no lease', () => {
  it('a dry run and a run with nothing to do write nothing; the lease user never appears in a plan and cannot log in', async () => {
    const emulator = cleanup(await startTenant());
    const invitees = people(3, 'quiet');
    const workspace = cleanup(await createWorkspace({ prefix: 'lease-', invitees, config: FAST }));
    const env = tenantEnv(emulator);

    const dry = await reconcile(workspace, env, { dryRun: true });
    expect(dry.exitCode).toBe(0);
    expect(writeRequests(emulator.stats())).toEqual({});

    expect((await reconcile(workspace, env)).exitCode).toBe(0);
    // A crashed holder's lease is still there: it must not show up in plans, nor block a run with nothing to do.
    await acquireLease(leasePort(emulator), { holder: 'crashed', ttlMs: 60_000, clock: systemClock });
    emulator.context.stats.reset();
    const noop = await reconcile(workspace, env, { format: 'json' });
    expect(noop.exitCode, noop.stderr).toBe(0);
    expect(writeRequests(emulator.stats())).toEqual({});
    const total = Object.values(emulator.stats().requests).reduce((a, b) => a + b, 0);
    expect(total).toBeLessThanOrEqual(6);
    expect(noop.stdout).not.toContain('reconciler-lease');
    const output = JSON.parse(noop.stdout) as { summary?: Record<string, number>; plan?: { summary: Record<string, number> } };
    expect(output.plan?.summary ?? output.summary).toMatchObject({ unchanged: 3, unmanaged: 0 });

    // Blocked, and a password nobody knows: no login.
    const login = (password: string) =>
      fetch(`${emulator.url}/emulator/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: LEASE_EMAIL, password }) });
    expect((await login('Guessed-password-1!')).status).toBe(401);
    // Even unblocked and with a known password (say, someone with update:users set one), the login gate denies it:
    // it has no app_metadata.invitation.
    const leaseUser = emulator.state.userByEmail(CONNECTION, LEASE_EMAIL)!;
    leaseUser.blocked = false;
    leaseUser.password = hashPassword('Known-password-1!');
    const verdict = (await (await login('Known-password-1!')).json()) as { result?: string };
    expect(verdict.result).toBe('deny');
  });

  it('refuses an invitee with the reserved lease address before any request', async () => {
    const emulator = cleanup(await startTenant());
    const workspace = cleanup(await createWorkspace({ prefix: 'lease-', invitees: [{ email: 'someone@example.com' }, { email: LEASE_EMAIL }], config: FAST }));
    const result = await reconcile(workspace, tenantEnv(emulator));
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(/people\.yaml:\d+:\d+: .*reserved for the reconciler's tenant lease/);
    expect(emulator.stats().requests).toEqual({});
  });
});

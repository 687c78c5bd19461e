import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { apply } from '../../reconciler/apply/apply';
import type { ApplyGuard } from '../../reconciler/apply/ports';
import { systemClock } from '../../reconciler/clock';
import type { InvitationMail } from '../../reconciler/mail/message';
import { plan } from '../../reconciler/plan/plan';
import { openManagementSession } from '../../reconciler/tenant/session';
import { Auth0Tenant } from '../../reconciler/tenant/tenant';
import { loadDesired } from '../../reconciler/desired/load-invitees';
import type { ApplyReport, Invitee, ObservedUser, Plan } from '../../reconciler/model';
import { emailsOf, inviteesYaml, people, person } from '../support/invitees';
import { createHarness, type Harness } from '../support/reconcile-harness';
import { userOf as tenantUser } from '../support/tenant-state';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function configure(harness: Harness, body: Record<string, unknown>): Promise<void> {
  const response = await fetch(`${harness.emulator.url}/emulator/config`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  expect(response.status).toBe(200);
}

const userOf = (harness: Harness, email: string) => tenantUser(harness.emulator, email);

const POLICY = { revoke: 'block' as const, maxRemovalFraction: 1, allowMassRemoval: false, reinviteExpired: true };

/** Plans the given invitees against a stale observation (no users at all) and applies that plan to the tenant. */
async function applyStalePlan(harness: Harness, invitees: Invitee[], users: ObservedUser[] = [], guard?: ApplyGuard): Promise<{ report: ApplyReport; sent: InvitationMail[]; stale: Plan }> {
  const policy = { ...POLICY, now: new Date().toISOString() };
  const connection = { id: harness.emulator.connections.Invitees!, name: 'Invitees' };
  const stale = plan({ invitees }, { connection, users }, policy);
  const { url, clientId, clientSecret } = harness.emulator;
  const session = openManagementSession({ domain: 'tenant.test.local', baseUrl: url, clientId, clientSecret }, { clock: systemClock, rate: { perSecond: 1000, burst: 1000, share: 1 } });
  const sent: InvitationMail[] = [];
  const report = await apply(stale, {
    tenant: new Auth0Tenant(session, systemClock, { requestsPerSecond: 1000 }),
    mailer: { send: async (mail) => void sent.push(mail) },
    clock: systemClock,
    connection,
    tickets: { ttl_seconds: 3600, mark_email_as_verified: true },
    batching: { import_max_bytes: 500000, import_concurrency: 2, ticket_concurrency: 4, bookkeeping_flush_every: 100, bookkeeping_flush_min: 1, bookkeeping_flush_seconds: 1, grant_batch_size: 50 },
    policy,
    guard,
  });
  return { report, sent, stale };
}

describe('failures during apply', () => {
  it('retries failed import jobs, then reports each invitee with file:line and job id, mailing nobody who does not exist', async () => {
    h = await createHarness({ faults: 'jobfail=1', seed: 7 });
    const invitees = people(12);
    const emails = emailsOf(invitees);
    await h.writeInvitees({ 'team.yaml': inviteesYaml(invitees) });
    const first = await h.reconcile();
    expect(first.exitCode).toBe(3);
    const failures = first.report!.failures;
    expect(failures.map((f) => f.email)).toEqual(emails);
    for (const failure of failures) {
      expect(failure).toMatchObject({ action: 'invite', stage: 'import' });
      expect(failure.jobId).toMatch(/^job_/);
      expect(failure.message).toContain('failed');
      expect(failure.source?.file).toMatch(/team\.yaml$/);
      expect(failure.source?.line).toBeGreaterThan(1);
      expect(first.stdout).toContain(failure.email);
    }
    // Three attempts at the one import file, and not a single ticket or mail.
    const requests = h.takeRequests();
    expect(requests['POST /api/v2/jobs/users-imports']).toBe(3);
    expect(requests['POST /api/v2/tickets/password-change']).toBeUndefined();
    expect((await h.mailsPerInvitee()).size).toBe(0);

    await configure(h, { faults: 'off' });
    const second = await h.reconcile();
    expect(second.exitCode).toBe(0);
    const after = await h.mailsPerInvitee();
    expect(after.size).toBe(12);
    expect([...after.values()].every((n) => n === 1)).toBe(true);
  });

  it('survives import jobs failing half the time without a lost or repeated invitation', async () => {
    h = await createHarness({ faults: 'jobfail=0.5', seed: 3 });
    const invitees = people(30);
    const emails = emailsOf(invitees);
    await h.writeInvitees({ 'team.yaml': inviteesYaml(invitees) });
    await h.writeConfig({ batching: { import_max_bytes: 1200 } });
    const out = await h.reconcile();
    const mails = await h.mailsPerInvitee();
    const failed = new Set(out.report!.failures.map((f) => f.email));
    // Whoever was not reported failed got exactly one mail; whoever failed at import got none.
    for (const email of emails) expect(mails.get(email) ?? 0).toBe(failed.has(email) && out.report!.failures.find((f) => f.email === email)!.stage === 'import' ? 0 : 1);
    await configure(h, { faults: 'off' });
    await h.reconcile();
    const after = await h.mailsPerInvitee();
    expect(after.size).toBe(30);
    const bookkeepingFailures = out.report!.failures.filter((f) => f.stage === 'bookkeeping').length;
    // Only a mail whose bookkeeping failed three times may be sent again.
    expect([...after.values()].filter((n) => n > 1).length).toBeLessThanOrEqual(bookkeepingFailures);
  });

  it('maps per-user import errors back to the invitee, its file:line and the job', async () => {
    h = await createHarness();
    await h.writeInvitees({ 'team.yaml': inviteesYaml([person('ok@example.com')]) });
    const { desired } = await loadDesired(h.workspace.invitees, { maxRecordBytes: 500000 });
    // An address the loader would have refused, to make Auth0's validator speak.
    const bad = { ...desired.invitees[0]!, email: 'not an email', source: { file: 'invitees/team.yaml', line: 42, column: 5 } };
    const { report, sent } = await applyStalePlan(h, [...desired.invitees, bad]);
    expect(report.invited).toBe(1);
    expect(sent.map((m) => m.to.email)).toEqual(['ok@example.com']);
    expect(report.failures).toEqual([
      expect.objectContaining({ email: 'not an email', stage: 'import', code: 'FORMAT', source: bad.source, jobId: expect.stringMatching(/^job_/) }),
    ]);
  });

  it('ends in success through bursts of 429s and 5xx', async () => {
    h = await createHarness({ faults: 'storm=0.05/8,5xx=0.05', seed: 11 });
    const invitees = people(40);
    await h.writeInvitees({ 'team.yaml': inviteesYaml(invitees) });
    const out = await h.reconcile();
    expect(out.report?.failures).toEqual([]);
    expect(out.exitCode).toBe(0);
    expect(h.emulator.stats().statuses['429']).toBeGreaterThan(0);
    const mails = await h.mailsPerInvitee();
    expect(mails.size).toBe(40);
    expect([...mails.values()].every((n) => n === 1)).toBe(true);
    expect(out.stderr).toMatch(/retrying .* after HTTP 429/);
  });

  it('resumes a user that was imported but never mailed (a crash between import and mail)', async () => {
    h = await createHarness();
    await h.writeInvitees({ 'team.yaml': inviteesYaml([person('ada@example.com')]) });
    await h.reconcile();
    userOf(h, 'ada@example.com')!.app_metadata.invitation = { status: 'pending' };
    const out = await h.reconcile();
    expect(out.stdout).toContain('1 to resume');
    expect(out.report).toMatchObject({ resumed: 1, failures: [] });
    expect(userOf(h, 'ada@example.com')!.app_metadata.invitation).toMatchObject({ status: 'invited', sent: 1 });
    expect((await h.reconcile()).stdout).toContain('0 to invite, 0 to update, 0 to revoke, 1 unchanged');
  });

  it('re-plans a user that turns out to exist (DUPLICATED_USER) instead of ticketing blindly', async () => {
    h = await createHarness();
    await h.writeInvitees({ 'team.yaml': inviteesYaml([person('ada@example.com'), person('alan@example.com')]) });
    await h.reconcile();
    // Ada exists but was never mailed; Alan exists and accepted. The observation below is stale: it saw neither.
    userOf(h, 'ada@example.com')!.app_metadata.invitation = { status: 'pending' };
    userOf(h, 'alan@example.com')!.last_password_reset = new Date().toISOString();
    const { desired } = await loadDesired(h.workspace.invitees, { maxRecordBytes: 500000 });
    const { report, sent, stale } = await applyStalePlan(h, desired.invitees);
    expect(stale.counts.invite).toBe(2);
    expect(report).toMatchObject({ invited: 0, resumed: 1, failures: [] });
    expect(sent.map((m) => m.to.email)).toEqual(['ada@example.com']);
    expect(h.takeRequests()['GET /api/v2/users-by-email']).toBe(2);
  });

  it('re-reads a whole job of DUPLICATED_USER rows with one export (consistent, unlike search), not one look-up each', async () => {
    h = await createHarness();
    await h.writeInvitees({ 'team.yaml': inviteesYaml(people(12)) });
    await h.reconcile();
    const { desired } = await loadDesired(h.workspace.invitees, { maxRecordBytes: 500000 });
    h.takeRequests();
    // As if a retried import POST had made a second job of the same users.
    const { report, sent } = await applyStalePlan(h, desired.invitees);
    expect(report).toMatchObject({ invited: 0, resumed: 0, failures: [] });
    expect(sent).toEqual([]);
    const requests = h.takeRequests();
    expect(requests['GET /api/v2/users-by-email']).toBeUndefined();
    expect(requests['GET /api/v2/users']).toBeUndefined();
    expect(requests['POST /api/v2/jobs/users-exports']).toBe(1);
    expect(requests['POST /api/v2/tickets/password-change']).toBeUndefined();
  });

  it('confirms a resume with a fresh look-up: a user already invited (search lagged) is not mailed again', async () => {
    h = await createHarness();
    await h.writeInvitees({ 'team.yaml': inviteesYaml([person('ada@example.com')]) });
    await h.reconcile();
    const { desired } = await loadDesired(h.workspace.invitees, { maxRecordBytes: 500000 });
    const current = userOf(h, 'ada@example.com')!;
    const stalePending: ObservedUser = {
      user_id: current.user_id, email: current.email, email_verified: false, blocked: false, profile: { name: current.name },
      user_metadata: current.user_metadata ?? {}, app_metadata: { ...current.app_metadata, invitation: { status: 'pending' } },
    };
    const { report, sent, stale } = await applyStalePlan(h, desired.invitees, [stalePending]);
    expect(stale.counts.resume).toBe(1);
    expect(report).toMatchObject({ resumed: 0, failures: [] });
    expect(sent).toEqual([]);
  });

  it('never sends a stale email_verified: an update of a user whose ticket was used meanwhile keeps it true', async () => {
    h = await createHarness();
    await h.writeInvitees({ 'team.yaml': inviteesYaml([person('ada@example.com')]) });
    await h.reconcile();
    const observed = userOf(h, 'ada@example.com')!;
    const stale: ObservedUser = {
      user_id: observed.user_id, email: observed.email, email_verified: false, blocked: false, profile: { name: observed.name },
      user_metadata: observed.user_metadata ?? {}, app_metadata: structuredClone(observed.app_metadata),
    };
    // After that observation, Ada uses her invitation: the ticket verifies the address and sets the password.
    observed.email_verified = true;
    observed.last_password_reset = new Date().toISOString();
    await h.writeInvitees({ 'team.yaml': 'invitees:\n  - email: ada@example.com\n    name: Ada Lovelace\n' });
    const { desired } = await loadDesired(h.workspace.invitees, { maxRecordBytes: 500000 });
    const { report, stale: thePlan } = await applyStalePlan(h, desired.invitees, [stale]);
    expect(thePlan.counts.update).toBe(1);
    expect(report).toMatchObject({ updated: 1, failures: [] });
    const after = userOf(h, 'ada@example.com')!;
    expect(after.name).toBe('Ada Lovelace');
    expect(after.email_verified).toBe(true);
  });

  it('stops requesting tickets once the run may no longer write (its lease was lost)', async () => {
    h = await createHarness();
    await h.writeInvitees({ 'team.yaml': inviteesYaml(people(10)) });
    const { desired } = await loadDesired(h.workspace.invitees, { maxRecordBytes: 500000 });
    let allowed = 3;
    const guard = (effect: 'ticket' | 'mail') => {
      if (effect === 'ticket' && allowed-- <= 0) throw new Error('The tenant lease was lost (another run took it over)');
    };
    const { report, sent } = await applyStalePlan(h, desired.invitees, [], guard);
    expect(sent).toHaveLength(3);
    // A window of tickets (4) refused alike halts the apply: the rest are not even tried.
    expect(report.failures.length + report.notStarted).toBe(7);
    expect(report.failures.length).toBeGreaterThanOrEqual(4);
    expect(report.failures.every((f) => f.stage === 'ticket' && f.message.includes('lease was lost'))).toBe(true);
    expect(report.stopped?.message).toMatch(/^4 tickets in a row failed alike \(.*lease was lost.*\); no more invitations were started/);
    expect(h.takeRequests()['POST /api/v2/tickets/password-change']).toBe(3);
  });

  it('a revocation of a user that is already gone counts as done, not as a failure', async () => {
    h = await createHarness();
    const ghost: ObservedUser = {
      user_id: 'auth0|0123456789abcdef01234567', email: 'gone@example.com', email_verified: false, blocked: false, profile: {},
      user_metadata: {}, app_metadata: { invitation: { status: 'invited' } },
    };
    const { report, stale } = await applyStalePlan(h, [], [ghost]);
    expect(stale.counts.revoke).toBe(1);
    expect(report).toMatchObject({ revoked: 1, failures: [] });
  });

  it('delivers the invitations over SMTP when SMTP_URL is set', async () => {
    h = await createHarness();
    const received: { to: string; raw: string }[] = [];
    const smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, callback) {
        let raw = '';
        stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
        stream.on('end', () => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address).join(','), raw });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    try {
      const port = (smtp.server.address() as AddressInfo).port;
      await h.writeInvitees({ 'team.yaml': 'invitees:\n  - email: zoe@example.com\n    name: Zoë Ångström\n  - email: taro@example.com\n    name: 山田太郎\n' });
      const out = await h.reconcile({ env: { SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_FROM: 'Invitations <invites@example.com>' } });
      expect(out.exitCode).toBe(0);
      expect(out.stderr).toContain('Warning: real mail will go out from the placeholder sender');
      expect(received.map((r) => r.to).sort()).toEqual(['taro@example.com', 'zoe@example.com']);
      expect((await h.mailsPerInvitee()).size).toBe(0);
      for (const message of received) {
        const mail = await simpleParser(message.raw);
        expect(mail.from?.text).toContain('invites@example.com');
        expect(mail.subject).toBe("You're invited to Example");
        expect(mail.text).toMatch(new RegExp(`${h.emulator.url.replace(/[.:/]/g, '\\$&')}/u/reset-password\\?ticket=\\w+#type=invite`));
      }
      const zoe = await simpleParser(received.find((r) => r.to === 'zoe@example.com')!.raw);
      expect(zoe.to && 'text' in zoe.to ? zoe.to.text : '').toContain('Zoë Ångström');
    } finally {
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
    }
  });
});

describe('eventually consistent search', () => {
  it('a rerun right after an apply, while search still shows the old tenant, sends nobody a second mail', async () => {
    h = await createHarness({ searchLagMs: 60_000 });
    const invitees = people(12);
    const emails = emailsOf(invitees);
    await h.writeInvitees({ 'team.yaml': inviteesYaml(invitees) });
    const first = await h.reconcile();
    expect(first.report).toMatchObject({ invited: 12, failures: [] });
    // Search still answers from before the first run: it plans 12 invites again.
    const second = await h.reconcile();
    expect(second.stdout).toContain('Plan: 12 to invite');
    expect(second.exitCode, second.stderr).toBe(0);
    expect(second.report).toMatchObject({ invited: 0, resumed: 0, failures: [] });
    const mails = await h.mailsPerInvitee();
    expect([...mails.values()]).toEqual(emails.map(() => 1));
    for (const email of emails) expect(userOf(h, email)!.app_metadata.invitation).toMatchObject({ status: 'invited', sent: 1 });
  });
});

describe('eventually consistent search and reinvites', () => {
  it('a reinvite planned from a lagging search is confirmed first: nobody gets a second reminder', async () => {
    const lagMs = 1500;
    h = await createHarness({ searchLagMs: lagMs });
    const invitees = people(3);
    const emails = emailsOf(invitees);
    await h.writeInvitees({ 'team.yaml': inviteesYaml(invitees) });
    expect((await h.reconcile()).report).toMatchObject({ invited: 3 });
    // Their tickets run out unused.
    for (const email of emails) {
      const invitation = userOf(h, email)!.app_metadata.invitation as Record<string, unknown>;
      invitation.expires_at = new Date(Date.now() - 60_000).toISOString();
    }
    h.emulator.state.changed();
    await new Promise((resolve) => setTimeout(resolve, lagMs + 500));
    const reminded = await h.reconcile();
    expect(reminded.report).toMatchObject({ reinvited: 3, failures: [] });
    // Straight away, search still shows the expired tickets: the plan says reinvite, the fresh read says no.
    const again = await h.reconcile();
    expect(again.stdout).toContain('3 to reinvite');
    expect(again.report).toMatchObject({ reinvited: 0, failures: [] });
    const mails = await h.mailsPerInvitee();
    expect([...mails.values()]).toEqual(emails.map(() => 2));
  });
});

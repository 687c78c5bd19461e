// The applier against an in-memory tenant: every kind of action, the re-reads that confirm a plan, and every
// failure an invitee can meet, with exact counts of the calls it makes. No server, no real time.
import { describe, expect, it } from 'vitest';
import { apply } from '../../reconciler/apply/apply';
import type { ApplyDeps } from '../../reconciler/apply/ports';
import type { InvitationMail } from '../../reconciler/mail/message';
import type { Desired, ObservedUser, Plan } from '../../reconciler/model';
import { plan } from '../../reconciler/plan/plan';
import { CONNECTION, NOW, invitee, observed, policy, user } from '../support/model';
import { FakeClock } from '../tenant/fake-clock';
import { FakeTenant, FakeTenantError } from './fake-tenant';

const TTL_SECONDS = 3600;
const EXPIRES = new Date(Date.parse(NOW) + TTL_SECONDS * 1000).toISOString();
const LATER = '2099-01-01T00:00:00.000Z';
const EARLIER = '2025-01-01T00:00:00.000Z';

/** Plans `declared` against what was observed (by default, the tenant as it is) and applies it to `tenant`. */
async function applyTo(tenant: FakeTenant, declared: Desired['invitees'], options: { observedUsers?: ObservedUser[]; deps?: Partial<ApplyDeps>; failMailTo?: string } = {}) {
  const thePolicy = options.deps?.policy ?? policy();
  const thePlan: Plan = plan({ invitees: declared }, observed(...(options.observedUsers ?? structuredClone([...tenant.users.values()]))), thePolicy);
  const sent: InvitationMail[] = [];
  const report = await apply(thePlan, {
    tenant,
    mailer: {
      async send(mail) {
        if (mail.to.email === options.failMailTo) throw new Error(`Could not send the invitation to ${mail.to.email}: SMTP 550 mailbox unavailable`);
        sent.push(mail);
      },
    },
    clock: new FakeClock(Date.parse(NOW)),
    connection: CONNECTION,
    tickets: { ttl_seconds: TTL_SECONDS, mark_email_as_verified: true },
    batching: { import_max_bytes: 500_000, import_concurrency: 2, ticket_concurrency: 4, bookkeeping_flush_every: 1000, bookkeeping_flush_min: 1, bookkeeping_flush_seconds: 3600, grant_batch_size: 50 },
    policy: thePolicy,
    ...options.deps,
  });
  return { report, sent, plan: thePlan, mailed: sent.map((m) => `${m.kind} ${m.to.email}`).sort() };
}

const invitation = (tenant: FakeTenant, email: string) => tenant.users.get(email)?.app_metadata.invitation;
/** The managed-fields record of an invitee that declares nothing but its email. */
const NOTHING = { profile: [], user_metadata: [], app_metadata: [] };
const managed = (email: string, state: Record<string, unknown>, extra: Partial<ObservedUser> = {}) =>
  user(email, { user_id: `auth0|${email.split('@')[0]}`, app_metadata: { invitation: { managed: NOTHING, ...state } }, ...extra });

describe('apply: each kind of action', () => {
  it('invite: imports new users as pending, tickets and mails each once, then records them invited in one upsert', async () => {
    const tenant = new FakeTenant();
    const { report, sent, mailed } = await applyTo(tenant, [invitee('ada@example.com', { profile: { name: 'Ada Lovelace' } }), invitee('grace@example.com')]);
    expect(report).toMatchObject({ invited: 2, resumed: 0, reinvited: 0, updated: 0, adopted: 0, revoked: 0, failures: [] });
    expect(mailed).toEqual(['invite ada@example.com', 'invite grace@example.com']);
    expect(sent.find((m) => m.to.email === 'ada@example.com')).toMatchObject({ to: { name: 'Ada Lovelace' }, expiresAt: EXPIRES, link: expect.stringMatching(/^https:/) });
    expect(invitation(tenant, 'ada@example.com')).toEqual({ status: 'invited', invited_at: NOW, expires_at: EXPIRES, sent: 1, managed: { ...NOTHING, profile: ['name'] } });
    expect(tenant.users.get('ada@example.com')?.profile.name).toBe('Ada Lovelace');
    expect(tenant.files).toEqual([
      { upsert: false, emails: ['ada@example.com', 'grace@example.com'] },
      { upsert: true, emails: ['ada@example.com', 'grace@example.com'] },
    ]);
    // Two jobs with one poll each, and two tickets: no look-up, no error read.
    expect(tenant.calls).toHaveLength(6);
    expect(report.requests).toBe(6);
  });

  it('resume: a user imported but never mailed is read again, ticketed and mailed, and counted as sent once', async () => {
    const tenant = new FakeTenant(managed('ada@example.com', { status: 'pending' }));
    const { report, mailed } = await applyTo(tenant, [invitee('ada@example.com')]);
    expect(report).toMatchObject({ resumed: 1, invited: 0, failures: [] });
    expect(mailed).toEqual(['resume ada@example.com']);
    expect(invitation(tenant, 'ada@example.com')).toEqual({ status: 'invited', invited_at: NOW, expires_at: EXPIRES, sent: 1, managed: NOTHING });
    expect(tenant.calls.slice(0, 2)).toEqual(['find ada@example.com', 'ticket ada@example.com']);
  });

  it('reinvite: an expired, unused invitation gets a fresh ticket and a second mail', async () => {
    const tenant = new FakeTenant(managed('ada@example.com', { status: 'invited', invited_at: EARLIER, expires_at: EARLIER, sent: 1 }));
    const { report, mailed } = await applyTo(tenant, [invitee('ada@example.com')]);
    expect(report).toMatchObject({ reinvited: 1, failures: [] });
    expect(mailed).toEqual(['reinvite ada@example.com']);
    expect(invitation(tenant, 'ada@example.com')).toMatchObject({ status: 'invited', expires_at: EXPIRES, sent: 2 });
  });

  it('a resume or reinvite that a fresh read no longer confirms (search lagged behind a mail) sends nothing', async () => {
    const tenant = new FakeTenant(managed('ada@example.com', { status: 'invited', invited_at: NOW, expires_at: LATER, sent: 1 }));
    const stale = [managed('ada@example.com', { status: 'pending' })];
    const { report, sent } = await applyTo(tenant, [invitee('ada@example.com')], { observedUsers: stale });
    expect(report).toMatchObject({ resumed: 0, invited: 0, failures: [] });
    expect(sent).toEqual([]);
    expect(tenant.calls).toEqual(['find ada@example.com']);
  });

  it('update: declared profile changes go in an upsert that keeps the bookkeeping; no mail', async () => {
    const accepted = managed('ada@example.com', { status: 'invited', expires_at: EARLIER }, { email_verified: true, last_password_reset: EARLIER, profile: { name: 'Ada' } });
    const tenant = new FakeTenant(accepted);
    const { report, sent } = await applyTo(tenant, [invitee('ada@example.com', { profile: { name: 'Ada Lovelace' } })]);
    expect(report).toMatchObject({ updated: 1, failures: [] });
    expect(sent).toEqual([]);
    expect(tenant.users.get('ada@example.com')).toMatchObject({ email_verified: true, profile: { name: 'Ada Lovelace' } });
    expect(invitation(tenant, 'ada@example.com')).toEqual({ status: 'invited', expires_at: EARLIER, managed: { ...NOTHING, profile: ['name'] } });
    expect(tenant.count('find')).toBe(0);
  });

  it('update of a user whose ticket is still out: read again first, so a verified email is never written back as false', async () => {
    const out = { status: 'invited', invited_at: NOW, expires_at: LATER, sent: 1 };
    const tenant = new FakeTenant(managed('ada@example.com', out, { email_verified: true, profile: { name: 'Ada' } }));
    const stale = [managed('ada@example.com', out, { email_verified: false, profile: { name: 'Ada' } })];
    const { report } = await applyTo(tenant, [invitee('ada@example.com', { profile: { name: 'Ada Lovelace' } })], { observedUsers: stale });
    expect(report).toMatchObject({ updated: 1, failures: [] });
    expect(tenant.calls[0]).toBe('find ada@example.com');
    expect(tenant.users.get('ada@example.com')).toMatchObject({ email_verified: true, profile: { name: 'Ada Lovelace' } });
  });

  it('update that only unblocks a user it revoked: one PATCH that also clears the revocation mark, no upsert', async () => {
    const tenant = new FakeTenant(managed('ada@example.com', { status: 'invited', revoked_at: EARLIER }, { blocked: true, last_password_reset: EARLIER }));
    const { report } = await applyTo(tenant, [invitee('ada@example.com')]);
    expect(report).toMatchObject({ updated: 1, failures: [] });
    expect(tenant.calls).toEqual(['unblock auth0|ada']);
    expect(tenant.users.get('ada@example.com')?.blocked).toBe(false);
    expect(invitation(tenant, 'ada@example.com')).toEqual({ status: 'invited', managed: NOTHING });
  });

  it('a user blocked by someone else is held: no call at all, still blocked', async () => {
    const tenant = new FakeTenant(managed('ada@example.com', { status: 'invited' }, { blocked: true, last_password_reset: EARLIER }));
    const { report, plan: thePlan } = await applyTo(tenant, [invitee('ada@example.com', { profile: { name: 'New' } })]);
    expect(thePlan.counts.held).toBe(1);
    expect(report).toMatchObject({ updated: 0, failures: [] });
    expect(tenant.calls).toEqual([]);
    expect(tenant.users.get('ada@example.com')?.blocked).toBe(true);
  });

  it('removing a declared profile field: one PATCH (an upsert cannot remove it) with the record, no upsert', async () => {
    const tenant = new FakeTenant(
      managed('ada@example.com', { status: 'invited', managed: { ...NOTHING, profile: ['given_name'] } }, { last_password_reset: EARLIER, profile: { given_name: 'Ada' } }),
    );
    const { report } = await applyTo(tenant, [invitee('ada@example.com')]);
    expect(report).toMatchObject({ updated: 1, failures: [] });
    expect(tenant.calls).toEqual(['update auth0|ada']);
    expect(tenant.users.get('ada@example.com')?.profile).toEqual({});
    expect(invitation(tenant, 'ada@example.com')).toEqual({ status: 'invited', managed: NOTHING });
  });

  it('adopt: an existing account is marked managed and never mailed', async () => {
    const tenant = new FakeTenant(user('ada@example.com', { user_id: 'auth0|ada', app_metadata: { plan: 'pro' } }));
    const { report, sent } = await applyTo(tenant, [invitee('ada@example.com')]);
    expect(report).toMatchObject({ adopted: 1, failures: [] });
    expect(sent).toEqual([]);
    expect(tenant.users.get('ada@example.com')?.app_metadata).toEqual({ plan: 'pro', invitation: { status: 'adopted', adopted_at: NOW, managed: NOTHING } });
  });

  it('revoke: blocks or deletes per policy; a user already gone counts as revoked; other errors are failures', async () => {
    const gone = managed('gone@example.com', { status: 'invited' });
    const tenant = new FakeTenant(managed('old@example.com', { status: 'invited' }), managed('older@example.com', { status: 'invited' }));
    const blocked = await applyTo(tenant, [], { observedUsers: [...tenant.users.values(), gone] });
    expect(blocked.report).toMatchObject({ revoked: 3, failures: [] });
    expect(tenant.users.get('old@example.com')?.blocked).toBe(true);

    const deleting = new FakeTenant(managed('old@example.com', { status: 'invited' }));
    const deleted = await applyTo(deleting, [], { deps: { policy: policy({ revoke: 'delete' }) } });
    expect(deleted.report).toMatchObject({ revoked: 1, failures: [] });
    expect(deleting.calls).toEqual(['delete auth0|old']);
    expect(deleting.users.size).toBe(0);

    const refusing = new FakeTenant(managed('old@example.com', { status: 'invited' }));
    refusing.writeUser = async () => {
      throw new FakeTenantError('Could not block auth0|old: HTTP 403: Insufficient scope', 403, 'insufficient_scope');
    };
    const refused = await applyTo(refusing, []);
    expect(refused.report.revoked).toBe(0);
    expect(refused.report.failures).toEqual([
      { email: 'old@example.com', action: 'revoke', stage: 'revoke', code: 'insufficient_scope', message: 'Could not block auth0|old: HTTP 403: Insufficient scope' },
    ]);
  });
});

describe('apply: users that exist after all (DUPLICATED_USER)', () => {
  it('re-reads and re-plans them instead of ticketing blindly: a pending user is resumed, an accepted one left alone', async () => {
    const tenant = new FakeTenant(managed('ada@example.com', { status: 'pending' }), managed('alan@example.com', { status: 'invited' }, { last_password_reset: EARLIER }));
    const { report, mailed, plan: stalePlan } = await applyTo(tenant, [invitee('ada@example.com'), invitee('alan@example.com')], { observedUsers: [] });
    expect(stalePlan.counts.invite).toBe(2);
    expect(report).toMatchObject({ invited: 0, resumed: 1, failures: [] });
    expect(mailed).toEqual(['resume ada@example.com']);
    expect(tenant.count('find')).toBe(2);
    expect(tenant.count('errors')).toBe(1);
  });

  it('re-reads a whole file of them with one export, not one look-up each', async () => {
    const people = Array.from({ length: 8 }, (_, i) => `p${i}@example.com`);
    const tenant = new FakeTenant(...people.map((email) => managed(email, { status: 'invited' }, { last_password_reset: EARLIER })));
    const { report, sent } = await applyTo(tenant, people.map((email) => invitee(email)), { observedUsers: [] });
    expect(report).toMatchObject({ invited: 0, failures: [] });
    expect(sent).toEqual([]);
    expect(tenant.count('export')).toBe(1);
    expect(tenant.count('find')).toBe(0);
  });

  it('reports one that is not in the connection with its file:line', async () => {
    const tenant = new FakeTenant();
    tenant.elsewhere.add('ada@example.com');
    const { report, sent } = await applyTo(tenant, [invitee('ada@example.com', {}, 7)]);
    expect(sent).toEqual([]);
    expect(report.failures).toEqual([
      expect.objectContaining({ email: 'ada@example.com', action: 'invite', stage: 'import', code: 'DUPLICATED_USER', source: { file: 'invitees/team.yaml', line: 7, column: 5 }, message: expect.stringContaining('not in the connection') }),
    ]);
  });
});

describe('apply: failures are reported per invitee, and nobody who may not exist is mailed', () => {
  it('a job that fails as a whole is tried three times, then each of its invitees fails with the job id; no ticket', async () => {
    const tenant = new FakeTenant();
    tenant.failingJobs = 3;
    const { report, sent } = await applyTo(tenant, [invitee('ada@example.com'), invitee('grace@example.com')]);
    expect(tenant.count('import')).toBe(3);
    expect(tenant.count('ticket')).toBe(0);
    expect(sent).toEqual([]);
    expect(report.failures).toEqual(
      ['ada@example.com', 'grace@example.com'].map((email) => ({
        email, source: expect.anything(), action: 'invite', stage: 'import', jobId: 'job_3', message: 'import job job_3 ended failed: the job timed out',
      })),
    );
  });

  it('a row refused by the import fails alone, with Auth0\'s code and the job', async () => {
    const tenant = new FakeTenant();
    tenant.refuseRows.set('ada@example.com', { code: 'FORMAT', message: 'Object didn\'t pass validation for format email' });
    const { report, mailed } = await applyTo(tenant, [invitee('ada@example.com'), invitee('grace@example.com')]);
    expect(mailed).toEqual(['invite grace@example.com']);
    expect(report.failures).toEqual([expect.objectContaining({ email: 'ada@example.com', stage: 'import', code: 'FORMAT', jobId: 'job_1' })]);
  });

  it('a refused ticket: that invitee fails at ticket and stays pending; the others are mailed', async () => {
    const tenant = new FakeTenant();
    tenant.refuseTickets.add('ada@example.com');
    const { report, mailed } = await applyTo(tenant, [invitee('ada@example.com'), invitee('grace@example.com')]);
    expect(mailed).toEqual(['invite grace@example.com']);
    expect(report).toMatchObject({ invited: 1, failures: [expect.objectContaining({ email: 'ada@example.com', action: 'invite', stage: 'ticket', code: 'invalid_body' })] });
    expect(invitation(tenant, 'ada@example.com')).toEqual({ status: 'pending', managed: NOTHING });
  });

  it('a mail that cannot be sent: that invitee fails at mail and stays pending, so the next run resumes it', async () => {
    const tenant = new FakeTenant();
    const { report, mailed } = await applyTo(tenant, [invitee('ada@example.com'), invitee('grace@example.com')], { failMailTo: 'ada@example.com' });
    expect(mailed).toEqual(['invite grace@example.com']);
    expect(report.failures).toEqual([expect.objectContaining({ email: 'ada@example.com', stage: 'mail', message: expect.stringContaining('SMTP 550') })]);
    expect(invitation(tenant, 'ada@example.com')).toEqual({ status: 'pending', managed: NOTHING });
    expect(tenant.files.filter((f) => f.upsert)).toEqual([{ upsert: true, emails: ['grace@example.com'] }]);
  });

  it('lists failures by email, then stage, however they happened to end', async () => {
    const tenant = new FakeTenant();
    tenant.refuseTickets.add('zed@example.com');
    const { report } = await applyTo(tenant, ['zed', 'amy', 'kim'].map((name) => invitee(`${name}@example.com`)), { failMailTo: 'amy@example.com' });
    expect(report.failures.map((f) => `${f.email} ${f.stage}`)).toEqual(['amy@example.com mail', 'zed@example.com ticket']);
  });
});

describe('apply: a run that lost its lease', () => {
  const lost = () => {
    throw new Error('The tenant lease was lost (another run took it over); stopped before sending, so the next run sends it.');
  };

  it('requests no ticket once the guard refuses', async () => {
    const tenant = new FakeTenant();
    const { report, sent } = await applyTo(tenant, [invitee('ada@example.com'), invitee('grace@example.com')], { deps: { guard: lost } });
    expect(tenant.count('ticket')).toBe(0);
    expect(sent).toEqual([]);
    expect(report.failures.map((f) => [f.email, f.stage])).toEqual([['ada@example.com', 'ticket'], ['grace@example.com', 'ticket']]);
    expect(report.failures.every((f) => f.message.includes('lease was lost'))).toBe(true);
  });

  it('sends no mail when the lease is lost between the ticket and its mail', async () => {
    const tenant = new FakeTenant();
    let held = true;
    tenant.onTicket = () => void (held = false);
    const { report, sent } = await applyTo(tenant, [invitee('ada@example.com')], { deps: { guard: () => (held ? undefined : lost()) } });
    expect(tenant.count('ticket')).toBe(1);
    expect(sent).toEqual([]);
    expect(report.failures).toEqual([expect.objectContaining({ email: 'ada@example.com', stage: 'mail', message: expect.stringContaining('lease was lost') })]);
    expect(invitation(tenant, 'ada@example.com')).toEqual({ status: 'pending', managed: NOTHING });
  });
});

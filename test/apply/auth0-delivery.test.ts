// The applier with Auth0's own email (mail.delivery auth0) against the in-memory tenant: the same pipeline as a
// ticket and a mail, with one change-password request instead, the marker in imports and bookkeeping, and the
// marker removed once the person has set a password. No server, no real time.
import { describe, expect, it } from 'vitest';
import { apply } from '../../reconciler/apply/apply';
import { auth0EmailDelivery } from '../../reconciler/apply/delivery/auth0-email';
import type { Desired, ObservedUser } from '../../reconciler/model';
import { plan } from '../../reconciler/plan/plan';
import { CONNECTION, NOW, invitee, observed, policy, user } from '../support/model';
import { FakeClock } from '../tenant/fake-clock';
import { FakeTenant } from './fake-tenant';

const TTL_SECONDS = 3600;
const EXPIRES = new Date(Date.parse(NOW) + TTL_SECONDS * 1000).toISOString();

async function applyTo(tenant: FakeTenant, declared: Desired['invitees'], refuse?: string) {
  const requested: string[] = [];
  const api = {
    async changePassword({ email, clientId, connection }: { email: string; clientId: string; connection: string }) {
      if (email === refuse) throw new Error(`Auth0 refused to send the change-password email to ${email} (HTTP 400): nope`);
      requested.push(`${clientId} ${connection} ${email}`);
    },
  };
  const thePolicy = { ...policy(), delivery: 'auth0' as const };
  const thePlan = plan({ invitees: declared }, observed(...structuredClone([...tenant.users.values()])), thePolicy);
  const report = await apply(thePlan, {
    tenant,
    mailer: { send: () => Promise.reject(new Error('no SMTP with mail.delivery auth0')) },
    delivery: auth0EmailDelivery({ api, clientId: 'app', connection: CONNECTION }),
    clock: new FakeClock(Date.parse(NOW)),
    connection: CONNECTION,
    tickets: { ttl_seconds: TTL_SECONDS, mark_email_as_verified: true },
    batching: { import_max_bytes: 500_000, import_concurrency: 2, ticket_concurrency: 4, bookkeeping_flush_every: 1000, bookkeeping_flush_min: 1, bookkeeping_flush_seconds: 3600, grant_batch_size: 50 },
    policy: thePolicy,
  });
  return { report, requested: requested.sort(), plan: thePlan };
}

const invitationOf = (tenant: FakeTenant, email: string) => tenant.users.get(email)?.app_metadata.invitation;
/** The managed-fields record of an invitee that declares no profile field and no metadata key. */
const NOTHING_MANAGED = { profile: [], user_metadata: [], app_metadata: [] };

describe('apply with mail.delivery auth0', () => {
  it('imports users already marked, asks Auth0 once per invitee, mints no ticket, and records them invited and marked', async () => {
    const tenant = new FakeTenant();
    const { report, requested } = await applyTo(tenant, [invitee('ada@example.com'), invitee('grace@example.com')]);
    expect(report).toMatchObject({ invited: 2, failures: [], delivery: { name: 'auth0' } });
    expect(requested).toEqual([`app ${CONNECTION.name} ada@example.com`, `app ${CONNECTION.name} grace@example.com`]);
    expect(tenant.calls.filter((c) => c.startsWith('ticket'))).toEqual([]);
    expect(invitationOf(tenant, 'ada@example.com')).toEqual({ status: 'invited', invited_at: NOW, expires_at: EXPIRES, sent: 1, awaiting_password: true, managed: NOTHING_MANAGED });
    // Two jobs (import, bookkeeping) with one poll each: the whole Management API cost.
    expect(tenant.calls).toHaveLength(4);
  });

  it('reports a refused request at stage mail and leaves that invitee pending (and marked) for the next run', async () => {
    const tenant = new FakeTenant();
    const { report } = await applyTo(tenant, [invitee('ada@example.com'), invitee('grace@example.com')], 'grace@example.com');
    expect(report.failures).toEqual([expect.objectContaining({ email: 'grace@example.com', action: 'invite', stage: 'mail' })]);
    expect(invitationOf(tenant, 'grace@example.com')).toEqual({ status: 'pending', awaiting_password: true, managed: NOTHING_MANAGED });
  });

  it('removes the marker of a person who set a password, and of nobody else', async () => {
    const marked = (email: string, extra: Partial<ObservedUser> = {}) =>
      user(email, { user_id: `auth0|${email.split('@')[0]}`, app_metadata: { invitation: { status: 'invited', invited_at: NOW, expires_at: '2099-01-01T00:00:00.000Z', sent: 1, awaiting_password: true, managed: NOTHING_MANAGED } }, ...extra });
    const tenant = new FakeTenant(marked('ada@example.com', { last_password_reset: NOW }), marked('grace@example.com'));
    const { report, plan: thePlan, requested } = await applyTo(tenant, [invitee('ada@example.com'), invitee('grace@example.com')]);
    expect(thePlan.actions.map((a) => `${a.kind} ${a.email}`)).toEqual(['update ada@example.com', 'unchanged grace@example.com']);
    expect(report).toMatchObject({ updated: 1, failures: [] });
    expect(requested).toEqual([]);
    expect(invitationOf(tenant, 'ada@example.com')).toEqual({ status: 'invited', invited_at: NOW, expires_at: '2099-01-01T00:00:00.000Z', sent: 1, managed: NOTHING_MANAGED });
    expect(invitationOf(tenant, 'grace@example.com')).toMatchObject({ awaiting_password: true });
  });
});

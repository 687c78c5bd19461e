// Stopping an apply early, against an in-memory tenant: on a stop signal nothing new starts, what is in flight
// ends and is recorded, and a rerun sends nobody a second invitation; after a systemic failure (every mail or
// every ticket failing alike) at most one concurrency window of ticket links is spent.
import { describe, expect, it } from 'vitest';
import { apply } from '../../reconciler/apply/apply';
import type { ApplyDeps } from '../../reconciler/apply/ports';
import { systemClock } from '../../reconciler/clock';
import type { InvitationMail } from '../../reconciler/mail/message';
import type { Invitee } from '../../reconciler/model';
import { plan } from '../../reconciler/plan/plan';
import { CONNECTION, invitee, observed, policy } from '../support/model';
import { FakeTenant } from './fake-tenant';

const WINDOW = 4;

const people = (n: number): Invitee[] => Array.from({ length: n }, (_, i) => invitee(`p${String(i).padStart(3, '0')}@example.com`, {}, i + 1));

function deps(tenant: FakeTenant, overrides: Partial<ApplyDeps> & Pick<ApplyDeps, 'mailer'>): ApplyDeps {
  return {
    tenant,
    clock: systemClock,
    connection: CONNECTION,
    tickets: { ttl_seconds: 3600, mark_email_as_verified: true },
    // Bookkeeping would wait an hour: only the stop's own flush can write it in time.
    batching: { import_max_bytes: 500_000, import_concurrency: 2, ticket_concurrency: WINDOW, bookkeeping_flush_every: 1000, bookkeeping_flush_min: 1, bookkeeping_flush_seconds: 3600, grant_batch_size: 50 },
    policy: policy({ now: new Date().toISOString() }),
    ...overrides,
  };
}

const planFor = (tenant: FakeTenant, invitees: Invitee[]) => plan({ invitees }, observed(...structuredClone([...tenant.users.values()])), policy({ now: new Date().toISOString() }));
const statusOf = (tenant: FakeTenant, email: string) => (tenant.users.get(email)?.app_metadata.invitation as { status?: string } | undefined)?.status;

describe('a stop signal during an apply', () => {
  it('starts no new ticket, records every mail sent, and the rerun sends only the rest: nobody twice', async () => {
    const tenant = new FakeTenant();
    const invitees = people(60);
    const stop = new AbortController();
    const sent: string[] = [];
    const mailer = {
      async send(mail: InvitationMail) {
        sent.push(mail.to.email);
        if (sent.length === 10) stop.abort('SIGINT');
        await new Promise((resolve) => setTimeout(resolve, 2));
      },
    };
    const report = await apply(planFor(tenant, invitees), deps(tenant, { mailer, stop: stop.signal }));

    expect(report.stopped).toEqual({ reason: 'signal', message: 'interrupted by SIGINT' });
    expect(report.failures).toEqual([]);
    // Tickets already asked for when the signal came were mailed; no other ticket was asked for.
    expect(tenant.count('ticket')).toBe(sent.length);
    expect(report.invited).toBe(sent.length);
    expect(report.notStarted).toBe(60 - sent.length);
    expect(sent.length).toBeLessThanOrEqual(10 + 3 * WINDOW);
    // Everyone mailed is recorded invited (the stop flushed the bookkeeping), everyone else is still pending.
    for (const email of sent) expect(statusOf(tenant, email), email).toBe('invited');
    expect(invitees.filter((i) => !sent.includes(i.email)).map((i) => statusOf(tenant, i.email))).toEqual(Array(60 - sent.length).fill('pending'));

    const rerun: string[] = [];
    const second = await apply(planFor(tenant, invitees), deps(tenant, { mailer: { send: async (mail) => void rerun.push(mail.to.email) } }));
    expect(second.resumed).toBe(60 - sent.length);
    expect([...sent, ...rerun].sort()).toEqual(invitees.map((i) => i.email).sort());
  });

  it('before anything was imported: no import job, no ticket; everything is left for the next run', async () => {
    const tenant = new FakeTenant();
    const stop = new AbortController();
    stop.abort('SIGTERM');
    const report = await apply(planFor(tenant, people(12)), deps(tenant, { mailer: { send: async () => undefined }, stop: stop.signal }));
    expect(report).toMatchObject({ invited: 0, notStarted: 12, failures: [], stopped: { reason: 'signal', message: 'interrupted by SIGTERM' } });
    expect(tenant.calls).toEqual([]);
  });
});

describe('a systemic failure', () => {
  it('every mail refused alike: exactly one window of tickets is spent, the rest are not started', async () => {
    const tenant = new FakeTenant();
    const refused = Object.assign(new Error('cannot send the invitation (smtp): 553 sender not allowed'), { responseCode: 553, code: 'EENVELOPE' });
    const report = await apply(planFor(tenant, people(40)), deps(tenant, { mailer: { send: async () => Promise.reject(refused) } }));
    expect(tenant.count('ticket')).toBe(WINDOW);
    expect(report.failures).toHaveLength(WINDOW);
    expect(report.notStarted).toBe(40 - WINDOW);
    expect(report.stopped).toEqual({
      reason: 'systemic-failure',
      message: 'the first 4 mails in a row failed alike (cannot send the invitation (smtp): 553 sender not allowed); no more invitations were started',
    });
    expect(tenant.count('import')).toBe(1);
  });

  it('every ticket refused alike (a client id the tenant does not know): one window of requests, no link', async () => {
    const tenant = new FakeTenant();
    const invitees = people(30);
    for (const i of invitees) tenant.refuseTickets.add(i.email);
    const sent: string[] = [];
    const report = await apply(planFor(tenant, invitees), deps(tenant, { mailer: { send: async (mail) => void sent.push(mail.to.email) } }));
    expect(tenant.count('ticket')).toBe(WINDOW);
    expect(sent).toEqual([]);
    expect(report.failures.length + report.notStarted).toBe(30);
    expect(report.stopped?.reason).toBe('systemic-failure');
  });

  it('failures that are not alike, or follow deliveries, do not stop the run', async () => {
    const tenant = new FakeTenant();
    const invitees = people(30);
    let n = 0;
    const mailer = {
      async send(mail: InvitationMail) {
        n++;
        // Every third recipient is refused, each with its own reply.
        if (n % 3 === 0) throw Object.assign(new Error(`refused ${mail.to.email}`), { responseCode: 550 + (n % 2) });
      },
    };
    const report = await apply(planFor(tenant, invitees), deps(tenant, { mailer }));
    expect(report.stopped).toBeUndefined();
    expect(report.notStarted).toBe(0);
    expect(report.invited + report.failures.length).toBe(30);
    expect(report.failures).toHaveLength(10);
  });
});

// The plan's estimate of its apply: requests and their time at the pace, from each part of the apply's own rule.
import { describe, expect, it } from 'vitest';
import type { InvitationConfig } from '../../reconciler/config';
import { estimateApply } from '../../reconciler/plan/estimate';
import { plan } from '../../reconciler/plan/plan';
import { shippedDefaults } from '../support/config';
import { invitee, observed, policy, user } from '../support/model';
import { emptyPlan, samplePlan } from '../render/sample';

const at = (rate: Partial<InvitationConfig['rate_limit']>): InvitationConfig => {
  const config = shippedDefaults();
  return { ...config, rate_limit: { ...config.rate_limit, ...rate } };
};
const newInvitees = (n: number) => plan({ invitees: Array.from({ length: n }, (_, i) => invitee(`p${String(i).padStart(5, '0')}@example.com`)) }, observed(), policy());

describe('estimateApply', () => {
  it('2,000 new invitees at Enterprise production\'s 16/s, share 0.5: ≈ 2,012 requests in 4 min 12 s', () => {
    // 2,000 tickets; 1 import file and 2 bookkeeping jobs (the 1,000-mail window fills in 125 s, before 15 min),
    // each with 2 polls: 9; a lease renewal every 1,000 requests' time: 2; the release: 1.
    expect(estimateApply(newInvitees(2000), at({}))).toEqual({ requests: 2012, durationMs: 251_500, requestsPerSecond: 8 });
  });

  it('at Free\'s 2/s the bookkeeping is written every 900 mails (15 minutes\' worth), not every few seconds', () => {
    // 3 bookkeeping jobs + 1 import, 3 requests each: 12; 2 renewals (every 1,000 s); the release.
    expect(estimateApply(newInvitees(2000), at({ per_second: 2, burst: 2 }))).toEqual({ requests: 2015, durationMs: 2_015_000, requestsPerSecond: 1 });
  });

  it('at Essentials\' 150/min (2.5/s): every 1,000 mails', () => {
    expect(estimateApply(newInvitees(2000), at({ per_second: 2.5, burst: 10 }))).toMatchObject({ requests: 2012, requestsPerSecond: 1.25 });
  });

  it('counts every kind of action: confirmations, unblocking, revocations, upserts with the bookkeeping', () => {
    // One import file and one bookkeeping job (3 mails, an update and an adoption): 6; 3 tickets; dieter is
    // unblocked first: 1; old@ is blocked: 1; the resume, the reinvite and the update of a user whose ticket is
    // still out are read again first: 3 look-ups; the release: 1.
    expect(estimateApply(samplePlan(), shippedDefaults())).toEqual({ requests: 15, durationMs: 1875, requestsPerSecond: 8 });
  });

  it('removing a profile field costs one PATCH and no import job; a held user costs nothing', () => {
    const managed = { status: 'invited', managed: { profile: ['given_name'], user_metadata: [], app_metadata: [] } };
    const removal = plan(
      { invitees: [invitee('a@example.com'), invitee('b@example.com')] },
      observed(
        user('a@example.com', { profile: { given_name: 'A' }, app_metadata: { invitation: managed }, logins_count: 1 }),
        user('b@example.com', { blocked: true, app_metadata: { invitation: managed } }),
      ),
      policy(),
    );
    expect(removal.counts).toMatchObject({ update: 1, held: 1 });
    // The PATCH, and the lease's release.
    expect(estimateApply(removal, shippedDefaults()).requests).toBe(2);
  });

  it('reads more than 5 users again with one export job instead of one look-up each', () => {
    const pending = Array.from({ length: 6 }, (_, i) => `r${i}@example.com`);
    const resumes = plan({ invitees: pending.map((email) => invitee(email)) }, observed(...pending.map((email) => user(email, { app_metadata: { invitation: { status: 'pending' } } }))), policy());
    expect(resumes.counts.resume).toBe(6);
    // The export and its polls: 3; 6 tickets; one bookkeeping job and its polls: 3; the release: 1.
    expect(estimateApply(resumes, shippedDefaults()).requests).toBe(13);
  });

  it('nothing to do costs nothing', () => {
    expect(estimateApply(emptyPlan(), shippedDefaults())).toEqual({ requests: 0, durationMs: 0, requestsPerSecond: 8 });
  });
});

describe('estimateApply with Auth0\'s own email (mail.delivery auth0)', () => {
  const auth0 = (): InvitationConfig => {
    const config = shippedDefaults();
    return { ...config, mail: { ...config.mail, delivery: 'auth0' }, tickets: { ...config.tickets, client_id: 'app' } };
  };

  it('2,000 new invitees: no ticket, a handful of Management API requests, the time of 2,000 change-password requests at 50/s', () => {
    const estimate = estimateApply(newInvitees(2000), auth0());
    expect(estimate.changePasswords).toEqual({ requests: 2000, requestsPerSecond: 50 });
    // 1 import file and 2 bookkeeping jobs of 1,000 rows, each with 2 polls: 9; no renewal in so few; the release.
    expect(estimate.requests).toBe(10);
    expect(estimate.requests).toBeLessThanOrEqual(0.02 * 2000);
    expect(estimate.durationMs).toBe(40_000);
  });
});

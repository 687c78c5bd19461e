// statusOf(): each person's state, the totals, the funnel, the median and the drift, from desired + observed + now.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plan } from '../../reconciler/plan/plan';
import { statusOf } from '../../reconciler/status/status';
import { desiredArb, observedArb } from '../support/arbitraries';
import { invitee, NOW, observed, policy, user } from '../support/model';
import { SAMPLE_DESIRED, SAMPLE_OBSERVED, sampleStatus } from './sample-status';

describe('statusOf', () => {
  it('gives each person a state', () => {
    const states = Object.fromEntries(sampleStatus().rows.map((row) => [row.email, row.state]));
    expect(states).toEqual({
      'ada@example.com': 'accepted',
      'bea@example.com': 'accepted',
      'cy@example.com': 'invited',
      'dee@example.com': 'invited',
      'eve@example.com': 'expired',
      'fay@example.com': 'pending',
      'gus@example.com': 'pending',
      'hal@example.com': 'accepted',
      'old@example.com': 'revoked',
      'stranger@example.com': 'unmanaged',
    });
  });

  it('counts totals, the funnel and the median time to accept', () => {
    const status = sampleStatus();
    expect(status.totals).toEqual({ declared: 8, pending: 2, invited: 2, expired: 1, accepted: 3, revoked: 1, unmanaged: 1 });
    // Sent an invitation: ada, bea, cy, dee, eve, hal. Password: ada, bea, hal. Logged in: ada, hal.
    expect(status.funnel).toEqual({ invited: 6, password_set: 3, logged_in: 2 });
    // 2 h, 4 h and 10 h after the mail: the median is 4 h.
    expect(status.medianSecondsToAccept).toBe(4 * 3600);
  });

  it('lists drift: the undeclared, the declared blocked by hand, the links that expire soon', () => {
    expect(sampleStatus().drift).toEqual({ undeclared: ['stranger@example.com'], blocked: ['hal@example.com'], expiring: ['cy@example.com'] });
    const wider = statusOf(SAMPLE_DESIRED, SAMPLE_OBSERVED, { now: NOW, expiringWithinDays: 7 });
    // Soonest first.
    expect(wider.drift.expiring).toEqual(['cy@example.com', 'dee@example.com']);
  });

  it('breaks the counts down per file, the undeclared last', () => {
    expect(sampleStatus().files).toEqual([
      { file: 'invitees/design.yaml', counts: { pending: 2, invited: 1, expired: 1, accepted: 1, revoked: 0, unmanaged: 0 } },
      { file: 'invitees/engineering.yaml', counts: { pending: 0, invited: 1, expired: 0, accepted: 2, revoked: 0, unmanaged: 0 } },
      { file: null, counts: { pending: 0, invited: 0, expired: 0, accepted: 0, revoked: 1, unmanaged: 1 } },
    ]);
  });

  it('filters by file (path or file name) and by state, and counts only what it shows', () => {
    const byFile = sampleStatus({ files: ['engineering.yaml'] });
    expect(byFile.rows.map((row) => row.email)).toEqual(['ada@example.com', 'bea@example.com', 'cy@example.com']);
    expect(byFile.totals.declared).toBe(3);
    expect(byFile.funnel).toEqual({ invited: 3, password_set: 2, logged_in: 1 });
    expect(sampleStatus({ files: ['invitees/design.yaml'] }).totals.declared).toBe(5);
    const expired = sampleStatus({ states: ['expired', 'unmanaged'] });
    expect(expired.rows.map((row) => row.email)).toEqual(['eve@example.com', 'stranger@example.com']);
    expect(sampleStatus({ files: ['nothing.yaml'] }).rows).toEqual([]);
  });

  it('treats an adopted account as accepted, outside the funnel', () => {
    const status = statusOf({ invitees: [invitee('old@example.com')] }, observed(user('old@example.com', { app_metadata: { invitation: { status: 'adopted' } } })), { now: NOW, expiringWithinDays: 3 });
    expect(status.rows[0]?.state).toBe('accepted');
    expect(status.funnel).toEqual({ invited: 0, password_set: 0, logged_in: 0 });
    expect(status.medianSecondsToAccept).toBeNull();
  });

  it('shows hand-edited bookkeeping times as unknown and never calls such a link expired', () => {
    const status = statusOf(
      { invitees: [invitee('odd@example.com')] },
      observed(user('odd@example.com', { app_metadata: { invitation: { status: 'invited', invited_at: 42, expires_at: 'soon' } } })),
      { now: NOW, expiringWithinDays: 3 },
    );
    expect(status.rows[0]).toMatchObject({ state: 'invited', invited_at: null, expires_at: null, expires_soon: false });
    // A date the parser reads despite what it carries is printed as the date alone.
    const spelled = statusOf(
      { invitees: [invitee('odd@example.com')] },
      observed(user('odd@example.com', { app_metadata: { invitation: { status: 'invited', invited_at: 'Sun Jun 01 2025 10:00:00 GMT+0000 (<b>\u001b</b>)' } } })),
      { now: NOW, expiringWithinDays: 3 },
    );
    expect(spelled.rows[0]?.invited_at).toBe('2025-06-01T10:00:00.000Z');
  });

  it('is deterministic and counts every person exactly once', () => {
    fc.assert(
      fc.property(desiredArb, observedArb, (desired, seen) => {
        const first = statusOf(desired, seen, { now: NOW, expiringWithinDays: 3 });
        expect(statusOf(desired, seen, { now: NOW, expiringWithinDays: 3 })).toEqual(first);
        const sum = Object.values({ ...first.totals, declared: 0 }).reduce((a, b) => a + b, 0);
        expect(sum).toBe(first.rows.length);
        expect(first.totals.declared).toBe(desired.invitees.length);
        expect(first.funnel.logged_in).toBeLessThanOrEqual(first.funnel.password_set);
        expect(first.funnel.password_set).toBeLessThanOrEqual(first.funnel.invited);
      }),
      { numRuns: 200 },
    );
  });
});

describe('statusOf and plan', () => {
  it('agree on who is unmanaged, also when two users share an email', () => {
    fc.assert(
      fc.property(desiredArb, observedArb, (desired, seen) => {
        const status = statusOf(desired, seen, { now: NOW, expiringWithinDays: 3 });
        const thePlan = plan(desired, seen, policy());
        expect(status.totals.unmanaged).toBe(thePlan.unmanaged.length);
      }),
      { numRuns: 200 },
    );
  });
});

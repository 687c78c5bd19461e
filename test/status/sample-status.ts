// A small roll-out with one person in every state (and a blocked one, an expiring link), for the status tests.
import type { Desired, Observed } from '../../reconciler/model';
import type { Status } from '../../reconciler/status/model';
import { statusOf } from '../../reconciler/status/status';
import { invitee, NOW, observed, user } from '../support/model';

const HOUR = 3_600_000;
const at = (hoursFromNow: number): string => new Date(Date.parse(NOW) + hoursFromNow * HOUR).toISOString();
const invited = (sentHoursAgo: number, ttlHours: number) => ({
  invitation: { status: 'invited', invited_at: at(-sentHoursAgo), expires_at: at(ttlHours - sentHoursAgo), sent: 1 },
});
const eng = (line: number) => ({ source: { file: 'invitees/engineering.yaml', line, column: 5 } });
const design = (line: number) => ({ source: { file: 'invitees/design.yaml', line, column: 5 } });

export const SAMPLE_DESIRED: Desired = {
  invitees: [
    invitee('ada@example.com', eng(2)), // accepted: password 2 h after the mail, one login
    invitee('bea@example.com', eng(4)), // accepted: password 4 h after the mail, no login yet
    invitee('cy@example.com', eng(6)), // invited, link expires in 24 h: expiring soon
    invitee('dee@example.com', design(2)), // invited, link expires in 6 days
    invitee('eve@example.com', design(4)), // expired
    invitee('fay@example.com', design(6)), // pending: imported, never mailed
    invitee('gus@example.com', design(8)), // pending: not in the tenant yet
    invitee('hal@example.com', design(10)), // accepted and blocked by hand
  ],
};

export const SAMPLE_OBSERVED: Observed = observed(
  user('ada@example.com', { app_metadata: invited(10, 168), last_password_reset: at(-8), last_login: at(-7), logins_count: 1 }),
  user('bea@example.com', { app_metadata: invited(10, 168), last_password_reset: at(-6) }),
  user('cy@example.com', { app_metadata: invited(144, 168) }),
  user('dee@example.com', { app_metadata: invited(24, 168) }),
  user('eve@example.com', { app_metadata: invited(200, 168) }),
  user('fay@example.com', { app_metadata: { invitation: { status: 'pending' } } }),
  user('hal@example.com', { blocked: true, app_metadata: invited(50, 168), last_password_reset: at(-40), last_login: at(-1), logins_count: 3 }),
  user('old@example.com', { blocked: true, app_metadata: invited(500, 168) }), // revoked
  user('stranger@example.com'), // unmanaged
);

export function sampleStatus(options: { files?: string[]; states?: Status['filter']['states'] } = {}): Status {
  return statusOf(SAMPLE_DESIRED, SAMPLE_OBSERVED, { now: NOW, expiringWithinDays: 3, filter: options });
}

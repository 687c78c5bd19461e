// The wording every human-readable status format shares (text, markdown, HTML): one sentence per state,
// percentages of the funnel, durations. One home, so the formats cannot drift apart.
import type { Funnel, StatusRow } from '../status/model';

/** `invited → password set → logged in` with the share of the invited at each step. */
export function funnelSteps(funnel: Funnel): Array<{ label: string; count: number; percent: number | null }> {
  const share = (n: number): number | null => (funnel.invited === 0 ? null : Math.round((n / funnel.invited) * 100));
  return [
    { label: 'invited', count: funnel.invited, percent: share(funnel.invited) },
    { label: 'password set', count: funnel.password_set, percent: share(funnel.password_set) },
    { label: 'logged in', count: funnel.logged_in, percent: share(funnel.logged_in) },
  ];
}

/** `3 d 4 h`, `2 h 5 min`, `12 min`, `40 s`: the two largest units, for the median time to accept. */
export function formatSeconds(seconds: number | null): string {
  if (seconds === null) return 'n/a';
  let rest = Math.round(seconds);
  const amounts = DURATION_UNITS.map(([unit, size]): [number, string] => {
    const n = Math.floor(rest / size);
    rest -= n * size;
    return [n, unit];
  });
  const first = amounts.findIndex(([n]) => n > 0);
  if (first === -1) return '0 s';
  return amounts.slice(first, first + 2).filter(([n]) => n > 0).map(([n, unit]) => `${n} ${unit}`).join(' ');
}

const DURATION_UNITS: ReadonlyArray<[string, number]> = [['d', 86_400], ['h', 3600], ['min', 60], ['s', 1]];

/** What the state means for this person: `link valid until …`, `password set at …, last login at …`. */
export function stateDetail(row: StatusRow): string {
  const parts: string[] = [];
  switch (row.state) {
    case 'pending':
      parts.push(row.invited_at === null ? 'not invited yet' : 'invitation not sent yet');
      break;
    case 'invited':
      parts.push(row.expires_at === null ? 'link sent' : `link valid until ${row.expires_at}`);
      break;
    case 'expired':
      parts.push(`link expired at ${row.expires_at ?? 'an unknown time'}`);
      break;
    case 'accepted':
      parts.push(row.password_set_at === null ? 'has an account' : `password set at ${row.password_set_at}`);
      if (row.last_login_at !== null) parts.push(`${row.logins === 1 ? 'first' : 'last'} login at ${row.last_login_at}`);
      break;
    case 'revoked':
      parts.push(row.blocked ? 'no longer declared, blocked' : 'no longer declared, to be blocked or deleted');
      break;
    case 'unmanaged':
      parts.push('in the connection, not declared');
      break;
  }
  if (row.blocked && row.file !== null) parts.push('blocked by hand');
  return parts.join(', ');
}

/** A file of the breakdown, or the users no file declares. */
export const fileLabel = (file: string | null): string => file ?? '(not declared)';

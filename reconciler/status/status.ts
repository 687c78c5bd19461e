// statusOf(desired, observed, options): where every invitation stands, as a pure function of the declared
// invitees, the observed users and the time (an input, as for the planner). Same input, deep-equal output.
import type { Desired, Invitee, Observed, ObservedUser } from '../model';
import { compareStrings } from '../plan/changes';
import { isAccepted, isExpired, readInvitation } from '../plan/invitation';
import { INVITEE_STATES, type Drift, type FileBreakdown, type Funnel, type InviteeState, type StateCounts, type Status, type StatusFilter, type StatusRow } from './model';

export interface StatusOptions {
  /** ISO 8601 instant the status is for. */
  now: string;
  /** Open links that stop working within this many days are listed. */
  expiringWithinDays: number;
  filter?: Partial<StatusFilter>;
}

const DAY_MS = 86_400_000;

export function statusOf(desired: Desired, observed: Observed, options: StatusOptions): Status {
  const nowMs = Date.parse(options.now);
  if (Number.isNaN(nowMs)) throw new Error(`status: now is not an ISO 8601 instant: ${JSON.stringify(options.now)}`);
  const soonMs = nowMs + options.expiringWithinDays * DAY_MS;
  const filter: StatusFilter = { files: options.filter?.files ?? [], states: options.filter?.states ?? [] };

  const { byEmail, shadowed } = usersByEmail(observed.users);
  const rows: StatusRow[] = [];
  for (const invitee of desired.invitees) {
    const user = byEmail.get(invitee.email.toLowerCase());
    byEmail.delete(invitee.email.toLowerCase());
    rows.push(declaredRow(invitee, user, nowMs, soonMs));
  }
  for (const user of byEmail.values()) rows.push(undeclaredRow(user));
  for (const user of shadowed) rows.push({ ...baseRow(user.email.toLowerCase(), user, { file: null, line: null }), state: 'unmanaged' });
  const shown = rows.filter((row) => matches(row, filter)).sort((a, b) => compareStrings(a.email, b.email));

  return {
    now: new Date(nowMs).toISOString(),
    expiringWithinDays: options.expiringWithinDays,
    filter,
    rows: shown,
    totals: { ...countStates(shown), declared: shown.filter((row) => row.file !== null).length },
    funnel: funnelOf(shown),
    medianSecondsToAccept: median(shown.map(secondsToAccept).filter((s): s is number => s !== undefined)),
    files: breakdown(shown),
    drift: driftOf(shown),
  };
}

function declaredRow(invitee: Invitee, user: ObservedUser | undefined, nowMs: number, soonMs: number): StatusRow {
  const row = baseRow(invitee.email.toLowerCase(), user, { file: invitee.source.file, line: invitee.source.line });
  if (user === undefined) return row;
  const invitation = readInvitation(user.app_metadata);
  row.invited_at = instant(invitation?.invited_at);
  row.expires_at = instant(invitation?.expires_at);
  row.state = declaredState(user, invitation, nowMs);
  if (row.state === 'invited' && row.expires_at !== null) row.expires_soon = Date.parse(row.expires_at) <= soonMs;
  return row;
}

/**
 * Accepted once a password was set or the person logged in (as the planner derives it), or when the account
 * predates the invitation (adopted). Expiry counts only for a link nobody used.
 */
function declaredState(user: ObservedUser, invitation: ReturnType<typeof readInvitation>, nowMs: number): InviteeState {
  if (isAccepted(user) || invitation?.status === 'adopted') return 'accepted';
  if (invitation?.status !== 'invited') return 'pending';
  return isExpired(invitation, nowMs) ? 'expired' : 'invited';
}

/** Managed by the reconciler but no longer declared: revoked (or about to be); else a user someone else made. */
function undeclaredRow(user: ObservedUser): StatusRow {
  const row = baseRow(user.email.toLowerCase(), user, { file: null, line: null });
  const invitation = readInvitation(user.app_metadata);
  row.state = invitation === undefined ? 'unmanaged' : 'revoked';
  row.invited_at = instant(invitation?.invited_at);
  row.expires_at = instant(invitation?.expires_at);
  return row;
}

/**
 * A time from the tenant in one spelling (ISO 8601, UTC), so that nothing but a date is ever printed from it; a
 * value that does not read as a date (hand-edited bookkeeping) is shown as unknown, never guessed.
 */
function instant(value: unknown): string | null {
  const ms = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

function baseRow(email: string, user: ObservedUser | undefined, where: { file: string | null; line: number | null }): StatusRow {
  return {
    email,
    state: 'pending',
    ...where,
    invited_at: null,
    expires_at: null,
    password_set_at: instant(user?.last_password_reset),
    last_login_at: instant(user?.last_login),
    logins: user?.logins_count ?? 0,
    blocked: user?.blocked ?? false,
    expires_soon: false,
  };
}

/**
 * One user per email, the lowest user_id, as the planner matches them; a second user with the same email is
 * one the reconciler cannot tell apart, reported as unmanaged (as the plan does).
 */
function usersByEmail(users: readonly ObservedUser[]): { byEmail: Map<string, ObservedUser>; shadowed: ObservedUser[] } {
  const byEmail = new Map<string, ObservedUser>();
  const shadowed: ObservedUser[] = [];
  for (const user of [...users].sort((a, b) => compareStrings(a.user_id, b.user_id))) {
    const email = user.email.toLowerCase();
    if (byEmail.has(email)) shadowed.push(user);
    else byEmail.set(email, user);
  }
  return { byEmail, shadowed };
}

function matches(row: StatusRow, filter: StatusFilter): boolean {
  if (filter.states.length > 0 && !filter.states.includes(row.state)) return false;
  if (filter.files.length === 0) return true;
  const file = row.file;
  return file !== null && filter.files.some((wanted) => sameFile(file, wanted));
}

/** `invitees/design.yaml` matches itself, `design.yaml` and `./invitees/design.yaml`. */
function sameFile(file: string, wanted: string): boolean {
  const a = file.replace(/\\/g, '/').replace(/^\.\//, '');
  const b = wanted.replace(/\\/g, '/').replace(/^\.\//, '');
  return a === b || a.endsWith(`/${b}`);
}

function countStates(rows: readonly StatusRow[]): StateCounts {
  const counts = Object.fromEntries(INVITEE_STATES.map((state) => [state, 0])) as StateCounts;
  for (const row of rows) counts[row.state]++;
  return counts;
}

/** Over declared invitees that were sent an invitation; the adopted never were, so they are not in it. */
function funnelOf(rows: readonly StatusRow[]): Funnel {
  const invited = rows.filter((row) => row.file !== null && row.invited_at !== null);
  const passwordSet = invited.filter((row) => row.password_set_at !== null || row.logins > 0);
  return { invited: invited.length, password_set: passwordSet.length, logged_in: passwordSet.filter((row) => row.logins > 0).length };
}

function secondsToAccept(row: StatusRow): number | undefined {
  if (row.file === null || row.invited_at === null || row.password_set_at === null) return undefined;
  const seconds = (Date.parse(row.password_set_at) - Date.parse(row.invited_at)) / 1000;
  // A password set before the latest mail (a reinvitation after a reset) says nothing about that mail.
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : undefined;
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return Math.round(value);
}

function breakdown(rows: readonly StatusRow[]): FileBreakdown[] {
  const byFile = new Map<string | null, StatusRow[]>();
  for (const row of rows) {
    const list = byFile.get(row.file);
    if (list) list.push(row);
    else byFile.set(row.file, [row]);
  }
  return [...byFile.entries()]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : compareStrings(a, b)))
    .map(([file, fileRows]) => ({ file, counts: countStates(fileRows) }));
}

function driftOf(rows: readonly StatusRow[]): Drift {
  const expiring = rows.filter((row) => row.expires_soon).sort((a, b) => compareStrings(a.expires_at ?? '', b.expires_at ?? '') || compareStrings(a.email, b.email));
  return {
    undeclared: rows.filter((row) => row.state === 'unmanaged').map((row) => row.email),
    blocked: rows.filter((row) => row.file !== null && row.blocked).map((row) => row.email),
    expiring: expiring.map((row) => row.email),
  };
}

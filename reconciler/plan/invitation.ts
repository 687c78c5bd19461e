// Reading the reconciler's bookkeeping back from a tenant user, and deriving acceptance.
import { INVITATION_KEY, type InvitationState, type InvitationStatus, type ObservedUser } from '../model';

const STATUSES: ReadonlySet<string> = new Set<InvitationStatus>(['pending', 'invited', 'adopted']);

/**
 * The user's `app_metadata.invitation` as the planner sees it: absent (an unmanaged user), readable, or present
 * but unreadable (a hand edit such as `status: "Pending"`, a string, an array). An unreadable record is never
 * taken for "no record": that would adopt the user and overwrite it, and the person would never be invited.
 */
export type InvitationRecord =
  | { state: 'absent' }
  | { state: 'readable'; invitation: InvitationState }
  | { state: 'unreadable'; problem: string };

export function inspectInvitation(appMetadata: Record<string, unknown>): InvitationRecord {
  if (!Object.hasOwn(appMetadata, INVITATION_KEY)) return { state: 'absent' };
  const value = appMetadata[INVITATION_KEY];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { state: 'unreadable', problem: `it is ${value === null ? 'null' : Array.isArray(value) ? 'a list' : `a ${typeof value}`}, not an object` };
  }
  const status = (value as { status?: unknown }).status;
  if (typeof status !== 'string' || !STATUSES.has(status)) {
    const shown = status === undefined ? 'no status' : `the status ${JSON.stringify(status)}`;
    return { state: 'unreadable', problem: `it has ${shown}, not one of ${[...STATUSES].map((s) => `"${s}"`).join(', ')}` };
  }
  // The stored object is returned as is, so fields this version does not know survive a rewrite.
  return { state: 'readable', invitation: value as InvitationState };
}

/** The bookkeeping when it is readable, else undefined (absent or unreadable alike). */
export function readInvitation(appMetadata: Record<string, unknown>): InvitationState | undefined {
  const record = inspectInvitation(appMetadata);
  return record.state === 'readable' ? record.invitation : undefined;
}

/**
 * The person set a password: a ticket was used (`last_password_reset`) or they logged in.
 * Derived from fields Auth0 maintains, so the login Action never has to write bookkeeping.
 */
export function isAccepted(user: ObservedUser): boolean {
  return user.last_password_reset !== undefined || (user.logins_count ?? 0) > 0;
}

/** The ticket of an `invited` user has run out. A missing or unreadable expiry never counts as expired: no mail on a guess. */
export function isExpired(invitation: InvitationState, nowMs: number): boolean {
  if (invitation.expires_at === undefined) return false;
  const expiresMs = Date.parse(invitation.expires_at);
  return !Number.isNaN(expiresMs) && expiresMs <= nowMs;
}

/** The reconciler blocked this user itself (a revocation); any other block is someone else's and is held. */
export function blockedByReconciler(invitation: InvitationState | undefined): boolean {
  return typeof invitation?.revoked_at === 'string';
}

/** The marker of an invitation mail sent by Auth0 (`awaiting_password`) outlived its use: the person set a password. */
export function hasSpentMarker(user: ObservedUser): boolean {
  return readInvitation(user.app_metadata)?.awaiting_password === true && isAccepted(user);
}

/** The bookkeeping to write back for a user: as stored, less a spent marker (hasSpentMarker). */
export function keptInvitation(user: ObservedUser): InvitationState | undefined {
  const invitation = readInvitation(user.app_metadata);
  if (invitation === undefined || !hasSpentMarker(user)) return invitation;
  const { awaiting_password: _spent, ...rest } = invitation;
  return rest;
}

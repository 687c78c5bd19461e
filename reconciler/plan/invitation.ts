// Reading the reconciler's bookkeeping back from a tenant user, and deriving acceptance.
import { INVITATION_KEY, type InvitationState, type InvitationStatus, type ObservedUser } from '../model.js';

const STATUSES: ReadonlySet<string> = new Set<InvitationStatus>(['pending', 'invited', 'adopted']);

/**
 * The user's `app_metadata.invitation` when it is well formed (an object with a known status), else undefined.
 * A malformed value is treated like no bookkeeping at all: the user counts as unmanaged, so a stray or
 * hand-edited key never makes the reconciler block or mail anyone. The stored object is returned as is, so
 * fields this version does not know survive a rewrite.
 */
export function readInvitation(appMetadata: Record<string, unknown>): InvitationState | undefined {
  if (!Object.hasOwn(appMetadata, INVITATION_KEY)) return undefined;
  const value = appMetadata[INVITATION_KEY];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const status = (value as { status?: unknown }).status;
  if (typeof status !== 'string' || !STATUSES.has(status)) return undefined;
  return value as InvitationState;
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

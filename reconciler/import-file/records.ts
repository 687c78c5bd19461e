// Records of users-imports files (https://auth0.com/docs/manage-users/user-migration/bulk-user-imports): what a new user is created with, and what an upsert
// must carry so that nothing is lost. An upsert replaces user_metadata and app_metadata wholesale and resets
// email_verified unless the record says otherwise, so every upsert record is complete.
import {
  INVITATION_KEY,
  PROFILE_FIELDS,
  type GrantRecord,
  type InvitationState,
  type Invitee,
  type Metadata,
  type ObservedUser,
  type Profile,
} from '../model';
import { readInvitation } from '../plan/invitation';
import { declaredFields, recordedFields, undeclared } from '../plan/managed';

export interface ImportRecord {
  /** Chosen by the reconciler for users it grants roles or memberships right after import (Auth0 prefixes `auth0|`). */
  user_id?: string;
  email: string;
  email_verified: boolean;
  name?: string;
  given_name?: string;
  family_name?: string;
  nickname?: string;
  picture?: string;
  user_metadata?: Metadata;
  app_metadata: Metadata;
}

/**
 * The app_metadata a managed user should end up with: the observed object with the declared values applied and
 * the keys in `removed` (recorded as managed, no longer declared: plan/managed.ts) deleted; other tenant keys
 * stay, and a declared `null` declares nothing. The reconciler's `invitation` key is never taken from the
 * declaration: the observed one stays as it is.
 */
export function targetMetadata(declared: Metadata, observed: Metadata, removed: readonly string[] = []): Metadata {
  return mergeDeclared(declared, observed, removed, INVITATION_KEY);
}

/** The same merge for user_metadata, where `invitation` is an ordinary key like any other. */
export function targetUserMetadata(declared: Metadata, observed: Metadata, removed: readonly string[] = []): Metadata {
  return mergeDeclared(declared, observed, removed, undefined);
}

function mergeDeclared(declared: Metadata, observed: Metadata, removed: readonly string[], ownKey: string | undefined): Metadata {
  // A Map keeps the tenant's key order (existing keys stay in place, new ones follow) and, unlike `obj[key] =`,
  // treats a key named `__proto__` as data.
  const merged = new Map(Object.entries(observed));
  for (const key of removed) if (key !== ownKey) merged.delete(key);
  for (const [key, value] of Object.entries(declared)) {
    if (key === ownKey || value === undefined || value === null) continue;
    merged.set(key, value);
  }
  return Object.fromEntries(merged);
}

/** How a new user's record is made: the auth0-delivery marker, and the chosen id with the grants recorded. */
export interface NewUserOptions {
  marked?: boolean;
  withGrants?: { userId: string; grants: GrantRecord | undefined };
}

/**
 * The bookkeeping as a write leaves it: the given state, with what is declared now as the managed-fields record,
 * and without a revocation mark (every write is for a declared user, unblocked first when the reconciler had
 * blocked it).
 */
export function recordedState(invitation: InvitationState, invitee: Invitee): InvitationState {
  const { revoked_at: _revoked, ...rest } = invitation;
  return { ...rest, managed: declaredFields(invitee) };
}

/**
 * The record that creates an invited user (`upsert=false`): declared profile, metadata without the declared
 * nulls (nothing to remove on a new user), and the bookkeeping `pending` so a crash before the mail is resumable.
 * With `marked`, also the invitation marker Auth0's Change Password template reads (`mail.delivery: auth0`).
 * With `withGrants`: the user id is chosen here (so roles and memberships can be granted without looking the user
 * up) and the grants are recorded as the reconciler's from the start, so a crash before they are made converges.
 * Both can hold at once: an invitee mailed by Auth0 may also be granted roles.
 */
export function newUserRecord(invitee: Invitee, options: NewUserOptions = {}): ImportRecord {
  const { marked = false, withGrants } = options;
  const userMetadata = withoutNulls(invitee.user_metadata, undefined);
  const appMetadata = withoutNulls(invitee.app_metadata, INVITATION_KEY);
  const pending = recordedState(
    {
      status: 'pending',
      ...(marked ? { awaiting_password: true } : {}),
      ...(withGrants?.grants ? { grants: withGrants.grants } : {}),
    },
    invitee,
  );
  return {
    ...(withGrants ? { user_id: withGrants.userId } : {}),
    email: invitee.email,
    email_verified: false,
    ...profileFields(invitee.profile, {}, new Set()),
    ...(Object.keys(userMetadata).length > 0 ? { user_metadata: userMetadata } : {}),
    app_metadata: Object.fromEntries([...Object.entries(appMetadata), [INVITATION_KEY, pending]]),
  };
}

/**
 * The complete record for an upsert of an existing user (updates, adoption and bookkeeping): declared profile
 * fields over the observed ones, both metadata objects merged (targetMetadata, removals of the managed-fields
 * record included), `app_metadata.invitation` set to `invitation` with the record of what is declared now
 * (recordedState), and `email_verified` sent explicitly. The caller decides that value: never a stale `false` for
 * a user whose ticket may have verified the address since it was observed.
 */
export function upsertRecord(invitee: Invitee, user: ObservedUser, invitation: InvitationState, emailVerified: boolean): ImportRecord {
  const removed = undeclared(invitee, recordedFields(readInvitation(user.app_metadata)?.managed));
  const appMetadata = new Map(Object.entries(targetMetadata(invitee.app_metadata, user.app_metadata, removed.app_metadata)));
  appMetadata.set(INVITATION_KEY, recordedState(invitation, invitee));
  // An upsert cannot remove a profile field (apply/user-write.ts does, first); it must not send back the old value.
  const absent = new Set<string>(removed.profile);
  return {
    // Upserts match on email; the tenant's spelling is the one that matches.
    email: user.email,
    email_verified: emailVerified,
    ...profileFields(invitee.profile, user.profile, absent),
    user_metadata: targetUserMetadata(invitee.user_metadata, user.user_metadata, removed.user_metadata),
    app_metadata: Object.fromEntries(appMetadata),
  };
}

/** Profile fields in a fixed order: declared values win, observed ones fill the rest (but those to be absent). */
function profileFields(declared: Profile, observed: Profile, absent: ReadonlySet<string>): Profile {
  const fields: Profile = {};
  for (const field of PROFILE_FIELDS) {
    const value = declared[field] ?? (absent.has(field) ? undefined : observed[field]);
    if (value !== undefined) fields[field] = value;
  }
  return fields;
}

function withoutNulls(metadata: Metadata, ownKey: string | undefined): Metadata {
  return Object.fromEntries(Object.entries(metadata).filter(([key, value]) => value !== null && value !== undefined && key !== ownKey));
}

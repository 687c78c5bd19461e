// The managed-fields record (`app_metadata.invitation.managed`), like `kubectl apply`'s last-applied record: which
// profile fields and top-level metadata keys the invitee files declared at the reconciler's last write. A field
// recorded there and no longer declared is removed from the tenant; a field never declared is never touched.
// The one rule for `null`, in profile fields and metadata alike: a `null` declares nothing (it cancels a default
// of the file), so a field or key written `null` is removed exactly when leaving it out would remove it.
import { INVITATION_KEY, PROFILE_FIELDS, type Invitee, type ManagedFields, type Metadata, type ProfileField } from '../model';
import { compareStrings } from './strings';

/** What an invitee declares with a value now (`null` declares nothing). */
export function declaredFields(invitee: Invitee): ManagedFields {
  return {
    profile: PROFILE_FIELDS.filter((field) => invitee.profile[field] !== undefined),
    user_metadata: keysWithValues(invitee.user_metadata),
    // `invitation` is the reconciler's own (the loader refuses it in files): never a managed key.
    app_metadata: keysWithValues(invitee.app_metadata).filter((key) => key !== INVITATION_KEY),
  };
}

/**
 * The record as stored, when it is well formed; undefined for a user written before records were kept (or a
 * damaged record): such a user is treated as managing exactly what is declared now, so nothing is removed.
 */
export function recordedFields(stored: unknown): ManagedFields | undefined {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return undefined;
  const { profile, user_metadata, app_metadata } = stored as Record<string, unknown>;
  if (!isStringList(profile) || !isStringList(user_metadata) || !isStringList(app_metadata)) return undefined;
  const known = new Set<string>(PROFILE_FIELDS);
  return { profile: profile.filter((field): field is ProfileField => known.has(field)), user_metadata, app_metadata };
}

/** Fields and keys recorded and no longer declared with a value: these are removed from the tenant. */
export function undeclared(invitee: Invitee, recorded: ManagedFields | undefined): ManagedFields {
  if (recorded === undefined) return { profile: [], user_metadata: [], app_metadata: [] };
  const hasValue = (metadata: Metadata, key: string): boolean => Object.hasOwn(metadata, key) && metadata[key] !== null && metadata[key] !== undefined;
  return {
    profile: recorded.profile.filter((field) => invitee.profile[field] === undefined),
    user_metadata: recorded.user_metadata.filter((key) => !hasValue(invitee.user_metadata, key)),
    app_metadata: recorded.app_metadata.filter((key) => !hasValue(invitee.app_metadata, key)),
  };
}

export function sameFields(a: ManagedFields | undefined, b: ManagedFields): boolean {
  return a !== undefined && sameList(a.profile, b.profile) && sameList(a.user_metadata, b.user_metadata) && sameList(a.app_metadata, b.app_metadata);
}

function keysWithValues(metadata: Metadata): string[] {
  return Object.keys(metadata)
    .filter((key) => metadata[key] !== null && metadata[key] !== undefined)
    .sort(compareStrings);
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const left = [...a].sort(compareStrings);
  const right = [...b].sort(compareStrings);
  return left.every((item, index) => item === right[index]);
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

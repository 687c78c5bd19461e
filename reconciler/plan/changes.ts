// What "differs" means between a declared invitee and its tenant user (the planner's comparison rules).
import { INVITATION_KEY, PROFILE_FIELDS, type Change, type Invitee, type ManagedFields, type Metadata, type ObservedUser } from '../model';
import { jsonEqual } from './deep-equal';
import { undeclared } from './managed';
import { compareStrings } from './strings';

export { compareStrings } from './strings';

/** The change that rewrites the managed-fields record alone (plan.ts adds it when nothing else is written). */
export const MANAGED_RECORD_FIELD = `app_metadata.${INVITATION_KEY}.managed`;

/**
 * Field-by-field differences, in a fixed order: profile fields (PROFILE_FIELDS order), then `user_metadata.*`
 * and `app_metadata.*` keys sorted, then `blocked`. One rule in profile and metadata alike:
 * - a declared value that differs from the tenant's is set;
 * - a field or key the managed-fields record lists (`recorded`) and no longer declared with a value (left out,
 *   or `null`) is removed when present;
 * - anything else in the tenant is left alone (Auth0 fills name, nickname and picture itself on import), and so
 *   is everything of a user without a record (`recorded` undefined: a user written before records were kept);
 * - `app_metadata.invitation` is the reconciler's own and never compared;
 * - a declared user that is blocked (by the reconciler: plan.ts holds any other block) is unblocked.
 */
export function declaredChanges(invitee: Invitee, user: ObservedUser, recorded: ManagedFields | undefined): Change[] {
  const changes: Change[] = [];
  const removed = undeclared(invitee, recorded);
  const absent = new Set(removed.profile);
  for (const field of PROFILE_FIELDS) {
    const declared = invitee.profile[field];
    const current = user.profile[field];
    if (declared !== undefined) {
      if (declared !== current) changes.push({ field, from: current, to: declared });
    } else if (absent.has(field) && current !== undefined) {
      changes.push({ field, from: current, to: undefined });
    }
  }
  metadataChanges('user_metadata', invitee.user_metadata, removed.user_metadata, user.user_metadata, changes);
  metadataChanges('app_metadata', invitee.app_metadata, removed.app_metadata, user.app_metadata, changes);
  if (user.blocked) changes.push({ field: 'blocked', from: true, to: false });
  return changes;
}

function metadataChanges(prefix: string, declared: Metadata, removed: readonly string[], current: Metadata, into: Change[]): void {
  const keys = removed.length === 0 ? Object.keys(declared) : [...new Set([...Object.keys(declared), ...removed])];
  if (keys.length === 0) return;
  if (keys.length > 1) keys.sort(compareStrings);
  const toRemove = new Set(removed);
  for (const key of keys) {
    if (prefix === 'app_metadata' && key === INVITATION_KEY) continue;
    const present = Object.hasOwn(current, key);
    const have = present ? current[key] : undefined;
    if (toRemove.has(key)) {
      if (present) into.push({ field: `${prefix}.${key}`, from: have, to: undefined });
      continue;
    }
    const want = declared[key];
    // `null` declares nothing (managed.ts); undefined is not JSON and cannot come from a file: the same.
    if (want === null || want === undefined) continue;
    if (!present || !jsonEqual(want, have)) into.push({ field: `${prefix}.${key}`, from: have, to: want });
  }
}

// What "differs" means between a declared invitee and its tenant user (the planner's comparison rules).
import { INVITATION_KEY, PROFILE_FIELDS, type Change, type Invitee, type Metadata, type ObservedUser } from '../model.js';
import { jsonEqual } from './deep-equal.js';

/**
 * Field-by-field differences, in a fixed order: profile fields (PROFILE_FIELDS order), then `user_metadata.*`
 * and `app_metadata.*` keys sorted, then `blocked`.
 * - Profile fields count only when declared: Auth0 fills name, nickname and picture itself on import.
 * - Metadata: each declared top-level key is compared deeply; a declared `null` means "must be absent";
 *   undeclared tenant keys are left alone; `app_metadata.invitation` is the reconciler's own and never compared.
 * - A declared user that is blocked is unblocked.
 */
export function declaredChanges(invitee: Invitee, user: ObservedUser): Change[] {
  const changes: Change[] = [];
  for (const field of PROFILE_FIELDS) {
    const declared = invitee.profile[field];
    if (declared === undefined) continue;
    const current = user.profile[field];
    if (declared !== current) changes.push({ field, from: current, to: declared });
  }
  metadataChanges('user_metadata', invitee.user_metadata, user.user_metadata, undefined, changes);
  metadataChanges('app_metadata', invitee.app_metadata, user.app_metadata, INVITATION_KEY, changes);
  if (user.blocked) changes.push({ field: 'blocked', from: true, to: false });
  return changes;
}

function metadataChanges(
  prefix: string,
  declared: Metadata,
  current: Metadata,
  ownKey: string | undefined,
  into: Change[],
): void {
  const keys = Object.keys(declared);
  if (keys.length === 0) return;
  if (keys.length > 1) keys.sort(compareStrings);
  for (const key of keys) {
    if (key === ownKey) continue;
    const want = declared[key];
    if (want === undefined) continue; // not JSON: cannot have come from a YAML file; same as undeclared
    const present = Object.hasOwn(current, key);
    const have = present ? current[key] : undefined;
    if (want === null) {
      if (present) into.push({ field: `${prefix}.${key}`, from: have, to: undefined });
    } else if (!present || !jsonEqual(want, have)) {
      into.push({ field: `${prefix}.${key}`, from: have, to: want });
    }
  }
}

/** Code-unit order: locale independent, so plans are byte-identical on every machine. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

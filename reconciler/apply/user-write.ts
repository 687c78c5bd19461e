// The per-user PATCH an action needs before its upsert: an upsert can neither unblock a user nor remove a profile
// field (auth0-facts.md §1), so those go in one `PATCH /users/{id}` together with the bookkeeping they change.
import { recordedState } from '../import-file/records';
import { PROFILE_FIELDS, type AdoptAction, type Change, type ProfileField, type ReinviteAction, type ResumeAction, type UpdateAction } from '../model';
import { keptInvitation } from '../plan/invitation';
import type { UserWrite } from './ports';

type ChangingAction = ResumeAction | ReinviteAction | UpdateAction | AdoptAction;

const PROFILE: ReadonlySet<string> = new Set(PROFILE_FIELDS);

/** A change the PATCH carries out (unblocking, removing a profile field); every other change is an upsert's. */
export function isWrittenByPatch(change: Change): boolean {
  return (change.field === 'blocked' && change.to === false) || (PROFILE.has(change.field) && change.to === undefined);
}

/**
 * The PATCH for this action, or undefined when it needs none. It also rewrites readable bookkeeping: the
 * revocation mark cleared (the user is declared again) and the managed-fields record brought up to date, so that
 * a PATCH without an upsert after it leaves nothing to do for the next run.
 */
export function userWriteOf(action: ChangingAction): UserWrite | undefined {
  const byPatch = action.changes.filter(isWrittenByPatch);
  if (byPatch.length === 0) return undefined;
  const remove = byPatch.filter((change) => change.field !== 'blocked').map((change) => change.field as ProfileField);
  // Without a spent invitation marker, as the upsert after it writes (update-revoke.ts).
  const invitation = keptInvitation(action.user);
  return {
    ...(byPatch.some((change) => change.field === 'blocked') ? { blocked: false } : {}),
    ...(remove.length > 0 ? { remove } : {}),
    ...(invitation !== undefined ? { invitation: recordedState(invitation, action.invitee) } : {}),
  };
}

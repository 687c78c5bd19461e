// The per-user changes besides invitations: a PATCH first where an upsert cannot do it (unblocking, removing a
// profile field: user-write.ts), profile and metadata updates and adoptions (batched upserts), and revocations
// (block or delete).
import type { Clock } from '../clock';
import { upsertRecord } from '../import-file/records';
import type { AdoptAction, GrantRecord, InvitationState, ReinviteAction, ResumeAction, RevokeAction, UpdateAction } from '../model';
import { readGrantRecord, recordsEqual } from '../plan/grants';
import { keptInvitation, readInvitation } from '../plan/invitation';
import type { ApplyTenant } from './ports';
import type { ApplyTally } from './report';
import type { Upserts } from './upserts';
import { isWrittenByPatch, userWriteOf } from './user-write';

export interface UserChangeDeps {
  tenant: Pick<ApplyTenant, 'writeUser' | 'deleteUser'>;
  clock: Clock;
  upserts: Upserts;
  tally: ApplyTally;
}

/**
 * The action's PATCH, when it needs one (before its mail, for a resume or reinvite); other changes ride along in
 * the upsert that follows. False when the PATCH failed (reported): nothing else follows.
 */
export async function writeFirst(action: ResumeAction | ReinviteAction | UpdateAction | AdoptAction, { tenant, tally }: UserChangeDeps): Promise<boolean> {
  const write = userWriteOf(action);
  if (write === undefined) return true;
  try {
    await tenant.writeUser(action.user.user_id, write);
    return true;
  } catch (error) {
    tally.failWith(error, { invitee: action.invitee, email: action.email, action: action.kind, stage: 'update' });
    return false;
  }
}

/**
 * Profile and metadata changes, adoption, and the grant record (`grants`: the record to keep after this run's
 * grant changes, already made; apply/grants.ts) ride in one upsert.
 */
export async function updateUser(action: UpdateAction | AdoptAction, deps: UserChangeDeps, grants?: { record: GrantRecord | undefined }): Promise<void> {
  const { invitee, user } = action;
  if (!(await writeFirst(action, deps))) return;
  const stored = readInvitation(user.app_metadata);
  const recordChanges = grants !== undefined && !recordsEqual(grants.record, readGrantRecord(stored?.grants));
  const needsUpsert = action.kind === 'adopt' || recordChanges || action.changes.some((c) => !isWrittenByPatch(c));
  if (!needsUpsert) {
    deps.tally.count('updated');
    return;
  }
  // An update is planned only for a user with readable bookkeeping (plan.ts); keptInvitation is it without a spent
  // invitation marker (the planned update removes it).
  const base: InvitationState =
    action.kind === 'adopt' ? { status: 'adopted', adopted_at: new Date(deps.clock.now()).toISOString() } : (keptInvitation(user) ?? { status: 'invited' });
  const state = grants === undefined ? base : withGrants(base, grants.record);
  deps.upserts.add({
    record: upsertRecord(invitee, user, state, user.email_verified),
    subject: { invitee, kind: action.kind, action: action.kind },
  });
}

/** A block is marked in the bookkeeping, in the same request: only a block so marked is ever undone. */
export async function revokeUser(action: RevokeAction, { tenant, tally, clock }: UserChangeDeps): Promise<void> {
  try {
    if (action.mode === 'delete') await tenant.deleteUser(action.user.user_id);
    else {
      const invitation = readInvitation(action.user.app_metadata) ?? { status: 'invited' };
      await tenant.writeUser(action.user.user_id, { blocked: true, invitation: { ...invitation, revoked_at: new Date(clock.now()).toISOString() } });
    }
    tally.count('revoked');
  } catch (error) {
    // Already gone (deleted by hand, or by another run since this one observed): the revocation holds.
    if ((error as { statusCode?: unknown }).statusCode === 404) tally.count('revoked');
    else tally.failWith(error, { email: action.email, action: 'revoke', stage: 'revoke' });
  }
}

/** The bookkeeping with `grants` set to the record (removed when nothing is managed any more). */
function withGrants(state: InvitationState, record: GrantRecord | undefined): InvitationState {
  const { grants: _previous, ...rest } = state;
  return record === undefined ? rest : { ...rest, grants: record };
}

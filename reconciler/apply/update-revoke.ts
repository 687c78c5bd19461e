// The per-user changes besides invitations: unblocking (an upsert cannot change `blocked`), profile and metadata
// updates and adoptions (batched upserts), and revocations (block or delete).
import type { Clock } from '../clock';
import { upsertRecord } from '../import-file/records';
import type { AdoptAction, GrantRecord, InvitationState, ReinviteAction, ResumeAction, RevokeAction, UpdateAction } from '../model';
import { readGrantRecord, recordsEqual } from '../plan/grants';
import { keptInvitation, readInvitation } from '../plan/invitation';
import type { ApplyTenant } from './ports';
import type { ApplyTally } from './report';
import type { Upserts } from './upserts';

export interface UserChangeDeps {
  tenant: Pick<ApplyTenant, 'setBlocked' | 'deleteUser'>;
  clock: Clock;
  upserts: Upserts;
  tally: ApplyTally;
}

/**
 * A blocked user declared again is unblocked first (before its mail, for a resume or reinvite); other profile
 * changes ride along in the upsert that follows. False when unblocking failed (reported): nothing else follows.
 */
export async function unblockIfDeclared(
  action: ResumeAction | ReinviteAction | UpdateAction | AdoptAction,
  { tenant, tally }: UserChangeDeps,
): Promise<boolean> {
  if (!action.changes.some((c) => c.field === 'blocked' && c.to === false)) return true;
  try {
    await tenant.setBlocked(action.user.user_id, false);
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
  if (!(await unblockIfDeclared(action, deps))) return;
  const stored = readInvitation(user.app_metadata);
  const recordChanges = grants !== undefined && !recordsEqual(grants.record, readGrantRecord(stored?.grants));
  const needsUpsert = action.kind === 'adopt' || recordChanges || action.changes.some((c) => c.field !== 'blocked');
  if (!needsUpsert) {
    deps.tally.count('updated');
    return;
  }
  // keptInvitation: the stored bookkeeping, without a spent invitation marker (the planned update removes it).
  const base: InvitationState | undefined =
    action.kind === 'adopt' ? { status: 'adopted', adopted_at: new Date(deps.clock.now()).toISOString() } : keptInvitation(user);
  const state = base === undefined || grants === undefined ? base : withGrants(base, grants.record);
  deps.upserts.add({
    record: upsertRecord(invitee, user, state, user.email_verified),
    subject: { invitee, kind: action.kind, action: action.kind },
  });
}

export async function revokeUser(action: RevokeAction, { tenant, tally }: UserChangeDeps): Promise<void> {
  try {
    if (action.mode === 'delete') await tenant.deleteUser(action.user.user_id);
    else await tenant.setBlocked(action.user.user_id, true);
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

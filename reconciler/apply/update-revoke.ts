// The per-user changes besides invitations: unblocking (an upsert cannot change `blocked`), profile and metadata
// updates and adoptions (batched upserts), and revocations (block or delete).
import type { Clock } from '../clock';
import { upsertRecord } from '../import-file/records';
import type { AdoptAction, InvitationState, ReinviteAction, ResumeAction, RevokeAction, UpdateAction } from '../model';
import { keptInvitation } from '../plan/invitation';
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

export async function updateUser(action: UpdateAction | AdoptAction, deps: UserChangeDeps): Promise<void> {
  const { invitee, user } = action;
  if (!(await unblockIfDeclared(action, deps))) return;
  const needsUpsert = action.kind === 'adopt' || action.changes.some((c) => c.field !== 'blocked');
  if (!needsUpsert) {
    deps.tally.count('updated');
    return;
  }
  const state: InvitationState | undefined =
    action.kind === 'adopt' ? { status: 'adopted', adopted_at: new Date(deps.clock.now()).toISOString() } : keptInvitation(user);
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

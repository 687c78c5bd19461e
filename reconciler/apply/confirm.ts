// Confirming: users read again, immediately consistently, and planned again before anything is done to them.
// Search is eventually consistent, so an observation may lag behind the tenant (a run that just mailed, a user
// that exists after all); the fresh actions replace the planned ones.
import type { TicketSettings } from '../config';
import type { ActionKind, Connection, FailureStage, Invitee, ObservedUser, PlanAction, Policy } from '../model';
import { isAccepted, readInvitation } from '../plan/invitation';
import { plan as makePlan } from '../plan/plan';
import type { ApplyTenant } from './ports';
import type { ApplyTally } from './report';

/** An invitee to read again, and the action first planned for it (named in failures). */
export interface ToConfirm {
  invitee: Invitee;
  action: ActionKind;
  /** The user as observed: its roles and memberships carry over (a look-up reads neither). */
  observed?: Pick<ObservedUser, 'roles' | 'organizations'>;
}

export interface ConfirmDeps {
  tenant: Pick<ApplyTenant, 'findUserByEmail' | 'exportUsers'>;
  connection: Connection;
  policy: Policy;
  tally: ApplyTally;
}

/** Above this many users to re-read, one export of the connection is cheaper than look-ups one by one. */
export const LOOKUPS_BEFORE_EXPORTING = 5;

/**
 * Actions whose user is read again just before acting (they are rare, so the look-ups cost little): a `resume`
 * or `reinvite`, since search may lag behind a run that just mailed them (and a `pending` user may have been
 * mailed by a run that crashed before its bookkeeping); and an `update` of a user whose ticket is still out,
 * since using it may verify the email at any moment and the upsert must not send a stale `false`.
 */
export function needsConfirming(action: PlanAction, tickets: Pick<TicketSettings, 'mark_email_as_verified'>): action is Extract<PlanAction, { invitee: Invitee }> {
  return (
    action.kind === 'resume' ||
    action.kind === 'reinvite' ||
    (action.kind === 'update' && tickets.mark_email_as_verified && awaitingAcceptance(action.user))
  );
}

/**
 * Reads these invitees' users again and returns their fresh actions: after DUPLICATED_USER (the user exists after
 * all: search lagged, another run created it, or a retried import POST made a second job) and for the actions
 * `needsConfirming` names. A few are looked up one by one; many (a whole duplicated job) cost one export. Users
 * that cannot be read, or are not there, are reported as failures and get no action.
 */
export async function confirm(entries: readonly ToConfirm[], deps: ConfirmDeps): Promise<PlanAction[]> {
  if (entries.length === 0) return [];
  const { connection, tally } = deps;
  let found: Map<string, ObservedUser>;
  try {
    found = await readAgain(entries, deps);
  } catch (error) {
    for (const { invitee, action } of entries) tally.failWith(error, { invitee, email: invitee.email, action, stage: stageOf(action) });
    return [];
  }
  for (const { invitee, action } of entries.filter((e) => !found.has(e.invitee.email))) {
    const message =
      action === 'invite'
        ? 'Auth0 reports the user exists, but it is not in the connection (see https://auth0.com/docs/manage-users/user-migration/bulk-user-imports: delete it with the Delete Connection User endpoint and rerun)'
        : 'the user was deleted from the tenant while this run was planning; the next run invites it again';
    tally.fail({ invitee, email: invitee.email, action, stage: stageOf(action), code: action === 'invite' ? 'DUPLICATED_USER' : undefined, message });
  }
  const present = entries.map((e) => e.invitee).filter((i) => found.has(i.email));
  const users = [...found.values()].map((user) => withObservedAccess(user, entries.find((e) => e.invitee.email === user.email)?.observed));
  return makePlan({ invitees: present }, { connection, users }, deps.policy).actions;
}

/** The fresh user with the roles and memberships observed earlier (grants made since are the applier's to know). */
function withObservedAccess(user: ObservedUser, observed: ToConfirm['observed']): ObservedUser {
  if (observed === undefined) return user;
  const withAccess = { ...user };
  if (observed.roles !== undefined) withAccess.roles = observed.roles;
  if (observed.organizations !== undefined) withAccess.organizations = observed.organizations;
  return withAccess;
}

async function readAgain(entries: readonly ToConfirm[], { tenant, connection }: ConfirmDeps): Promise<Map<string, ObservedUser>> {
  const found = new Map<string, ObservedUser>();
  if (entries.length > LOOKUPS_BEFORE_EXPORTING) {
    const wanted = new Set(entries.map((e) => e.invitee.email));
    // An export, not a search: search may lag behind the very writes that made these users exist.
    for (const user of await tenant.exportUsers(connection)) if (wanted.has(user.email)) found.set(user.email, user);
  } else {
    for (const { invitee } of entries) {
      const user = await tenant.findUserByEmail(invitee.email, connection.name);
      if (user) found.set(user.email, user);
    }
  }
  return found;
}

function stageOf(action: ActionKind): FailureStage {
  return action === 'invite' ? 'import' : action === 'update' ? 'update' : 'ticket';
}

/** Invited (or imported) and the password not set yet: a ticket of theirs may still be used at any moment. */
function awaitingAcceptance(user: ObservedUser): boolean {
  const status = readInvitation(user.app_metadata)?.status;
  return (status === 'pending' || status === 'invited') && !isAccepted(user);
}

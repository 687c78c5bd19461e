// plan(desired, observed, policy): the pure heart of the reconciler. No I/O, no clock, no randomness:
// the same input gives a deep-equal plan with byte-identical JSON.
import {
  ACTION_KINDS,
  type ActionKind,
  type Desired,
  type Finding,
  type Invitee,
  type Observed,
  type ObservedUser,
  type Plan,
  type PlanAction,
  type Policy,
  type RevokeAction,
} from '../model';
import { compareStrings, declaredChanges, MANAGED_RECORD_FIELD } from './changes';
import { initialGrants, planGrants, readGrantRecord } from './grants';
import { blockedByReconciler, hasSpentMarker, inspectInvitation, isAccepted, isExpired, type InvitationRecord } from './invitation';
import { declaredFields, recordedFields, sameFields } from './managed';
import { massRemovalRefusal } from './removal-guard';

export function plan(desired: Desired, observed: Observed, policy: Policy): Plan {
  const nowMs = Date.parse(policy.now);
  if (Number.isNaN(nowMs)) throw new Error(`plan: policy.now is not an ISO 8601 instant: ${JSON.stringify(policy.now)}`);

  const { byEmail, shadowed } = indexByEmail(observed.users);
  const actions: PlanAction[] = [];
  const declared = new Set<string>();
  const unreadable: Finding[] = [];

  for (const invitee of desired.invitees) {
    const email = invitee.email.toLowerCase();
    if (declared.has(email)) {
      throw new Error(`plan: ${email} is declared twice (${invitee.source.file}:${invitee.source.line}); the loader must reject duplicates`);
    }
    declared.add(email);
    const user = byEmail.get(email);
    actions.push(user === undefined ? inviteAction(email, invitee) : actionForExisting(email, invitee, user, nowMs, policy));
  }

  const unmanaged: ObservedUser[] = shadowed;
  let managed = 0;
  for (const [email, user] of byEmail) {
    const record = inspectInvitation(user.app_metadata);
    if (record.state === 'unreadable') unreadable.push(unreadableFinding(email, record, declared.has(email), user));
    const isManaged = record.state === 'readable';
    if (isManaged) managed++;
    if (declared.has(email)) continue;
    if (!isManaged) {
      unmanaged.push(user);
      continue;
    }
    const revoke = revokeAction(email, user, policy);
    if (revoke !== undefined) actions.push(revoke);
  }

  actions.sort((a, b) => compareStrings(a.email, b.email));
  unmanaged.sort(byEmailThenId);
  const findings: Finding[] = [...unloadedFindings(desired.unloaded ?? []), ...unreadable.sort((a, b) => compareStrings(a.email ?? '', b.email ?? ''))];

  const counts = countKinds(actions);
  const refusal = massRemovalRefusal({
    revocations: counts.revoke,
    grantRemovals: actions.filter((a) => 'grants' in a && a.grants?.changes.some((c) => c.op === 'remove')).length,
    managed,
    maxRemovalFraction: policy.maxRemovalFraction,
    allowMassRemoval: policy.allowMassRemoval,
  });
  return {
    actions,
    counts,
    unmanaged,
    findings,
    ...(refusal === undefined ? {} : { refusal }),
    ...(policy.delivery === undefined ? {} : { delivery: policy.delivery }),
    ...(observed.access === undefined ? {} : { access: observed.access }),
  };
}

function inviteAction(email: string, invitee: Invitee): PlanAction {
  const grants = initialGrants(invitee);
  return grants === undefined ? { kind: 'invite', email, invitee } : { kind: 'invite', email, invitee, grants };
}

/** The bookkeeping's own change: an Auth0-sent invitation's marker is removed once the person set a password. */
export const SPENT_MARKER_CHANGE = { field: 'app_metadata.invitation.awaiting_password', from: true, to: undefined } as const;

/**
 * The action table for a declared user that exists:
 * | bookkeeping | blocked                      | accepted | action                                   |
 * | absent      | no                           | –        | adopt                                    |
 * | any         | yes, not by the reconciler   | –        | held (never unblocked)                   |
 * | unreadable  | no                           | no       | resume (reported: invited once, mended)  |
 * | unreadable  | no                           | yes      | held (reported: mend it by hand)         |
 * | pending     | –                            | no       | resume                                   |
 * | invited     | –                            | no       | reinvite when expired and allowed        |
 * | readable    | –                            | –        | update when anything differs (a spent invitation marker included), else unchanged |
 */
function actionForExisting(email: string, invitee: Invitee, user: ObservedUser, nowMs: number, policy: Policy): PlanAction {
  const record = inspectInvitation(user.app_metadata);
  const invitation = record.state === 'readable' ? record.invitation : undefined;
  if (user.blocked && !blockedByReconciler(invitation)) return { kind: 'held', email, invitee, user };
  // Unreadable bookkeeping: nothing in it can be trusted, the records of managed fields and grants included.
  const grants = planGrants(invitee, user, readGrantRecord(invitation?.grants));
  const withGrants = grants === undefined ? {} : { grants };
  if (record.state === 'absent') return { kind: 'adopt', email, invitee, user, changes: declaredChanges(invitee, user, undefined), ...withGrants };
  if (record.state === 'unreadable') {
    return isAccepted(user) ? { kind: 'held', email, invitee, user } : { kind: 'resume', email, invitee, user, changes: declaredChanges(invitee, user, undefined), ...withGrants };
  }
  const recorded = recordedFields(invitation?.managed);
  const changes = declaredChanges(invitee, user, recorded);
  if (hasSpentMarker(user)) changes.push({ ...SPENT_MARKER_CHANGE });
  if (!isAccepted(user)) {
    if (invitation?.status === 'pending') return { kind: 'resume', email, invitee, user, changes, ...withGrants };
    if (invitation?.status === 'invited' && policy.reinviteExpired && isExpired(invitation, nowMs)) {
      return { kind: 'reinvite', email, invitee, user, changes, ...withGrants };
    }
  }
  if (changes.length > 0 || grants !== undefined) return { kind: 'update', email, invitee, user, changes, ...withGrants };
  // Every write records what is declared; with nothing else to write, an outdated record is a change of its own
  // (users written before records were kept get theirs on the first run, which removes nothing).
  const declared = declaredFields(invitee);
  if (!sameFields(recorded, declared)) {
    return { kind: 'update', email, invitee, user, changes: [{ field: MANAGED_RECORD_FIELD, from: invitation?.managed, to: declared }] };
  }
  return { kind: 'unchanged', email, invitee, user };
}

function unreadableFinding(email: string, record: Extract<InvitationRecord, { state: 'unreadable' }>, isDeclared: boolean, user: ObservedUser): Finding {
  const outcome = !isDeclared
    ? 'it is not declared, so it is left alone as unmanaged'
    : user.blocked
      ? 'it is blocked by someone else, so it is held'
      : isAccepted(user)
        ? 'the person has already set a password, so the user is held: repair or delete the key by hand'
        : 'it is treated as not yet invited: invited once, and the record rewritten after the mail';
  return { kind: 'unreadable-bookkeeping', email, message: `app_metadata.invitation cannot be read (${record.problem}): ${outcome}` };
}

/** Files under the invitees folder that declare nothing: a warning in the plan, and from `reconcile validate`. */
export function unloadedFindings(files: readonly string[]): Finding[] {
  return files.map((file) => ({
    kind: 'unloaded-file',
    file,
    message: 'not read: only *.yaml and *.yml files that are not hidden declare invitees (rename it, or move it out of the folder)',
  }));
}

/** A managed user that is no longer declared, per the revoke policy; undefined when there is nothing to do. */
function revokeAction(email: string, user: ObservedUser, policy: Policy): RevokeAction | undefined {
  switch (policy.revoke) {
    case 'ignore':
      return undefined;
    case 'block':
      return user.blocked ? undefined : { kind: 'revoke', email, user, mode: 'block' };
    case 'delete':
      return { kind: 'revoke', email, user, mode: 'delete' };
  }
}

/**
 * Users by lower-cased email. A database connection holds one user per email, so a second one is not expected;
 * if it happens anyway, the lowest `user_id` is the match (deterministic) and the others are only reported
 * as unmanaged: the reconciler never touches a user it cannot tell apart.
 */
function indexByEmail(users: readonly ObservedUser[]): { byEmail: Map<string, ObservedUser>; shadowed: ObservedUser[] } {
  const byEmail = new Map<string, ObservedUser>();
  const shadowed: ObservedUser[] = [];
  for (const user of users) {
    const email = user.email.toLowerCase();
    const seen = byEmail.get(email);
    if (seen === undefined) {
      byEmail.set(email, user);
    } else if (compareStrings(user.user_id, seen.user_id) < 0) {
      byEmail.set(email, user);
      shadowed.push(seen);
    } else {
      shadowed.push(user);
    }
  }
  return { byEmail, shadowed };
}

function byEmailThenId(a: ObservedUser, b: ObservedUser): number {
  return compareStrings(a.email.toLowerCase(), b.email.toLowerCase()) || compareStrings(a.user_id, b.user_id);
}

function countKinds(actions: readonly PlanAction[]): Record<ActionKind, number> {
  const counts = Object.fromEntries(ACTION_KINDS.map((kind) => [kind, 0])) as Record<ActionKind, number>;
  for (const action of actions) counts[action.kind]++;
  return counts;
}

// A small pure model of the tenant that does what the applier will do with a plan, so that property tests can
// check the planner's promises (convergence, idempotence) without a network. Writes go through the same
// records the applier sends (newUserRecord, upsertRecord), serialized to JSON like the import file.
import type { InvitationState, Observed, ObservedUser, Plan, PlanAction, Policy } from '../../reconciler/model';
import { readInvitation } from '../../reconciler/plan/invitation';
import { newUserRecord, upsertRecord, type ImportRecord } from '../../reconciler/import-file/records';
import { userWriteOf } from '../../reconciler/apply/user-write';
import type { UserWrite } from '../../reconciler/apply/ports';

export interface ModelOptions {
  /** Ticket lifetime; must be positive (a fresh ticket is not expired at `policy.now`). */
  ttlSeconds: number;
}

export function applyModel(observed: Observed, plan: Plan, policy: Policy, options: ModelOptions = { ttlSeconds: 604800 }): Observed {
  // A refused plan is not applied at all.
  if (plan.refusal !== undefined) return observed;
  const users = new Map(observed.users.map((user) => [user.user_id, user]));
  for (const action of plan.actions) applyAction(users, action, policy, options);
  const ordered = [...users.values()].sort((a, b) => (a.user_id < b.user_id ? -1 : a.user_id > b.user_id ? 1 : 0));
  return { connection: observed.connection, users: ordered };
}

function applyAction(users: Map<string, ObservedUser>, action: PlanAction, policy: Policy, options: ModelOptions): void {
  const now = policy.now;
  switch (action.kind) {
    case 'invite': {
      const created = importNew(newUserRecord(action.invitee));
      // Ticket and mail, then the bookkeeping upsert (with the observed email_verified, unchanged by a mere ticket).
      const invited = invitedState(now, options, undefined);
      users.set(created.user_id, upsert(created, upsertRecord(action.invitee, created, invited, created.email_verified)));
      return;
    }
    case 'resume':
    case 'reinvite': {
      const previous = readInvitation(action.user.app_metadata);
      const invited = invitedState(now, options, previous);
      const patched = patch(action.user, userWriteOf(action));
      users.set(patched.user_id, upsert(patched, upsertRecord(action.invitee, action.user, invited, action.user.email_verified)));
      return;
    }
    case 'update':
    case 'adopt': {
      const invitation: InvitationState =
        action.kind === 'adopt' ? { status: 'adopted', adopted_at: now } : (readInvitation(action.user.app_metadata) ?? { status: 'invited' });
      const patched = patch(action.user, userWriteOf(action));
      users.set(patched.user_id, upsert(patched, upsertRecord(action.invitee, action.user, invitation, action.user.email_verified)));
      return;
    }
    case 'revoke': {
      const invitation = readInvitation(action.user.app_metadata) ?? { status: 'invited' as const };
      if (action.mode === 'delete') users.delete(action.user.user_id);
      else users.set(action.user.user_id, patch(action.user, { blocked: true, invitation: { ...invitation, revoked_at: now } }));
      return;
    }
    case 'held':
    case 'unchanged':
      return;
  }
}

function invitedState(now: string, options: ModelOptions, previous: InvitationState | undefined): InvitationState {
  return {
    status: 'invited',
    invited_at: now,
    expires_at: new Date(Date.parse(now) + options.ttlSeconds * 1000).toISOString(),
    sent: (previous?.sent ?? 0) + 1,
  };
}

/** PATCH /users/{id}: blocked (which cannot be upserted), profile fields removed, app_metadata.invitation replaced. */
function patch(user: ObservedUser, write: UserWrite | undefined): ObservedUser {
  if (write === undefined) return user;
  const profile = { ...user.profile };
  for (const field of write.remove ?? []) delete profile[field];
  const app_metadata = write.invitation === undefined ? user.app_metadata : { ...user.app_metadata, invitation: wire(write.invitation) };
  return { ...user, blocked: write.blocked ?? user.blocked, profile, app_metadata };
}

/** An import with upsert=false: Auth0 fills name (the email), nickname (the local part) and a picture itself. */
function importNew(sent: ImportRecord): ObservedUser {
  const record = wire(sent);
  return {
    user_id: `auth0|model-${record.email}`,
    email: record.email,
    email_verified: record.email_verified,
    blocked: false,
    profile: {
      name: record.name ?? record.email,
      nickname: record.nickname ?? record.email.split('@')[0],
      picture: record.picture ?? `https://s.gravatar.com/avatar/${record.email.length}.png`,
      ...(record.given_name !== undefined ? { given_name: record.given_name } : {}),
      ...(record.family_name !== undefined ? { family_name: record.family_name } : {}),
    },
    user_metadata: record.user_metadata ?? {},
    app_metadata: record.app_metadata,
  };
}

/** An import with upsert=true: upsertable profile fields set when present; metadata replaced whole; email_verified as sent. */
function upsert(user: ObservedUser, sent: ImportRecord): ObservedUser {
  const record = wire(sent);
  if (record.email !== user.email) throw new Error(`model: upsert for ${record.email} would not match ${user.email}`);
  const profile = { ...user.profile };
  for (const field of ['name', 'given_name', 'family_name', 'nickname', 'picture'] as const) {
    const value = record[field];
    if (value !== undefined) profile[field] = value;
  }
  return {
    ...user,
    email_verified: record.email_verified,
    profile,
    user_metadata: record.user_metadata ?? {},
    app_metadata: record.app_metadata,
  };
}

/** What the tenant receives is JSON: anything that does not survive serialization is not sent. */
function wire<T>(record: T): T {
  return JSON.parse(JSON.stringify(record)) as T;
}

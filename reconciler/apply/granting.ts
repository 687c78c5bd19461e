// The applier's side of roles and memberships: which users' grants are made when, and what an invitation or an
// update takes from them (the record to keep, the organization a ticket names). The calls are apply/grants.ts's.
import type { BatchingSettings } from '../config';
import type { Invitee, InviteAction, ObservedUser, Plan } from '../model';
import { applyGrants, type GrantJob, type GrantOutcome, type GrantsPort } from './grants';
import type { ApplyTally } from './report';

export interface Granting {
  /**
   * Makes these grants; `afterMemberships` runs once the memberships exist (at once when there is nothing to
   * grant). Throws when the plan grants something and no port was given.
   */
  grant(jobs: GrantJob[], afterMemberships?: (made: ReadonlyMap<string, GrantOutcome>) => void): Promise<Map<string, GrantOutcome>>;
  /** The grants of users that exist already (every action but invite, revoke and unchanged). */
  existingUsersJobs(): GrantJob[];
  /** The grants of users an import just created (their ids were chosen in the import record). */
  newUsersJobs(created: readonly { invitee: Invitee; user: ObservedUser }[]): GrantJob[];
  /** What an invitation takes from the grants: the record to keep, and the organization its ticket names. */
  forInvitation(invitee: Invitee, outcome: GrantOutcome | undefined): { grants?: { record: GrantOutcome['record'] }; organizationId?: string };
}

export function createGranting(plan: Plan, deps: { access?: GrantsPort; batching: BatchingSettings; tally: ApplyTally }): Granting {
  const inviteGrants = new Map(plan.actions.flatMap((a) => (a.kind === 'invite' && a.grants ? [[a.email, (a as InviteAction).grants!] as const] : [])));
  return {
    grant(jobs, afterMemberships) {
      if (jobs.length === 0) {
        afterMemberships?.(new Map());
        return Promise.resolve(new Map());
      }
      if (!deps.access || !plan.access) throw new Error('apply: the plan grants roles or memberships but no access port was given');
      const { batching, tally } = deps;
      return applyGrants(jobs, { port: deps.access, access: plan.access, batchSize: batching.grant_batch_size, concurrency: batching.ticket_concurrency, tally }, afterMemberships);
    },
    existingUsersJobs: () =>
      plan.actions.flatMap((a): GrantJob[] =>
        a.kind !== 'invite' && a.kind !== 'revoke' && a.kind !== 'unchanged' && a.kind !== 'held' && a.grants ? [{ invitee: a.invitee, action: a.kind, userId: a.user.user_id, plan: a.grants }] : [],
      ),
    newUsersJobs: (created) =>
      created.flatMap(({ invitee, user }): GrantJob[] => {
        const grants = inviteGrants.get(invitee.email);
        return grants && user.user_id ? [{ invitee, action: 'invite', userId: user.user_id, plan: grants }] : [];
      }),
    forInvitation: (invitee, outcome) => ({ ...(outcome ? { grants: { record: outcome.record } } : {}), ...ticketOrganization(invitee, plan, outcome) }),
  };
}

/**
 * The organization an invitation link opens: the invitee's first (by name) whose membership holds (observed, or
 * added by this run). None when the run observed no organizations.
 */
function ticketOrganization(invitee: Invitee, plan: Plan, outcome: GrantOutcome | undefined): { organizationId?: string } {
  const name = (invitee.organizations ?? []).map((o) => o.name).find((n) => !outcome?.failedMemberships.has(n));
  const id = name === undefined ? undefined : plan.access?.organizations.find((o) => o.name === name)?.id;
  return id === undefined ? {} : { organizationId: id };
}

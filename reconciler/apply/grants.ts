// Granting and taking away roles and organization memberships, many users per call: `POST /roles/{id}/users`,
// `POST` and `DELETE /organizations/{id}/members` take `batching.grant_batch_size` users each (Auth0 documents no
// maximum; docs/roles-and-organizations.md). Three kinds of call have no bulk form and go one per user: removing
// tenant roles (`DELETE /users/{id}/roles`, all of the user's at once) and assigning or removing member roles
// in an organization (per member, all its roles at once). A failure is reported against each invitee it touches,
// and the grant record written afterwards leaves out what failed to be granted (and keeps what failed to be
// removed), so the next run tries again.
import type { ActionKind, GrantChange, GrantPlan, GrantRecord, Invitee, NamedEntity, ObservedAccess } from '../model';
import type { AccessTenant } from '../tenant/access';
import { Limiter } from './limiter';
import type { ApplyTally } from './report';

export type GrantsPort = Pick<AccessTenant, 'assignRole' | 'removeRoles' | 'addMembers' | 'removeMembers' | 'assignMemberRoles' | 'removeMemberRoles'>;

/** One user's grant changes. */
export interface GrantJob {
  invitee: Invitee;
  action: ActionKind;
  userId: string;
  plan: GrantPlan;
}

export interface GrantOutcome {
  /** The record to keep in the bookkeeping: the planned one, less what failed. */
  record: GrantRecord | undefined;
  /** Organizations whose membership could not be added: no ticket may name them. */
  failedMemberships: Set<string>;
}

export interface GrantDeps {
  port: GrantsPort;
  access: ObservedAccess;
  batchSize: number;
  /** Calls in flight at once (the pacer still paces them). */
  concurrency: number;
  tally: ApplyTally;
}

/**
 * Applies every job's changes in bulk; each job's outcome by its invitee's email. `afterMemberships` is called
 * once the memberships are made (what a ticket naming an organization needs), while roles are still assigned.
 */
export async function applyGrants(
  jobs: readonly GrantJob[],
  deps: GrantDeps,
  afterMemberships?: (outcomes: ReadonlyMap<string, GrantOutcome>) => void,
): Promise<Map<string, GrantOutcome>> {
  const outcomes = new Map<string, GrantOutcome>(jobs.map((job) => [job.invitee.email, { record: cloneRecord(job.plan.record), failedMemberships: new Set<string>() }]));
  const run = new GrantRun(deps, outcomes);
  const changes = jobs.flatMap((job) => job.plan.changes.map((change) => ({ job, change })));
  // Memberships first: member roles need the membership, and removing one takes its member roles along.
  await run.bulk(changes, 'membership', 'remove', deps.access.organizations, (org, ids) => deps.port.removeMembers(org, ids));
  await run.bulk(changes, 'membership', 'add', deps.access.organizations, (org, ids) => deps.port.addMembers(org, ids));
  afterMemberships?.(outcomes);
  await Promise.all([
    run.bulk(changes, 'role', 'add', deps.access.roles, (role, ids) => deps.port.assignRole(role, ids)),
    run.perUser(changes.filter(({ change }) => change.kind === 'role' && change.op === 'remove'), (job, roles) => deps.port.removeRoles(job.userId, roles)),
    run.perMember(changes, 'add', (org, job, roles) => deps.port.assignMemberRoles(org, job.userId, roles)),
    run.perMember(changes, 'remove', (org, job, roles) => deps.port.removeMemberRoles(org, job.userId, roles)),
  ]);
  return outcomes;
}

interface Entry {
  job: GrantJob;
  change: GrantChange;
}

class GrantRun {
  private readonly slots: Limiter;

  constructor(
    private readonly deps: GrantDeps,
    private readonly outcomes: Map<string, GrantOutcome>,
  ) {
    this.slots = new Limiter(Math.max(1, deps.concurrency));
  }

  /** One call per entity and batch of users: roles assigned, or members added or removed. */
  async bulk(entries: readonly Entry[], kind: 'role' | 'membership', op: 'add' | 'remove', entities: readonly NamedEntity[], call: (entity: NamedEntity, userIds: string[]) => Promise<void>): Promise<void> {
    const matching = entries.filter(({ change }) => change.kind === kind && change.op === op);
    const byName = groupBy(matching, ({ change }) => (change.kind === 'role' ? change.role : change.kind === 'membership' ? change.organization : ''));
    const calls: Promise<void>[] = [];
    for (const [name, group] of byName) {
      const entity = entities.find((e) => e.name === name);
      for (let start = 0; start < group.length; start += this.deps.batchSize) {
        const batch = group.slice(start, start + this.deps.batchSize);
        calls.push(this.attempt(batch, () => (entity ? call(entity, batch.map((e) => e.job.userId)) : Promise.reject(missing(kind, name)))));
      }
    }
    await Promise.all(calls);
  }

  /** Tenant roles removed: one call per user, for all of its roles. */
  async perUser(entries: readonly Entry[], call: (job: GrantJob, roles: NamedEntity[]) => Promise<void>): Promise<void> {
    const byUser = groupBy(entries, (entry) => entry.job.invitee.email);
    await Promise.all(
      [...byUser.values()].map((group) => {
        const roles = group.map(({ change }) => this.deps.access.roles.find((r) => change.kind === 'role' && r.name === change.role));
        if (roles.some((r) => r === undefined)) return this.attempt(group, () => Promise.reject(missing('role', 'of this user')));
        return this.attempt(group, () => call(group[0]!.job, roles as NamedEntity[]));
      }),
    );
  }

  /** Member roles in an organization, one call per member: never for a membership that could not be added. */
  async perMember(entries: readonly Entry[], op: 'add' | 'remove', call: (org: NamedEntity, job: GrantJob, roles: NamedEntity[]) => Promise<void>): Promise<void> {
    const wanted = entries.filter(({ change }) => change.kind === 'organization_role' && change.op === op);
    const byMember = groupBy(wanted, ({ job, change }) => `${job.invitee.email}\n${change.kind === 'organization_role' ? change.organization : ''}`);
    await Promise.all(
      [...byMember.values()].map((group) => {
        const first = group[0]!;
        const orgName = first.change.kind === 'organization_role' ? first.change.organization : '';
        if (this.outcomes.get(first.job.invitee.email)?.failedMemberships.has(orgName)) {
          return Promise.resolve(this.failed(group, new Error(`not a member of organization ${orgName} (adding the membership failed)`)));
        }
        const org = this.deps.access.organizations.find((o) => o.name === orgName);
        const roles = group.map(({ change }) => this.deps.access.roles.find((r) => change.kind === 'organization_role' && r.name === change.role));
        if (!org || roles.some((r) => r === undefined)) return this.attempt(group, () => Promise.reject(missing('role or organization', orgName)));
        return this.attempt(group, () => call(org, first.job, roles as NamedEntity[]));
      }),
    );
  }

  private async attempt(entries: readonly Entry[], call: () => Promise<void>): Promise<void> {
    try {
      await this.slots.run(call);
    } catch (error) {
      this.failed(entries, error);
    }
  }

  /** Each invitee of the call is told what failed; its record stops claiming the grant (or keeps claiming it). */
  private failed(entries: readonly Entry[], error: unknown): void {
    for (const { job, change } of entries) {
      const outcome = this.outcomes.get(job.invitee.email);
      if (outcome) {
        outcome.record = revertInRecord(outcome.record, change);
        if (change.kind === 'membership' && change.op === 'add') outcome.failedMemberships.add(change.organization);
      }
      const message = error instanceof Error ? error.message : String(error);
      const code = (error as { code?: unknown }).code;
      this.deps.tally.fail({
        invitee: job.invitee,
        email: job.invitee.email,
        action: job.action,
        stage: 'grant',
        message: `${describeChange(change)}: ${message}`,
        ...(typeof code === 'string' ? { code } : {}),
      });
    }
  }
}

/** `add role editor`, `remove membership of acme`, `add role billing in acme`. */
export function describeChange(change: GrantChange): string {
  switch (change.kind) {
    case 'role':
      return `${change.op} role ${change.role}`;
    case 'membership':
      return `${change.op} membership of ${change.organization}`;
    case 'organization_role':
      return `${change.op} role ${change.role} in ${change.organization}`;
  }
}

function missing(kind: string, name: string): Error {
  return new Error(`the ${kind} ${name} is not in the tenant any more`);
}

/** A failed add is not the reconciler's grant; a failed removal stays its grant (the next run removes it). */
function revertInRecord(record: GrantRecord | undefined, change: GrantChange): GrantRecord | undefined {
  const next: GrantRecord = cloneRecord(record) ?? {};
  const toggle = (list: string[] | undefined, name: string): string[] =>
    change.op === 'add' ? (list ?? []).filter((n) => n !== name) : [...new Set([...(list ?? []), name])].sort();
  if (change.kind === 'role') next.roles = toggle(next.roles, change.role);
  else if (change.kind === 'membership') next.organizations = toggle(next.organizations, change.organization);
  else {
    const roles = toggle(next.organization_roles?.[change.organization], change.role);
    next.organization_roles = { ...(next.organization_roles ?? {}), [change.organization]: roles };
  }
  return compact(next);
}

function compact(record: GrantRecord): GrantRecord | undefined {
  const out: GrantRecord = {};
  if (record.roles?.length) out.roles = record.roles;
  if (record.organizations?.length) out.organizations = record.organizations;
  const orgRoles = Object.entries(record.organization_roles ?? {}).filter(([, roles]) => roles.length > 0);
  if (orgRoles.length > 0) out.organization_roles = Object.fromEntries(orgRoles);
  return Object.keys(out).length > 0 ? out : undefined;
}

function cloneRecord(record: GrantRecord | undefined): GrantRecord | undefined {
  return record === undefined ? undefined : (structuredClone(record) as GrantRecord);
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/**
 * The requests `applyGrants` sends for these actions' grant changes, for the plan's estimate: one per entity and
 * batch of users for the bulk kinds (new users' batches are cut per import file, which this ignores), one per user
 * for tenant-role removals, one per member and organization for member roles.
 */
export function grantRequests(grants: readonly { email: string; changes: readonly GrantChange[] }[], batchSize: number): number {
  const bulk = new Map<string, number>();
  let perUser = 0;
  for (const { changes } of grants) {
    if (changes.some((c) => c.kind === 'role' && c.op === 'remove')) perUser++;
    const memberCalls = new Set<string>();
    for (const change of changes) {
      if (change.kind === 'organization_role') memberCalls.add(`${change.op}\n${change.organization}`);
      else if (!(change.kind === 'role' && change.op === 'remove')) {
        const key = `${change.kind}\n${change.op}\n${change.kind === 'role' ? change.role : change.organization}`;
        bulk.set(key, (bulk.get(key) ?? 0) + 1);
      }
    }
    perUser += memberCalls.size;
  }
  let calls = perUser;
  for (const users of bulk.values()) calls += Math.ceil(users / Math.max(1, batchSize));
  return calls;
}

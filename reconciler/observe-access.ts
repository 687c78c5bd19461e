// Observing roles and organization memberships: one paged list per role and per organization the run cares about
// (declared in an invitee file, or recorded as granted by an earlier run), never one look-up per user. Each user
// then carries the observed roles and memberships it holds; roles nobody declared or recorded are not read, and
// so never touched.
import type { Desired, NamedEntity, ObservedAccess, ObservedUser, OrganizationGrant } from './model';
import { compareStrings } from './plan/changes';
import { readGrantRecord } from './plan/grants';
import { readInvitation } from './plan/invitation';
import type { AccessTenant } from './tenant/access';

export type AccessPort = Pick<AccessTenant, 'listRoles' | 'listOrganizations' | 'roleMembers' | 'organizationMembers'>;

/** Role and organization names the run must observe: declared, or recorded as granted. */
export function wantedAccess(desired: Desired, users: readonly ObservedUser[]): { roles: Set<string>; organizations: Set<string> } {
  const roles = new Set<string>();
  const organizations = new Set<string>();
  for (const invitee of desired.invitees) {
    for (const role of invitee.roles ?? []) roles.add(role);
    for (const org of invitee.organizations ?? []) organizations.add(org.name);
  }
  for (const user of users) {
    const record = readGrantRecord(readInvitation(user.app_metadata)?.grants);
    for (const role of record?.roles ?? []) roles.add(role);
    for (const org of record?.organizations ?? []) organizations.add(org);
    for (const org of Object.keys(record?.organization_roles ?? {})) organizations.add(org);
  }
  return { roles, organizations };
}

/**
 * The tenant's roles and organizations, and the users with their observed `roles` and `organizations` set; the
 * users unchanged (and no access) when the run uses neither. Names that do not exist are skipped here:
 * plan/unknown-names.ts reports the declared ones.
 */
export async function observeAccess(
  port: AccessPort,
  desired: Desired,
  users: ObservedUser[],
  known?: ObservedAccess,
): Promise<{ users: ObservedUser[]; access?: ObservedAccess }> {
  const wanted = wantedAccess(desired, users);
  if (wanted.roles.size === 0 && wanted.organizations.size === 0) return { users };
  // The lists of roles and organizations change with the stack, not with runs: a second observation in the same
  // run (under the lease) takes them from the first; who holds what is read again.
  const roles = known?.roles ?? (await port.listRoles());
  const organizations = known?.organizations ?? (wanted.organizations.size > 0 ? await port.listOrganizations() : []);
  const access: ObservedAccess = { roles, organizations };
  // Member lists matter only for users the plan may touch (declared or managed): with none (a first run), the
  // pages are not read at all.
  const declared = new Set(desired.invitees.map((i) => i.email));
  const relevant = users.some((user) => declared.has(user.email.toLowerCase()) || readInvitation(user.app_metadata) !== undefined);

  const rolesByUser = new Map<string, string[]>();
  for (const role of relevant ? roles.filter((r) => wanted.roles.has(r.name)) : []) {
    for (const userId of await port.roleMembers(role)) push(rolesByUser, userId, role.name);
  }
  const orgsByUser = new Map<string, OrganizationGrant[]>();
  for (const organization of relevant ? organizations.filter((o) => wanted.organizations.has(o.name)) : []) {
    for (const member of await port.organizationMembers(organization)) {
      push(orgsByUser, member.user_id, { name: organization.name, roles: member.roles.map((r) => r.name).sort(compareStrings) });
    }
  }
  const observed = users.map((user) => {
    const withAccess: ObservedUser = { ...user };
    if (wanted.roles.size > 0) withAccess.roles = (rolesByUser.get(user.user_id) ?? []).sort(compareStrings);
    if (wanted.organizations.size > 0) withAccess.organizations = (orgsByUser.get(user.user_id) ?? []).sort((a, b) => compareStrings(a.name, b.name));
    return withAccess;
  });
  return { users: observed, access };
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** By name, for the applier. */
export function entitiesByName(entities: readonly NamedEntity[]): Map<string, NamedEntity> {
  return new Map(entities.map((entity) => [entity.name, entity]));
}

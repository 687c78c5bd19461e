// Roles and organization memberships as declared state: what to add and remove for one user, and the record of
// the grants the reconciler manages. Only managed grants are ever removed: a role or membership given by hand
// (never in the record) stays, declared or not.
import type { GrantChange, GrantPlan, GrantRecord, Invitee, ObservedUser, OrganizationGrant } from '../model';
import { compareStrings } from './changes';

/**
 * The grant changes for a declared invitee and its user, or undefined when neither a grant nor the record
 * changes. Only the parts the run observed are planned: without observed roles (`user.roles` undefined) roles
 * are left alone, and likewise organizations. For each grant:
 * - declared, missing → add (and record it: the reconciler made it);
 * - recorded, no longer declared, present → remove;
 * - the record keeps what is declared, present and recorded, plus what is added now. A grant that is present and
 *   declared but not recorded was made by hand (or by a run that stopped before recording it): it stays unrecorded,
 *   so it is never removed.
 */
export function planGrants(invitee: Invitee, user: ObservedUser, stored: GrantRecord | undefined): GrantPlan | undefined {
  const changes: GrantChange[] = [];
  const record: Required<GrantRecord> = { roles: [], organizations: [], organization_roles: {} };

  if (user.roles !== undefined) {
    const diff = setDiff(invitee.roles ?? [], user.roles, stored?.roles ?? []);
    for (const role of diff.add) changes.push({ op: 'add', kind: 'role', role });
    for (const role of diff.remove) changes.push({ op: 'remove', kind: 'role', role });
    record.roles = diff.keep;
  }
  if (user.organizations !== undefined) {
    organizationChanges(invitee.organizations ?? [], user.organizations, stored, changes, record);
  }
  const kept = compactRecord(record, stored, { roles: user.roles !== undefined, organizations: user.organizations !== undefined });
  if (changes.length === 0 && recordsEqual(kept, stored)) return undefined;
  return { changes, record: kept };
}

/** The record a new user starts with: everything declared (nothing can have been granted by hand yet). */
export function initialGrants(invitee: Invitee): GrantPlan | undefined {
  const organizations = invitee.organizations ?? [];
  const changes: GrantChange[] = [
    ...(invitee.roles ?? []).map((role): GrantChange => ({ op: 'add', kind: 'role', role })),
    ...organizations.flatMap((org): GrantChange[] => [
      { op: 'add', kind: 'membership', organization: org.name },
      ...org.roles.map((role): GrantChange => ({ op: 'add', kind: 'organization_role', organization: org.name, role })),
    ]),
  ];
  if (changes.length === 0) return undefined;
  const record: GrantRecord = {};
  if ((invitee.roles ?? []).length > 0) record.roles = [...(invitee.roles ?? [])];
  if (organizations.length > 0) record.organizations = organizations.map((org) => org.name);
  const orgRoles = organizations.filter((org) => org.roles.length > 0);
  if (orgRoles.length > 0) record.organization_roles = Object.fromEntries(orgRoles.map((org) => [org.name, [...org.roles]]));
  return { changes, record };
}

function organizationChanges(
  declared: readonly OrganizationGrant[],
  observed: readonly OrganizationGrant[],
  stored: GrantRecord | undefined,
  changes: GrantChange[],
  record: Required<GrantRecord>,
): void {
  const declaredByName = new Map(declared.map((org) => [org.name, org]));
  const observedByName = new Map(observed.map((org) => [org.name, org]));
  const membership = setDiff(declared.map((org) => org.name), observed.map((org) => org.name), stored?.organizations ?? []);
  for (const organization of membership.add) changes.push({ op: 'add', kind: 'membership', organization });
  for (const organization of membership.remove) changes.push({ op: 'remove', kind: 'membership', organization });
  record.organizations = membership.keep;
  const removedMemberships = new Set(membership.remove);
  const names = [...new Set([...declaredByName.keys(), ...observedByName.keys(), ...Object.keys(stored?.organization_roles ?? {})])].sort(compareStrings);
  for (const organization of names) {
    // Leaving the organization takes its member roles with it.
    if (removedMemberships.has(organization)) continue;
    const isMember = observedByName.has(organization) || membership.add.includes(organization);
    if (!isMember) continue;
    const diff = setDiff(declaredByName.get(organization)?.roles ?? [], observedByName.get(organization)?.roles ?? [], stored?.organization_roles?.[organization] ?? []);
    for (const role of diff.add) changes.push({ op: 'add', kind: 'organization_role', organization, role });
    for (const role of diff.remove) changes.push({ op: 'remove', kind: 'organization_role', organization, role });
    if (diff.keep.length > 0) record.organization_roles[organization] = diff.keep;
  }
}

/** add = declared − present; remove = (recorded − declared) ∩ present; keep = (declared ∩ present ∩ recorded) ∪ add. */
function setDiff(declared: readonly string[], present: readonly string[], recorded: readonly string[]): { add: string[]; remove: string[]; keep: string[] } {
  const want = new Set(declared);
  const have = new Set(present);
  const mine = new Set(recorded);
  const add = [...want].filter((name) => !have.has(name)).sort(compareStrings);
  const remove = [...mine].filter((name) => !want.has(name) && have.has(name)).sort(compareStrings);
  const keep = [...want].filter((name) => (have.has(name) && mine.has(name)) || !have.has(name)).sort(compareStrings);
  return { add, remove, keep };
}

/** Empty parts dropped; a part that was not observed keeps its stored value (nothing is known to change it). */
function compactRecord(record: Required<GrantRecord>, stored: GrantRecord | undefined, observed: { roles: boolean; organizations: boolean }): GrantRecord | undefined {
  const roles = observed.roles ? record.roles : (stored?.roles ?? []);
  const organizations = observed.organizations ? record.organizations : (stored?.organizations ?? []);
  const organizationRoles = observed.organizations ? record.organization_roles : (stored?.organization_roles ?? {});
  const compact: GrantRecord = {};
  if (roles.length > 0) compact.roles = roles;
  if (organizations.length > 0) compact.organizations = organizations;
  if (Object.keys(organizationRoles).length > 0) compact.organization_roles = organizationRoles;
  return Object.keys(compact).length > 0 ? compact : undefined;
}

/** Order-insensitive comparison of two records (stored ones may come from an older version in another order). */
export function recordsEqual(a: GrantRecord | undefined, b: GrantRecord | undefined): boolean {
  return canonical(a) === canonical(b);
}

function canonical(record: GrantRecord | undefined): string {
  if (record === undefined) return 'null';
  const sorted = (list: readonly string[] | undefined): string[] => [...(list ?? [])].sort(compareStrings);
  const orgRoles = Object.entries(record.organization_roles ?? {})
    .filter(([, roles]) => roles.length > 0)
    .map(([org, roles]) => [org, sorted(roles)] as const)
    .sort(([a], [b]) => compareStrings(a, b));
  const parts = { roles: sorted(record.roles), organizations: sorted(record.organizations), organization_roles: orgRoles };
  return parts.roles.length + parts.organizations.length + orgRoles.length === 0 ? 'null' : JSON.stringify(parts);
}

/** The record as stored in the bookkeeping, when it is well formed; a malformed one counts as no record (nothing is removed). */
export function readGrantRecord(value: unknown): GrantRecord | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const raw = value as Record<string, unknown>;
  const record: GrantRecord = {};
  const roles = stringList(raw.roles);
  const organizations = stringList(raw.organizations);
  if (roles) record.roles = roles;
  if (organizations) record.organizations = organizations;
  const orgRoles = raw.organization_roles;
  if (typeof orgRoles === 'object' && orgRoles !== null && !Array.isArray(orgRoles)) {
    const entries = Object.entries(orgRoles).flatMap(([org, list]) => {
      const names = stringList(list);
      return names ? [[org, names] as const] : [];
    });
    if (entries.length > 0) record.organization_roles = Object.fromEntries(entries);
  }
  return Object.keys(record).length > 0 ? record : undefined;
}

function stringList(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const names = value.filter((item): item is string => typeof item === 'string');
  return names.length > 0 ? names : undefined;
}

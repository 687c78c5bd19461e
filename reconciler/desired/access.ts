// Roles and organizations in an invitee file: merged with the file's `defaults`, checked against Auth0's limits
// (auth0.com/docs/policies/entity-limits: 50 roles per user, 50 role assignments per organization member,
// 100,000 members per organization unless raised), and every mention of a name kept with its position, so that a
// name the tenant does not know is reported where it is written.
import type { AccessReference, OrganizationGrant, SourceLocation } from '../model';
import { compareStrings } from '../plan/changes';
import type { InputError } from './errors';
import type { ParsedSource } from './parsed-source';
import { positionAt } from './positions';
import { formatPath } from './schema-errors';

/** Auth0's entity limits: roles per user, and role assignments per organization member. */
export const MAX_ROLES_PER_USER = 50;
export const MAX_ROLES_PER_MEMBER = 50;
/** Members per organization on every plan; Enterprise tenants can have it raised (`organization_member_limit`). */
export const DEFAULT_ORGANIZATION_MEMBER_LIMIT = 100_000;

export interface DeclaredAccess {
  roles: string[];
  organizations: OrganizationGrant[];
}

/** `roles` joined, `organizations` joined by name with their member roles joined; all sorted. */
export function mergeAccess(defaults: Record<string, unknown>, own: Record<string, unknown>): DeclaredAccess {
  const roles = sortedUnique([...names(defaults.roles), ...names(own.roles)]);
  const byName = new Map<string, Set<string>>();
  for (const entry of [...organizationEntries(defaults.organizations), ...organizationEntries(own.organizations)]) {
    const roleSet = byName.get(entry.name) ?? new Set<string>();
    for (const role of entry.roles) roleSet.add(role);
    byName.set(entry.name, roleSet);
  }
  const organizations = [...byName]
    .sort(([a], [b]) => compareStrings(a, b))
    .map(([name, roleSet]) => ({ name, roles: sortedUnique([...roleSet]) }));
  return { roles, organizations };
}

/** Limits that only the merged invitee can break (the schema checks each list on its own). */
export function accessLimitErrors(access: DeclaredAccess, source: SourceLocation, index: number, email: string): InputError[] {
  const errors: InputError[] = [];
  if (access.roles.length <= MAX_ROLES_PER_USER && access.organizations.every((organization) => organization.roles.length <= MAX_ROLES_PER_MEMBER)) return errors;
  const where = { file: source.file, line: source.line, column: source.column, email };
  if (access.roles.length > MAX_ROLES_PER_USER) {
    errors.push({
      ...where,
      field: formatPath(['invitees', index, 'roles']),
      message: `${access.roles.length} roles with the file's defaults: Auth0 allows at most ${MAX_ROLES_PER_USER} roles per user`,
    });
  }
  for (const organization of access.organizations) {
    if (organization.roles.length <= MAX_ROLES_PER_MEMBER) continue;
    errors.push({
      ...where,
      field: formatPath(['invitees', index, 'organizations']),
      message: `${organization.roles.length} roles in organization "${organization.name}" with the file's defaults: Auth0 allows at most ${MAX_ROLES_PER_MEMBER} per organization member`,
    });
  }
  return errors;
}

/** Every role and organization name the file's `defaults` or one invitee mentions, with its position. */
export function accessReferences(
  file: string,
  source: ParsedSource,
  lineStarts: readonly number[],
  base: readonly (string | number)[],
  fields: Record<string, unknown>,
): AccessReference[] {
  const at = (path: (string | number)[]): SourceLocation => ({ file, ...positionAt(lineStarts, source.offsetOf([...base, ...path], 'value') ?? 0) });
  const references: AccessReference[] = [];
  names(fields.roles).forEach((name, j) => references.push({ kind: 'role', name, source: at(['roles', j]) }));
  const organizations = Array.isArray(fields.organizations) ? (fields.organizations as unknown[]) : [];
  organizations.forEach((entry, k) => {
    const organization = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>) : {};
    if (typeof organization.name === 'string') references.push({ kind: 'organization', name: organization.name, source: at(['organizations', k, 'name']) });
    names(organization.roles).forEach((name, j) => references.push({ kind: 'role', name, source: at(['organizations', k, 'roles', j]) }));
  });
  return references;
}

/**
 * Organizations declared with more members than Auth0 allows: one error, at the first member over the limit.
 * `members` lists each invitee's organizations with the invitee's position, in file order.
 */
export function organizationSizeErrors(members: readonly { organizations: readonly OrganizationGrant[]; source: SourceLocation; email: string }[], limit: number): InputError[] {
  const counts = new Map<string, number>();
  const errors: InputError[] = [];
  for (const member of members) {
    for (const { name } of member.organizations) {
      const count = (counts.get(name) ?? 0) + 1;
      counts.set(name, count);
      if (count !== limit + 1) continue;
      errors.push({
        ...member.source,
        email: member.email,
        message: `organization "${name}" would have more than ${limit} members, Auth0's limit (organization_member_limit in invitation.config.yaml, for a tenant whose limit was raised)`,
      });
    }
  }
  return errors;
}

function names(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function organizationEntries(value: unknown): OrganizationGrant[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry) => {
    const organization = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>) : undefined;
    return typeof organization?.name === 'string' ? [{ name: organization.name, roles: names(organization.roles) }] : [];
  });
}

function sortedUnique(list: readonly string[]): string[] {
  return [...new Set(list)].sort(compareStrings);
}

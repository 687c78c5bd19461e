// Organizations, their enabled connections, members and member roles (`/api/v2/organizations/...`).
// Auth0's entity limits apply: 10 connections per organization, 50 roles per member, 100,000 members per
// organization (auth0.com/docs/policies/entity-limits).
import { ApiError, invalidBody } from '../errors';
import { newOrganizationId } from '../ids';
import type { OrganizationMemberRecord, OrganizationRecord, TenantState } from '../state';
import { findRole, roleJson } from './roles';

export const MAX_CONNECTIONS_PER_ORGANIZATION = 10;
export const MAX_ROLES_PER_MEMBER = 50;
export const MAX_MEMBERS_PER_ORGANIZATION = 100_000;

const organizationNotFound = (): ApiError => new ApiError(404, 'No organization found by that id or name');

export function organizationsOf(state: TenantState): OrganizationRecord[] {
  state.data.organizations ??= [];
  return state.data.organizations;
}

export function organizationJson(org: OrganizationRecord): Record<string, string> {
  return { id: org.id, name: org.name, display_name: org.display_name ?? org.name };
}

export function findOrganization(state: TenantState, id: string): OrganizationRecord {
  const org = organizationsOf(state).find((o) => o.id === id);
  if (!org) throw organizationNotFound();
  return org;
}

export function organizationByName(state: TenantState, name: string): OrganizationRecord {
  const org = organizationsOf(state).find((o) => o.name === name);
  if (!org) throw organizationNotFound();
  return org;
}

export function createOrganization(state: TenantState, body: { name: string; display_name?: string; enabled_connections?: Array<{ connection_id: string; assign_membership_on_login?: boolean }> }): OrganizationRecord {
  const organizations = organizationsOf(state);
  if (organizations.some((o) => o.name === body.name)) throw new ApiError(409, 'An organization with this name already exists.', 'already_exists');
  const org: OrganizationRecord = { id: newOrganizationId(), name: body.name, ...(body.display_name !== undefined ? { display_name: body.display_name } : {}), enabled_connections: [], members: [] };
  for (const connection of body.enabled_connections ?? []) enableConnection(state, org, connection);
  organizations.push(org);
  state.changed();
  return org;
}

/** Sorted by name. */
export function listOrganizations(state: TenantState): OrganizationRecord[] {
  return [...organizationsOf(state)].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

export function enableConnection(state: TenantState, org: OrganizationRecord, body: { connection_id: string; assign_membership_on_login?: boolean; is_signup_enabled?: boolean; show_as_button?: boolean }): OrganizationRecord['enabled_connections'][number] {
  if (!state.connectionById(body.connection_id)) throw new ApiError(404, 'The connection does not exist', 'inexistent_connection');
  if (org.enabled_connections.some((c) => c.connection_id === body.connection_id)) throw new ApiError(409, 'The connection is already enabled for this organization.', 'already_exists');
  if (org.enabled_connections.length >= MAX_CONNECTIONS_PER_ORGANIZATION) throw invalidBody(`'An organization can have at most ${MAX_CONNECTIONS_PER_ORGANIZATION} connections'`);
  const enabled = { connection_id: body.connection_id, assign_membership_on_login: body.assign_membership_on_login ?? false, ...(body.is_signup_enabled !== undefined ? { is_signup_enabled: body.is_signup_enabled } : {}), ...(body.show_as_button !== undefined ? { show_as_button: body.show_as_button } : {}) };
  org.enabled_connections.push(enabled);
  state.changed();
  return enabled;
}

/** Members as `OrganizationMember` objects; `roles` only when asked for (`fields` naming it). */
export function memberJson(state: TenantState, member: OrganizationMemberRecord, withRoles: boolean, fields: readonly string[] | undefined): Record<string, unknown> | undefined {
  const user = state.usersById.get(member.user_id);
  if (!user) return undefined;
  const json: Record<string, unknown> = { user_id: user.user_id, email: user.email };
  if (user.picture !== undefined) json.picture = user.picture;
  if (user.name !== undefined) json.name = user.name;
  if (withRoles) json.roles = member.roles.flatMap((id) => {
    try {
      const { id: roleId, name } = roleJson(findRole(state, id));
      return [{ id: roleId, name }];
    } catch {
      return [];
    }
  });
  if (fields === undefined) return json;
  return Object.fromEntries(Object.entries(json).filter(([key]) => fields.includes(key)));
}

/** All or nothing: every user must exist; members already there stay as they are. */
export function addMembers(state: TenantState, org: OrganizationRecord, userIds: readonly string[]): void {
  const present = new Set(org.members.map((m) => m.user_id));
  const added: OrganizationMemberRecord[] = [];
  for (const id of new Set(userIds)) {
    if (!state.usersById.has(id)) throw invalidBody(`'The user with id ${id} does not exist'`);
    if (!present.has(id)) added.push({ user_id: id, roles: [] });
  }
  if (org.members.length + added.length > MAX_MEMBERS_PER_ORGANIZATION) throw invalidBody(`'An organization can have at most ${MAX_MEMBERS_PER_ORGANIZATION} members'`);
  if (added.length === 0) return;
  org.members.push(...added);
  state.changed();
}

export function removeMembers(state: TenantState, org: OrganizationRecord, userIds: readonly string[]): void {
  const gone = new Set(userIds);
  org.members = org.members.filter((m) => !gone.has(m.user_id));
  state.changed();
}

export function memberOf(org: OrganizationRecord, userId: string): OrganizationMemberRecord {
  const member = org.members.find((m) => m.user_id === userId);
  if (!member) throw new ApiError(400, `The user with id ${userId} is not a member of organization with id ${org.id}.`, 'invalid_body');
  return member;
}

export function assignMemberRoles(state: TenantState, org: OrganizationRecord, userId: string, roleIds: readonly string[]): void {
  const member = memberOf(org, userId);
  const added = [...new Set(roleIds)].filter((id) => !member.roles.includes(id));
  for (const id of added) findRole(state, id);
  if (member.roles.length + added.length > MAX_ROLES_PER_MEMBER) throw invalidBody(`'An organization member can have at most ${MAX_ROLES_PER_MEMBER} roles'`);
  member.roles.push(...added);
  state.changed();
}

export function removeMemberRoles(state: TenantState, org: OrganizationRecord, userId: string, roleIds: readonly string[]): void {
  const member = memberOf(org, userId);
  const gone = new Set(roleIds);
  member.roles = member.roles.filter((id) => !gone.has(id));
  state.changed();
}

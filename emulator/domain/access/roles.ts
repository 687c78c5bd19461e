// Tenant roles and the users they are assigned to (`/api/v2/roles`, `/roles/{id}/users`, `/users/{id}/roles`).
// Auth0's entity limits apply: 1000 roles per tenant, 50 roles per user (auth0.com/docs/policies/entity-limits).
import { ApiError, invalidBody } from '../errors';
import { newRoleId } from '../ids';
import type { RoleRecord, TenantState, UserRecord } from '../state';

export const MAX_ROLES_PER_TENANT = 1000;
export const MAX_ROLES_PER_USER = 50;

const roleNotFound = (): ApiError => new ApiError(404, 'The role does not exist.');

export function rolesOf(state: TenantState): RoleRecord[] {
  state.data.roles ??= [];
  return state.data.roles;
}

export function roleJson(role: RoleRecord): { id: string; name: string; description?: string } {
  return role.description === undefined ? { id: role.id, name: role.name } : { id: role.id, name: role.name, description: role.description };
}

export function findRole(state: TenantState, id: string): RoleRecord {
  const role = rolesOf(state).find((r) => r.id === id);
  if (!role) throw roleNotFound();
  return role;
}

export function createRole(state: TenantState, body: { name: string; description?: string }): RoleRecord {
  const roles = rolesOf(state);
  if (roles.some((r) => r.name === body.name)) throw new ApiError(409, 'Role already exists.', 'already_exists');
  if (roles.length >= MAX_ROLES_PER_TENANT) throw new ApiError(400, `A tenant can have at most ${MAX_ROLES_PER_TENANT} roles.`, 'invalid_body');
  const role: RoleRecord = { id: newRoleId(), name: body.name, ...(body.description !== undefined ? { description: body.description } : {}), users: [] };
  roles.push(role);
  state.changed();
  return role;
}

/** Roles sorted by name, filtered by `name_filter` (case-insensitive substring, as Auth0 documents it). */
export function listRoles(state: TenantState, nameFilter: string | undefined): RoleRecord[] {
  const filter = nameFilter?.toLowerCase();
  return rolesOf(state)
    .filter((r) => filter === undefined || r.name.toLowerCase().includes(filter))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The role's users as `RoleUser` objects (users deleted since are gone from the list already). */
export function roleUsers(state: TenantState, role: RoleRecord): Array<Record<string, string>> {
  return role.users.flatMap((id) => {
    const user = state.usersById.get(id);
    return user ? [roleUserJson(user)] : [];
  });
}

function roleUserJson(user: UserRecord): Record<string, string> {
  const json: Record<string, string> = { user_id: user.user_id, email: user.email };
  if (user.name !== undefined) json.name = user.name;
  if (user.picture !== undefined) json.picture = user.picture;
  return json;
}

/** All or nothing: every user must exist and stay within 50 roles, else nothing is assigned. */
export function assignUsers(state: TenantState, role: RoleRecord, userIds: readonly string[]): void {
  const holders = new Set(role.users);
  const added: string[] = [];
  for (const id of new Set(userIds)) {
    if (!state.usersById.has(id)) throw invalidBody(`'The user with id ${id} does not exist'`);
    if (holders.has(id)) continue;
    if (roleCount(state, id) >= MAX_ROLES_PER_USER) throw new ApiError(400, `The user ${id} already has ${MAX_ROLES_PER_USER} roles, the most a user can have.`, 'invalid_body');
    added.push(id);
  }
  if (added.length === 0) return;
  role.users.push(...added);
  state.changed();
}

export function removeUserRoles(state: TenantState, userId: string, roleIds: readonly string[]): void {
  if (!state.usersById.has(userId)) throw new ApiError(404, 'User not found.', 'inexistent_user');
  const roles = roleIds.map((id) => findRole(state, id));
  for (const role of roles) role.users = role.users.filter((id) => id !== userId);
  state.changed();
}

export function userRoles(state: TenantState, userId: string): RoleRecord[] {
  if (!state.usersById.has(userId)) throw new ApiError(404, 'User not found.', 'inexistent_user');
  return rolesOf(state).filter((role) => role.users.includes(userId));
}

function roleCount(state: TenantState, userId: string): number {
  return rolesOf(state).filter((role) => role.users.includes(userId)).length;
}

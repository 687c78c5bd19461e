// Roles: `GET`/`POST /api/v2/roles`, `GET`/`POST /api/v2/roles/{id}/users` and `GET`/`POST`/`DELETE
// /api/v2/users/{id}/roles`. Requests are checked against the OpenAPI operations; domain/access/roles.ts does the rest.
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { EmulatorContext } from '../context';
import { operation } from '../openapi';
import { pageJson, pageOf, type PageQuery } from '../../domain/access/paging';
import { assignUsers, createRole, findRole, listRoles, removeUserRoles, roleJson, roleUsers, userRoles } from '../../domain/access/roles';

const LIST = operation('management', 'GET', '/roles');
const CREATE = operation('management', 'POST', '/roles');
const LIST_USERS = operation('management', 'GET', '/roles/{id}/users');
const ASSIGN_USERS = operation('management', 'POST', '/roles/{id}/users');
const USER_ROLES = operation('management', 'GET', '/users/{id}/roles');
const ASSIGN_USER_ROLES = operation('management', 'POST', '/users/{id}/roles');
const REMOVE_USER_ROLES = operation('management', 'DELETE', '/users/{id}/roles');

const id = (request: { params: unknown }): string => (request.params as { id: string }).id;

export function registerRoleRoutes(app: FastifyInstance, ctx: EmulatorContext): void {
  const state = ctx.state;
  app.get('/api/v2/roles', { config: { scopes: ['read:roles'] } }, async (request) => {
    const query = LIST.query<PageQuery & { name_filter?: string }>(request.query);
    return pageJson(pageOf(listRoles(state, query.name_filter).map(roleJson), query), 'roles');
  });

  app.post('/api/v2/roles', { config: { scopes: ['create:roles'] } }, async (request) => {
    return roleJson(createRole(state, CREATE.body<{ name: string; description?: string }>(request.body, request.headers['content-type'])));
  });

  app.get('/api/v2/roles/:id/users', { config: { scopes: ['read:users', 'read:roles', 'read:role_members'] } }, async (request) => {
    const query = LIST_USERS.query<PageQuery>(request.query);
    return pageJson(pageOf(roleUsers(state, findRole(state, id(request))), query), 'users');
  });

  app.post('/api/v2/roles/:id/users', { config: { scopes: ['update:roles', 'create:role_members'] } }, async (request, reply) => {
    const body = ASSIGN_USERS.body<{ users: string[] }>(request.body, request.headers['content-type']);
    assignUsers(state, findRole(state, id(request)), body.users);
    return empty(reply, 200);
  });

  app.get('/api/v2/users/:id/roles', { config: { scopes: ['read:users', 'read:roles', 'read:role_members'] } }, async (request) => {
    const query = USER_ROLES.query<PageQuery>(request.query);
    return pageJson(pageOf(userRoles(state, id(request)).map(roleJson), query), 'roles');
  });

  app.post('/api/v2/users/:id/roles', { config: { scopes: ['update:users', 'create:role_members'] } }, async (request, reply) => {
    const body = ASSIGN_USER_ROLES.body<{ roles: string[] }>(request.body, request.headers['content-type']);
    userRoles(state, id(request));
    for (const roleId of body.roles) assignUsers(state, findRole(state, roleId), [id(request)]);
    return empty(reply, 204);
  });

  app.delete('/api/v2/users/:id/roles', { config: { scopes: ['update:users', 'delete:role_members'] } }, async (request, reply) => {
    const body = REMOVE_USER_ROLES.body<{ roles: string[] }>(request.body, request.headers['content-type']);
    removeUserRoles(state, id(request), body.roles);
    return empty(reply, 204);
  });
}

export function empty(reply: FastifyReply, status: number): FastifyReply {
  return reply.code(status).send();
}

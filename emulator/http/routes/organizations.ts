// Organizations: the organizations themselves, their enabled connections, members and member roles. Requests are
// checked against the OpenAPI operations; domain/access/organizations.ts does the rest.
import type { FastifyInstance } from 'fastify';
import { requireScope } from '../auth';
import type { EmulatorContext } from '../context';
import { operation } from '../openapi';
import { pageJson, pageOf, type PageQuery } from '../../domain/access/paging';
import {
  addMembers,
  assignMemberRoles,
  createOrganization,
  enableConnection,
  findOrganization,
  listOrganizations,
  memberJson,
  memberOf,
  organizationByName,
  organizationJson,
  removeMemberRoles,
  removeMembers,
} from '../../domain/access/organizations';
import { findRole, roleJson } from '../../domain/access/roles';
import { empty } from './roles';

const LIST = operation('management', 'GET', '/organizations');
const CREATE = operation('management', 'POST', '/organizations');
const CONNECTIONS = operation('management', 'GET', '/organizations/{id}/enabled_connections');
const ADD_CONNECTION = operation('management', 'POST', '/organizations/{id}/enabled_connections');
const MEMBERS = operation('management', 'GET', '/organizations/{id}/members');
const ADD_MEMBERS = operation('management', 'POST', '/organizations/{id}/members');
const REMOVE_MEMBERS = operation('management', 'DELETE', '/organizations/{id}/members');
const MEMBER_ROLES = operation('management', 'GET', '/organizations/{id}/members/{user_id}/roles');
const ADD_MEMBER_ROLES = operation('management', 'POST', '/organizations/{id}/members/{user_id}/roles');
const REMOVE_MEMBER_ROLES = operation('management', 'DELETE', '/organizations/{id}/members/{user_id}/roles');

type Params = { id: string; user_id?: string; name?: string };
const params = (request: { params: unknown }): Params => request.params as Params;

export function registerOrganizationRoutes(app: FastifyInstance, ctx: EmulatorContext): void {
  const state = ctx.state;
  const org = (request: { params: unknown }) => findOrganization(state, params(request).id);

  app.get('/api/v2/organizations', { config: { scopes: ['read:organizations', 'read:organizations_summary'] } }, async (request) => {
    const query = LIST.query<PageQuery>(request.query);
    return pageJson(pageOf(listOrganizations(state).map(organizationJson), query), 'organizations');
  });

  app.post('/api/v2/organizations', { config: { scopes: ['create:organizations'] } }, async (request, reply) => {
    const body = CREATE.body<Parameters<typeof createOrganization>[1]>(request.body, request.headers['content-type']);
    reply.code(201);
    return organizationJson(createOrganization(state, body));
  });

  app.get('/api/v2/organizations/name/:name', { config: { scopes: ['read:organizations'] } }, async (request) => {
    return organizationJson(organizationByName(state, params(request).name ?? ''));
  });

  app.get('/api/v2/organizations/:id/enabled_connections', { config: { scopes: ['read:organization_connections'] } }, async (request) => {
    const query = CONNECTIONS.query<PageQuery>(request.query);
    const found = org(request);
    const items = found.enabled_connections.map((c) => ({ ...c, connection: { name: state.connectionById(c.connection_id)?.name ?? '', strategy: 'auth0' } }));
    return pageJson(pageOf(items, query), 'enabled_connections');
  });

  app.post('/api/v2/organizations/:id/enabled_connections', { config: { scopes: ['create:organization_connections'] } }, async (request, reply) => {
    const body = ADD_CONNECTION.body<Parameters<typeof enableConnection>[2]>(request.body, request.headers['content-type']);
    const enabled = enableConnection(state, org(request), body);
    reply.code(201);
    return { ...enabled, connection: { name: state.connectionById(enabled.connection_id)?.name ?? '', strategy: 'auth0' } };
  });

  app.get('/api/v2/organizations/:id/members', { config: { scopes: ['read:organization_members'] } }, async (request) => {
    const query = MEMBERS.query<PageQuery & { fields?: string; include_fields?: boolean }>(request.query);
    const fields = query.fields === undefined ? undefined : query.fields.split(',').map((f) => f.trim()).filter(Boolean);
    const withRoles = fields !== undefined && query.include_fields !== false && fields.includes('roles');
    // Member roles come only with their own scope (Auth0: "you must include the read:organization_member_roles scope").
    if (withRoles && request.claims) requireScope(request.claims, ['read:organization_member_roles']);
    const found = org(request);
    const members = found.members.flatMap((m) => {
      const json = memberJson(state, m, withRoles, query.include_fields === false ? undefined : fields);
      return json ? [json] : [];
    });
    return pageJson(pageOf(members, query), 'members');
  });

  app.post('/api/v2/organizations/:id/members', { config: { scopes: ['create:organization_members'] } }, async (request, reply) => {
    const body = ADD_MEMBERS.body<{ members: string[] }>(request.body, request.headers['content-type']);
    addMembers(state, org(request), body.members);
    return empty(reply, 204);
  });

  app.delete('/api/v2/organizations/:id/members', { config: { scopes: ['delete:organization_members'] } }, async (request, reply) => {
    const body = REMOVE_MEMBERS.body<{ members: string[] }>(request.body, request.headers['content-type']);
    removeMembers(state, org(request), body.members);
    return empty(reply, 204);
  });

  app.get('/api/v2/organizations/:id/members/:user_id/roles', { config: { scopes: ['read:organization_member_roles'] } }, async (request) => {
    const query = MEMBER_ROLES.query<PageQuery>(request.query);
    const member = memberOf(org(request), params(request).user_id ?? '');
    return pageJson(pageOf(member.roles.map((roleId) => roleJson(findRole(state, roleId))), query), 'roles');
  });

  app.post('/api/v2/organizations/:id/members/:user_id/roles', { config: { scopes: ['create:organization_member_roles'] } }, async (request, reply) => {
    const body = ADD_MEMBER_ROLES.body<{ roles: string[] }>(request.body, request.headers['content-type']);
    assignMemberRoles(state, org(request), params(request).user_id ?? '', body.roles);
    return empty(reply, 204);
  });

  app.delete('/api/v2/organizations/:id/members/:user_id/roles', { config: { scopes: ['delete:organization_member_roles'] } }, async (request, reply) => {
    const body = REMOVE_MEMBER_ROLES.body<{ roles: string[] }>(request.body, request.headers['content-type']);
    removeMemberRoles(state, org(request), params(request).user_id ?? '', body.roles);
    return empty(reply, 204);
  });
}

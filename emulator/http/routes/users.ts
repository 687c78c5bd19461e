// Users: search (`GET /api/v2/users`), read, create, update, delete, and `GET /api/v2/users-by-email`. Requests
// are checked against the OpenAPI operations; what a valid request does lives in domain/users/.
import type { FastifyInstance } from 'fastify';
import { requireScope } from '../auth';
import type { EmulatorContext } from '../context';
import { operation } from '../openapi';
import { ApiError, invalidQuery } from '../../domain/errors';
import { fieldSelector, type Projection } from '../../domain/fields';
import { createUser, type CreateUserBody } from '../../domain/users/create';
import { checkMetadataDepth } from '../../domain/users/metadata';
import { checkPaging, searchUsers } from '../../domain/users/search';
import { isMetadataOnly, updateUser } from '../../domain/users/update';
import { userJson, type UserJson } from '../../domain/users/view';

const LIST = operation('management', 'GET', '/users');
const READ = operation('management', 'GET', '/users/{id}');
const BY_EMAIL = operation('management', 'GET', '/users-by-email');
const CREATE = operation('management', 'POST', '/users');
const UPDATE = operation('management', 'PATCH', '/users/{id}');

interface ProjectionQuery {
  fields?: string;
  include_fields?: boolean;
}

interface ListQuery extends ProjectionQuery {
  page?: number;
  per_page?: number;
  include_totals?: boolean;
  q?: string;
  search_engine?: string;
  sort?: string;
}

const userNotFound = (): ApiError => new ApiError(404, 'The user does not exist.', 'inexistent_user');

function projection(query: ProjectionQuery): Projection | null {
  return fieldSelector(query.fields, query.include_fields);
}

function present(json: UserJson, select: Projection | null): UserJson {
  return select ? select(json) : json;
}

export function registerUserRoutes(app: FastifyInstance, ctx: EmulatorContext): void {
  app.get('/api/v2/users', { config: { scopes: ['read:users', 'read:user_idp_tokens'] } }, async (request) => {
    const query = LIST.query<ListQuery>(request.query);
    const page = query.page ?? 0;
    const perPage = query.per_page ?? Math.min(50, ctx.settings.maxPerPage);
    if (perPage > ctx.settings.maxPerPage) throw invalidQuery(`'Value ${perPage} is greater than maximum ${ctx.settings.maxPerPage}' on property per_page`);
    // The OAS 400s: v1 and v2 are retired. Without search_engine, v3 answers `q` (recorded).
    if (query.search_engine === 'v1') throw new ApiError(400, 'You are not allowed to use search_engine=v1.', 'invalid_query_string');
    if (query.search_engine === 'v2') throw new ApiError(400, 'You are not allowed to use search_engine=v2. Use search_engine=v3 instead.', 'invalid_query_string');
    checkPaging(page, perPage);
    const matching = searchUsers(ctx.search.users(), query.q, query.sort, ctx.settings.searchTimeoutMs);
    const start = page * perPage;
    const select = projection(query);
    const users = matching.slice(start, start + perPage).map((user) => present(userJson(user), select));
    if (query.include_totals !== true) return users;
    return { start, limit: perPage, length: users.length, users, total: matching.length };
  });

  app.get('/api/v2/users/:id', { config: { scopes: ['read:users', 'read:current_user', 'read:user_idp_tokens'] } }, async (request) => {
    const query = READ.query<ProjectionQuery>(request.query);
    const user = ctx.state.usersById.get((request.params as { id: string }).id);
    if (!user) throw userNotFound();
    return present(userJson(user), projection(query));
  });

  app.get('/api/v2/users-by-email', { config: { scopes: ['read:users'] } }, async (request) => {
    const query = BY_EMAIL.query<ProjectionQuery & { email: string }>(request.query);
    // Emails are stored lower-case and the lookup is exact (documented as case-sensitive): no folding here.
    return ctx.state.usersWithEmail(query.email).map((user) => present(userJson(user), projection(query)));
  });

  app.post('/api/v2/users', { config: { scopes: ['create:users'] } }, async (request, reply) => {
    const body = CREATE.body<CreateUserBody>(request.body, request.headers['content-type']);
    checkMetadataDepth(body);
    const user = createUser(ctx.state, body, ctx.nowIso(), ctx.settings.passwordMinLength);
    reply.code(201);
    return userJson(user);
  });

  app.patch('/api/v2/users/:id', { config: { scopes: [] } }, async (request) => {
    const body = UPDATE.body(request.body, request.headers['content-type']);
    checkMetadataDepth(body);
    if (!request.claims) throw new ApiError(401, 'Missing authentication');
    requireScope(request.claims, isMetadataOnly(body) ? ['update:users', 'update:users_app_metadata'] : ['update:users']);
    const user = ctx.state.usersById.get((request.params as { id: string }).id);
    if (!user) throw userNotFound();
    updateUser(ctx.state, user, body, ctx.nowIso(), ctx.settings.passwordMinLength);
    return userJson(user);
  });

  app.delete('/api/v2/users/:id', { config: { scopes: ['delete:users'] } }, async (request, reply) => {
    // Auth0 answers 204 whether or not the user existed.
    ctx.state.deleteUser((request.params as { id: string }).id);
    reply.code(204);
    return reply.send();
  });
}

// Users: search (`GET /api/v2/users`), read, create, update, delete, and `GET /api/v2/users-by-email`.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { requireScope, type TokenClaims } from '../auth';
import { validateBody, type BodySpec } from '../body-validation';
import type { EmulatorContext } from '../context';
import { ApiError, invalidBody, invalidQuery } from '../../domain/errors';
import { newUserHexId } from '../../domain/ids';
import { MAX_METADATA_DEPTH } from '../../domain/json-depth';
import { mergeOneLevel } from '../../domain/users/metadata';
import { checkPasswordStrength, hashPassword } from '../../domain/users/passwords';
import { queryBoolean, queryInteger, queryString, type Query } from '../query-params';
import type { Metadata, UserRecord } from '../../domain/state';
import { parseUserQuery } from '../../domain/users/query';
import { fieldSelector } from '../../domain/fields';
import { gravatarUrl, nicknameFromEmail, userJson, type UserJson } from '../../domain/users/view';

/** Search can only page through the first 1,000 results (auth0-facts.md §4). */
export const SEARCH_RESULT_CAP = 1000;

const E164 = /^\+[0-9]{1,15}$/;

const CREATE_USER: BodySpec = {
  additionalProperties: false,
  required: ['connection'],
  fields: {
    email: { type: 'string', email: true },
    phone_number: { type: 'string', pattern: E164 },
    user_metadata: { type: 'object', maxDepth: MAX_METADATA_DEPTH },
    blocked: { type: 'boolean' },
    email_verified: { type: 'boolean' },
    phone_verified: { type: 'boolean' },
    app_metadata: { type: 'object', maxDepth: MAX_METADATA_DEPTH },
    given_name: { type: 'string', minLength: 1, maxLength: 150 },
    family_name: { type: 'string', minLength: 1, maxLength: 150 },
    name: { type: 'string', minLength: 1, maxLength: 300 },
    nickname: { type: 'string', minLength: 1, maxLength: 300 },
    picture: { type: 'string' },
    user_id: { type: 'string', maxLength: 255, pattern: /^\S*$/ },
    connection: { type: 'string', minLength: 1 },
    password: { type: 'string', minLength: 1 },
    verify_email: { type: 'boolean' },
    username: { type: 'string', minLength: 1, maxLength: 128 },
  },
};

const UPDATE_USER: BodySpec = {
  // The OAS allows additional properties on PATCH /users/{id}; unknown ones are ignored.
  additionalProperties: true,
  fields: {
    blocked: { type: 'boolean' },
    email_verified: { type: 'boolean' },
    email: { type: 'nullable-string', email: true },
    phone_number: { type: 'nullable-string', pattern: E164 },
    phone_verified: { type: 'boolean' },
    user_metadata: { type: 'object', maxDepth: MAX_METADATA_DEPTH },
    app_metadata: { type: 'object', maxDepth: MAX_METADATA_DEPTH },
    given_name: { type: 'nullable-string', minLength: 1, maxLength: 150 },
    family_name: { type: 'nullable-string', minLength: 1, maxLength: 150 },
    name: { type: 'nullable-string', minLength: 1, maxLength: 300 },
    nickname: { type: 'nullable-string', minLength: 1, maxLength: 300 },
    picture: { type: 'nullable-string' },
    verify_email: { type: 'boolean' },
    verify_phone_number: { type: 'boolean' },
    password: { type: 'nullable-string', minLength: 1 },
    connection: { type: 'string', minLength: 1 },
    client_id: { type: 'string', minLength: 1 },
    username: { type: 'nullable-string', minLength: 1, maxLength: 128 },
  },
};

/** Pairs PATCH refuses to change together (auth0-facts.md §4). */
const EXCLUSIVE_PAIRS: Array<[string, string]> = [
  ['password', 'email'], ['password', 'email_verified'], ['username', 'email'], ['username', 'email_verified'], ['username', 'password'],
];

const SORTABLE = new Set(['user_id', 'email', 'name', 'given_name', 'family_name', 'nickname', 'created_at', 'updated_at', 'last_login', 'logins_count', 'username']);

const userNotFound = (): ApiError => new ApiError(404, 'The user does not exist.', 'inexistent_user');

function claimsOf(request: FastifyRequest): TokenClaims {
  const claims = request.claims;
  if (!claims) throw new ApiError(401, 'Missing authentication');
  return claims;
}

export function registerUserRoutes(app: FastifyInstance, ctx: EmulatorContext): void {
  app.get('/api/v2/users', { config: { scopes: ['read:users', 'read:user_idp_tokens'] } }, async (request) => {
    const query = request.query as Query;
    const page = queryInteger(query, 'page', 0) ?? 0;
    const perPage = queryInteger(query, 'per_page', 0, ctx.settings.maxPerPage) ?? Math.min(50, ctx.settings.maxPerPage);
    const includeTotals = queryBoolean(query, 'include_totals') ?? false;
    const select = fieldSelector(queryString(query, 'fields'), queryBoolean(query, 'include_fields'));
    const q = queryString(query, 'q');
    queryString(query, 'connection'); // type-checked, otherwise ignored: it only applies to search_engine=v1
    const searchEngine = queryString(query, 'search_engine');
    if (searchEngine !== undefined && !['v1', 'v2', 'v3'].includes(searchEngine)) {
      throw invalidQuery(`'No enum match for: ${searchEngine}' on property search_engine`);
    }
    // The OAS 400s: v1 and v2 are retired; `q` needs an explicit search engine.
    if (searchEngine === 'v1') throw new ApiError(400, 'You are not allowed to use search_engine=v1.', 'invalid_query_string');
    if (searchEngine === 'v2') throw new ApiError(400, 'You are not allowed to use search_engine=v2. Use search_engine=v3 instead.', 'invalid_query_string');
    if (q !== undefined && searchEngine === undefined) {
      throw new ApiError(400, "The 'q' parameter is available only if you specify 'search_engine=v2|v3'.", 'invalid_query_string');
    }
    if (page * perPage + perPage > SEARCH_RESULT_CAP) {
      throw new ApiError(400, 'You can only page through the first 1000 records. See https://auth0.com/docs/users/search/v3/view-search-results-by-page#limitation', 'invalid_paging');
    }
    const predicate = q !== undefined && q.trim() !== '' ? parseUserQuery(q) : undefined;
    let matching = predicate ? searchWithin(ctx.search.users(), predicate, ctx.settings.searchTimeoutMs) : [...ctx.search.users()];
    const sort = queryString(query, 'sort');
    if (sort !== undefined) matching = sortUsers(matching, sort);
    const start = page * perPage;
    const users = matching.slice(start, start + perPage).map((user) => present(userJson(user), select));
    if (!includeTotals) return users;
    return { start, limit: perPage, length: users.length, users, total: matching.length };
  });

  app.get('/api/v2/users/:id', { config: { scopes: ['read:users', 'read:current_user', 'read:user_idp_tokens'] } }, async (request) => {
    const { id } = request.params as { id: string };
    const user = ctx.state.usersById.get(id);
    if (!user) throw userNotFound();
    const query = request.query as Query;
    return present(userJson(user), fieldSelector(queryString(query, 'fields'), queryBoolean(query, 'include_fields')));
  });

  app.get('/api/v2/users-by-email', { config: { scopes: ['read:users'] } }, async (request) => {
    const query = request.query as Query;
    const email = queryString(query, 'email');
    if (email === undefined) throw invalidQuery(`'Missing required property: email'`);
    const select = fieldSelector(queryString(query, 'fields'), queryBoolean(query, 'include_fields'));
    // Emails are stored lower-case and the lookup is exact (documented as case-sensitive): no folding here.
    return ctx.state.usersWithEmail(email).map((user) => present(userJson(user), select));
  });

  app.post('/api/v2/users', { config: { scopes: ['create:users'] } }, async (request, reply) => {
    const body = validateBody(request.body, CREATE_USER, request.headers['content-type']);
    const connection = ctx.state.connectionByName(body.connection as string);
    if (!connection) throw new ApiError(400, 'The connection does not exist.', 'inexistent_connection');
    if (typeof body.email !== 'string') throw invalidBody(`'Missing required property: email'.`);
    if (typeof body.password !== 'string') throw invalidBody(`'Missing required property: password'.`);
    if (body.username !== undefined) throw new ApiError(400, 'Cannot set username for connection without requires_username', 'invalid_body');
    checkPasswordStrength(body.password, ctx.settings.passwordMinLength);
    const email = body.email.toLowerCase();
    const userId = typeof body.user_id === 'string' && body.user_id !== '' ? `auth0|${body.user_id}` : `auth0|${newUserHexId()}`;
    if (ctx.state.userByEmail(connection.name, email) || ctx.state.usersById.has(userId)) {
      throw new ApiError(409, 'The user already exists.', 'auth0_idp_error');
    }
    const now = ctx.nowIso();
    const user: UserRecord = {
      user_id: userId,
      connection: connection.name,
      email,
      email_verified: body.email_verified === true,
      name: (body.name as string | undefined) ?? email,
      nickname: (body.nickname as string | undefined) ?? nicknameFromEmail(email),
      picture: (body.picture as string | undefined) ?? gravatarUrl(email),
      app_metadata: (body.app_metadata as Metadata | undefined) ?? {},
      user_metadata: (body.user_metadata as Metadata | undefined) ?? {},
      created_at: now,
      updated_at: now,
      password: hashPassword(body.password),
    };
    if (typeof body.given_name === 'string') user.given_name = body.given_name;
    if (typeof body.family_name === 'string') user.family_name = body.family_name;
    if (typeof body.blocked === 'boolean') user.blocked = body.blocked;
    if (typeof body.phone_number === 'string') user.phone_number = body.phone_number;
    if (typeof body.phone_verified === 'boolean') user.phone_verified = body.phone_verified;
    ctx.state.addUser(user);
    reply.code(201);
    return userJson(user);
  });

  app.patch('/api/v2/users/:id', { config: { scopes: [] } }, async (request) => {
    const { id } = request.params as { id: string };
    const body = validateBody(request.body, UPDATE_USER, request.headers['content-type']);
    const metadataOnly = Object.keys(body).every((key) => key === 'app_metadata' || key === 'user_metadata');
    requireScope(claimsOf(request), metadataOnly ? ['update:users', 'update:users_app_metadata'] : ['update:users']);
    const user = ctx.state.usersById.get(id);
    if (!user) throw userNotFound();
    for (const [a, b] of EXCLUSIVE_PAIRS) {
      if (Object.hasOwn(body, a) && Object.hasOwn(body, b)) throw new ApiError(400, `Cannot update ${a} and ${b} simultaneously`, 'invalid_body');
    }
    if (body.username !== undefined && body.username !== null) {
      throw new ApiError(400, 'Cannot set username for connection without requires_username', 'invalid_body');
    }
    if (typeof body.password === 'string') checkPasswordStrength(body.password, ctx.settings.passwordMinLength);
    const now = ctx.nowIso();
    if (typeof body.email === 'string') {
      const email = body.email.toLowerCase();
      const other = ctx.state.userByEmail(user.connection, email);
      if (other && other !== user) throw new ApiError(409, 'The specified new email already exists', 'email_conflict');
      if (email !== user.email) {
        ctx.state.changeEmail(user, email);
        if (body.email_verified === undefined) user.email_verified = false;
      }
    }
    if (typeof body.email_verified === 'boolean') user.email_verified = body.email_verified;
    if (typeof body.blocked === 'boolean') user.blocked = body.blocked;
    if (typeof body.phone_verified === 'boolean') user.phone_verified = body.phone_verified;
    for (const field of ['given_name', 'family_name', 'name', 'nickname', 'picture', 'phone_number'] as const) {
      if (!Object.hasOwn(body, field)) continue;
      const value = body[field];
      if (value === null) delete user[field];
      else if (typeof value === 'string') user[field] = value;
    }
    if (body.app_metadata !== undefined) user.app_metadata = mergeOneLevel(user.app_metadata, body.app_metadata as Metadata);
    if (body.user_metadata !== undefined) user.user_metadata = mergeOneLevel(user.user_metadata, body.user_metadata as Metadata);
    if (typeof body.password === 'string') {
      user.password = hashPassword(body.password);
      user.imported_password_hash = false;
      user.last_password_reset = now;
    }
    user.updated_at = now;
    ctx.state.changed();
    return userJson(user);
  });

  app.delete('/api/v2/users/:id', { config: { scopes: ['delete:users'] } }, async (request, reply) => {
    const { id } = request.params as { id: string };
    // Auth0 answers 204 whether or not the user existed.
    ctx.state.deleteUser(id);
    reply.code(204);
    return reply.send();
  });
}

/** Runs the predicate over the users, answering 503 (as Auth0 does after 2 s) when the time budget runs out. */
function searchWithin(users: UserRecord[], predicate: (user: UserRecord) => boolean, budgetMs: number): UserRecord[] {
  const started = performance.now();
  const matching: UserRecord[] = [];
  for (let index = 0; index < users.length; index += 1) {
    if ((index & 63) === 0 && performance.now() - started > budgetMs) throw searchTimeout();
    const user = users[index] as UserRecord;
    if (predicate(user)) matching.push(user);
  }
  if (performance.now() - started > budgetMs) throw searchTimeout();
  return matching;
}

// The status is documented (auth0-facts.md §4); the message and the errorCode are guesses.
const searchTimeout = (): ApiError => new ApiError(503, 'The query exceeded the timeout. Please try refining your search criteria.', 'query_timeout');

function present(json: UserJson, select: ((json: UserJson) => UserJson) | null): UserJson {
  return select ? select(json) : json;
}

function sortUsers(users: UserRecord[], sort: string): UserRecord[] {
  const match = /^([a-z_]+):(-?1)$/.exec(sort);
  if (!match?.[1] || !match[2]) throw invalidQuery(`'String does not match pattern ^(([a-zA-Z0-9_\\.]+))\\:(1|-1)$' on property sort`);
  const field = match[1] as keyof UserRecord;
  if (!SORTABLE.has(field)) throw invalidQuery(`'Sorting by ${field} is not supported' on property sort`);
  const direction = match[2] === '1' ? 1 : -1;
  return [...users].sort((a, b) => {
    const x = a[field];
    const y = b[field];
    if (x === y) return 0;
    if (x === undefined) return 1;
    if (y === undefined) return -1;
    return (x < y ? -1 : 1) * direction;
  });
}

// The Fastify app: cross-cutting behaviour (stats, rate limit, faults, authentication, Auth0 error envelopes)
// as hooks, and the routes. Hot path per API request: one map update, one or two bucket updates, one PRNG draw and
// a cached token check.
import multipart from '@fastify/multipart';
import Fastify, { type FastifyInstance } from 'fastify';
import { requireScope, type TokenClaims } from './auth';
import type { EmulatorContext } from './context';
import { ApiError, RATE_LIMIT_BODY } from '../domain/errors';
import { registerContentTypes } from './content-types';
import { BODY_LIMIT_BYTES, registerErrorHandlers } from './errors';
import { registerAdminRoutes, type AdminHooks } from './routes/admin';
import { registerConnectionRoutes } from './routes/connections';
import { registerDbConnectionRoutes } from './routes/dbconnections';
import { registerJobRoutes } from './routes/jobs';
import { registerOAuthRoutes } from './routes/oauth';
import { registerOrganizationRoutes } from './routes/organizations';
import { registerRoleRoutes } from './routes/roles';
import { registerTicketRoutes } from './routes/tickets';
import { registerUserRoutes } from './routes/users';
import { routeTemplate } from '../simulation/stats';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Any one of these scopes is required; an empty list means the handler checks scopes itself. */
    scopes?: readonly string[];
  }
  interface FastifyRequest {
    claims: TokenClaims | null;
    dropConnection: boolean;
  }
}

export async function buildServer(ctx: EmulatorContext, adminHooks: AdminHooks, applicationIds: () => Set<string>): Promise<FastifyInstance> {
  const app = Fastify({ logger: false, bodyLimit: BODY_LIMIT_BYTES, return503OnClosing: false });
  app.decorateRequest('claims', null);
  app.decorateRequest('dropConnection', false);

  // Auth0 takes JSON, form-urlencoded and (imports) multipart; anything else is 415.
  app.removeContentTypeParser('text/plain');
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    // Auth0 takes an empty body under a JSON content type: SDKs send one on GET and DELETE (recordings).
    if (body === '') done(null, undefined);
    else parseJson(request, body as string, done);
  });
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(body as string)));
  });
  await app.register(multipart, { throwFileSizeLimit: true });

  app.addHook('onRequest', async (request, reply) => {
    const queryAt = request.url.indexOf('?');
    const path = queryAt === -1 ? request.url : request.url.slice(0, queryAt);
    ctx.stats.countRequest(routeTemplate(request.method, request.routeOptions.url, path));
    const isApi = path.startsWith('/api/v2/');
    if (!isApi && path !== '/oauth/token') return;
    // The token endpoint shows the tenant's bucket but does not spend from it: it is Authentication API, which
    // Auth0 limits separately, and the SDK does not retry token requests.
    const verdict = ctx.rateLimit.take({ method: request.method, path }, isApi);
    void reply.headers(verdict.headers);
    if (!verdict.allowed) return reply.code(429).send(RATE_LIMIT_BODY);
    if (!isApi) return;
    switch (ctx.faults.nextRequestFault()) {
      case 'storm429':
        void reply.header('x-ratelimit-remaining', '0');
        return reply.code(429).send(RATE_LIMIT_BODY);
      case 'error500':
        return reply.code(500).send(new ApiError(500, '').toBody());
      case 'error503':
        return reply.code(503).send(new ApiError(503, '').toBody());
      case 'drop':
        request.dropConnection = true;
        break;
      case 'none':
        break;
    }
    const scopes = request.routeOptions.config.scopes;
    if (scopes === undefined) return;
    request.claims = ctx.verifier.verify(request.headers.authorization);
    if (scopes.length > 0) requireScope(request.claims, scopes);
  });

  app.addHook('onSend', async (request, reply, payload) => {
    if (!request.dropConnection) return payload;
    // The handler ran (its side effects stand), but the client never hears back: the nastiest network fault.
    ctx.stats.countDropped();
    reply.hijack();
    request.raw.socket.destroy();
    return payload;
  });

  app.addHook('onResponse', async (request, reply) => {
    if (!request.dropConnection) ctx.stats.countStatus(reply.statusCode);
  });

  registerErrorHandlers(app);
  registerContentTypes(app);
  registerOAuthRoutes(app, ctx);
  registerConnectionRoutes(app, ctx);
  registerUserRoutes(app, ctx);
  registerJobRoutes(app, ctx);
  registerTicketRoutes(app, ctx, applicationIds);
  registerDbConnectionRoutes(app, ctx, applicationIds);
  registerRoleRoutes(app, ctx);
  registerOrganizationRoutes(app, ctx);
  registerAdminRoutes(app, ctx, adminHooks);
  return app;
}

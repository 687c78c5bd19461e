// The Fastify app: cross-cutting behaviour (stats, rate limit, faults, authentication, Auth0 error envelopes)
// as hooks, and the routes. Hot path per API request: one map update, one bucket update, one PRNG draw and a
// cached token check.
import multipart from '@fastify/multipart';
import Fastify, { type FastifyInstance } from 'fastify';
import { requireScope, type TokenClaims } from './auth.js';
import type { EmulatorContext } from './context.js';
import { ApiError, RATE_LIMIT_BODY, reasonPhrase } from './errors.js';
import { registerAdminRoutes, type AdminHooks } from './routes/admin.js';
import { registerConnectionRoutes } from './routes/connections.js';
import { registerJobRoutes } from './routes/jobs.js';
import { registerOAuthRoutes } from './routes/oauth.js';
import { registerTicketRoutes } from './routes/tickets.js';
import { registerUserRoutes } from './routes/users.js';
import { routeTemplate } from './stats.js';

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

/** Management API payloads are capped at 1 MB (auth0-facts.md §10). */
export const BODY_LIMIT_BYTES = 1_048_576;

const MULTIPART_ERROR_CODES = new Set([
  'FST_INVALID_MULTIPART_CONTENT_TYPE', 'FST_MULTIPART_INVALID_CONTENT_TYPE', 'FST_NO_FORM_DATA', 'FST_PROTO_VIOLATION',
]);

export async function buildServer(ctx: EmulatorContext, adminHooks: AdminHooks, applicationIds: () => Set<string>): Promise<FastifyInstance> {
  const app = Fastify({ logger: false, bodyLimit: BODY_LIMIT_BYTES, return503OnClosing: false });
  app.decorateRequest('claims', null);
  app.decorateRequest('dropConnection', false);

  // Auth0 takes JSON, form-urlencoded and (imports) multipart; anything else is 415.
  app.removeContentTypeParser('text/plain');
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
    const verdict = ctx.bucket.take(isApi);
    void reply.headers(verdict.headers);
    if (!verdict.allowed) return reply.code(429).send(RATE_LIMIT_BODY);
    if (!isApi) return;
    switch (ctx.faults.nextRequestFault()) {
      case 'storm429':
        void reply.header('x-ratelimit-remaining', '0');
        return reply.code(429).send(RATE_LIMIT_BODY);
      case 'error500':
        return reply.code(500).send({ statusCode: 500, error: 'Internal Server Error', message: 'Internal Server Error' });
      case 'error503':
        return reply.code(503).send({ statusCode: 503, error: 'Service Unavailable', message: 'Service Unavailable' });
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

  app.setErrorHandler((error, request, reply) => {
    if (error instanceof ApiError) return reply.code(error.statusCode).send(error.toBody());
    const { code, statusCode } = error as { code?: string; statusCode?: number };
    if (code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return reply.code(413).send({ statusCode: 413, error: reasonPhrase(413), message: `Payload content length greater than maximum allowed: ${BODY_LIMIT_BYTES}` });
    }
    if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      return reply.code(415).send({ statusCode: 415, error: reasonPhrase(415), message: 'Unsupported Media Type' });
    }
    if (code !== undefined && MULTIPART_ERROR_CODES.has(code)) {
      return reply.code(400).send(new ApiError(400, "Payload validation error: 'Invalid multipart payload format'.", 'invalid_body').toBody());
    }
    if (code?.startsWith('FST_ERR_CTP_') || error instanceof SyntaxError) {
      return reply.code(400).send(new ApiError(400, 'Invalid request payload JSON format', 'invalid_body').toBody());
    }
    if (statusCode !== undefined && statusCode >= 400 && statusCode < 500) {
      return reply.code(statusCode).send({ statusCode, error: reasonPhrase(statusCode), message: reasonPhrase(statusCode) });
    }
    // Never leak a stack trace to the client; name the route and the cause on stderr to debug the emulator.
    console.error(`auth0 emulator: unexpected error in ${request.method} ${request.routeOptions.url ?? '(no route)'}: ${(error as Error).message}`);
    return reply.code(500).send({ statusCode: 500, error: 'Internal Server Error', message: 'Internal Server Error' });
  });

  app.setNotFoundHandler((_request, reply) => reply.code(404).send({ statusCode: 404, error: 'Not Found', message: 'Not Found' }));

  registerOAuthRoutes(app, ctx);
  registerConnectionRoutes(app, ctx);
  registerUserRoutes(app, ctx);
  registerJobRoutes(app, ctx);
  registerTicketRoutes(app, ctx, applicationIds);
  registerAdminRoutes(app, ctx, adminHooks);
  return app;
}

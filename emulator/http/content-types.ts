// Response content types as Auth0 sends them (recordings): `application/json; charset=utf-8` for the
// Management API, also on a 204 with no body; plain `application/json` for the token endpoint and for a job's
// error list, whose routes say so in their `contentType` config (applied to their successful answers).
import type { FastifyInstance } from 'fastify';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The content type of this route's successful answers, when it is not Fastify's JSON default. */
    contentType?: string;
  }
}

export const JSON_UTF8 = 'application/json; charset=utf-8';

export function registerContentTypes(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    const status = reply.statusCode;
    if (status === 204 && request.url.startsWith('/api/v2/')) reply.header('content-type', JSON_UTF8);
    const declared = request.routeOptions.config.contentType;
    if (declared !== undefined && status >= 200 && status < 300 && status !== 204) reply.header('content-type', declared);
    return payload;
  });
}

// Every failure leaves as Auth0's error envelope: the domain's ApiError as it is, Fastify's own errors (body
// too large, bad JSON, wrong media type, broken multipart) translated to the bodies Auth0 sends for them.
import type { FastifyInstance } from 'fastify';
import { ApiError, invalidBody } from '../domain/errors';

/** Management API payloads are capped at 1 MB (https://auth0.com/docs/api/management/v2). */
export const BODY_LIMIT_BYTES = 1_048_576;

const MULTIPART_ERROR_CODES = new Set([
  'FST_INVALID_MULTIPART_CONTENT_TYPE', 'FST_MULTIPART_INVALID_CONTENT_TYPE', 'FST_NO_FORM_DATA', 'FST_PROTO_VIOLATION',
]);

/** The ApiError a client sees for `error`, or undefined for a bug in the emulator (a 500). */
export function asApiError(error: unknown): ApiError | undefined {
  if (error instanceof ApiError) return error;
  const { code, statusCode } = error as { code?: string; statusCode?: number };
  if (code === 'FST_ERR_CTP_BODY_TOO_LARGE') return new ApiError(413, `Payload content length greater than maximum allowed: ${BODY_LIMIT_BYTES}`);
  if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return new ApiError(415, 'Unsupported Media Type');
  if (code !== undefined && MULTIPART_ERROR_CODES.has(code)) return invalidBody("'Invalid multipart payload format'.");
  if (code?.startsWith('FST_ERR_CTP_') || error instanceof SyntaxError) return new ApiError(400, 'Invalid request payload JSON format', 'invalid_body');
  if (statusCode !== undefined && statusCode >= 400 && statusCode < 500) return new ApiError(statusCode, '');
  return undefined;
}

export function registerErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => {
    const known = asApiError(error);
    if (known) return reply.code(known.statusCode).send(known.toBody());
    // Never leak a stack trace to the client; name the route and the cause on stderr to debug the emulator.
    console.error(`auth0 emulator: unexpected error in ${request.method} ${request.routeOptions.url ?? '(no route)'}: ${(error as Error).message}`);
    return reply.code(500).send(new ApiError(500, '').toBody());
  });
  app.setNotFoundHandler((_request, reply) => reply.code(404).send(new ApiError(404, '').toBody()));
}

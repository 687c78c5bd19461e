// `POST /oauth/token`, client_credentials only. This is Authentication API: the body is checked against its
// OpenAPI document's `ClientCredentialsGrant`, and errors use OAuth's `{error, error_description}` body rather
// than the Management API envelope.
import type { FastifyInstance } from 'fastify';
import { signToken, TOKEN_LIFETIME_SECONDS } from '../auth';
import type { EmulatorContext } from '../context';
import { documentSchema } from '../openapi';
import { ApiError } from '../../domain/errors';
import { compileCheck, type SchemaCheck } from '../../domain/validation/schema';

const oauthError = (status: number, error: string, description: string): ApiError =>
  new ApiError(status, description, error, { error, error_description: description });

let grantCheck: SchemaCheck | undefined;

export function registerOAuthRoutes(app: FastifyInstance, ctx: EmulatorContext): void {
  app.post('/oauth/token', { config: { contentType: 'application/json' } }, async (request, reply) => {
    const body = (typeof request.body === 'object' && request.body !== null ? request.body : {}) as Record<string, unknown>;
    if (body.grant_type !== 'client_credentials') {
      throw oauthError(400, 'unsupported_grant_type', `Unsupported grant type: ${String(body.grant_type ?? '(none)')}`);
    }
    grantCheck ??= compileCheck(documentSchema('authentication', 'components', 'schemas', 'ClientCredentialsGrant'), 'first');
    const [issue] = grantCheck(body);
    if (issue) {
      throw oauthError(400, 'invalid_request', issue.code === 'OBJECT_REQUIRED' ? issue.message.replace('property', 'parameter') : `${issue.property}: ${issue.message}`);
    }
    const client = ctx.clients.get(body.client_id as string);
    if (!client || body.client_secret !== client.client_secret) throw oauthError(401, 'access_denied', 'Unauthorized');
    const audience = body.audience;
    if (typeof audience !== 'string' || audience === '') {
      throw oauthError(403, 'access_denied', 'No audience parameter was provided, and no default audience has been configured');
    }
    const managementApi = /\/api\/v2\/?$/.test(audience);
    if (!managementApi && !ctx.apis.has(audience)) throw oauthError(403, 'access_denied', `Service not found: ${audience}`);
    const issuedAt = Math.floor(ctx.now() / 1000);
    // Management API scopes are the client's grant; the emulator grants no scopes of other APIs.
    const scope = managementApi ? client.scopes.join(' ') : '';
    const token = signToken(
      { sub: `${client.client_id}@clients`, azp: client.client_id, scope, iat: issuedAt, exp: issuedAt + TOKEN_LIFETIME_SECONDS, aud: audience, gty: 'client-credentials' },
      ctx.state.data.signing_secret,
    );
    reply.header('cache-control', 'no-store');
    // As recorded and as the OAS example shows: no `scope` in the body (the token's claims carry it).
    return { access_token: token, expires_in: TOKEN_LIFETIME_SECONDS, token_type: 'Bearer' };
  });
}

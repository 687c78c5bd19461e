// `POST /oauth/token`, client_credentials only. This is Authentication API, so errors use OAuth's
// `{error, error_description}` body rather than the Management API envelope.
import type { FastifyInstance } from 'fastify';
import { signToken, TOKEN_LIFETIME_SECONDS } from '../auth';
import type { EmulatorContext } from '../context';
import { ApiError } from '../../domain/errors';

const oauthError = (status: number, error: string, description: string): ApiError =>
  new ApiError(status, description, error, { error, error_description: description });

export function registerOAuthRoutes(app: FastifyInstance, ctx: EmulatorContext): void {
  app.post('/oauth/token', async (request, reply) => {
    const body = (typeof request.body === 'object' && request.body !== null ? request.body : {}) as Record<string, unknown>;
    const grantType = body.grant_type;
    if (grantType !== 'client_credentials') {
      throw oauthError(400, 'unsupported_grant_type', `Unsupported grant type: ${String(grantType ?? '(none)')}`);
    }
    const client = typeof body.client_id === 'string' ? ctx.clients.get(body.client_id) : undefined;
    if (!client || body.client_secret !== client.client_secret) throw oauthError(401, 'access_denied', 'Unauthorized');
    const audience = body.audience;
    if (typeof audience !== 'string' || audience === '') {
      throw oauthError(403, 'access_denied', 'No audience parameter was provided, and no default audience has been configured');
    }
    if (!/\/api\/v2\/?$/.test(audience)) throw oauthError(403, 'access_denied', `Service not found: ${audience}`);
    const issuedAt = Math.floor(ctx.now() / 1000);
    const scope = client.scopes.join(' ');
    const token = signToken(
      { sub: `${client.client_id}@clients`, azp: client.client_id, scope, iat: issuedAt, exp: issuedAt + TOKEN_LIFETIME_SECONDS, aud: audience, gty: 'client-credentials' },
      ctx.state.data.signing_secret,
    );
    reply.header('cache-control', 'no-store');
    return { access_token: token, scope, expires_in: TOKEN_LIFETIME_SECONDS, token_type: 'Bearer' };
  });
}

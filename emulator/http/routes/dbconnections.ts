// `POST /dbconnections/change_password` (Authentication API): checked against its OpenAPI document, limited per
// tenant and per IP and email (simulation/change-password-limits.ts), answered `200 text/plain` whether or not
// the user exists; a user that does exist gets the Change Password email (simulation/auth0-emails.ts) with a link
// to the reset page (`/u/reset-password`, the ticket page). Errors are OAuth's `{error, error_description}`.
import type { FastifyInstance } from 'fastify';
import type { EmulatorContext } from '../context';
import { operation } from '../openapi';
import { ApiError } from '../../domain/errors';
import { CHANGE_PASSWORD_ANSWER, requestPasswordChange, type ChangePasswordRequest } from '../../domain/change-password';
import { ticketUrl } from '../../domain/tickets';

const CHANGE_PASSWORD = operation('authentication', 'POST', '/dbconnections/change_password');

export const CHANGE_PASSWORD_LIMIT_BODY = { error: 'too_many_requests', error_description: 'Too many requests. Please try again later.' };

export function registerDbConnectionRoutes(app: FastifyInstance, ctx: EmulatorContext, applicationIds: () => Set<string>): void {
  app.post('/dbconnections/change_password', async (request, reply) => {
    let body: ChangePasswordRequest;
    try {
      body = CHANGE_PASSWORD.body<ChangePasswordRequest>(request.body ?? {}, request.headers['content-type']);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      throw new ApiError(400, error.message, 'invalid_request', { error: 'invalid_request', error_description: error.message });
    }
    const verdict = ctx.changePasswordLimits.take(request.ip, body.email.toLowerCase());
    if (verdict.headers) void reply.headers(verdict.headers);
    if (!verdict.allowed) return reply.code(429).send(CHANGE_PASSWORD_LIMIT_BODY);
    const found = requestPasswordChange(ctx, body, (clientId) => applicationIds().has(clientId), ctx.emails.template.urlLifetimeSeconds);
    if (found) await ctx.emails.sendChangePassword(found.user, ticketUrl(ctx.baseUrl(), found.ticket), body.client_id);
    return reply.code(200).type('text/plain; charset=utf-8').send(CHANGE_PASSWORD_ANSWER);
  });
}

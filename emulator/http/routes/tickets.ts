// `POST /api/v2/tickets/password-change` (201 `{ticket}`), and the page the ticket URL opens:
// `GET /u/reset-password?ticket=…` shows a form, `POST` sets the password.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { validateBody, type BodySpec } from '../body-validation';
import type { EmulatorContext } from '../context';
import { ApiError, invalidBody } from '../../domain/errors';
import { CONNECTION_ID_PATTERN, newTicketId } from '../../domain/ids';
import { DEFAULT_TICKET_TTL_SECONDS, inspectTicket, redeemTicket, TICKET_PROBLEM_TEXT, ticketUrl } from '../../domain/tickets';
import type { TicketRecord, UserRecord } from '../../domain/state';

const CHANGE_PASSWORD: BodySpec = {
  additionalProperties: false,
  fields: {
    result_url: { type: 'string' },
    user_id: { type: 'string' },
    client_id: { type: 'string' },
    organization_id: { type: 'string' },
    connection_id: { type: 'string', pattern: CONNECTION_ID_PATTERN },
    email: { type: 'string', email: true },
    ttl_sec: { type: 'integer', minimum: 0 },
    mark_email_as_verified: { type: 'boolean' },
    includeEmailInRedirect: { type: 'boolean' },
    identity: { type: 'object' },
  },
};

/** The largest time a JavaScript Date can hold. */
const MAX_DATE_MS = 8.64e15;

const userNotFound = (): ApiError => new ApiError(404, 'User not found.', 'inexistent_user');

export function registerTicketRoutes(app: FastifyInstance, ctx: EmulatorContext, applicationIds: () => Set<string>): void {
  app.post('/api/v2/tickets/password-change', { config: { scopes: ['create:user_tickets'] } }, async (request, reply) => {
    const body = validateBody(request.body, CHANGE_PASSWORD, request.headers['content-type']);
    const userId = body.user_id as string | undefined;
    const email = body.email as string | undefined;
    const connectionId = body.connection_id as string | undefined;
    if (userId !== undefined && (email !== undefined || connectionId !== undefined)) {
      throw invalidBody(`'user_id cannot be combined with email or connection_id'.`);
    }
    if (userId === undefined && email === undefined) throw invalidBody(`'Missing required property: user_id (or email and connection_id)'.`);
    if (email !== undefined && connectionId === undefined) throw invalidBody(`'Missing required property: connection_id'.`);
    if (body.result_url !== undefined && body.organization_id !== undefined) {
      throw invalidBody(`'result_url cannot be combined with organization_id'.`);
    }
    if (body.organization_id !== undefined) throw new ApiError(400, 'The organization does not exist', 'invalid_body');
    if (typeof body.client_id === 'string' && !applicationIds().has(body.client_id)) throw new ApiError(400, 'The client does not exist', 'invalid_body');
    let user: UserRecord | undefined;
    if (userId !== undefined) {
      user = ctx.state.usersById.get(userId);
    } else {
      const connection = ctx.state.connectionById(connectionId as string);
      if (!connection) throw new ApiError(400, `The connection with id ${connectionId} does not exist.`, 'invalid_body');
      user = ctx.state.userByEmail(connection.name, (email as string).toLowerCase());
    }
    if (!user) throw userNotFound();
    if (!user.email) throw new ApiError(400, 'The user does not have an email address.', 'invalid_body');
    const ttl = typeof body.ttl_sec === 'number' && body.ttl_sec > 0 ? body.ttl_sec : DEFAULT_TICKET_TTL_SECONDS;
    const now = ctx.now();
    // The OAS sets no maximum; an expiry beyond what a date can hold is refused rather than crashing (deviation).
    const maxTtl = Math.floor((MAX_DATE_MS - now) / 1000);
    if (ttl > maxTtl) throw invalidBody(`'Value ${ttl} is greater than maximum ${maxTtl}' on property ttl_sec.`);
    const ticket: TicketRecord = {
      id: newTicketId(),
      user_id: user.user_id,
      created_at: new Date(now).toISOString(),
      expires_at: new Date(now + ttl * 1000).toISOString(),
      mark_email_as_verified: body.mark_email_as_verified === true,
    };
    if (typeof body.result_url === 'string') ticket.result_url = body.result_url;
    if (typeof body.client_id === 'string') ticket.client_id = body.client_id;
    ctx.state.addTicket(ticket);
    reply.code(201);
    return { ticket: ticketUrl(ctx.baseUrl(), ticket) };
  });

  app.get('/u/reset-password', async (request, reply) => {
    const id = ticketParam(request.query);
    const found = inspectTicket(ctx, id);
    if (typeof found === 'string') return page(reply, found === 'unknown' || found === 'user_gone' ? 404 : 410, 'Reset password', `<p>${TICKET_PROBLEM_TEXT[found]}</p>`);
    return page(reply, 200, 'Set your password', form(found.user.email));
  });

  app.post('/u/reset-password', async (request, reply) => {
    const body = (typeof request.body === 'object' && request.body !== null ? request.body : {}) as Record<string, unknown>;
    const id = ticketParam(request.query) || (typeof body.ticket === 'string' ? body.ticket : '');
    const password = body.password;
    const confirm = body.password_confirmation;
    const wantsJson = (request.headers['content-type'] ?? '').startsWith('application/json');
    try {
      if (typeof password !== 'string' || password === '') throw new ApiError(400, 'A password is required.', 'invalid_body');
      if (confirm !== undefined && confirm !== password) throw new ApiError(400, 'The passwords do not match.', 'invalid_body');
      const user = redeemTicket(ctx, id, password, ctx.settings.passwordMinLength);
      if (wantsJson) return { result: 'password_changed', user_id: user.user_id };
      return page(reply, 200, 'Password changed', '<p>Your password has been changed. You can now log in.</p>');
    } catch (error) {
      if (!(error instanceof ApiError) || wantsJson) throw error;
      const found = inspectTicket(ctx, id);
      const retry = typeof found === 'string' ? '' : form(found.user.email);
      return page(reply, error.statusCode, 'Set your password', `<p role="alert">${escapeHtml(error.message)}</p>${retry}`);
    }
  });
}

function ticketParam(query: unknown): string {
  const value = (query as Record<string, unknown> | undefined)?.ticket;
  return typeof value === 'string' ? value : '';
}

function form(email: string): string {
  return `<p>Choose a password for <strong>${escapeHtml(email)}</strong>.</p>
<form method="post">
  <label>New password <input type="password" name="password" autocomplete="new-password" required></label>
  <label>Confirm password <input type="password" name="password_confirmation" autocomplete="new-password" required></label>
  <button type="submit">Set password</button>
</form>`;
}

function page(reply: FastifyReply, status: number, title: string, content: string): FastifyReply {
  // The ticket is a bearer credential in the URL: keep it out of caches and of referrers.
  return reply
    .code(status)
    .header('cache-control', 'no-store')
    .header('referrer-policy', 'no-referrer')
    .type('text/html; charset=utf-8')
    .send(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><h1>${escapeHtml(title)}</h1>${content}</body></html>`);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

// `POST /api/v2/tickets/password-change` (201 `{ticket}`), and the page the ticket URL opens:
// `GET /u/reset-password?ticket=…` shows a form, `POST` sets the password.
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { EmulatorContext } from '../context';
import { operation } from '../openapi';
import { ApiError } from '../../domain/errors';
import { inspectTicket, issueTicket, redeemTicket, TICKET_PROBLEM_TEXT, ticketUrl, type TicketRequest } from '../../domain/tickets';

const CHANGE_PASSWORD = operation('management', 'POST', '/tickets/password-change');

export function registerTicketRoutes(app: FastifyInstance, ctx: EmulatorContext, applicationIds: () => Set<string>): void {
  app.post('/api/v2/tickets/password-change', { config: { scopes: ['create:user_tickets'] } }, async (request, reply) => {
    const body = CHANGE_PASSWORD.body<TicketRequest>(request.body, request.headers['content-type']);
    const ticket = issueTicket(ctx, body, (clientId) => applicationIds().has(clientId));
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

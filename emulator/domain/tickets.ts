// Password-change tickets: issuing (the Management API) and redeeming (the ticket page, or the admin shortcut).
// A ticket is single use and expires; redeeming sets the password and `last_password_reset`, and verifies the
// email when the ticket asked for it (auth0-facts.md §3).
import { ApiError } from './errors';
import type { TenantState, TicketRecord, UserRecord } from './state';
import { checkPasswordStrength, hashPassword } from './users/passwords';

/** What tickets need of the tenant: its data and its clock. */
export interface TicketTenant {
  state: TenantState;
  now(): number;
}

export const DEFAULT_TICKET_TTL_SECONDS = 432_000;

export function ticketUrl(baseUrl: string, ticket: TicketRecord): string {
  return `${baseUrl}/u/reset-password?ticket=${ticket.id}#`;
}

/** Accepts a bare ticket id or a whole ticket URL (with or without the trailing `#`). */
export function ticketIdFrom(value: string): string {
  const match = /[?&]ticket=([A-Za-z0-9]+)/.exec(value);
  return match?.[1] ?? value.replace(/#.*$/, '');
}

export type TicketProblem = 'unknown' | 'used' | 'expired' | 'user_gone';

export function inspectTicket(tenant: TicketTenant, id: string): { ticket: TicketRecord; user: UserRecord } | TicketProblem {
  const ticket = tenant.state.ticketsById.get(id);
  if (!ticket) return 'unknown';
  if (ticket.used_at !== undefined) return 'used';
  if (Date.parse(ticket.expires_at) <= tenant.now()) return 'expired';
  const user = tenant.state.usersById.get(ticket.user_id);
  if (!user) return 'user_gone';
  return { ticket, user };
}

export const TICKET_PROBLEM_TEXT: Record<TicketProblem, string> = {
  unknown: 'This link is not valid.',
  used: 'This link has already been used.',
  expired: 'This link has expired.',
  user_gone: 'The user of this link no longer exists.',
};

const PROBLEM_STATUS: Record<TicketProblem, number> = { unknown: 404, used: 410, expired: 410, user_gone: 404 };

export function redeemTicket(tenant: TicketTenant, id: string, password: string, passwordMinLength: number): UserRecord {
  const found = inspectTicket(tenant, id);
  if (typeof found === 'string') throw new ApiError(PROBLEM_STATUS[found], TICKET_PROBLEM_TEXT[found], `ticket_${found}`);
  checkPasswordStrength(password, passwordMinLength);
  const { ticket, user } = found;
  const now = new Date(tenant.now()).toISOString();
  user.password = hashPassword(password);
  user.imported_password_hash = false;
  user.last_password_reset = now;
  if (ticket.mark_email_as_verified) user.email_verified = true;
  user.updated_at = now;
  ticket.used_at = now;
  tenant.state.changed();
  return user;
}

// Password-change tickets: issuing (the Management API) and redeeming (the ticket page, or the admin shortcut).
// A ticket is single use and expires; redeeming sets the password and `last_password_reset`, and verifies the
// email when the ticket asked for it (https://auth0.com/docs/api/management/v2/tickets/post-password-change).
import { ApiError, invalidBody } from './errors';
import { newTicketId } from './ids';
import type { TenantState, TicketRecord, UserRecord } from './state';
import { checkPasswordStrength, hashPassword } from './users/passwords';

/** What tickets need of the tenant: its data and its clock. */
export interface TicketTenant {
  state: TenantState;
  now(): number;
}

export const DEFAULT_TICKET_TTL_SECONDS = 432_000;

/** The largest time a JavaScript Date can hold. */
const MAX_DATE_MS = 8.64e15;

const userNotFound = (): ApiError => new ApiError(404, 'User not found.', 'inexistent_user');

/** A body that passed the OpenAPI schema (`ChangePasswordTicketRequestContent`). */
export interface TicketRequest {
  user_id?: string;
  email?: string;
  connection_id?: string;
  result_url?: string;
  organization_id?: string;
  client_id?: string;
  ttl_sec?: number;
  mark_email_as_verified?: boolean;
}

/** A ticket naming an organization needs the organization, and the user as its member (https://auth0.com/docs/api/management/v2/tickets/post-password-change). */
function checkOrganization(state: TenantState, organizationId: string, user: UserRecord): void {
  const organization = (state.data.organizations ?? []).find((o) => o.id === organizationId);
  if (!organization) throw new ApiError(400, 'The organization does not exist', 'invalid_body');
  if (!organization.members.some((m) => m.user_id === user.user_id)) {
    throw new ApiError(400, `The user with id ${user.user_id} is not a member of organization with id ${organizationId}.`, 'invalid_body');
  }
}

/** Issues a ticket for the user the request names: by id, or by email within a connection. */
export function issueTicket(tenant: TicketTenant, body: TicketRequest, isKnownClient: (clientId: string) => boolean): TicketRecord {
  const userId = body.user_id;
  const email = body.email;
  const connectionId = body.connection_id;
  if (userId !== undefined && (email !== undefined || connectionId !== undefined)) {
    throw invalidBody(`'user_id cannot be combined with email or connection_id'`);
  }
  if (userId === undefined && email === undefined) throw invalidBody(`'Missing required property: user_id (or email and connection_id)'`);
  if (email !== undefined && connectionId === undefined) throw invalidBody(`'Missing required property: connection_id'`);
  if (body.result_url !== undefined && body.organization_id !== undefined) {
    throw invalidBody(`'result_url cannot be combined with organization_id'`);
  }
  if (body.client_id !== undefined && !isKnownClient(body.client_id)) throw new ApiError(400, 'The client does not exist', 'invalid_body');
  let user: UserRecord | undefined;
  if (userId !== undefined) {
    user = tenant.state.usersById.get(userId);
  } else {
    const connection = tenant.state.connectionById(connectionId as string);
    if (!connection) throw new ApiError(400, `The connection with id ${connectionId} does not exist.`, 'invalid_body');
    user = tenant.state.userByEmail(connection.name, (email as string).toLowerCase());
  }
  if (!user) throw userNotFound();
  if (!user.email) throw new ApiError(400, 'The user does not have an email address.', 'invalid_body');
  if (body.organization_id !== undefined) checkOrganization(tenant.state, body.organization_id, user);
  const ttl = body.ttl_sec !== undefined && body.ttl_sec > 0 ? body.ttl_sec : DEFAULT_TICKET_TTL_SECONDS;
  const now = tenant.now();
  // The OAS sets no maximum; an expiry beyond what a date can hold is refused rather than crashing (deviation).
  const maxTtl = Math.floor((MAX_DATE_MS - now) / 1000);
  if (ttl > maxTtl) throw invalidBody(`'Value ${ttl} is greater than maximum ${maxTtl}' on property ttl_sec`);
  const ticket: TicketRecord = {
    id: newTicketId(),
    user_id: user.user_id,
    created_at: new Date(now).toISOString(),
    expires_at: new Date(now + ttl * 1000).toISOString(),
    mark_email_as_verified: body.mark_email_as_verified === true,
  };
  if (body.result_url !== undefined) ticket.result_url = body.result_url;
  if (body.client_id !== undefined) ticket.client_id = body.client_id;
  if (body.organization_id !== undefined) ticket.organization_id = body.organization_id;
  tenant.state.addTicket(ticket);
  return ticket;
}

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

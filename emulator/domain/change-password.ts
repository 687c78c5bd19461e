// `POST /dbconnections/change_password` (Authentication API): Auth0 sends the user of a database connection a
// Change Password email whose link is a reset ticket. The answer is the same whether or not the user exists
// (no account enumeration); only an unknown application or connection is an error.
import { ApiError } from './errors';
import { newTicketId } from './ids';
import type { TenantState, TicketRecord, UserRecord } from './state';

/** A body that passed the Authentication API's OpenAPI schema. */
export interface ChangePasswordRequest {
  client_id: string;
  email: string;
  connection: string;
  organization?: string;
}

export const CHANGE_PASSWORD_ANSWER = "We've just sent you an email to reset your password.";

const authError = (error: string, description: string): ApiError => new ApiError(400, description, error, { error, error_description: description });

export interface ChangePasswordTenant {
  state: TenantState;
  now(): number;
}

/**
 * The user to mail and the reset ticket its link opens, or undefined when there is nobody to mail. The link's
 * lifetime is the template's `url_lifetime_in_seconds`; using it sets the password and verifies the address (the
 * mail reached the person).
 */
export function requestPasswordChange(
  tenant: ChangePasswordTenant,
  body: ChangePasswordRequest,
  isKnownClient: (clientId: string) => boolean,
  linkLifetimeSeconds: number,
): { user: UserRecord; ticket: TicketRecord } | undefined {
  if (!isKnownClient(body.client_id)) throw authError('invalid_request', `The client_id ${body.client_id} does not exist`);
  const connection = tenant.state.connectionByName(body.connection);
  if (!connection || connection.strategy !== 'auth0') throw authError('bad.connection', 'connection not found');
  if (body.organization !== undefined) throw authError('invalid_request', 'The organization does not exist');
  const user = tenant.state.userByEmail(connection.name, body.email.toLowerCase());
  if (!user || user.blocked === true) return undefined;
  const now = tenant.now();
  const ticket: TicketRecord = {
    id: newTicketId(),
    user_id: user.user_id,
    created_at: new Date(now).toISOString(),
    expires_at: new Date(now + linkLifetimeSeconds * 1000).toISOString(),
    mark_email_as_verified: true,
    client_id: body.client_id,
  };
  tenant.state.addTicket(ticket);
  return { user, ticket };
}

// `mail.delivery: auth0`: Auth0 sends its own Change Password email (Authentication API
// `POST /dbconnections/change_password`), from the template the stack deploys, which reads the invitation marker.
// No ticket is minted and no SMTP is used: the link is Auth0's, made when it sends, and never seen here.
import type { Connection } from '../../model';
import type { InvitationDelivery } from './port';

/** The one Authentication API call this delivery makes (tenant/authentication-api.ts). */
export interface ChangePasswordPort {
  changePassword(request: { clientId: string; email: string; connection: string }): Promise<void>;
}

export interface Auth0EmailDeps {
  api: ChangePasswordPort;
  /** `tickets.client_id`: the application the mail and the reset page are for. */
  clientId: string;
  connection: Connection;
}

export function auth0EmailDelivery({ api, clientId, connection }: Auth0EmailDeps): InvitationDelivery {
  return {
    name: 'auth0',
    marksInvitees: true,
    prepare: () => Promise.resolve(undefined),
    send: ({ invitee }) => api.changePassword({ clientId, email: invitee.email, connection: connection.name }),
  };
}

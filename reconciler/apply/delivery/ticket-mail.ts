// `mail.delivery: smtp`: a password-change ticket per invitee (Management API), mailed by the reconciler's own
// mailer (SMTP, or `.eml` files in the outbox).
import type { TicketSettings } from '../../config';
import type { Connection } from '../../model';
import type { ApplyMailer, ApplyTenant } from '../ports';
import type { InvitationDelivery } from './port';

export interface TicketMailDeps {
  tenant: Pick<ApplyTenant, 'createTicket'>;
  mailer: ApplyMailer;
  connection: Connection;
  tickets: TicketSettings;
}

export function ticketMailDelivery({ tenant, mailer, connection, tickets }: TicketMailDeps): InvitationDelivery {
  return {
    name: 'smtp',
    marksInvitees: false,
    prepare: (invitee, context) =>
      tenant.createTicket({
        email: invitee.email,
        connectionId: connection.id,
        ttlSeconds: tickets.ttl_seconds,
        markEmailAsVerified: tickets.mark_email_as_verified,
        clientId: tickets.client_id,
        resultUrl: tickets.result_url,
        // Auth0 refuses organization_id with result_url (Classic login): the organization then goes unnamed.
        organizationId: tickets.result_url === undefined ? context?.organizationId : undefined,
      }),
    send: ({ invitee, kind, link, expiresAt }) => {
      if (link === undefined) return Promise.reject(new Error('no ticket link to mail'));
      return mailer.send({ to: { email: invitee.email, name: invitee.profile.name }, link, expiresAt, kind });
    },
  };
}

// Checks an apply makes before its first write, for settings that would otherwise fail once per invitee, each
// after minting a ticket link that is then never delivered. The mail transport is checked by the mailer itself
// (Mailer.verify: SMTP connect, TLS and one login, or the outbox folder writable); the ticket settings here.
import { LEASE_EMAIL } from './lease/address';
import type { ApplyTenant } from './apply/ports';
import type { TicketSettings } from './config';
import type { Connection, Plan } from './model';
import { isMailing } from './model';

export class TicketSettingsError extends Error {}

export function mailsAnyone(plan: Plan): boolean {
  return plan.actions.some((action) => isMailing(action.kind));
}

/**
 * `tickets.client_id` and `tickets.result_url` are checked the only way the API allows with the reconciler's
 * scopes (reading a client would need `read:clients`): one ticket with exactly these settings, for the lease
 * user, which the run holds at this point, is blocked and can never log in (lease/protocol.ts). The link lives
 * for 1 second and is dropped unread. Cost: 1 request, and only when either setting is used. A refusal stops
 * the run before anyone is imported or sent a ticket.
 */
export async function checkTicketSettings(tenant: Pick<ApplyTenant, 'createTicket'>, { connection, tickets }: { connection: Connection; tickets: TicketSettings }): Promise<void> {
  const setting = tickets.client_id !== undefined ? 'tickets.client_id' : tickets.result_url !== undefined ? 'tickets.result_url' : undefined;
  if (setting === undefined) return;
  try {
    await tenant.createTicket({
      email: LEASE_EMAIL,
      connectionId: connection.id,
      ttlSeconds: 1,
      markEmailAsVerified: false,
      clientId: tickets.client_id,
      resultUrl: tickets.result_url,
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new TicketSettingsError(`The tenant refuses tickets with this ${setting} (${reason}). Check ${setting} in the config. Nothing was imported or sent.`);
  }
}

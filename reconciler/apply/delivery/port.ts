// How an invitation goes out (`mail.delivery`): the port the inviter calls, in two steps so that both deliveries
// share one pipeline (slots, the first window, bookkeeping, halts): `prepare` mints what the mail will carry,
// `send` makes it go out. Implementations: ticket-mail.ts (smtp) and auth0-email.ts (auth0).
import type { DeliveryName, Invitee, MailingKind } from '../../model';

export interface OutgoingInvitation {
  invitee: Invitee;
  kind: MailingKind;
  /** What `prepare` returned: the ticket URL (a credential), or undefined when the sender makes its own link. */
  link: string | undefined;
  /** When the link stops working (ISO 8601). */
  expiresAt: string;
}

export interface InvitationDelivery {
  readonly name: DeliveryName;
  /**
   * Whether invitees carry the invitation marker `app_metadata.invitation.awaiting_password` (imports and
   * bookkeeping): Auth0's template reads it to tell an invitation from a reset; a mail the reconciler writes needs none.
   */
  readonly marksInvitees: boolean;
  /**
   * First step, failures reported as stage `ticket`: the link, or undefined when the sender makes one.
   * `organizationId`: the organization whose login the link opens (the invitee is granted its membership).
   */
  prepare(invitee: Invitee, context?: { organizationId?: string }): Promise<string | undefined>;
  /** Second step, failures reported as stage `mail`: the invitation goes out. */
  send(invitation: OutgoingInvitation): Promise<void>;
}

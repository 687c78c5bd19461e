// What the invitees received: mails in a workspace's outbox, counted per address.
import { countOutboxMessages, outboxBaseName } from '../../reconciler/mail/outbox';
import type { InviteeSpec } from './invitees';

/** Mails per outbox address, for those who received any. */
export const outboxCounts = (outbox: string): Promise<Map<string, number>> => countOutboxMessages(outbox);

/** Mails per invitee, 0 for those without any, in the invitees' order. */
export async function mailsPerInvitee(outbox: string, invitees: readonly InviteeSpec[]): Promise<Map<string, number>> {
  const counts = await countOutboxMessages(outbox);
  return new Map(invitees.map((i) => [i.email, counts.get(outboxBaseName(i.email)) ?? 0]));
}

export async function totalMails(outbox: string): Promise<number> {
  let total = 0;
  for (const n of (await countOutboxMessages(outbox)).values()) total += n;
  return total;
}

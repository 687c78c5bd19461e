// Where composed messages go: an SMTP server (smtp.ts) or the outbox folder (outbox.ts). The mailer composes every
// message the same way and hands the bytes to one of these.

// A type alias, not an interface: nodemailer's envelope input has an index signature an interface can't meet.
export type Envelope = { from: string; to: string[] };

export interface Delivery {
  stage: 'smtp' | 'outbox';
  /** Checks, before the run's first write, that messages can be delivered at all; throws saying why not. */
  verify(): Promise<void>;
  send(email: string, envelope: Envelope, message: Buffer): Promise<void>;
  close(): Promise<void>;
}

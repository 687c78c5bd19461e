// The mailer port the applier calls. One composer (nodemailer's stream transport) builds every message, and
// the bytes go either to an SMTP pool or to the outbox, so an outbox file is exactly what SMTP would carry.
import nodemailer from 'nodemailer';
import addressparser from 'nodemailer/lib/addressparser';
import type { InvitationMail } from './message';
import { composeInvitation } from './compose';
import { MailSendError } from './errors';
import { writeOutboxMessage } from './outbox';
import type { MailTemplates } from './templates';

export interface Mailer {
  send(mail: InvitationMail): Promise<void>;
  close(): Promise<void>;
}

export interface MailerOptions {
  /** `smtp://user:pass@host:587` (or smtps://). Unset: write `.eml` files to outboxDir instead. */
  smtpUrl?: string;
  outboxDir: string;
  templates: MailTemplates;
  /** ISO 8601 time used for the Date header and the "expires in" wording. */
  now: () => string;
  /** Connections the SMTP pool may open at once (default 5, nodemailer's default). */
  maxConnections?: number;
}

/**
 * Fails at once on a sender that is not exactly one address (a typo in MAIL_FROM), instead of failing every
 * invitation of the run one by one.
 */
export function assertSender(from: string): void {
  const mailboxes = addressparser(from, { flatten: true });
  const [only] = mailboxes;
  if (mailboxes.length !== 1 || !only || !/^[^@\s]+@[^@\s]+$/.test(only.address)) {
    throw new Error(`mail sender ${JSON.stringify(from)} (mail.from or MAIL_FROM) is not one email address such as "Example <no-reply@example.com>"`);
  }
}

export function createMailer(options: MailerOptions): Mailer {
  assertSender(options.templates.from);
  const deliver = options.smtpUrl ? smtpDelivery(options.smtpUrl, options.maxConnections) : outboxDelivery(options.outboxDir);
  // Sends still in flight: close() lets them finish instead of cutting a pooled connection mid-message.
  const inFlight = new Set<Promise<void>>();

  async function sendOne(mail: InvitationMail): Promise<void> {
    let composed;
    try {
      composed = await composeInvitation(options.templates, mail, options.now());
    } catch (error) {
      throw MailSendError.from(mail, 'compose', error);
    }
    try {
      await deliver.send(mail.to.email, composed.envelope, composed.message);
    } catch (error) {
      throw MailSendError.from(mail, deliver.stage, error);
    }
  }

  return {
    send(mail) {
      const sending = sendOne(mail);
      const settled = sending.then(
        () => undefined,
        () => undefined,
      );
      inFlight.add(settled);
      void settled.then(() => inFlight.delete(settled));
      return sending;
    },
    async close() {
      await Promise.all([...inFlight]);
      await deliver.close();
    },
  };
}

// A type alias, not an interface: nodemailer's envelope input has an index signature an interface can't meet.
type Envelope = { from: string; to: string[] };

interface Delivery {
  stage: 'smtp' | 'outbox';
  send(email: string, envelope: Envelope, message: Buffer): Promise<void>;
  close(): Promise<void>;
}

function outboxDelivery(outboxDir: string): Delivery {
  return {
    stage: 'outbox',
    async send(email, _envelope, message) {
      await writeOutboxMessage(outboxDir, email, message);
    },
    async close() {},
  };
}

function smtpDelivery(smtpUrl: string, maxConnections = 5): Delivery {
  // A pool keeps a few connections open for a run of thousands of invitations instead of one per message.
  const transport = nodemailer.createTransport({ url: smtpUrl, pool: true, maxConnections, logger: false, debug: false });
  let closed = false;
  return {
    stage: 'smtp',
    async send(_email, envelope, message) {
      if (closed) throw new Error('the mailer is closed');
      // `raw` sends the composed bytes unchanged; the envelope is what the composer derived from the headers.
      await transport.sendMail({ envelope, raw: message });
    },
    async close() {
      if (closed) return;
      closed = true;
      transport.close();
    },
  };
}

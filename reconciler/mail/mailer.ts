// The mailer port the applier calls. One composer (nodemailer's stream transport) builds every message, and
// the bytes go either to an SMTP pool or to the outbox, so an outbox file is exactly what SMTP would carry.
import addressparser from 'nodemailer/lib/addressparser';
import type { InvitationMail } from './message';
import { composeInvitation } from './compose';
import { MailSendError } from './errors';
import { outboxDelivery } from './outbox';
import { smtpDelivery, type SmtpRetry } from './smtp';
import type { SmtpSettings } from './smtp-url';
import type { MailTemplates } from './templates';

export interface Mailer {
  /** Before the run's first write: the SMTP server takes our login, or the outbox folder is writable. */
  verify(): Promise<void>;
  send(mail: InvitationMail): Promise<void>;
  close(): Promise<void>;
}

export interface MailerOptions {
  /** SMTP_URL, parsed (smtp-url.ts). Unset: write `.eml` files to outboxDir instead. */
  smtp?: SmtpSettings;
  /** How 4xx replies are retried (tests shorten the waits). */
  smtpRetry?: SmtpRetry;
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
  const deliver = options.smtp
    ? smtpDelivery(options.smtp, { maxConnections: options.maxConnections, retry: options.smtpRetry })
    : outboxDelivery(options.outboxDir);
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
    verify: () => deliver.verify(),
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

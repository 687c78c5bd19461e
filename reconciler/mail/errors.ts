// The error a failed send becomes. It names the recipient and the stage, keeps what a retry policy needs
// (code, SMTP reply code, permanent), and scrubs the ticket link from everything it copies: some SMTP
// servers quote the message back, and error text ends up in logs and CI output.
import { redactLink, secretSpellings, type InvitationMail } from './message';

const MAX_REASON_LENGTH = 200;
const WINDOW = 8;

/**
 * The part of a third party's error text that is safe to repeat. Plain redaction is not enough: a server that
 * quotes the message back quotes it quoted-printable encoded and wrapped (`ticket=3DAbc…Valu=` line break
 * `e000…`), so the link never appears whole. Keep one line, cut it short, redact, and withhold the text
 * altogether when any 8-character piece of the credential survives.
 */
export function safeReason(text: string, ticketUrl: string): string {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const short = firstLine.length > MAX_REASON_LENGTH ? `${firstLine.slice(0, MAX_REASON_LENGTH)}…` : firstLine;
  const redacted = redactLink(short, ticketUrl);
  const secret = secretSpellings(ticketUrl).at(-1) ?? ticketUrl; // the shortest spelling: the bare ticket value
  for (let i = 0; i + WINDOW <= secret.length; i++) {
    if (redacted.includes(secret.slice(i, i + WINDOW))) return '[server reply withheld: it quoted the invitation]';
  }
  return redacted;
}

export type MailStage = 'compose' | 'smtp' | 'outbox';

export class MailSendError extends Error {
  override readonly name = 'MailSendError';
  readonly recipient: string;
  readonly stage: MailStage;
  readonly code: string | undefined;
  readonly responseCode: number | undefined;
  /** True when the SMTP server refused for good (5xx); false when a retry may succeed; unset when unknown. */
  readonly permanent: boolean | undefined;

  constructor(recipient: string, stage: MailStage, reason: string, details: { code?: string; responseCode?: number; permanent?: boolean } = {}) {
    super(`cannot send the invitation to ${recipient} (${stage}): ${reason}`);
    this.recipient = recipient;
    this.stage = stage;
    this.code = details.code;
    this.responseCode = details.responseCode;
    this.permanent = details.permanent;
  }

  static from(mail: InvitationMail, stage: MailStage, error: unknown): MailSendError {
    const source = (typeof error === 'object' && error !== null ? error : {}) as Record<string, unknown>;
    const message = error instanceof Error ? error.message : String(error);
    const result = new MailSendError(mail.to.email, stage, safeReason(message, mail.link), {
      code: typeof source.code === 'string' ? safeReason(source.code, mail.link) : undefined,
      responseCode: typeof source.responseCode === 'number' ? source.responseCode : undefined,
      permanent: typeof source.permanent === 'boolean' ? source.permanent : undefined,
    });
    // Deliberately no `cause`: the original error (and its stack, response text, command) may hold the link.
    return result;
  }
}

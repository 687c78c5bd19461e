// Delivery over SMTP: a nodemailer pool, checked before the run's first write (connect, TLS, login: one login
// attempt, so that a wrong password costs one refusal instead of one per invitee), transient 4xx replies retried
// with backoff, and every error stripped of the credentials before anyone sees it: a server may quote them back.
import nodemailer from 'nodemailer';
import { describeNetworkError, networkCauseOf } from '../network-errors';
import type { Delivery } from './delivery';
import type { SmtpSettings } from './smtp-url';

/** Attempts per message for 4xx replies ("try again later"), and the wait before retry n (1-based). */
export interface SmtpRetry {
  attempts: number;
  delayMs: (retry: number) => number;
}

/** 1 s, 2 s, 4 s with ±20 % jitter: greylisting and throttling answers usually clear within seconds. */
const DEFAULT_RETRY: SmtpRetry = { attempts: 4, delayMs: (retry) => 1000 * 2 ** (retry - 1) * (0.8 + Math.random() * 0.4) };

/** SMTP_URL names a server that cannot be used: said before anything is written. */
export class SmtpCheckError extends Error {}

export interface SmtpOptions {
  /** Connections the pool may open at once (default 5, nodemailer's default). */
  maxConnections?: number;
  retry?: SmtpRetry;
}

/** Connection-level failures (no SMTP reply): nodemailer's codes for DNS, refused, timeout, socket and TLS. */
const CONNECTION_CODES = new Set(['EDNS', 'ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'ETLS']);

export function smtpDelivery(settings: SmtpSettings, options: SmtpOptions = {}): Delivery {
  const transport = nodemailer.createTransport({
    url: settings.url,
    ...(settings.auth ? { auth: settings.auth } : {}),
    // A pool keeps a few connections open for a run of thousands of invitations instead of one per message.
    pool: true,
    maxConnections: options.maxConnections ?? 5,
    logger: false,
    debug: false,
  });
  const retry = options.retry ?? DEFAULT_RETRY;
  const scrub = scrubber(settings.auth);
  let closed = false;

  /** The error as it may be shown: credentials removed, a connection failure named by variable, host and cause. */
  const safeError = (error: unknown): Error => {
    const source = (typeof error === 'object' && error !== null ? error : {}) as { code?: unknown; responseCode?: unknown };
    const code = typeof source.code === 'string' ? source.code : undefined;
    if (code !== undefined && CONNECTION_CODES.has(code) && networkCauseOf(error).reason !== 'other') {
      return describeNetworkError(error, { variable: 'SMTP_URL', host: settings.host });
    }
    const text = error instanceof Error ? error.message : String(error);
    const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
    const message = scrub(firstLine.length > 300 ? `${firstLine.slice(0, 300)}…` : firstLine);
    return Object.assign(new Error(message), { code, responseCode: source.responseCode, permanent: typeof source.responseCode === 'number' ? source.responseCode >= 500 : undefined });
  };

  return {
    stage: 'smtp',
    async verify() {
      try {
        await transport.verify();
      } catch (error) {
        const safe = safeError(error);
        const login = (error as { code?: unknown }).code === 'EAUTH' ? ' Check the user name and password in SMTP_URL.' : '';
        const said = /[.!?]$/.test(safe.message) ? safe.message : `${safe.message}.`;
        throw new SmtpCheckError(`The mail server named by SMTP_URL (${settings.host}) cannot be used: ${said}${login} Nothing was sent.`);
      }
    },
    async send(_email, envelope, message) {
      for (let attempt = 1; ; attempt++) {
        if (closed) throw new Error('the mailer is closed');
        try {
          // `raw` sends the composed bytes unchanged; the envelope is what the composer derived from the headers.
          await transport.sendMail({ envelope, raw: message });
          return;
        } catch (error) {
          const reply = (error as { responseCode?: unknown }).responseCode;
          // A 4xx reply means the server did not take the message: sending it again cannot deliver it twice.
          const transient = typeof reply === 'number' && reply >= 400 && reply < 500;
          if (!transient || attempt >= retry.attempts) throw safeError(error);
          await new Promise((resolve) => setTimeout(resolve, retry.delayMs(attempt)));
        }
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      transport.close();
    },
  };
}

/**
 * Removes every spelling of the credentials a server reply could quote: as typed, percent-encoded, and base64 as
 * AUTH PLAIN and AUTH LOGIN send them. Short user names (`a`) are left alone: removing them would garble the text.
 */
export function scrubber(auth: SmtpSettings['auth']): (text: string) => string {
  if (!auth) return (text) => text;
  const base64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');
  const spellings = [
    base64(`\u0000${auth.user}\u0000${auth.pass}`),
    base64(`${auth.user}\u0000${auth.user}\u0000${auth.pass}`),
    base64(auth.pass),
    base64(auth.pass).replace(/=+$/, ''),
    encodeURIComponent(auth.pass),
    auth.pass,
    ...(auth.user.length >= 4 ? [base64(auth.user).replace(/=+$/, ''), encodeURIComponent(auth.user), auth.user] : []),
  ];
  const secrets = [...new Set(spellings.filter((s) => s.length > 0))].sort((a, b) => b.length - a.length);
  return (text) => secrets.reduce((result, secret) => result.split(secret).join('[credentials removed]'), text);
}

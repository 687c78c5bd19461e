// What the applier hands the mailer: one invitation for one person. Pure helpers that turn it into safe
// header and template values live here too, so every transport (SMTP or outbox) builds the same message.
import type { MailingKind } from '../model';

export interface InvitationMail {
  to: { email: string; name?: string };
  /** The ticket URL. A credential: it appears in the message body and nowhere else (not in logs, errors, file names). */
  link: string;
  expiresAt: string; // ISO 8601
  kind: MailingKind;
}

// C0 controls, DEL, C1 controls, and the Unicode line/paragraph separators: none belongs in a display name,
// and CR/LF in particular would let a name start a new header line.
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/** A display name made safe for a header: control characters become spaces, runs of whitespace collapse. */
export function cleanDisplayName(name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  const cleaned = name.replace(CONTROL_CHARACTERS, ' ').replace(/\s+/g, ' ').trim();
  return cleaned === '' ? undefined : cleaned;
}

/**
 * Any single-line header value (subject, from, display name): same rule as display names, and no RFC 2047
 * encoded-word syntax. Nodemailer passes ASCII text like `=?UTF-8?Q?Eve=0D=0ABcc...?=` through as is, and a
 * reader's parser would decode it back into a CR/LF; no real name or subject contains `=?`, so break it up.
 */
export function cleanHeaderText(text: string): string {
  return text.replace(CONTROL_CHARACTERS, ' ').replace(/\s+/g, ' ').replace(/=\?/g, '= ?').trim();
}

/**
 * The ticket URL with `type=invite` after the `#`, as Auth0's invitation guide suggests. Auth0's ticket URLs end
 * in `#`; the part before it is never touched. An existing fragment keeps its parameters and gains ours.
 */
export function invitationLink(ticketUrl: string): string {
  const hash = ticketUrl.indexOf('#');
  if (hash === -1) return `${ticketUrl}#type=invite`;
  const beforeHash = ticketUrl.slice(0, hash);
  const fragment = ticketUrl.slice(hash + 1);
  const parameters = fragment === '' ? [] : fragment.split('&');
  if (parameters.includes('type=invite')) return ticketUrl;
  return `${beforeHash}#${[...parameters, 'type=invite'].join('&')}`;
}

/** Every spelling of the credential that could show up in a third party's error text. */
export function secretSpellings(ticketUrl: string): string[] {
  const spellings = new Set<string>([ticketUrl, invitationLink(ticketUrl)]);
  const hash = ticketUrl.indexOf('#');
  if (hash > 0) spellings.add(ticketUrl.slice(0, hash));
  try {
    const ticket = new URL(ticketUrl).searchParams.get('ticket');
    if (ticket) spellings.add(ticket);
  } catch {
    // Not a URL: the whole string is already in the set.
  }
  return [...spellings].filter((s) => s.length > 0).sort((a, b) => b.length - a.length);
}

/** Removes every spelling of the ticket URL from a text meant for logs or errors. */
export function redactLink(text: string, ticketUrl: string): string {
  let redacted = text;
  for (const secret of secretSpellings(ticketUrl)) redacted = redacted.split(secret).join('[ticket link]');
  return redacted;
}

// Defence in depth for everything a renderer prints. Renderers never receive ticket URLs or secrets; this makes
// sure that a URL that slipped into an error message (say, from an upstream error body) is not printed either.
import { escapeUnprintable, printableReply } from '../escape';
import type { RenderOptions } from './options';
import { maskEmail, maskEmailsIn } from './mask';

const URL_PATTERN = /\bhttps?:\/\/\S+/gi;

/**
 * One line of free text (an error message, a server reply): URLs and credentials removed, whitespace collapsed,
 * addresses masked when asked, anything unprintable made visible (escape.ts).
 */
export function safeMessage(message: string, options: RenderOptions): string {
  const line = printableReply(message.replace(URL_PATTERN, '[link removed]').replace(/[ \t\r\n]+/g, ' ').trim());
  return options.maskEmails ? maskEmailsIn(line) : line;
}

/**
 * An address, masked when asked. A tenant user's may hold anything: text and markdown print it through
 * `printable` (markdown's `cell` does), JSON through its escaped text; CSV keeps it as data.
 */
export function shownEmail(email: string, options: RenderOptions): string {
  return options.maskEmails ? maskEmail(email) : email;
}

/**
 * Outside data (an email from the tenant, a file name) for a terminal or a log: control, bidirectional and
 * zero-width characters shown as `\uXXXX`, by the one escaping module.
 */
export function printable(text: string): string {
  return escapeUnprintable(text);
}

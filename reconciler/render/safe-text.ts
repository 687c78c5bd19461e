// Defence in depth for everything a renderer prints. Renderers never receive ticket URLs or secrets; this makes
// sure that a URL that slipped into an error message (say, from an upstream error body) is not printed either.
import type { RenderOptions } from './options.js';
import { maskEmail, maskEmailsIn } from './mask.js';

const URL_PATTERN = /\bhttps?:\/\/\S+/gi;

/** One line of free text (an error message): URLs removed, whitespace collapsed, addresses masked when asked. */
export function safeMessage(message: string, options: RenderOptions): string {
  const line = message.replace(URL_PATTERN, '[link removed]').replace(/\s+/g, ' ').trim();
  return options.maskEmails ? maskEmailsIn(line) : line;
}

/** An invitee's address, masked when asked. */
export function shownEmail(email: string, options: RenderOptions): string {
  return options.maskEmails ? maskEmail(email) : email;
}

// C0 and C1 controls and the Unicode line separators: a value from outside must not move a terminal's cursor,
// start a new line or colour the output.
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/** Outside data (an email from the tenant, a file name) for a terminal or a log: controls shown as `\uXXXX`. */
export function printable(text: string): string {
  return text.replace(CONTROLS, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

// The one escaping module for everything printed from outside data: file names, keys and values from invitee
// files, users and replies from the tenant, replies from an SMTP server. Every renderer (text, markdown, JSON) and
// every error path goes through it, so that such a string can neither forge an output line nor hide what it is.

/**
 * C0 and C1 controls (newline and ESC among them), DEL, line and paragraph separators, bidirectional controls
 * (U+061C, U+200E-F, U+202A-E, U+2066-9), zero-width and invisible characters (soft hyphen, U+180E, U+200B,
 * U+2060-4, U+FEFF) and interlinear annotation marks. The zero-width joiners U+200C-D stay: names in Persian,
 * Indic scripts and emoji sequences need them, and they cannot move or hide text.
 */
const UNPRINTABLE = /[\x00-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b\u200e\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]/g;

/** Bidirectional controls alone: refused in profile fields (desired/), where they would reach the tenant and a `To:` header. */
export const BIDI_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** The same set without C0 controls, which JSON.stringify escapes itself inside strings (its newlines are layout). */
const UNPRINTABLE_IN_JSON = /[\x7f-\x9f\u00ad\u061c\u180e\u200b\u200e\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]/g;

const visible = (character: string): string => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** Makes every unprintable character visible as `\uXXXX`; printable text is unchanged. */
export function escapeUnprintable(text: string): string {
  return text.replace(UNPRINTABLE, visible);
}

/**
 * Output of JSON.stringify with the same escaping: every unprintable character (which can only stand inside a
 * string there) as a `\uXXXX` escape, so the document parses to exactly the same values and shows nothing a
 * terminal would act on.
 */
export function escapeJsonText(json: string): string {
  return json.replace(UNPRINTABLE_IN_JSON, visible);
}

// Credentials a server reply may echo: an SMTP `AUTH PLAIN`/`AUTH LOGIN` line with its base64 argument, a URL's
// userinfo (`smtp://user:pass@host`), and `password=…`/`pass: …` pairs.
const AUTH_ARGUMENT = /\b(AUTH\s+(?:PLAIN|LOGIN|XOAUTH2|CRAM-MD5))(\s+)[A-Za-z0-9+/=._-]+/gi;
const URL_USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/@]*@/gi;
const PASSWORD_PAIR = /\b(pass(?:word|wd)?|secret|token)(["']?\s*[=:]\s*["']?)[^\s"'&,;]+/gi;

/** Removes credentials a reply could quote, whoever's they are (the SMTP mailer also removes its own spellings). */
export function withoutCredentials(text: string): string {
  return text
    .replace(AUTH_ARGUMENT, '$1$2[credentials removed]')
    .replace(URL_USERINFO, '$1[credentials removed]@')
    .replace(PASSWORD_PAIR, '$1$2[credentials removed]');
}

/** Free text from outside (an error message, a server reply) as it may be printed: no credentials, nothing unprintable. */
export function printableReply(text: string): string {
  return escapeUnprintable(withoutCredentials(text));
}

// Email masking for output that may be public (pull-request comments on public repositories).

const EMAIL_PATTERN = /[^\s@"'<>()[\]{},;:|`\\]+@[^\s@"'<>()[\]{},;:|`\\]+\.[^\s@"'<>()[\]{},;:|`\\]+/g;

/**
 * `ada.lovelace@example.co.uk` → `a***@e***.uk`: the first character of the local part and of the domain, and the
 * top-level domain. Enough for a reviewer to tell people apart in most teams, too little to harvest addresses.
 */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return '***';
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  const dot = domain.lastIndexOf('.');
  const tld = dot > 0 ? domain.slice(dot) : '';
  return `${first(local)}***@${first(domain)}***${tld}`;
}

/** Masks every address-looking substring of a free text (change values, messages). */
export function maskEmailsIn(text: string): string {
  return text.replace(EMAIL_PATTERN, (match) => maskEmail(match));
}

function first(text: string): string {
  return String.fromCodePoint(text.codePointAt(0) ?? 0x2a);
}

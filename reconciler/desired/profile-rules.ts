// Rules on declared profile fields beyond the schema's types and lengths.
import { BIDI_CONTROL } from '../escape';

/**
 * A bidirectional control character (U+202E and its kind) reorders the text around it wherever the name is shown:
 * in the tenant, the mail's `To:` header, a terminal. Refused, so a name can never disguise itself.
 */
export function profileTextProblem(value: string): string | undefined {
  const match = BIDI_CONTROL.exec(value);
  if (match === null) return undefined;
  const code = match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
  return `contains the bidirectional control character U+${code}, which reorders the text around it wherever the name is shown (the tenant, the mail's To: header, a terminal): remove it`;
}

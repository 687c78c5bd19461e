// Input errors: what is wrong in which file, and where, in the form compilers use so editors and CI link it.
import { escapeUnprintable } from '../escape';

export interface InputError {
  /** The file as the user named it, e.g. `invitees/engineering.yaml`. */
  file: string;
  /** 1-based; 0 when the problem concerns the whole file or folder and has no position. */
  line: number;
  /** 1-based, in UTF-16 code units of the line; 0 with `line` 0. */
  column: number;
  /** Path of the offending value, e.g. `invitees[3].email` or `tickets.result_url`. */
  field?: string;
  /** The invitee the error belongs to, when known (as written, not normalised). */
  email?: string;
  /** Plain sentence, no schema jargon. */
  message: string;
}

/** `invitees/a.yaml:12:5: invitees[3].email: "ada@@x" is not a valid email address` */
export function formatInputError(error: InputError): string {
  const where = error.line > 0 ? `${error.file}:${error.line}:${error.column}` : error.file;
  const email = error.email === undefined ? undefined : clip(error.email, MAX_EXCERPT_CHARACTERS);
  const names = [error.field, email !== undefined && !error.field?.endsWith('.email') && !error.message.includes(email) ? `(${email})` : undefined]
    .filter((part): part is string => part !== undefined && part !== '')
    .join(' ');
  // Messages are built from short excerpts already; escaping here is the last guard for one line per error.
  return escapeUnprintable(names === '' ? `${where}: ${error.message}` : `${where}: ${names}: ${error.message}`);
}

/** Longest piece of a file's content any message quotes, in characters. */
export const MAX_EXCERPT_CHARACTERS = 60;

/**
 * A short, quoted, printable excerpt of file content for a message: at most `max` characters (cut with "..."),
 * control, bidirectional-override and invisible characters escaped, so that no message can carry a file's
 * content wholesale, break the line or disguise itself in a terminal.
 */
export function excerpt(value: unknown, max: number = MAX_EXCERPT_CHARACTERS): string {
  return escapeUnprintable(JSON.stringify(clip(typeof value === 'string' ? value : String(value), max)));
}

/** Like `excerpt` without the quotes: for a parser's own message, which may embed a piece of the file. */
export function shortText(text: string, max: number): string {
  return escapeUnprintable(clip(text, max));
}

function clip(text: string, max: number): string {
  const characters = [...text.slice(0, max * 2 + 2)];
  return characters.length > max ? `${characters.slice(0, Math.max(1, max - 3)).join('')}...` : text;
}


/** Order for reports: by file, then position, so one file's errors read top to bottom. */
export function compareInputErrors(a: InputError, b: InputError): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column;
}

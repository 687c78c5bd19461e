// Input errors: what is wrong in which file, and where, in the form compilers use so editors and CI link it.

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
  const names = [error.field, error.email !== undefined && !error.field?.endsWith('.email') && !error.message.includes(error.email) ? `(${error.email})` : undefined]
    .filter((part): part is string => part !== undefined && part !== '')
    .join(' ');
  return names === '' ? `${where}: ${error.message}` : `${where}: ${names}: ${error.message}`;
}

/** Order for reports: by file, then position, so one file's errors read top to bottom. */
export function compareInputErrors(a: InputError, b: InputError): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column;
}

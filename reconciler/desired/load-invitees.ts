// The desired state: every invitee file of a folder, checked as a whole, with every error of the run at once.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Desired, Invitee } from '../model';
import { compareInputErrors, type InputError } from './errors';
import { loadInviteeFile, type DeclaredEntry } from './invitee-file';

export interface LoadDesiredOptions {
  /** Largest import record one invitee may need (the config's `batching.import_max_bytes`, less any margin). */
  maxRecordBytes: number;
}

export interface LoadDesiredResult {
  /** Only the invitees without errors; use it only when `errors` is empty. */
  desired: Desired;
  /** Sorted by file, line and column. */
  errors: InputError[];
}

const INVITEE_FILE = /\.ya?ml$/i;

/**
 * Reads every `*.yaml` / `*.yml` directly in `dir` (sorted by name; subfolders are not read). `source.file` of each
 * invitee is `dir` joined with the file name, e.g. `invitees/engineering.yaml`. An empty folder is valid and
 * declares nobody (the revoke policy and its maximum fraction then guard the tenant); a missing one is an error.
 */
export async function loadDesired(dir: string, options: LoadDesiredOptions): Promise<LoadDesiredResult> {
  let names: string[];
  try {
    const dirents = await readdir(dir, { withFileTypes: true });
    names = dirents
      .filter((dirent) => (dirent.isFile() || dirent.isSymbolicLink()) && INVITEE_FILE.test(dirent.name))
      .map((dirent) => dirent.name)
      .sort();
  } catch (error) {
    const reason = error instanceof Error && 'code' in error && error.code === 'ENOENT' ? 'no such folder' : String(error);
    return { desired: { invitees: [] }, errors: [{ file: dir, line: 0, column: 0, message: `cannot read the invitees folder: ${reason}` }] };
  }

  const results = await Promise.all(names.map((name) => loadInviteeFile(join(dir, name), options)));
  const errors = results.flatMap((result) => result.errors);
  const entries = results.flatMap((result) => result.entries);
  errors.push(...duplicateErrors(entries));

  const invitees = entries
    .map((entry) => entry.invitee)
    .filter((invitee): invitee is Invitee => invitee !== undefined)
    .sort((a, b) => (a.email < b.email ? -1 : a.email > b.email ? 1 : 0));
  return { desired: { invitees: dedupeByEmail(invitees) }, errors: errors.sort(compareInputErrors) };
}

/** The same email twice, in any case and any file: one error per repetition, naming the first declaration. */
function duplicateErrors(entries: readonly DeclaredEntry[]): InputError[] {
  const first = new Map<string, DeclaredEntry>();
  const errors: InputError[] = [];
  for (const entry of entries) {
    const earlier = first.get(entry.email);
    if (earlier === undefined) {
      first.set(entry.email, entry);
      continue;
    }
    errors.push({
      file: entry.file,
      line: entry.line,
      column: entry.column,
      field: `invitees[${entry.index}].email`,
      email: entry.writtenEmail,
      message: `${JSON.stringify(entry.writtenEmail)} is declared twice (emails are compared lower-cased): first at ${earlier.file}:${earlier.line}:${earlier.column}`,
    });
  }
  return errors;
}

/** Keeps `Desired`'s promise of unique emails even when a caller ignores the duplicate errors. */
function dedupeByEmail(sorted: Invitee[]): Invitee[] {
  return sorted.filter((invitee, index) => index === 0 || sorted[index - 1]?.email !== invitee.email);
}

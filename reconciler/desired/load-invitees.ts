// The desired state: every invitee file of a folder, checked as a whole, with every error of the run at once.
import { lstat } from 'node:fs/promises';
import type { Desired, Invitee } from '../model';
import { compareStrings } from '../plan/strings';
import { DEFAULT_ORGANIZATION_MEMBER_LIMIT, organizationSizeErrors } from './access';
import { compareInputErrors, type InputError } from './errors';
import { listInviteeFolder, type InviteeFolder } from './invitee-folder';
import { loadInviteeFile, type DeclaredEntry } from './invitee-file';

export interface LoadDesiredOptions {
  /** Largest import record one invitee may need: `maxRecordBytes` (import-file/size.ts) of the config's `batching.import_max_bytes`. */
  maxRecordBytes: number;
  /** Members one organization may have (Auth0: 100,000 unless raised for the tenant). */
  organizationMemberLimit?: number;
}

export interface LoadDesiredResult {
  /** Only the invitees without errors; use it only when `errors` is empty. */
  desired: Desired;
  /** Sorted by file, line and column. */
  errors: InputError[];
}

/**
 * Reads every `*.yaml` / `*.yml` under `dir`, subfolders included (invitee-folder.ts: order, and what is not
 * read). `source.file` of each invitee is `dir` joined with the file's relative path, e.g.
 * `invitees/engineering.yaml` or `invitees/berlin/design.yaml`. An empty folder is valid and declares nobody (the
 * revoke policy and its maximum fraction then guard the tenant); a missing one is an error.
 */
export async function loadDesired(dir: string, options: LoadDesiredOptions): Promise<LoadDesiredResult> {
  const folderError = (reason: string): LoadDesiredResult => ({
    desired: { invitees: [] },
    errors: [{ file: dir, line: 0, column: 0, message: `cannot read the invitees folder: ${reason}` }],
  });
  let folder: InviteeFolder;
  try {
    // A folder swapped for a link would make the loader read (and quote) files from anywhere.
    if ((await lstat(dir)).isSymbolicLink()) {
      return folderError('it is a symbolic link, which is not followed: name the folder itself');
    }
    folder = await listInviteeFolder(dir);
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : undefined;
    return folderError(code === 'ENOENT' ? 'no such folder' : code === 'ENOTDIR' ? 'it is not a folder' : `error ${code ?? 'unknown'}`);
  }

  // One file at a time: bounded descriptors, whatever the number of files.
  const results = [];
  for (const file of folder.files) results.push(await loadInviteeFile(file, options, true));
  const errors = [...folder.refused, ...results.flatMap((result) => result.errors)];
  const entries = results.flatMap((result) => result.entries);
  // One sort by email serves three ends: duplicates sit side by side (the stable sort keeps the first declared
  // first), `Desired` wants its invitees in that order, and each email's first valid declaration is the one kept.
  const byEmail = [...entries].sort((a, b) => compareStrings(a.email, b.email));
  const invitees: Invitee[] = [];
  let first: DeclaredEntry | undefined;
  for (const entry of byEmail) {
    if (first?.email === entry.email) errors.push(duplicateError(entry, first));
    else first = entry;
    if (entry.invitee !== undefined && invitees.at(-1)?.email !== entry.email) invitees.push(entry.invitee);
  }
  // In file order, so that the error names the first member over the limit as the files declare them.
  const members = entries.flatMap(({ invitee }) => (invitee?.organizations === undefined ? [] : [{ organizations: invitee.organizations, source: invitee.source, email: invitee.email }]));
  errors.push(...organizationSizeErrors(members, options.organizationMemberLimit ?? DEFAULT_ORGANIZATION_MEMBER_LIMIT));

  const references = results.flatMap((result) => result.references ?? []);
  const desired: Desired = {
    invitees,
    ...(references.length > 0 ? { references } : {}),
    ...(folder.unloaded.length > 0 ? { unloaded: folder.unloaded } : {}),
  };
  return { desired, errors: errors.sort(compareInputErrors) };
}

/** The same email again, in any case and any file: an error at the repetition, naming the first declaration. */
function duplicateError(entry: DeclaredEntry, earlier: DeclaredEntry): InputError {
  return {
    ...entry.source,
    field: `invitees[${entry.index}].email`,
    email: entry.writtenEmail,
    message: `${JSON.stringify(entry.writtenEmail)} is declared twice (emails are compared lower-cased): first at ${earlier.source.file}:${earlier.source.line}:${earlier.source.column}`,
  };
}

// The invitees folder as a list of files: every `*.yaml` / `*.yml` at any depth, in code-unit order of the path
// relative to the folder (the same order on every machine and file system), and every other entry reported, never
// silently skipped. Folders are listed one at a time and files are opened one at a time afterwards
// (read-text.ts), so however many files there are, the loader holds a few descriptors at most: 10,000 files load
// under `ulimit -n 256`.
import type { Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { compareStrings } from '../plan/strings';
import type { InputError } from './errors';
import { notRegularFileProblem } from './read-text';

export interface InviteeFolder {
  /** Invitee files, named `dir` joined with their relative path, in code-unit order of that relative path. */
  files: string[];
  /** Entries that are not read (another extension, hidden, links that are not followed), sorted the same way. */
  unloaded: string[];
  /** Entries named like invitee files that are not regular files: errors, never opened. */
  refused: InputError[];
}

const INVITEE_FILE = /\.ya?ml$/i;

/** Placeholders that keep an empty folder in git: not invitee files, and not worth a warning. */
const PLACEHOLDERS: ReadonlySet<string> = new Set(['.gitkeep', '.keep']);

/** Throws the error of reading `dir` itself (missing, not a folder); a subfolder that cannot be read is refused. */
export async function listInviteeFolder(dir: string): Promise<InviteeFolder> {
  const found: { relative: string; kind: 'file' | 'unloaded' }[] = [];
  const refused: InputError[] = [];
  const pending: string[] = [''];
  for (let at = 0; at < pending.length; at++) {
    const relativeDir = pending[at]!;
    let dirents: Dirent[];
    try {
      dirents = await readdir(join(dir, relativeDir), { withFileTypes: true });
    } catch (error) {
      if (relativeDir === '') throw error;
      refused.push({ file: join(dir, relativeDir), line: 0, column: 0, message: `this folder cannot be read (${codeOf(error)}): its invitee files would be missed` });
      continue;
    }
    for (const dirent of dirents) {
      const relative = relativeDir === '' ? dirent.name : `${relativeDir}/${dirent.name}`;
      const named = INVITEE_FILE.test(dirent.name);
      const hidden = dirent.name.startsWith('.');
      if (dirent.isDirectory() && !named && !hidden) pending.push(relative);
      else if (named && !hidden) {
        const problem = notRegularFileProblem(dirent);
        if (problem === undefined) found.push({ relative, kind: 'file' });
        else refused.push({ file: join(dir, relative), line: 0, column: 0, message: `this invitee file ${problem}` });
      } else if (!(PLACEHOLDERS.has(dirent.name) && dirent.isFile())) found.push({ relative, kind: 'unloaded' });
    }
  }
  found.sort((a, b) => compareStrings(a.relative, b.relative));
  return {
    files: found.filter((entry) => entry.kind === 'file').map((entry) => join(dir, entry.relative)),
    unloaded: found.filter((entry) => entry.kind === 'unloaded').map((entry) => join(dir, entry.relative)),
    refused,
  };
}

function codeOf(error: unknown): string {
  return error instanceof Error && 'code' in error ? `error ${String(error.code)}` : 'unknown error';
}

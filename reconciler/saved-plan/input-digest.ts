// The digest of everything a plan was made from: the config, the mail templates it names and every file under the
// invitee folder (all of them, loaded or not, so that no edit there goes unnoticed). One SHA-256 per file, so that a
// stale plan can say which file changed.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { InvitationConfig } from '../config';
import { escapeUnprintable } from '../escape';
import { templatePath } from '../mail/template-check';

/** File (as the user named it, `/` separated) → `sha256:<hex>` of its bytes. */
export type InputDigest = Record<string, string>;

export async function digestInputs(options: { config: string; invitees: string }, config: InvitationConfig): Promise<InputDigest> {
  const configDir = path.dirname(options.config);
  const files = [
    options.config,
    templatePath(configDir, config.mail.html_template),
    templatePath(configDir, config.mail.text_template),
    ...(await filesUnder(options.invitees)),
  ];
  const digest: InputDigest = {};
  for (const file of [...new Set(files)].sort()) digest[file.split(path.sep).join('/')] = `sha256:${createHash('sha256').update(await readFile(file)).digest('hex')}`;
  return digest;
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

/** What differs between the digest a plan was made from and today's, one phrase per file. */
export function digestChanges(saved: InputDigest, current: InputDigest): string[] {
  const changes: string[] = [];
  for (const name of Object.keys({ ...saved, ...current }).sort()) {
    if (saved[name] === current[name]) continue;
    const file = escapeUnprintable(name);
    if (saved[name] === undefined) changes.push(`${file} was added`);
    else if (current[name] === undefined) changes.push(`${file} was removed`);
    else changes.push(`${file} changed`);
  }
  return changes;
}

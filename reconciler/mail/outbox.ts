// The outbox: one RFC 5322 message per file, named after its recipient, so a person's invitations can be
// counted with `ls`. Files appear whole or not at all (temp file + fsync + link), and a later mail to the
// same person never replaces an earlier one. Temp files hold a live link: none outlives the process that wrote
// it short of SIGKILL, and the next run removes those a killed process left.
import { createHash, randomBytes } from 'node:crypto';
import { unlinkSync } from 'node:fs';
import { link, mkdir, open, readdir, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { isProcessAlive } from '../process/identity';
import type { Delivery } from './delivery';

const MAX_BASE_BYTES = 200; // leaves room for `.NNN.eml` under the usual 255-byte file name limit

/**
 * The recipient part of an outbox file name: the lower-cased email, with anything that could act as a path
 * (separators, `..`, a leading dot) or trouble a file system (control and reserved characters) replaced by `_`.
 */
export function outboxBaseName(email: string): string {
  let base = email
    .trim()
    .toLowerCase()
    .replace(/[\u0000-\u001f\u007f-\u009f/\\:*?"<>|\s]/g, '_')
    .replace(/\.{2,}/g, '_')
    .replace(/^\./, '_');
  if (base === '') base = '_';
  if (Buffer.byteLength(base) > MAX_BASE_BYTES) {
    // Keep names unique and stable even when cut: a short hash of the full address follows the prefix.
    const digest = createHash('sha256').update(email.trim().toLowerCase()).digest('hex').slice(0, 12);
    let prefix = base;
    while (Buffer.byteLength(prefix) > MAX_BASE_BYTES - 13) prefix = prefix.slice(0, -1);
    base = `${prefix}~${digest}`;
  }
  return base;
}

/** `<email>.eml` for the first message, `<email>.2.eml`, `<email>.3.eml`, … after it. */
export function outboxFileName(email: string, sequence: number): string {
  const base = outboxBaseName(email);
  return sequence <= 1 ? `${base}.eml` : `${base}.${sequence}.eml`;
}

const OUTBOX_FILE = /^(.+?)(?:\.(\d+))?\.eml$/;

/** Messages per recipient base name (see outboxBaseName) in an outbox folder; temp files are not messages. */
export async function countOutboxMessages(outboxDir: string): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  let entries: string[];
  try {
    entries = await readdir(outboxDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return counts;
    throw error;
  }
  for (const entry of entries) {
    if (entry.startsWith('.')) continue;
    const match = OUTBOX_FILE.exec(entry);
    if (!match?.[1]) continue;
    counts.set(match[1], (counts.get(match[1]) ?? 0) + 1);
  }
  return counts;
}

const LINK_UNSUPPORTED = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV']);

/**
 * Writes one message for `email` and returns its path. `link(2)` publishes the finished temp file under a name
 * only if that name is free, so concurrent sends (and concurrent processes) can never overwrite each other.
 */
export async function writeOutboxMessage(outboxDir: string, email: string, message: Buffer): Promise<string> {
  await mkdir(outboxDir, { recursive: true });
  // The temp name is random: it must not carry anything from the message, least of all the link.
  const temp = path.join(outboxDir, `.partial-${process.pid}-${randomBytes(8).toString('hex')}.tmp`);
  tempFilesInFlight.track(temp);
  const handle = await open(temp, 'wx', 0o600).catch((error: unknown) => {
    tempFilesInFlight.forget(temp);
    throw error;
  });
  try {
    await handle.writeFile(message);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    for (let sequence = 1; ; sequence++) {
      const target = path.join(outboxDir, outboxFileName(email, sequence));
      try {
        await link(temp, target);
        return target;
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? '';
        if (code === 'EEXIST') continue;
        if (!LINK_UNSUPPORTED.has(code)) throw error;
        // File systems without hard links: rename is still atomic, but the free-name check races other writers.
        if (await exists(target)) continue;
        await rename(temp, target);
        return target;
      }
    }
  } finally {
    await unlink(temp).catch(() => undefined);
    tempFilesInFlight.forget(temp);
  }
}

/**
 * The temp files this process is writing. A process can end in the middle of a write (a second Ctrl-C exits at
 * once, an unexpected error ends it): the exit hook removes them then, synchronously, as an exit hook must.
 * Process-wide on purpose: it is the process's exit it guards.
 */
const tempFilesInFlight = (() => {
  const files = new Set<string>();
  let hooked = false;
  return {
    track(file: string): void {
      files.add(file);
      if (hooked) return;
      hooked = true;
      process.once('exit', () => {
        for (const left of files) {
          try {
            unlinkSync(left);
          } catch {
            // already gone
          }
        }
      });
    },
    forget(file: string): void {
      files.delete(file);
    },
  };
})();

const TEMP_FILE = /^\.partial-(\d+)-[0-9a-f]+\.tmp$/;

/** Removes temp files left by processes that no longer run (killed mid-write); returns how many. */
export async function removeLeftovers(outboxDir: string): Promise<number> {
  let removed = 0;
  for (const entry of await readdir(outboxDir)) {
    const pid = Number(TEMP_FILE.exec(entry)?.[1]);
    if (!pid || pid === process.pid || isProcessAlive(pid)) continue;
    await unlink(path.join(outboxDir, entry)).then(
      () => removed++,
      () => undefined,
    );
  }
  return removed;
}

/** Mail as files in the outbox folder, checked writable before the run's first write. */
export function outboxDelivery(outboxDir: string): Delivery {
  return {
    stage: 'outbox',
    async verify() {
      try {
        await mkdir(outboxDir, { recursive: true });
        const probe = path.join(outboxDir, `.partial-${process.pid}-${randomBytes(8).toString('hex')}.tmp`);
        await (await open(probe, 'wx', 0o600)).close();
        await unlink(probe);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
        throw new Error(`The outbox folder ${outboxDir} (--outbox) is not writable (${code}). Nothing was sent.`);
      }
      await removeLeftovers(outboxDir);
    },
    async send(email, _envelope, message) {
      await writeOutboxMessage(outboxDir, email, message);
    },
    async close() {},
  };
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}

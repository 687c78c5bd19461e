// Reading a text file defensively: only a regular file at the path itself (no symbolic link, FIFO, device or
// folder), a size limit enforced while reading (not only from the reported size), and strict UTF-8 with the
// position of the first bad byte. Messages about a refused file quote nothing of it, nor of a link's target.
// The calls are synchronous: the loader has nothing else to do meanwhile, and 10,000 small files read three times
// faster than through Node's thread pool.
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync } from 'node:fs';
import type { Stats } from 'node:fs';
import type { InputError } from './errors';

/** Invitee and config files are hand-written; anything bigger is a mistake or an attack, refused unread. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The smallest read: what a file reporting 0 bytes (/proc) is read in. */
const MIN_READ_BYTES = 4096;

export type ReadTextResult = { text: string; error?: undefined } | { text?: undefined; error: InputError };

const SYMBOLIC_LINK =
  'is a symbolic link, which is not followed: input files must be regular files committed in place (replace the link with the file itself)';

/** Why an entry that is not a regular file cannot be an input file; undefined for a regular file. */
export function notRegularFileProblem(info: Pick<Stats, 'isFile' | 'isSymbolicLink' | 'isDirectory' | 'isFIFO' | 'isSocket' | 'isBlockDevice' | 'isCharacterDevice'>): string | undefined {
  if (info.isSymbolicLink()) return SYMBOLIC_LINK;
  if (info.isFile()) return undefined;
  const kind = info.isDirectory()
    ? 'a folder'
    : info.isFIFO()
      ? 'a named pipe (FIFO)'
      : info.isSocket()
        ? 'a socket'
        : info.isBlockDevice() || info.isCharacterDevice()
          ? 'a device'
          : 'not a regular file';
  return `is ${kind === 'not a regular file' ? kind : `${kind}, not a regular file`}: input files must be regular files (rename or remove it)`;
}

/**
 * `listedAsFile`: the caller's directory listing showed a regular file here (not a link, pipe or folder), so the
 * path is not looked at before it is opened; the opened file is checked all the same. With 10,000 files, that
 * look cost a sixth of the loading time.
 */
export async function readTextFile(file: string, maxBytes: number = MAX_FILE_BYTES, options: { listedAsFile?: boolean } = {}): Promise<ReadTextResult> {
  const whole = (message: string): ReadTextResult => ({ error: { file, line: 0, column: 0, message } });
  const tooBig = (size: string): ReadTextResult =>
    whole(`the file ${size}, more than the ${formatBytes(maxBytes)} a file may have: split it into several files`);
  let info: Stats | undefined;
  if (options.listedAsFile !== true) {
    try {
      info = lstatSync(file);
    } catch (error) {
      return whole(`the file cannot be read: ${describeFsError(error)}`);
    }
    const problem = notRegularFileProblem(info);
    if (problem !== undefined) return whole(`the path ${problem}`);
    if (info.size > maxBytes) return tooBig(`is ${formatBytes(info.size)}`);
  }

  // O_NOFOLLOW and the identity check close the gap between lstat (or the listing) and open (a file swapped for
  // a link or a pipe meanwhile); O_NONBLOCK keeps a pipe swapped in from blocking the open.
  let descriptor: number;
  try {
    descriptor = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ELOOP') return whole(`the path ${SYMBOLIC_LINK}`);
    return whole(`the file cannot be read: ${describeFsError(error)}`);
  }
  try {
    const opened = fstatSync(descriptor);
    if (!opened.isFile() || (info !== undefined && (opened.ino !== info.ino || opened.dev !== info.dev))) {
      return whole('the file changed while it was being read (replaced by something that is not the same regular file): run again');
    }
    info ??= opened;
    if (info.size > maxBytes) return tooBig(`is ${formatBytes(info.size)}`);
    // Some files report a size of 0 and still have content (/proc): count what is actually read. One byte more
    // than reported shows a file that grew; small reads come from Node's buffer pool, so 10,000 small files cost
    // no 10,000 fresh allocations.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(Math.max(info.size + 1, MIN_READ_BYTES), maxBytes + 1 - total));
      const bytesRead = readSync(descriptor, chunk, 0, chunk.length, null);
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) return tooBig(`holds more bytes than it reports (${info.size})`);
      // A regular file reads short only at its end: no read more to see that.
      if (bytesRead < chunk.length) break;
    }
    return decodeUtf8(file, chunks.length === 1 && chunks[0] !== undefined ? chunks[0] : Buffer.concat(chunks, total));
  } catch (error) {
    return whole(`the file cannot be read: ${describeFsError(error)}`);
  } finally {
    closeSync(descriptor);
  }
}

/** Strict UTF-8; a byte-order mark is allowed (YAML allows it) and dropped. */
export function decodeUtf8(file: string, bytes: Uint8Array): ReadTextResult {
  try {
    return { text: UTF8.decode(bytes) };
  } catch {
    const offset = firstInvalidUtf8Offset(bytes);
    const { line, column } = bytePosition(bytes, offset);
    const byte = (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    return {
      error: {
        file,
        line,
        column,
        message: `the file is not valid UTF-8: the bytes starting with 0x${byte} at byte offset ${offset} are not a UTF-8 character (save the file as UTF-8)`,
      },
    };
  }
}

/** Byte offset of the first byte that breaks UTF-8 (overlongs, surrogates and values above U+10FFFF included). */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let at = 0;
  while (at < bytes.length) {
    const lead = bytes[at] ?? 0;
    if (lead < 0x80) {
      at += 1;
      continue;
    }
    let length: number;
    let min: number;
    let code: number;
    if (lead >= 0xc2 && lead <= 0xdf) [length, min, code] = [2, 0x80, lead & 0x1f];
    else if (lead >= 0xe0 && lead <= 0xef) [length, min, code] = [3, 0x800, lead & 0x0f];
    else if (lead >= 0xf0 && lead <= 0xf4) [length, min, code] = [4, 0x10000, lead & 0x07];
    else return at;
    for (let next = 1; next < length; next++) {
      const continuation = bytes[at + next];
      // Report the start of the broken sequence: that is the character an editor shows as wrong.
      if (continuation === undefined || (continuation & 0xc0) !== 0x80) return at;
      code = (code << 6) | (continuation & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return at;
    at += length;
  }
  return bytes.length;
}

/** Line and column (in characters of the valid text before it) of a byte offset. */
function bytePosition(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let at = 0; at < offset; at++) {
    if (bytes[at] === 0x0a) {
      line += 1;
      lineStart = at + 1;
    }
  }
  // The decoder drops a leading byte-order mark, as the YAML reader does, so columns agree with the parser's.
  const before = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset));
  return { line, column: before.length + 1 };
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB (${bytes} bytes)`;
  return `${bytes} bytes`;
}

/** The error's code in words, never its message (which repeats the path and could carry more). */
function describeFsError(error: unknown): string {
  const code = error instanceof Error && 'code' in error ? String(error.code) : undefined;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a folder';
    case undefined:
      return 'unknown error';
    default:
      return `error ${code}`;
  }
}

// Reading a text file defensively: size limit before reading, strict UTF-8 with the position of the first bad byte.
import { readFile, stat } from 'node:fs/promises';
import type { InputError } from './errors';

/** Invitee and config files are hand-written; anything bigger is a mistake or an attack, refused unread. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

export type ReadTextResult = { text: string; error?: undefined } | { text?: undefined; error: InputError };

export async function readTextFile(file: string, maxBytes: number = MAX_FILE_BYTES): Promise<ReadTextResult> {
  const whole = (message: string): ReadTextResult => ({ error: { file, line: 0, column: 0, message } });
  let size: number;
  try {
    const info = await stat(file);
    if (!info.isFile()) return whole('the path is not a regular file');
    size = info.size;
  } catch (error) {
    return whole(`the file cannot be read: ${describeFsError(error)}`);
  }
  if (size > maxBytes) {
    return whole(
      `the file is ${formatBytes(size)}, more than the ${formatBytes(maxBytes)} a file may have: split it into several files`,
    );
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return whole(`the file cannot be read: ${describeFsError(error)}`);
  }
  return decodeUtf8(file, bytes);
}

/** Strict UTF-8; a byte-order mark is allowed (YAML allows it) and dropped. */
export function decodeUtf8(file: string, bytes: Uint8Array): ReadTextResult {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
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

function describeFsError(error: unknown): string {
  if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return 'no such file';
  return error instanceof Error ? error.message : String(error);
}

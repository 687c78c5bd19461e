// How big a users-imports file and its records are, and how records are cut into files. An import file is one
// JSON array: its brackets take two bytes and a comma stands between records. Auth0 refuses a file over
// 512,000 bytes (the config's `batching.import_max_bytes` is the limit used).
import type { Invitee } from '../model';
import { declaredFields } from '../plan/managed';
import { initialGrants } from '../plan/grants';
import type { ImportRecord } from './records';

/** `batching.import_max_bytes` when the config cannot be read (its schema's default), to check invitee files anyway. */
export const DEFAULT_IMPORT_MAX_BYTES = 500_000;

/** `[` and `]` around the records of a file. */
const FILE_BRACKETS_BYTES = 2;

/** Bytes of the record in an import file (UTF-8 of its JSON). */
export function recordBytes(record: ImportRecord): number {
  return Buffer.byteLength(JSON.stringify(record), 'utf8');
}

/** The largest record a file of at most `fileMaxBytes` can hold: alone, between the brackets. */
export function maxRecordBytes(fileMaxBytes: number): number {
  return fileMaxBytes - FILE_BRACKETS_BYTES;
}

/**
 * Room for the reconciler's own `app_metadata.invitation` object (status, timestamps, counters), which every
 * import record carries: about 200 bytes, plus the key.
 */
export const BOOKKEEPING_RESERVE_BYTES = 200 + Buffer.byteLength('"invitation":,');

/**
 * Approximate bytes of the invitee's record in an import file: its JSON plus the bookkeeping reserve and the
 * managed-fields record (which names every declared field and key). The loader
 * refuses an invitee above `maxRecordBytes` up front, so that no record too large for any import file reaches
 * an apply.
 */
export function importRecordBytes(invitee: Invitee): number {
  // Roles and memberships add the grant record to the bookkeeping, and a chosen user id (24 hex digits).
  const grants = initialGrants(invitee)?.record;
  const grantBytes = grants === undefined ? 0 : Buffer.byteLength(JSON.stringify({ grants, user_id: '0'.repeat(24) }));
  const managed = Buffer.byteLength(`"managed":${JSON.stringify(declaredFields(invitee))},`);
  return Buffer.byteLength(recordJson(invitee)) + BOOKKEEPING_RESERVE_BYTES + grantBytes + managed;
}

/**
 * Whether the invitee's record fits in `maxBytes` (importRecordBytes(invitee) <= maxBytes), answered for nearly
 * every invitee from a bound, without the exact count: loading 100,000 invitees spent a tenth of its time (and a
 * tenth of its allocations) writing each record's JSON only to measure it.
 */
export function importRecordFits(invitee: Invitee, maxBytes: number): boolean {
  if (invitee.roles === undefined && invitee.organizations === undefined) {
    const bound =
      jsonBytesAtMost(invitee.email) +
      jsonBytesAtMost(invitee.profile) +
      jsonBytesAtMost(invitee.user_metadata) +
      jsonBytesAtMost(invitee.app_metadata) +
      RECORD_FRAME_BYTES +
      BOOKKEEPING_RESERVE_BYTES;
    if (bound <= maxBytes) return true;
  }
  return importRecordBytes(invitee) <= maxBytes;
}

/**
 * `{"email":,"email_verified":false,"user_metadata":,"app_metadata":}` and the managed-fields record's own
 * text (`"managed":{"profile":[],"user_metadata":[],"app_metadata":[]},`), rounded up.
 */
const RECORD_FRAME_BYTES = 200;

/** The longest JSON number is 25 characters (`-0.0000012345678901234567`); `false` and `null` are shorter. */
const MAX_SCALAR_BYTES = 25;

/**
 * At least the UTF-8 bytes of the value's JSON: a UTF-16 code unit takes at most 6 bytes (`\u001f`, or 3 bytes
 * of UTF-8 for a character that needs no escape), a number or literal at most MAX_SCALAR_BYTES. Keys count
 * twice: the managed-fields record names them again.
 */
function jsonBytesAtMost(value: unknown): number {
  if (typeof value === 'string') return 6 * value.length + 2;
  if (typeof value !== 'object' || value === null) return MAX_SCALAR_BYTES;
  let bytes = 2;
  if (Array.isArray(value)) {
    for (const item of value) bytes += jsonBytesAtMost(item) + 1;
    return bytes;
  }
  const record = value as Record<string, unknown>;
  // for…in allocates no list of keys; an inherited enumerable key could only make the bound larger.
  for (const key in record) bytes += 2 * (6 * key.length + 3) + jsonBytesAtMost(record[key]) + 1;
  return bytes;
}

function recordJson(invitee: Invitee): string {
  return JSON.stringify({
    email: invitee.email,
    ...invitee.profile,
    email_verified: false,
    user_metadata: invitee.user_metadata,
    app_metadata: invitee.app_metadata,
  });
}

/**
 * Cut records into import files whose serialized JSON array (`[`, `]` and the commas included) is at most
 * `maxBytes`. Order is kept; each file is filled greedily. A record that cannot fit even alone is an error
 * (the loader rejects such invitees before anything is sent).
 */
export function packBatches(records: readonly ImportRecord[], maxBytes: number): ImportRecord[][] {
  const batches: ImportRecord[][] = [];
  let batch: ImportRecord[] = [];
  let size = FILE_BRACKETS_BYTES;
  for (const record of records) {
    const bytes = recordBytes(record);
    if (bytes > maxRecordBytes(maxBytes)) {
      throw new RangeError(
        `Import record for ${record.email} is ${bytes} bytes of JSON; it cannot fit in an import file of at most ${maxBytes} bytes`,
      );
    }
    const added = batch.length === 0 ? bytes : bytes + 1; // a comma before every record but the first
    if (size + added > maxBytes) {
      batches.push(batch);
      batch = [record];
      size = FILE_BRACKETS_BYTES + bytes;
    } else {
      batch.push(record);
      size += added;
    }
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

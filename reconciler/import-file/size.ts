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
 * every invitee from a bound, without the exact count: a UTF-16 code unit is at most 3 bytes of UTF-8, and the
 * managed-fields record names only keys the record's JSON already quotes. Loading 100,000 invitees spent a
 * tenth of its time counting exactly.
 */
export function importRecordFits(invitee: Invitee, maxBytes: number): boolean {
  if (invitee.roles === undefined && invitee.organizations === undefined) {
    const characters = recordJson(invitee).length;
    if (3 * (2 * characters + MANAGED_RECORD_FRAME_CHARACTERS) + BOOKKEEPING_RESERVE_BYTES <= maxBytes) return true;
  }
  return importRecordBytes(invitee) <= maxBytes;
}

/** `"managed":{"profile":[],"user_metadata":[],"app_metadata":[]},` without the names, plus room to spare. */
const MANAGED_RECORD_FRAME_CHARACTERS = 80;

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

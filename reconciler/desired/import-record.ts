// How big an invitee's record in a users-imports file gets, so that one too large for any import job is refused
// up front instead of failing the apply.
import type { Invitee } from '../model';

/**
 * Room for the reconciler's own `app_metadata.invitation` object (status, timestamps, counters), which every
 * import record carries: about 200 bytes, plus the key.
 */
export const BOOKKEEPING_RESERVE_BYTES = 200 + Buffer.byteLength('"invitation":,');

/** Approximate bytes of the invitee's record in an import file: its JSON plus the bookkeeping reserve. */
export function importRecordBytes(invitee: Invitee): number {
  const record = {
    email: invitee.email,
    ...invitee.profile,
    email_verified: false,
    user_metadata: invitee.user_metadata,
    app_metadata: invitee.app_metadata,
  };
  return Buffer.byteLength(JSON.stringify(record)) + BOOKKEEPING_RESERVE_BYTES;
}

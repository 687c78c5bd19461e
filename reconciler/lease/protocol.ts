// The tenant lease: at most one reconciler applies to a connection at a time.
//
// Why: two runs that start together both observe a new invitee as missing, both import it, one gets
// DUPLICATED_USER, re-plans the now `pending` user as `resume`, and mails it a second time.
//
// How, with only the scopes the reconciler already has (create:users, update:users, read:users): Auth0 has no
// key-value store, but `POST /api/v2/users` is an atomic create-if-absent (409 when the email exists in the
// connection). The lease is a user of the gated connection with the reserved address LEASE_EMAIL (address.ts),
// blocked, created with a random password that is thrown away, and without `app_metadata.invitation`, so the login
// gate denies it as well. `app_metadata.reconciler_lease` (record.ts) says who holds it and until when. The tenant
// adapter implements the port (tenant/tenant.ts).
//
// - Acquire: create the lease user. 409: read it (users-by-email is immediately consistent). Our own token (a
//   create whose response was lost and retried): held. Live: LeaseHeldError naming the holder and the expiry.
//   Expired, released, or held by a process that is provably dead on this host (its record names host, pid, boot
//   and start time: process/identity.ts): rename that user (by id) to a tombstone address and create again. Renaming is not the
//   exclusion (PATCH is not compare-and-swap); the create is, so of two runs taking over at once one creates and
//   the other gets 409 and sees a live lease.
// - Renew while applying, well before expiry; the PATCH answer tells whether the user still carries LEASE_EMAIL
//   and our token (a take-over renames it). A holder past its own expiry does not renew: it stops mailing.
// - Release: rename the lease user to its tombstone, so that the next run's create succeeds at once.
// Tombstones stay (deleting needs delete:users, which the reconciler does not have by default): one small blocked
// user per applying run, filtered out of every observation like the lease itself.
import { randomBytes } from 'node:crypto';
import type { Clock } from '../clock';
import type { ProcessIdentity } from '../process/identity';
import { LEASE_EMAIL, tombstoneEmail } from './address';
import type { LeasePort, LeaseRecord } from './record';

export class LeaseHeldError extends Error {
  constructor(
    readonly holder: string,
    readonly expiresAt: string,
    nowMs: number,
  ) {
    const left = Date.parse(expiresAt) - nowMs;
    const when = Number.isFinite(left) ? `until ${expiresAt} (in ${Math.max(1, Math.ceil(left / 1000))} s)` : 'with no readable expiry';
    super(
      `Another reconciler is applying to this tenant: the lease is held by ${holder} ${when}. ` +
        'Nothing was changed. Run again when it has finished; a crashed holder\'s lease expires by itself.',
    );
  }
}

export class LeaseLostError extends Error {}

export interface HeldLease {
  readonly holder: string;
  readonly userId: string;
  /** Local view of the expiry (epoch ms), extended by each successful renewal. */
  readonly expiresAtMs: number;
  /** Throws LeaseLostError when the lease was taken over or is about to expire: no effect may follow. */
  assertHeld(): void;
  renew(): Promise<void>;
  /** Stops renewing and frees the lease for the next run; safe to call more than once. */
  release(): Promise<void>;
}

export interface AcquireOptions {
  holder: string;
  ttlMs: number;
  clock: Clock;
  /** Renew in the background every ttl/3 (on `clock`) until released; off for unit tests that renew by hand. */
  autoRenew?: boolean;
  /** This process, recorded in the lease so that a later run on this host can tell whether it still runs. */
  process?: ProcessIdentity;
  /** True when the holder's process is provably gone (process/identity.ts): its lease is taken over at once. */
  isHolderDead?: (holder: ProcessIdentity) => boolean;
  onWarning?: (line: string) => void;
}

const MAX_TAKE_OVERS = 5;

export async function acquireLease(port: LeasePort, options: AcquireOptions): Promise<HeldLease> {
  const { clock, ttlMs, holder } = options;
  const token = randomBytes(16).toString('hex');
  const recordAt = (nowMs: number): LeaseRecord => ({
    holder,
    token,
    acquired_at: new Date(nowMs).toISOString(),
    expires_at: new Date(nowMs + ttlMs).toISOString(),
    ...(options.process ? { process: options.process } : {}),
  });

  for (let attempt = 0; attempt <= MAX_TAKE_OVERS; attempt++) {
    const startedAt = clock.now();
    const record = recordAt(startedAt);
    const created = await port.create(LEASE_EMAIL, record);
    if (created !== 'exists') return heldLease(port, { ...options, token, userId: created.user_id, record, startedAt });
    const current = await port.findByEmail(LEASE_EMAIL);
    if (!current) continue; // released or moved away between the two calls: create again
    const theirs = current.lease;
    if (theirs?.token === token) {
      // Our create went through but its answer was lost (a dropped connection, then a retry).
      return heldLease(port, { ...options, token, userId: current.user_id, record: theirs, startedAt: Date.parse(theirs.acquired_at) });
    }
    if (!theirs) {
      throw new LeaseHeldError(`an unknown holder (user ${current.user_id} has the lease address but no lease record: remove it by hand)`, 'never', clock.now());
    }
    const expiresMs = Date.parse(theirs.expires_at);
    const live = theirs.released_at === undefined && !(expiresMs <= clock.now());
    const dead = live && theirs.process !== undefined && options.isHolderDead?.(theirs.process) === true;
    if (live && !dead) throw new LeaseHeldError(theirs.holder, theirs.expires_at, clock.now());
    if (dead) options.onWarning?.(`Taking over the tenant lease of ${theirs.holder}: that process no longer runs on this host.`);
    // Expired or dead (a crashed holder) or released but not moved away: move it out of the way, then create again.
    await port.update(current.user_id, { email: tombstoneEmail(current.user_id), record: theirs });
  }
  throw new Error(`Could not take the tenant lease after ${MAX_TAKE_OVERS} take-overs: other runs keep taking it. Try again later.`);
}

function heldLease(
  port: LeasePort,
  options: AcquireOptions & { token: string; userId: string; record: LeaseRecord; startedAt: number },
): HeldLease {
  const { clock, ttlMs, token, userId } = options;
  // Stop acting a fifth of the lease before it runs out, so that a take-over (which needs it expired on the
  // taker's clock) never overlaps an effect of ours, even with some clock skew.
  const marginMs = ttlMs / 5;
  let record = options.record;
  let expiresAtMs = options.startedAt + ttlMs;
  let lost: string | undefined;
  let released = false;
  let renewing: Promise<void> | undefined;

  const renewOnce = async (): Promise<void> => {
    if (released || lost) return;
    const startedAt = clock.now();
    if (startedAt >= expiresAtMs - marginMs) {
      lost = `it ran out at ${new Date(expiresAtMs).toISOString()} before it could be renewed`;
      return;
    }
    const next: LeaseRecord = { ...record, expires_at: new Date(startedAt + ttlMs).toISOString() };
    const after = await port.update(userId, { record: next });
    if (after.email !== LEASE_EMAIL || after.lease?.token !== token) {
      lost = 'another run took it over';
      return;
    }
    record = next;
    expiresAtMs = startedAt + ttlMs;
  };
  const renew = (): Promise<void> => {
    renewing ??= renewOnce().finally(() => (renewing = undefined));
    return renewing;
  };

  // Renews every third of the lifetime until released, on the run's clock; releasing ends the wait at once, so
  // the loop never keeps a finished process alive.
  const stopRenewing = new AbortController();
  const renewInBackground = async (): Promise<void> => {
    for (;;) {
      await clock.sleep(ttlMs / 3, stopRenewing.signal);
      if (released || lost) return;
      await renew().catch((error: unknown) => options.onWarning?.(`could not renew the tenant lease: ${error instanceof Error ? error.message : String(error)}`));
    }
  };
  if (options.autoRenew) void renewInBackground();

  return {
    holder: options.holder,
    userId,
    get expiresAtMs() {
      return expiresAtMs;
    },
    assertHeld() {
      if (!lost && clock.now() >= expiresAtMs - marginMs) lost = `it runs out at ${new Date(expiresAtMs).toISOString()} and was not renewed in time`;
      if (lost) throw new LeaseLostError(`The tenant lease was lost (${lost}); stopped before sending, so the next run sends it.`);
    },
    renew,
    async release() {
      if (released) return;
      released = true;
      stopRenewing.abort();
      await renewing?.catch(() => undefined);
      if (lost) return; // someone else's now: leave it alone
      await port.update(userId, { email: tombstoneEmail(userId), record: { ...record, released_at: new Date(clock.now()).toISOString() } });
    },
  };
}

// The tenant lease: at most one reconciler applies to a connection at a time.
//
// Why: two runs that start together both observe a new invitee as missing, both import it, one gets
// DUPLICATED_USER, re-plans the now `pending` user as `resume`, and mails it a second time.
//
// How, with only the scopes the reconciler already has (create:users, update:users, read:users): Auth0 has no
// key-value store, but `POST /api/v2/users` is an atomic create-if-absent (409 when the email exists in the
// connection). The lease is a user of the gated connection with the reserved address LEASE_EMAIL (the `.invalid`
// TLD can never receive mail, RFC 2606), blocked, created with a random password that is thrown away, and without
// `app_metadata.invitation`, so the login gate denies it as well. `app_metadata.reconciler_lease` says who holds it
// and until when.
//
// - Acquire: create the lease user. 409: read it (users-by-email is immediately consistent). Our own token (a
//   create whose response was lost and retried): held. Live: LeaseHeldError naming the holder and the expiry.
//   Expired or released: rename that user (by id) to a tombstone address and create again. Renaming is not the
//   exclusion (PATCH is not compare-and-swap); the create is, so of two runs taking over at once one creates and
//   the other gets 409 and sees a live lease.
// - Renew while applying, well before expiry; the PATCH answer tells whether the user still carries LEASE_EMAIL
//   and our token (a take-over renames it). A holder past its own expiry does not renew: it stops mailing.
// - Release: rename the lease user to its tombstone, so that the next run's create succeeds at once.
// Tombstones stay (deleting needs delete:users, which the reconciler does not have by default): one small blocked
// user per applying run, filtered out of every observation like the lease itself.
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Clock } from '../clock';
import type { Mailer } from '../mail/mailer';
import type { ObservedUser } from '../model';
import type { TenantConnection } from './connect';
import { toTenantError } from './tenant';

/** Reserved domain of the lease user and its tombstones; never an invitee's. */
export const LEASE_DOMAIN = 'reconciler-lease.invalid';
export const LEASE_EMAIL = `lease@${LEASE_DOMAIN}`;
/** The `app_metadata` key of the lease record (not the invitation key: the login gate must deny these users). */
export const LEASE_KEY = 'reconciler_lease';
export const DEFAULT_LEASE_SECONDS = 120;

export interface LeaseRecord {
  holder: string;
  /** Random per run: tells our own lease from another run's with the same holder name. */
  token: string;
  acquired_at: string;
  expires_at: string;
  released_at?: string;
}

export interface LeaseUser {
  user_id: string;
  email: string;
  lease?: LeaseRecord;
}

/** The three user calls the lease needs. */
export interface LeasePort {
  /** Creates the user, or answers 'exists' when the email is taken in the connection (HTTP 409). */
  create(email: string, record: LeaseRecord): Promise<LeaseUser | 'exists'>;
  findByEmail(email: string): Promise<LeaseUser | undefined>;
  update(userId: string, change: { email?: string; record: LeaseRecord }): Promise<LeaseUser>;
}

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

/** The lease user and its tombstones: filtered out of observations so that they never show up in plans. */
export function isLeaseAddress(email: string): boolean {
  return email.trim().toLowerCase().endsWith(`@${LEASE_DOMAIN}`);
}

export function withoutLeaseUsers(users: readonly ObservedUser[]): ObservedUser[] {
  return users.filter((user) => !isLeaseAddress(user.email));
}

/** Seconds from RECONCILE_LEASE_SECONDS (tests shorten it), else the default. */
export function leaseSecondsFrom(env: NodeJS.ProcessEnv): number {
  const raw = env.RECONCILE_LEASE_SECONDS?.trim();
  if (!raw) return DEFAULT_LEASE_SECONDS;
  const seconds = Number(raw);
  if (!Number.isFinite(seconds) || seconds < 1) throw new Error(`RECONCILE_LEASE_SECONDS must be a number of seconds, at least 1 (got ${JSON.stringify(raw)})`);
  return seconds;
}

/** Who holds the lease, as other runs will be told: a CI run when there is one, else host and process. */
export function holderName(env: NodeJS.ProcessEnv): string {
  if (env.GITHUB_RUN_ID) return `GitHub Actions run ${env.GITHUB_RUN_ID}${env.GITHUB_REPOSITORY ? ` of ${env.GITHUB_REPOSITORY}` : ''}`;
  return `${hostname()} pid ${process.pid}`;
}

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
  /** Renew in the background every ttl/3 (real timers, unref'd); off for unit tests that renew by hand. */
  autoRenew?: boolean;
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
    if (live) throw new LeaseHeldError(theirs.holder, theirs.expires_at, clock.now());
    // Expired (a crashed holder) or released but not moved away: move it out of the way, then create again.
    await port.update(current.user_id, { email: tombstoneEmail(current.user_id), record: theirs });
  }
  throw new Error(`Could not take the tenant lease after ${MAX_TAKE_OVERS} take-overs: other runs keep taking it. Try again later.`);
}

function tombstoneEmail(userId: string): string {
  return `released-${userId.toLowerCase().replace(/[^a-z0-9]/g, '')}@${LEASE_DOMAIN}`;
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
  let timer: NodeJS.Timeout | undefined;
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

  const schedule = (): void => {
    if (!options.autoRenew || released) return;
    timer = setTimeout(() => {
      renew()
        .catch((error: unknown) => options.onWarning?.(`could not renew the tenant lease: ${error instanceof Error ? error.message : String(error)}`))
        .finally(schedule);
    }, ttlMs / 3);
    timer.unref();
  };
  schedule();

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
      if (timer) clearTimeout(timer);
      await renewing?.catch(() => undefined);
      if (lost) return; // someone else's now: leave it alone
      await port.update(userId, { email: tombstoneEmail(userId), record: { ...record, released_at: new Date(clock.now()).toISOString() } });
    },
  };
}

/** The LeasePort over the Management API client the reconciler already has. */
export function tenantLeasePort(connection: Pick<TenantConnection, 'sdk'>, connectionName: string): LeasePort {
  const { sdk } = connection;
  return {
    async create(email, record) {
      try {
        const user = await sdk.users.create({
          connection: connectionName,
          email,
          email_verified: true,
          // No verification or welcome mail for an address that can receive none anyway.
          verify_email: false,
          blocked: true,
          // Nobody ever learns it: the lease user can never log in (it is blocked, and has no invitation).
          password: `${randomBytes(24).toString('base64url')}aA1!`,
          app_metadata: { [LEASE_KEY]: record },
        });
        return leaseUserOf(user);
      } catch (error) {
        if ((error as { statusCode?: unknown }).statusCode === 409) return 'exists';
        throw toTenantError('take the tenant lease', error);
      }
    },
    async findByEmail(email) {
      let users: unknown[];
      try {
        users = (await sdk.users.listUsersByEmail({ email, fields: 'user_id,email,app_metadata,identities', include_fields: true })) as unknown[];
      } catch (error) {
        throw toTenantError('read the tenant lease', error);
      }
      const match = users.find((u) => ((u as { identities?: { connection?: string }[] }).identities ?? []).some((i) => i.connection === connectionName));
      return match === undefined ? undefined : leaseUserOf(match);
    },
    async update(userId, change) {
      try {
        const body = change.email === undefined
          ? { app_metadata: { [LEASE_KEY]: change.record } }
          : { email: change.email, email_verified: true, verify_email: false, app_metadata: { [LEASE_KEY]: change.record } };
        return leaseUserOf(await sdk.users.update(userId, body));
      } catch (error) {
        throw toTenantError('update the tenant lease', error);
      }
    },
  };
}

function leaseUserOf(raw: unknown): LeaseUser {
  const user = raw as { user_id?: unknown; email?: unknown; app_metadata?: Record<string, unknown> };
  const record = user.app_metadata?.[LEASE_KEY] as Partial<LeaseRecord> | undefined;
  const valid = typeof record === 'object' && record !== null && typeof record.holder === 'string' && typeof record.token === 'string' && typeof record.expires_at === 'string';
  return {
    user_id: String(user.user_id ?? ''),
    email: String(user.email ?? '').toLowerCase(),
    ...(valid ? { lease: record as LeaseRecord } : {}),
  };
}

/** A mailer that sends only while the lease is held: the mail is the effect that must never be doubled. */
export function leaseGuardedMailer(mailer: Mailer, lease: HeldLease | undefined): Mailer {
  if (!lease) return mailer;
  return {
    async send(mail) {
      lease.assertHeld();
      return mailer.send(mail);
    },
    close: () => mailer.close(),
  };
}

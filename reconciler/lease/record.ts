// The lease as it is kept in the tenant: a user with the lease address whose `app_metadata.reconciler_lease`
// says who holds it and until when, and the port of the three user calls the protocol makes.
import type { ProcessIdentity } from '../process/identity';

/** The `app_metadata` key of the lease record (not the invitation key: the login gate must deny these users). */
export const LEASE_KEY = 'reconciler_lease';

export interface LeaseRecord {
  holder: string;
  /** Random per run: tells our own lease from another run's with the same holder name. */
  token: string;
  acquired_at: string;
  expires_at: string;
  released_at?: string;
  /** The holder's process, so that a run on the same host can prove it dead and take the lease over at once. */
  process?: ProcessIdentity;
}

export interface LeaseUser {
  user_id: string;
  email: string;
  lease?: LeaseRecord;
}

/** The three user calls the lease needs, in the lease's connection (implemented by the tenant adapter). */
export interface LeasePort {
  /** Creates the user, or answers 'exists' when the email is taken in the connection (HTTP 409). */
  create(email: string, record: LeaseRecord): Promise<LeaseUser | 'exists'>;
  findByEmail(email: string): Promise<LeaseUser | undefined>;
  update(userId: string, change: { email?: string; record: LeaseRecord }): Promise<LeaseUser>;
}

/** A user as Auth0 returns it, read as a lease user: its record only when it is a well-formed one. */
export function leaseUserOf(raw: unknown): LeaseUser {
  const user = raw as { user_id?: unknown; email?: unknown; app_metadata?: Record<string, unknown> };
  const record = user.app_metadata?.[LEASE_KEY] as Partial<LeaseRecord> | undefined;
  const valid = typeof record === 'object' && record !== null && typeof record.holder === 'string' && typeof record.token === 'string' && typeof record.expires_at === 'string';
  const lease = valid ? { ...(record as LeaseRecord) } : undefined;
  // A holder's process that is not well formed proves nothing: left out, so the lease is waited out as before.
  if (lease && !isProcessIdentity(lease.process)) delete lease.process;
  return {
    user_id: String(user.user_id ?? ''),
    email: String(user.email ?? '').toLowerCase(),
    ...(lease ? { lease } : {}),
  };
}

function isProcessIdentity(value: unknown): value is ProcessIdentity {
  const p = value as Partial<ProcessIdentity> | undefined;
  const optionalString = (v: unknown): boolean => v === undefined || typeof v === 'string';
  return (
    typeof p === 'object' && p !== null && typeof p.hostname === 'string' && Number.isInteger(p.pid) &&
    optionalString(p.boot_id) && optionalString(p.pid_namespace) && optionalString(p.start_ticks)
  );
}

// The lease's reserved addresses: the lease user's and its tombstones', all in a domain no invitee may use. The
// loader refuses invitees there, and observation leaves these users out of every plan.
import { normalizeEmail } from '../model';

/** The `.invalid` TLD can never receive mail (RFC 2606). */
export const LEASE_DOMAIN = 'reconciler-lease.invalid';
export const LEASE_EMAIL = `lease@${LEASE_DOMAIN}`;

/** The address is in the lease's reserved domain (compared as identities are: trimmed, lower-cased). */
export function isLeaseAddress(email: string): boolean {
  return normalizeEmail(email).endsWith(`@${LEASE_DOMAIN}`);
}

/** Where a released or expired lease user is moved, so that the next run's create succeeds. */
export function tombstoneEmail(userId: string): string {
  return `released-${userId.toLowerCase().replace(/[^a-z0-9]/g, '')}@${LEASE_DOMAIN}`;
}

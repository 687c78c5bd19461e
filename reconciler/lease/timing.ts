// How long the tenant lease lasts, from the pace of the run. The holder renews it every third of its lifetime (one
// PATCH each), so a lifetime fixed in seconds would cost more renewals per invitee the slower the tenant. Instead
// the lease lasts three times LEASE_RENEW_EVERY_REQUESTS requests' worth of time at the configured pace, so that
// renewals stay at most one request in that many: 6 min 15 s at Enterprise's 16/s (share 0.5), 50 min at Free's
// 2/s. The price: a crashed holder's lease blocks the next run that long (a slow tenant's apply takes hours anyway).

/** Renewals take at most one request in this many, at the configured pace. */
export const LEASE_RENEW_EVERY_REQUESTS = 1000;
/** The shortest lifetime, whatever the pace: long enough to ride out a slow request or two. */
export const MIN_LEASE_TTL_MS = 120_000;

/** The lease's lifetime at this pace (requests per second): three renewal intervals, at least MIN_LEASE_TTL_MS. */
export function leaseTtlMs(requestsPerSecond: number): number {
  const renewEveryMs = (LEASE_RENEW_EVERY_REQUESTS / Math.max(requestsPerSecond, 0.001)) * 1000;
  return Math.max(MIN_LEASE_TTL_MS, 3 * renewEveryMs);
}

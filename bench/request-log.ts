// Timestamps of every request an in-process emulator receives, for rates over a phase of a run. The emulator
// offers no hook for this, so the log wraps its RequestStats counter (called once per request, in the
// `onRequest` hook, before the rate limiter answers): the time is when the request reached the tenant, which
// is what a tenant's limit is measured on. Status codes are not per request; use stats().statuses for those.
import type { RunningEmulator } from '../emulator/index';
import { isManagementRoute, ROUTES } from '../test/support/requests';

export interface LoggedRequest {
  /** Epoch milliseconds (sub-millisecond resolution, comparable across processes) when the emulator saw it. */
  at: number;
  route: string;
}

export interface RequestLog {
  entries: LoggedRequest[];
  /** Restores the emulator's own counter. */
  detach(): void;
}

/** Epoch milliseconds with performance.now()'s resolution: comparable between the bench and an emulator child. */
export const epochNow = (): number => performance.timeOrigin + performance.now();

export function attachRequestLog(emulator: RunningEmulator): RequestLog {
  const stats = emulator.context.stats;
  const original = stats.countRequest;
  const entries: LoggedRequest[] = [];
  stats.countRequest = function (this: typeof stats, key: string): void {
    // The Authentication API's change-password route too: mail.delivery auth0 is paced against its own limit.
    if (isManagementRoute(key) || key === ROUTES.changePassword) entries.push({ at: epochNow(), route: key });
    original.call(this, key);
  };
  return {
    entries,
    detach: () => {
      stats.countRequest = original;
    },
  };
}

export interface PhaseRate {
  /** Management API requests seen in the window (the closing one included). */
  requests: number;
  durationMs: number;
  perSecond: number;
}

/**
 * Requests per second between the first and the last request of `route` (e.g. the ticket phase), counting
 * every Management API request in that window: bookkeeping imports and polls spend the same budget.
 * n requests span n-1 intervals, so the rate is (n-1)/duration.
 */
export function phaseRate(entries: readonly LoggedRequest[], route: string): PhaseRate | undefined {
  const ofRoute = entries.filter((e) => e.route === route);
  const first = ofRoute[0];
  const last = ofRoute[ofRoute.length - 1];
  if (!first || !last || last.at <= first.at) return undefined;
  const requests = entries.filter((e) => e.at >= first.at && e.at <= last.at).length;
  const durationMs = last.at - first.at;
  return { requests, durationMs, perSecond: ((requests - 1) / durationMs) * 1000 };
}

export function firstAt(entries: readonly LoggedRequest[], route?: string): number | undefined {
  return (route === undefined ? entries[0] : entries.find((e) => e.route === route))?.at;
}

export function lastAt(entries: readonly LoggedRequest[]): number | undefined {
  return entries[entries.length - 1]?.at;
}

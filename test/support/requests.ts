// Counting requests from the emulator's side, for tests and benchmarks alike. Management API requests are every
// key of `stats().requests` that is the token endpoint or under /api/v2/ (not the admin API, the ticket page or
// export downloads, which cost no budget).
import type { StatsSnapshot } from '../../emulator/index';

export type RouteCounts = Record<string, number>;

export function isManagementRoute(key: string): boolean {
  return key.startsWith('POST /oauth/token') || key.includes(' /api/v2/');
}

export function managementRequests(stats: Pick<StatsSnapshot, 'requests'>): RouteCounts {
  return Object.fromEntries(Object.entries(stats.requests).filter(([key]) => isManagementRoute(key)));
}

export function totalOf(counts: RouteCounts): number {
  return Object.values(counts).reduce((sum, n) => sum + n, 0);
}

/** `after - before`, per route, keeping only routes that moved. */
export function difference(after: RouteCounts, before: RouteCounts): RouteCounts {
  const delta: RouteCounts = {};
  for (const [key, count] of Object.entries(after)) {
    const moved = count - (before[key] ?? 0);
    if (moved > 0) delta[key] = moved;
  }
  return delta;
}

/** The route keys the benchmarks talk about, spelled as the emulator's stats spell them. */
export const ROUTES = {
  token: 'POST /oauth/token',
  connections: 'GET /api/v2/connections',
  users: 'GET /api/v2/users',
  usersByEmail: 'GET /api/v2/users-by-email',
  imports: 'POST /api/v2/jobs/users-imports',
  exports: 'POST /api/v2/jobs/users-exports',
  job: 'GET /api/v2/jobs/{id}',
  jobErrors: 'GET /api/v2/jobs/{id}/errors',
  tickets: 'POST /api/v2/tickets/password-change',
  /** Authentication API (mail.delivery auth0): not a Management API request. */
  changePassword: 'POST /dbconnections/change_password',
} as const;

export const countOf = (counts: RouteCounts, route: string): number => counts[route] ?? 0;

/** Write requests (anything but GET) the tenant received, token requests left out. */
export function writeRequests(stats: Pick<StatsSnapshot, 'requests'>): RouteCounts {
  return Object.fromEntries(Object.entries(stats.requests).filter(([route]) => !route.startsWith('GET ') && !route.startsWith(ROUTES.token)));
}

/** Of some route counts, the requests that change the tenant: not reads, not tokens, not export jobs (which read). */
export function changingRequests(counts: RouteCounts): RouteCounts {
  return Object.fromEntries(Object.entries(counts).filter(([route]) => !route.startsWith('GET ') && route !== ROUTES.token && route !== ROUTES.exports));
}

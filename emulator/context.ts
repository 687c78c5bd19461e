// Everything a route needs at run time, in one object built by `startEmulator`.
import type { PostLoginAction } from './action-runner.js';
import type { ClientRecord, TokenVerifier } from './auth.js';
import type { FaultInjector } from './faults.js';
import type { JobRunner } from './jobs.js';
import type { SearchView } from './search-view.js';
import type { TokenBucket } from './rate-limit.js';
import type { TenantState } from './state.js';
import type { RequestStats } from './stats.js';

export interface RuntimeSettings {
  /** Time a job stays `pending` before it starts processing. */
  jobLatencyMs: number;
  /** Additional `processing` time per user in the file (import) or per exported user. */
  jobPerUserMs: number;
  /** Login gate Action secrets, `event.secrets`. */
  actionSecrets: Record<string, string>;
  /** `GET /api/v2/users` may take this long (ms) before it answers 503 (Auth0: 2 s). */
  searchTimeoutMs: number;
  /** Largest `per_page` of `GET /api/v2/users`. */
  maxPerPage: number;
  /** Minimum password length for ticket redemption and PATCH (connection password policy, simplified). */
  passwordMinLength: number;
}

export interface EmulatorContext {
  state: TenantState;
  settings: RuntimeSettings;
  clients: Map<string, ClientRecord>;
  bucket: TokenBucket;
  faults: FaultInjector;
  verifier: TokenVerifier;
  stats: RequestStats;
  jobs: JobRunner;
  /** The (possibly lagging) users `GET /api/v2/users` searches. */
  search: SearchView;
  action: PostLoginAction | undefined;
  /** Public origin, e.g. `http://127.0.0.1:4010`; known once the server listens. */
  baseUrl(): string;
  now(): number;
  nowIso(): string;
  tenantName: string;
  defaultClientId: string;
}

// The simulation's knobs that can change at run time (`PUT /emulator/config`): latencies, limits, policy.

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

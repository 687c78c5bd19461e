// The simulation's controls behind `/emulator/config`: what is configured now, and changing it at run time.
import { ApiError, invalidBody } from '../domain/errors';
import type { TenantState } from '../domain/state';
import type { PostLoginAction } from './action-runner';
import { parseFaults, type FaultInjector } from './faults';
import { parseRateLimit, simplePlan, type RateLimiter, type RatePlan } from './rate-limit';
import type { RuntimeSettings } from './settings';

export interface SimulationControls {
  state: TenantState;
  settings: RuntimeSettings;
  rateLimit: RateLimiter;
  faults: FaultInjector;
  search: { readonly lag: number; configure(lagMs: number): void };
  action: PostLoginAction | undefined;
}

/** A JSON object body, or a 400. */
export function objectBody(body: unknown): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw invalidBody(`'Expected type object'.`);
  return body as Record<string, unknown>;
}

export function configSnapshot(controls: SimulationControls): Record<string, unknown> {
  const rate = controls.rateLimit.current;
  const { spec, seed } = controls.faults.current;
  return {
    rate_limit: rate === 'off' ? 'off' : rate.name,
    faults: spec,
    seed,
    job_latency_ms: controls.settings.jobLatencyMs,
    job_per_user_ms: controls.settings.jobPerUserMs,
    search_lag_ms: controls.search.lag,
    max_per_page: controls.settings.maxPerPage,
    action: controls.action ? controls.action.path : null,
    connections: controls.state.data.connections.map((c) => ({ id: c.id, name: c.name })),
    password_min_length: controls.settings.passwordMinLength,
  };
}

/** Applies `PUT /emulator/config` (any subset of the snapshot's settings); 400 on a bad value. */
export function applyConfig(controls: SimulationControls, body: Record<string, unknown>): void {
  const known = ['rate_limit', 'faults', 'seed', 'job_latency_ms', 'job_per_user_ms', 'action_secrets', 'password_min_length', 'search_lag_ms', 'max_per_page'];
  const unknown = Object.keys(body).filter((key) => !known.includes(key));
  if (unknown.length > 0) throw invalidBody(`'Additional properties not allowed: ${unknown.join(',')}'.`);
  try {
    if (body.rate_limit !== undefined) controls.rateLimit.configure(rateLimitFrom(body.rate_limit));
    if (body.faults !== undefined || body.seed !== undefined) {
      if (body.seed !== undefined && !Number.isInteger(body.seed)) throw new Error('seed must be an integer');
      const spec = body.faults === undefined ? controls.faults.current.spec : parseFaults(String(body.faults ?? ''));
      controls.faults.configure(spec, body.seed as number | undefined);
    }
  } catch (error) {
    throw new ApiError(400, (error as Error).message, 'invalid_body');
  }
  for (const key of ['job_latency_ms', 'job_per_user_ms', 'password_min_length', 'search_lag_ms', 'max_per_page'] as const) {
    const value = body[key];
    if (value === undefined) continue;
    // Timer-sized: setTimeout cannot wait longer than 2^31-1 ms.
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 2_147_483_647) {
      throw invalidBody(`'Expected a number from 0 to 2147483647' on property ${key}.`);
    }
  }
  if (body.max_per_page !== undefined && (!Number.isInteger(body.max_per_page) || (body.max_per_page as number) < 1)) {
    throw invalidBody(`'Expected a positive integer' on property max_per_page.`);
  }
  if (typeof body.search_lag_ms === 'number') controls.search.configure(body.search_lag_ms);
  if (typeof body.max_per_page === 'number') controls.settings.maxPerPage = body.max_per_page;
  if (typeof body.job_latency_ms === 'number') controls.settings.jobLatencyMs = body.job_latency_ms;
  if (typeof body.job_per_user_ms === 'number') controls.settings.jobPerUserMs = body.job_per_user_ms;
  if (typeof body.password_min_length === 'number') controls.settings.passwordMinLength = body.password_min_length;
  if (body.action_secrets !== undefined) {
    const secrets = objectBody(body.action_secrets);
    for (const [key, value] of Object.entries(secrets)) controls.settings.actionSecrets[key] = String(value);
  }
}

function rateLimitFrom(value: unknown): RatePlan | 'off' {
  if (typeof value === 'string') return parseRateLimit(value);
  if (typeof value === 'object' && value !== null) {
    const { burst, per_second: perSecond } = value as Record<string, unknown>;
    if (typeof burst === 'number' && typeof perSecond === 'number') return simplePlan({ burst, perSecond });
  }
  throw new Error('rate_limit must be a plan (free, essentials, enterprise, enterprise-nonprod), "BURST/PER_SECOND", "off" or {burst, per_second}');
}

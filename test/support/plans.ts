// Auth0's plans as the tests and the benchmarks run them: what the emulated tenant enforces, and the same limits as
// a user states them in `rate_limit` (https://auth0.com/docs/troubleshoot/customer-support/operational-policies/rate-limit-policy/management-api-endpoint-rate-limits; emulator/simulation/rate-limit.ts has the buckets).
import type { EmulatorOptions } from '../../emulator/index';

export interface PlanLimits {
  name: 'free' | 'essentials' | 'enterprise';
  /** The emulator's `rateLimit`. */
  rateLimit: string;
  /** `rate_limit.per_second` and `rate_limit.burst` as the config states them. */
  perSecond: number;
  burst: number;
  /** How the limit reads in a report. */
  label: string;
}

export const PLAN_LIMITS: readonly PlanLimits[] = [
  { name: 'free', rateLimit: 'free', perSecond: 2, burst: 2, label: 'Free (2 / 2 per s)' },
  { name: 'essentials', rateLimit: 'essentials', perSecond: 2.5, burst: 10, label: 'Essentials (10 / 150 per min; users 40 / 500 and 20 / 200 per min)' },
  { name: 'enterprise', rateLimit: 'enterprise', perSecond: 16, burst: 50, label: 'Enterprise production (50 / 16 per s)' },
];

/**
 * Import jobs as the tests and benchmarks model them, in tenant time: 1 s pending, then 2 ms per user (a 1,000-user
 * bookkeeping job takes 3 s). Real import speed varies (https://auth0.com/docs/manage-users/user-migration/bulk-user-imports: minutes for 2,000 users with
 * bcrypt hashes; these imports carry none); the first job's time counts as import time, not against the pace.
 */
export const JOB_TIMING: Pick<EmulatorOptions, 'jobLatencyMs' | 'jobPerUserMs'> = { jobLatencyMs: 1000, jobPerUserMs: 2 };

/** The `rate_limit` section that states a plan's limits with the shipped share. */
export function rateLimitConfig(plan: PlanLimits): { per_second: number; burst: number } {
  return { per_second: plan.perSecond, burst: plan.burst };
}

// Issue 12, targets 1, 3 and 6: N new invitees against a tenant (its own process) that enforces a plan's real
// limits, the reconciler told exactly those limits and nothing else: every other setting is the shipped default.
// Where real time would be too long, tenant and reconciler share one clock that runs `factor` times faster
// (test/support/time-scale.ts): rate, flush age, lease, polls, job times and retry waits all scale alike. Every
// duration below is in tenant time (real time × factor).
import os from 'node:os';
import type { InvitationConfig } from '../../reconciler/config';
import { estimateApply, type ApplyEstimate } from '../../reconciler/plan/estimate';
import { shippedDefaults } from '../../test/support/config';
import { JOB_TIMING, type PlanLimits } from '../../test/support/plans';
import { countOf, managementRequests, ROUTES, totalOf, type RouteCounts } from '../../test/support/requests';
import { BARE } from '../../test/support/tenant';
import { scaledClock, tenantTime, timeScale } from '../../test/support/time-scale';
import { spawnEmulator } from '../emulator-handle';
import { assertSucceeded, reconcile } from '../reconcile';
import { createBenchWorkspace, writeBenchInvitees } from '../workspace';

export interface PlanRateScenario {
  plan: PlanLimits;
  n: number;
  /** Tenant seconds per real second. */
  factor: number;
}

export interface PlanRateRun {
  plan: PlanLimits['name'];
  label: string;
  n: number;
  factor: number;
  share: number;
  /** The plan's sustained limit for tickets and jobs (requests per second). */
  limit: number;
  /** Every request the tenant received (token included, every attempt). */
  total: number;
  byRoute: RouteCounts;
  /** 429s the tenant answered: waited out and sent again, each attempt counted in `total`. */
  throttled: number;
  /** Answers of 400 and above other than 429: requests that failed. */
  failedRequests: number;
  /** Invitees the run reported as failed. */
  failures: number;
  /** Tenant time of the whole run, load to last bookkeeping job and lease release. */
  wallMs: number;
  /** Tenant time from the start of the run to the first ticket (load, token, observe, lease, first import job). */
  importMs: number;
  /** Real time of the run. */
  realMs: number;
  /** The plan's estimate, and what it estimates: requests from the first import job on, time after import time. */
  estimate: ApplyEstimate;
  applyRequests: number;
  applyMs: number;
  /** 1-minute load average of the machine before and after the run. */
  load: [number, number];
}

/** Wall time over the target: 1.05 × N / (share × limit) + import time. ≤ 1 meets target 3. */
export function wallBudgetMs(run: Pick<PlanRateRun, 'n' | 'share' | 'limit' | 'importMs'>): number {
  return (1.05 * run.n * 1000) / (run.share * run.limit) + run.importMs;
}

export function configAt(plan: PlanLimits): InvitationConfig {
  const shipped = shippedDefaults();
  return { ...shipped, rate_limit: { ...shipped.rate_limit, per_second: plan.perSecond, burst: plan.burst } };
}

export async function measurePlanRate({ plan, n, factor }: PlanRateScenario): Promise<PlanRateRun> {
  const config = configAt(plan);
  const workspace = await createBenchWorkspace(`bench-${plan.name}-`);
  await writeBenchInvitees(workspace, n, Math.max(1, Math.round(n / 100)));
  const scale = timeScale(factor);
  const emulator = await spawnEmulator({ ...BARE, ...JOB_TIMING, rateLimit: plan.rateLimit, ...tenantTime(scale) });
  const loadBefore = os.loadavg()[0]!;
  try {
    const target = { url: emulator.url, clientId: emulator.clientId, clientSecret: emulator.clientSecret };
    const rateLimit = { share: config.rate_limit.share, perSecond: plan.perSecond, burst: plan.burst };
    const outcome = await reconcile({ workspace, target, rateLimit, clock: scaledClock(scale) });
    assertSucceeded(outcome, `inviting ${n} at ${plan.label}`);
    const log = await emulator.log();
    const stats = await emulator.stats();
    const byRoute = managementRequests(stats);
    const firstTicket = log.find((e) => e.route === ROUTES.tickets)?.at;
    const firstImport = log.findIndex((e) => e.route === ROUTES.imports);
    if (firstTicket === undefined || firstImport === -1 || !outcome.plan) throw new Error(`${plan.label}: no ticket or import in the request log`);
    const importMs = (firstTicket - outcome.startedAt) * factor;
    const wallMs = outcome.wallMs * factor;
    return {
      plan: plan.name,
      label: plan.label,
      n,
      factor,
      share: config.rate_limit.share,
      limit: plan.perSecond,
      total: totalOf(byRoute),
      byRoute,
      throttled: stats.statuses['429'] ?? 0,
      failedRequests: Object.entries(stats.statuses).filter(([status]) => Number(status) >= 400 && status !== '429').reduce((sum, [, count]) => sum + count, 0),
      failures: outcome.report?.failures.length ?? Number.NaN,
      wallMs,
      importMs,
      realMs: outcome.wallMs,
      estimate: estimateApply(outcome.plan, config),
      applyRequests: log.length - firstImport,
      applyMs: wallMs - importMs,
      load: [loadBefore, os.loadavg()[0]!],
    };
  } finally {
    await emulator.stop();
    await workspace.remove();
  }
}

/** Tickets the run asked for, every attempt (N when nothing was refused). */
export const ticketsOf = (run: PlanRateRun): number => countOf(run.byRoute, ROUTES.tickets);

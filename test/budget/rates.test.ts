// The request budget at each plan's real limits (issue 12), as exact counts: N invitees with the shipped settings
// against a tenant that enforces Free's, Essentials' or Enterprise's limits, told those limits and nothing else.
// The tenant and the reconciler share a clock that runs faster than real time (test/support/time-scale.ts), so a
// run that takes minutes of tenant time takes a second or two; counts, never times, are asserted. What grows with
// a run's duration (bookkeeping jobs, job polls, lease renewals) must not grow with a slower pace.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../emulator/index';
import { writeBenchInvitees } from '../../bench/workspace';
import { JOB_TIMING, PLAN_LIMITS, rateLimitConfig, type PlanLimits } from '../support/plans';
import { countOf, managementRequests, ROUTES, totalOf, type RouteCounts } from '../support/requests';
import { reconcile, type CapturedRun } from '../support/run';
import { BARE, startTenant, tenantEnv } from '../support/tenant';
import { scaledClock, tenantTime, timeScale } from '../support/time-scale';
import { createWorkspace, type Workspace } from '../support/workspace';

const N = 100;
/**
 * Tenant seconds per real second, per plan: 20 to 30 requests a real second. Faster, the machine's own pauses
 * (tens of ms on a loaded machine) become seconds of tenant time and bunch requests together.
 */
const FACTOR: Record<PlanLimits['name'], number> = { free: 20, essentials: 20, enterprise: 8 };

describe.each(PLAN_LIMITS)('$label: inviting N = 100 with the shipped settings', (plan) => {
  let emulator: RunningEmulator | undefined;
  let workspace: Workspace | undefined;
  let counts: RouteCounts = {};
  let run: CapturedRun;
  let throttled = 0;

  beforeAll(async () => {
    const scale = timeScale(FACTOR[plan.name]);
    emulator = await startTenant(BARE, JOB_TIMING, { rateLimit: plan.rateLimit }, tenantTime(scale));
    workspace = await createWorkspace({ prefix: `rates-${plan.name}-` });
    await workspace.writeConfig({ rate_limit: rateLimitConfig(plan) });
    await writeBenchInvitees(workspace, N, 2);
    run = await reconcile(workspace, tenantEnv(emulator), { clock: scaledClock(scale) });
    expect(run.exitCode, run.stderr).toBe(0);
    counts = managementRequests(emulator.stats());
    throttled = emulator.stats().statuses['429'] ?? 0;
  });
  afterAll(async () => {
    await emulator?.stop();
    await workspace?.remove();
  });

  it('mails everyone with one ticket each, and nothing fails', () => {
    expect(run.report?.invited).toBe(N);
    expect(run.report?.failures).toEqual([]);
    // At half the plan's limit the tenant refuses nothing, unless the machine pauses the test long enough to bunch
    // requests (seconds of tenant time): a 429 is waited out and the request sent again, so the counts below are
    // taken net of those few retries.
    expect(throttled).toBeLessThanOrEqual(2);
    expect(countOf(counts, ROUTES.tickets) - throttled).toBeLessThanOrEqual(N);
    expect(countOf(counts, ROUTES.tickets)).toBeGreaterThanOrEqual(N);
  });

  it('writes the users in one import job and their bookkeeping in one more, however long the run takes', () => {
    // Fewer than bookkeeping_flush_min (500) mails: age alone never writes them; the end of the apply does.
    expect(countOf(counts, ROUTES.imports)).toBe(2);
    expect(countOf(counts, ROUTES.jobErrors)).toBe(0);
    // Polls are spaced by the pace, then by the job's own estimate: one or two per job at any pace.
    expect(countOf(counts, ROUTES.job)).toBeGreaterThanOrEqual(2);
    expect(countOf(counts, ROUTES.job)).toBeLessThanOrEqual(4);
  });

  it('takes the lease and releases it without a renewal (renewals come every 1,000 requests at the pace)', () => {
    expect(countOf(counts, 'POST /api/v2/users')).toBe(1);
    expect(countOf(counts, 'PATCH /api/v2/users/{id}')).toBe(1);
  });

  it('costs N + 8 + polls: token, connection, two observations, lease and release, two import jobs', () => {
    expect(countOf(counts, ROUTES.token)).toBe(1);
    expect(countOf(counts, ROUTES.connections)).toBe(1);
    expect(countOf(counts, ROUTES.users)).toBe(2);
    expect(totalOf(counts) - throttled - countOf(counts, ROUTES.job)).toBe(N + 1 + 1 + 2 + 2 + 2);
    expect(totalOf(counts) - throttled).toBeLessThanOrEqual(N + 12);
    expect(run.report?.requests).toBe(totalOf(counts));
  });
});

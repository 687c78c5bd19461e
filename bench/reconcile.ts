// One reconciler run in-process through `run()` from reconciler/run.ts (the whole CLI: load, validate, token,
// observe, plan, apply, mail), against an emulator, timed, with the rate limit the scenario tells the reconciler.
// Everything else in the config is the shipped default (test/fixtures/project and the schema's defaults).
import type { Clock } from '../reconciler/clock';
import type { BatchingSettings } from '../reconciler/config';
import type { RunResult } from '../reconciler/run';
import { reconcile as runInProcess } from '../test/support/run';
import { tenantEnv, type TenantAddress } from '../test/support/tenant';
import type { Workspace } from '../test/support/workspace';
import { epochNow } from './request-log';

export interface RateLimit {
  share: number;
  /** The tenant's sustained limit as the reconciler is told it (requests per second). */
  perSecond: number;
  burst: number;
}

export interface ReconcileOutcome extends RunResult {
  /** Epoch ms around the whole run (comparable with the emulator's request log). */
  startedAt: number;
  endedAt: number;
  wallMs: number;
  /** What the CLI wrote to stderr (progress, retries, errors): for diagnosing a failed scenario. */
  stderr: string;
}

export interface ReconcileOptions {
  workspace: Workspace;
  target: TenantAddress;
  rateLimit: RateLimit;
  /** Overrides of the shipped batching settings (diagnostics, or a count that must not depend on timing). */
  batching?: Partial<BatchingSettings>;
  /** The reconciler's clock: a scaled one (test/support/time-scale.ts) for runs at a slow plan's limits. */
  clock?: Clock;
}

export async function reconcile(options: ReconcileOptions): Promise<ReconcileOutcome> {
  const { workspace, target, rateLimit, batching, clock } = options;
  await workspace.writeConfig({
    rate_limit: { share: rateLimit.share, per_second: rateLimit.perSecond, burst: rateLimit.burst },
    ...(batching ? { batching } : {}),
  });
  const startedAt = epochNow();
  const result = await runInProcess(workspace, tenantEnv(target), { clock });
  const endedAt = epochNow();
  return { ...result, startedAt, endedAt, wallMs: endedAt - startedAt };
}

/** Throws with the CLI's own words when a run that should succeed did not. */
export function assertSucceeded(outcome: ReconcileOutcome, what: string): void {
  if (outcome.exitCode !== 0) {
    const tail = outcome.stderr.trim().split('\n').slice(-5).join('\n');
    throw new Error(`${what}: the reconciler exited ${outcome.exitCode}\n${tail}`);
  }
}

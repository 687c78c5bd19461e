// The decisions of a run, as small pure functions: what the planner is told, what pace the tenant gets, whether a
// run takes the lease and applies, and its exit code.
import type { InvitationConfig } from './config';
import type { ApplyReport, Plan, Policy } from './model';
import { EXIT } from './exit-codes';
import { stopExitCode } from './process/stop-signals';

export { EXIT } from './exit-codes';

/** Anything to write: a held user is left alone on purpose, so it changes nothing (and `--detailed-exitcode` is 0). */
export function hasChanges(plan: Plan): boolean {
  return plan.actions.some((a) => a.kind !== 'unchanged' && a.kind !== 'held');
}

/** What comes after the plan is printed: nothing more (a dry run), a refusal, nothing to do, or the apply. */
export type NextStep = { kind: 'dry-run'; exitCode: number } | { kind: 'refused'; reason: string } | { kind: 'nothing-to-do' } | { kind: 'apply' };

export function nextStep(plan: Plan, options: { dryRun: boolean; detailedExitcode: boolean }): NextStep {
  // A refusal fails a dry run too: the pull request that would trip it shows a failed check, not a green one.
  if (options.dryRun) return { kind: 'dry-run', exitCode: plan.refusal ? EXIT.error : options.detailedExitcode && hasChanges(plan) ? EXIT.changes : EXIT.ok };
  if (plan.refusal) return { kind: 'refused', reason: plan.refusal };
  return hasChanges(plan) ? { kind: 'apply' } : { kind: 'nothing-to-do' };
}

/** One applier per tenant: a run that will apply takes the lease; a dry run and a run with nothing to do take none. */
export function takesLease(plan: Plan, options: { dryRun: boolean; detailedExitcode: boolean }): boolean {
  return nextStep(plan, options).kind === 'apply';
}

/** 130 or 143 when a stop signal cut the apply short; else 3 when some invitee failed; else 0. */
export function applyExitCode(report: ApplyReport, stop?: AbortSignal): number {
  if (report.stopped?.reason === 'signal') return stopExitCode(stop);
  return report.failures.length > 0 ? EXIT.partial : EXIT.ok;
}

export function policyOf(config: InvitationConfig, options: { allowMassRemoval: boolean; nowMs: number }): Policy {
  return {
    now: new Date(options.nowMs).toISOString(),
    revoke: config.revoke.policy,
    maxRemovalFraction: config.revoke.max_fraction,
    allowMassRemoval: options.allowMassRemoval,
    reinviteExpired: config.reinvite.expired,
    delivery: config.mail.delivery,
  };
}

/** The tenant's Management API limit (Enterprise production by default) and this tool's share of it. */
export function rateOf(config: Pick<InvitationConfig, 'rate_limit'>): { perSecond: number; burst: number; share: number } {
  return {
    perSecond: config.rate_limit.per_second ?? 16,
    burst: config.rate_limit.burst ?? 50,
    share: config.rate_limit.share,
  };
}

/** The pace the session keeps: requests per second, share × the tenant's limit. */
export function paceOf(rate: { perSecond: number; share: number }): number {
  return rate.perSecond * rate.share;
}

/** A sender at a documentation or reserved domain: fine for the outbox, a mistake for real mail. */
export function isPlaceholderSender(from: string): boolean {
  return /@(?:[^>\s]+\.)?(?:example\.(?:com|org|net)|invalid|test|localhost)>?\s*$/i.test(from);
}

// What carrying out a plan will cost, stated with the plan: the Management API requests of the apply and how long
// they take at the configured pace, e.g. `≈ 2,016 requests, ≈ 4 min 12 s at 8 requests/s`. A pure function over
// the plan and the settings, modelling each part of the apply from the part's own rule (one home per fact):
// import files (import-file/), bookkeeping flushes (apply/flush-policy.ts), confirmations (apply/confirm.ts),
// roles and memberships (apply/grants.ts),
// job polls (tenant/job-polls.ts) and lease renewals (lease/timing.ts). The time is the requests' time at the
// pace; import jobs take the tenant's own time on top, which no setting tells.
import { LOOKUPS_BEFORE_EXPORTING, needsConfirming } from '../apply/confirm';
import { grantRequests } from '../apply/grants';
import { flushRuleOf, rowsPerFlush } from '../apply/flush-policy';
import { isWrittenByPatch, userWriteOf } from '../apply/user-write';
import type { InvitationConfig } from '../config';
import { newUserRecord } from '../import-file/records';
import { packBatches } from '../import-file/size';
import { leaseTtlMs } from '../lease/timing';
import { isMailing, type InviteAction, type Plan, type PlanAction } from '../model';
import { paceOf, rateOf } from '../run-policy';
import { EXPECTED_POLLS_PER_JOB } from '../tenant/job-polls';

export interface ApplyEstimate {
  /** Management API requests the apply sends, rounded. */
  requests: number;
  /**
   * The apply's time at the pace (milliseconds), without the tenant's own import job time: its Management API
   * requests', or with `mail.delivery: auth0` the change-password requests' when those take longer.
   */
  durationMs: number;
  /** The pace: share × the tenant's limit. */
  requestsPerSecond: number;
  /** `mail.delivery: auth0`: the Authentication API requests (one per invitation) and their pace. */
  changePasswords?: { requests: number; requestsPerSecond: number };
}

/** The settings an estimate depends on: the rate, the batching, whether tickets verify the email, the delivery. */
export type EstimateSettings = Pick<InvitationConfig, 'rate_limit' | 'batching' | 'tickets'> & { mail?: Pick<InvitationConfig['mail'], 'delivery'> };

export function estimateApply(plan: Plan, settings: EstimateSettings): ApplyEstimate {
  const pace = paceOf(rateOf(settings));
  const byAuth0 = settings.mail?.delivery === 'auth0';
  // Invitations go at the Management API pace (tickets), or at the Authentication API's (Auth0's own email).
  const mailPace = byAuth0 ? paceOf({ perSecond: settings.rate_limit.authentication.per_second, share: settings.rate_limit.authentication.share }) : pace;
  const requests = leaseRequests(workRequests(plan, settings, mailPace, byAuth0), pace);
  if (!byAuth0) return { requests, durationMs: (requests / pace) * 1000, requestsPerSecond: pace };
  const mails = plan.actions.filter((a) => isMailing(a.kind)).length;
  const durationMs = Math.max(requests / pace, mails / mailPace) * 1000;
  return { requests, durationMs, requestsPerSecond: pace, changePasswords: { requests: mails, requestsPerSecond: mailPace } };
}

/**
 * Everything but the lease: imports, tickets (none when Auth0 sends the mail), bookkeeping, per-user writes,
 * confirmations, and every job's polls.
 */
function workRequests(plan: Plan, settings: EstimateSettings, mailPace: number, byAuth0: boolean): number {
  const { batching } = settings;
  const invites = plan.actions.filter((a): a is InviteAction => a.kind === 'invite');
  // As apply/import-new.ts writes them: new users with grants carry a chosen user id and their grant record, and
  // under Auth0's own email every new user carries the invitation marker.
  const records = invites.map((a) => newUserRecord(a.invitee, { marked: byAuth0, ...(a.grants ? { withGrants: { userId: '0'.repeat(24), grants: a.grants.record } } : {}) }));
  const creations = invites.length === 0 ? 0 : packBatches(records, batching.import_max_bytes).length;
  const mails = plan.actions.filter((a) => isMailing(a.kind)).length;
  // Updates and adoptions are upserts too; they go with the bookkeeping of the mails, or in full windows alone.
  const upserts = plan.actions.filter(isUpsert).length;
  const rule = flushRuleOf(batching);
  const rowsPerJob = mails > 0 ? rowsPerFlush(mailPace, rule) : rule.every;
  const bookkeeping = Math.ceil((mails + upserts) / rowsPerJob);
  const patches = plan.actions.filter(patchesFirst).length;
  const revocations = plan.counts.revoke;
  const toConfirm = plan.actions.filter((a) => needsConfirming(a, settings.tickets)).length;
  const exportJobs = toConfirm > LOOKUPS_BEFORE_EXPORTING ? 1 : 0;
  const lookups = exportJobs === 1 ? 0 : toConfirm;
  const jobs = creations + bookkeeping + exportJobs;
  const grants = grantRequests(
    plan.actions.flatMap((a) => (a.kind !== 'revoke' && a.kind !== 'unchanged' && a.kind !== 'held' && a.grants ? [{ email: a.email, changes: a.grants.changes }] : [])),
    batching.grant_batch_size,
  );
  return jobs * (1 + EXPECTED_POLLS_PER_JOB) + (byAuth0 ? 0 : mails) + patches + revocations + lookups + grants;
}

/** The work, plus the lease's renewals (every third of its lifetime) over the work's time and its release. */
function leaseRequests(work: number, pace: number): number {
  if (work === 0) return 0;
  const renewEveryRequests = (leaseTtlMs(pace) / 3 / 1000) * pace;
  return work + Math.floor(work / renewEveryRequests) + 1;
}

function isUpsert(action: PlanAction): boolean {
  if (action.kind === 'adopt') return true;
  // Grant changes rewrite the record of the reconciler's grants, which is bookkeeping.
  return action.kind === 'update' && (action.grants !== undefined || action.changes.some((c) => !isWrittenByPatch(c)));
}

/** An action that writes its user with a PATCH first (apply/user-write.ts: unblocking, removing a profile field). */
function patchesFirst(action: PlanAction): boolean {
  if (action.kind === 'invite' || action.kind === 'revoke' || action.kind === 'unchanged' || action.kind === 'held') return false;
  return userWriteOf(action) !== undefined;
}

// The one-line summaries that open every plan and report.
import { escapeUnprintable } from '../escape';
import type { ActionKind, ApplyReport, Change, DeliveryName, Finding, GrantChange, HeldAction, PlanAction, SourceLocation } from '../model';
import type { ApplyEstimate } from '../plan/estimate';
import type { RenderOptions } from './options';
import { shownEmail } from './safe-text';

/** Always shown: invite, update, revoke, unchanged; the others only when non-zero. Fixed order. */
const PLAN_PARTS: readonly { kind: ActionKind; always: boolean; label: string }[] = [
  { kind: 'invite', always: true, label: 'to invite' },
  { kind: 'resume', always: false, label: 'to resume' },
  { kind: 'reinvite', always: false, label: 'to reinvite' },
  { kind: 'update', always: true, label: 'to update' },
  { kind: 'adopt', always: false, label: 'to adopt' },
  { kind: 'revoke', always: true, label: 'to revoke' },
  { kind: 'held', always: false, label: 'held' },
  { kind: 'unchanged', always: true, label: 'unchanged' },
];

/** `Plan: 12 to invite, 1 to update, 0 to revoke, 240 unchanged.` */
export function planSummaryLine(counts: Record<ActionKind, number>): string {
  const parts = PLAN_PARTS.filter((part) => part.always || counts[part.kind] > 0).map((part) => `${counts[part.kind]} ${part.label}`);
  return `Plan: ${parts.join(', ')}.`;
}

type ReportCount = 'invited' | 'resumed' | 'reinvited' | 'updated' | 'adopted' | 'revoked';

const REPORT_PARTS: readonly { key: ReportCount; always: boolean }[] = [
  { key: 'invited', always: true },
  { key: 'resumed', always: false },
  { key: 'reinvited', always: false },
  { key: 'updated', always: true },
  { key: 'adopted', always: false },
  { key: 'revoked', always: true },
];

/** `Applied: 12 invited, 1 updated, 0 revoked, 2 failed.` (and `, 40 not started` after an early stop) */
export function reportSummaryLine(report: ApplyReport): string {
  const parts = REPORT_PARTS.filter((part) => part.always || report[part.key] > 0).map((part) => `${report[part.key]} ${part.key}`);
  parts.push(`${report.failures.length} failed`);
  if (report.notStarted > 0) parts.push(`${report.notStarted} not started`);
  return `Applied: ${parts.join(', ')}.`;
}

/** `Stopped early: interrupted by SIGINT. The next run carries out the 40 actions not started.`, or nothing. */
export function reportStopLine(report: ApplyReport): string | undefined {
  if (!report.stopped) return undefined;
  const rest = report.notStarted > 0 ? ` The next run carries out the ${plural(report.notStarted, 'action', 'actions')} not started.` : '';
  return `Stopped early: ${report.stopped.message}.${rest}`;
}

/** `≈ 2,016 Management API requests, ≈ 4 min 12 s at 8 requests/s` */
export function estimateLine(estimate: ApplyEstimate): string {
  const rate = (perSecond: number): string => `${Number(perSecond.toFixed(2)).toLocaleString('en-US')} ${perSecond === 1 ? 'request' : 'requests'}/s`;
  const management = `≈ ${estimate.requests.toLocaleString('en-US')} Management API ${estimate.requests === 1 ? 'request' : 'requests'}`;
  const { changePasswords } = estimate;
  if (changePasswords === undefined) return `${management}, ≈ ${formatApproxDuration(estimate.durationMs)} at ${rate(estimate.requestsPerSecond)}`;
  return `${management} at ${rate(estimate.requestsPerSecond)} and ${changePasswords.requests.toLocaleString('en-US')} change-password ${changePasswords.requests === 1 ? 'request' : 'requests'} to the Authentication API at ${rate(changePasswords.requestsPerSecond)}, ≈ ${formatApproxDuration(estimate.durationMs)}`;
}

/** `Invitations: …`: who sends them, shown with a plan that mails anyone. */
export function deliveryLine(delivery: DeliveryName | undefined): string {
  return delivery === 'auth0'
    ? "Invitations: Auth0's own Change Password email (mail.delivery: auth0), no ticket and no SMTP."
    : 'Invitations: a password-change ticket per invitee, mailed by the reconciler (mail.delivery: smtp).';
}

/** `45 s`, `4 min 12 s`, `2 h 5 min`: whole units, for estimates. */
export function formatApproxDuration(ms: number): string {
  const seconds = Math.max(1, Math.round(ms / 1000));
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${seconds % 60} s`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

export function formatDuration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** `invitees/team.yaml:6`, the file name escaped (a newline in it must not start a plan line). */
export function formatSource(source: SourceLocation | undefined): string | undefined {
  return source === undefined ? undefined : `${escapeUnprintable(source.file)}:${source.line}`;
}

/** The kinds that change something, in plan order; `unchanged` is only counted. */
export const CHANGING_KINDS: readonly Exclude<ActionKind, 'unchanged' | 'held'>[] = ['invite', 'resume', 'reinvite', 'update', 'adopt', 'revoke'];

/** The kinds every plan lists one by one: the changes, and the users it leaves alone on purpose. */
export const LISTED_KINDS: readonly Exclude<ActionKind, 'unchanged'>[] = [...CHANGING_KINDS, 'held'];

export type HeldReason = 'blocked' | 'unreadable-bookkeeping';

/** Why a declared user is held: blocked by someone else, or bookkeeping that cannot be read (plan.ts). */
export function heldReason(action: HeldAction): HeldReason {
  return action.user.blocked ? 'blocked' : 'unreadable-bookkeeping';
}

export const HELD_REASONS: Record<HeldReason, string> = {
  blocked: 'blocked by someone else: left alone, never unblocked',
  'unreadable-bookkeeping': 'its bookkeeping cannot be read and it has a password: left alone',
};

/** `invitees/notes.txt: not read: …` or `ada@example.com: app_metadata.invitation cannot be read …`, escaped. */
export function findingSubject(finding: Finding, options: RenderOptions): string {
  return escapeUnprintable(finding.email !== undefined ? shownEmail(finding.email, options) : (finding.file ?? ''));
}

/** Terraform-like markers: `+` sends an invitation, `~` changes a user in place, `-` takes access away. */
export const ACTION_MARKERS: Record<ActionKind, string> = {
  invite: '+',
  resume: '+',
  reinvite: '+',
  update: '~',
  adopt: '~',
  revoke: '-',
  held: '!',
  unchanged: ' ',
};

export function actionSource(action: PlanAction): SourceLocation | undefined {
  return action.kind === 'revoke' ? undefined : action.invitee.source;
}

export function actionChanges(action: PlanAction): readonly Change[] {
  return action.kind === 'invite' || action.kind === 'revoke' || action.kind === 'unchanged' || action.kind === 'held' ? [] : action.changes;
}

export function actionGrants(action: PlanAction): readonly GrantChange[] {
  return action.kind === 'revoke' || action.kind === 'unchanged' || action.kind === 'held' ? [] : (action.grants?.changes ?? []);
}

export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

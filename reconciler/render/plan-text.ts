// The plan for a terminal or a CI log.
import { isMailing, type Plan, type PlanAction } from '../model';
import { formatChange, formatGrant } from './changes';
import type { RenderOptions } from './options';
import { printable, safeMessage, shownEmail } from './safe-text';
import { ACTION_MARKERS, actionChanges, actionGrants, deliveryLine, estimateLine, findingSubject, formatSource, HELD_REASONS, heldReason, planSummaryLine, plural } from './summary';

/**
 * ```
 * Plan: 1 to invite, 1 to update, 1 to revoke, 3 unchanged.
 * Estimate: ≈ 12 Management API requests, ≈ 2 s at 8 requests/s, plus the tenant's time for import jobs.
 *
 *   + invite   ada@example.com (invitees/engineering.yaml:6)
 *   ~ update   dieter@example.com (invitees/design.yaml:6)
 *       ~ app_metadata.team: "design" → "engineering"
 *       - role editor
 *   - revoke   old@example.com (no longer declared: block)
 *   ! held     eve@example.com (invitees/design.yaml:9): blocked by someone else: left alone, never unblocked
 *
 * Warnings:
 *   ! invitees/notes.txt: not read: only *.yaml and *.yml files that are not hidden declare invitees (…)
 * ```
 * then unmanaged users as a count and the refusal, when set. The estimate only when given and there are changes;
 * who sends the invitations (`Invitations: …`) when the plan mails anyone and says how.
 * Ends with a newline. Everything from outside (emails, file names, keys, values) is escaped (escape.ts).
 */
export function renderPlanText(plan: Plan, options: RenderOptions = {}): string {
  const lines = [planSummaryLine(plan.counts)];
  const changing = plan.actions.filter((action) => action.kind !== 'unchanged' && action.kind !== 'held');
  const listed = plan.actions.filter((action) => action.kind !== 'unchanged');
  if (options.estimate && changing.length > 0) lines.push(`Estimate: ${estimateLine(options.estimate)}, plus the tenant's time for import jobs.`);
  if (plan.delivery !== undefined && changing.some((action) => isMailing(action.kind))) lines.push(deliveryLine(plan.delivery));
  if (changing.length === 0) lines.push('', 'No changes: the tenant matches the invitee files.');
  if (listed.length > 0) {
    lines.push('');
    for (const action of listed) lines.push(...actionLines(action, options));
  }
  if (plan.findings.length > 0) {
    lines.push('', 'Warnings:');
    for (const finding of plan.findings) lines.push(`  ! ${findingSubject(finding, options)}: ${safeMessage(finding.message, options)}`);
  }
  if (plan.unmanaged.length > 0) {
    lines.push(
      '',
      `${plural(plan.unmanaged.length, 'user', 'users')} of the connection ${plan.unmanaged.length === 1 ? 'is' : 'are'} neither declared nor managed: left alone.`,
    );
  }
  if (plan.refusal !== undefined) lines.push('', plan.refusal);
  return `${lines.join('\n')}\n`;
}

function actionLines(action: PlanAction, options: RenderOptions): string[] {
  const where = action.kind === 'revoke' ? `no longer declared: ${action.mode}` : formatSource(action.invitee.source);
  const why = action.kind === 'held' ? `: ${HELD_REASONS[heldReason(action)]}` : '';
  const head = `  ${ACTION_MARKERS[action.kind]} ${action.kind.padEnd(8)} ${printable(shownEmail(action.email, options))} (${where})${why}`;
  return [
    head,
    ...actionChanges(action).map((change) => `      ${formatChange(change, options)}`),
    ...actionGrants(action).map((grant) => `      ${formatGrant(grant)}`),
  ];
}

// The final summary of an apply, for a terminal or a CI log.
import type { ApplyReport, InviteeFailure } from '../model';
import type { RenderOptions } from './options';
import { printable, safeMessage, shownEmail } from './safe-text';
import { formatDuration, formatSource, reportStopLine, reportSummaryLine } from './summary';

/**
 * ```
 * Applied: 2 invited, 0 updated, 0 revoked, 1 failed.
 * 31 Management API requests in 4.2 s.
 * 2 change-password requests to the Authentication API: Auth0 sent the invitations (mail.delivery: auth0).
 *
 * Failed:
 *   ✗ grace@example.com (invitees/engineering.yaml:11): invite failed at import [DUPLICATED_USER, job job_abc]: …
 * ```
 */
export function renderReportText(report: ApplyReport, options: RenderOptions = {}): string {
  const lines = [reportSummaryLine(report), `${report.requests} Management API requests in ${formatDuration(report.durationMs)}.`];
  const changePasswords = report.delivery?.changePasswordRequests;
  if (changePasswords !== undefined) lines.push(`${changePasswords} change-password requests to the Authentication API: Auth0 sent the invitations (mail.delivery: auth0).`);
  const stop = reportStopLine(report);
  if (stop) lines.push(safeMessage(stop, options));
  if (report.failures.length > 0) {
    lines.push('', 'Failed:');
    for (const failure of report.failures) lines.push(`  ✗ ${failureLine(failure, options)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** `email (file:line): action failed at stage [code, job id]: message` */
export function failureLine(failure: InviteeFailure, options: RenderOptions): string {
  const source = formatSource(failure.source);
  const who = `${printable(shownEmail(failure.email, options))}${source === undefined ? '' : ` (${source})`}`;
  const tags = [failure.code, failure.jobId === undefined ? undefined : `job ${failure.jobId}`].filter((t) => t !== undefined);
  const tagText = tags.length > 0 ? ` [${tags.join(', ')}]` : '';
  return `${who}: ${failure.action} failed at ${failure.stage}${tagText}: ${safeMessage(failure.message, options)}`;
}

// The final summary of an apply as a pull-request comment.
import type { ApplyReport } from '../model';
import { cell, details, table } from './markdown-blocks';
import type { RenderOptions } from './options';
import { safeMessage, shownEmail } from './safe-text';
import { formatDuration, formatSource, reportStopLine, reportSummaryLine } from './summary';

export function renderReportMarkdown(report: ApplyReport, options: RenderOptions = {}): string {
  const lines = ['### Invitation apply', '', `**${reportSummaryLine(report)}**`, ''];
  const stop = reportStopLine(report);
  if (stop) lines.push(cell(safeMessage(stop, options)), '');
  lines.push(
    ...table(
      ['Result', 'Count'],
      ['left', 'right'],
      [
        ['Invited', String(report.invited)],
        ['Resumed', String(report.resumed)],
        ['Reinvited', String(report.reinvited)],
        ['Updated', String(report.updated)],
        ['Adopted', String(report.adopted)],
        ['Revoked', String(report.revoked)],
        ['Failed', String(report.failures.length)],
        ...(report.notStarted > 0 ? [['Not started', String(report.notStarted)]] : []),
        ['Management API requests', String(report.requests)],
        ...(report.delivery?.changePasswordRequests !== undefined ? [['Change-password requests (Auth0 sent the invitations)', String(report.delivery.changePasswordRequests)]] : []),
        ['Duration', formatDuration(report.durationMs)],
      ],
    ),
  );
  if (report.failures.length > 0) {
    const rows = report.failures.map((failure) => [
      cell(shownEmail(failure.email, options)),
      failure.source === undefined ? '—' : cell(formatSource(failure.source) ?? ''),
      failure.action,
      failure.stage,
      failure.code === undefined ? '—' : cell(failure.code),
      failure.jobId === undefined ? '—' : cell(failure.jobId),
      cell(safeMessage(failure.message, options)),
    ]);
    lines.push(
      '',
      ...details(
        `Failed (${report.failures.length})`,
        table(['Invitee', 'Source', 'Action', 'Stage', 'Code', 'Job', 'Message'], ['left', 'left', 'left', 'left', 'left', 'left', 'left'], rows),
        true,
      ),
    );
  }
  return `${lines.join('\n')}\n`;
}

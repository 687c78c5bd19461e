// The status as GitHub markdown: the run's summary of the scheduled workflow, issue bodies. Every value from
// outside goes through cell(); long lists fold into <details>.
import { INVITEE_STATES, type Status } from '../status/model';
import { cell, details, table } from './markdown-blocks';
import type { RenderOptions } from './options';
import { shownEmail } from './safe-text';
import { fileLabel, formatSeconds, funnelSteps, stateDetail } from './status-words';

export function renderStatusMarkdown(status: Status, options: RenderOptions = {}): string {
  const email = (address: string): string => cell(shownEmail(address, options));
  const lines = [
    `### Invitation status at ${status.now}`,
    '',
    `**${status.totals.declared}** declared. Median time to accept: **${formatSeconds(status.medianSecondsToAccept)}**.`,
    '',
    ...table(['Step', 'People', 'Share'], ['left', 'right', 'right'], funnelSteps(status.funnel).map((s) => [s.label, String(s.count), s.percent === null ? '' : `${s.percent}%`])),
    '',
    ...table(['State', 'People'], ['left', 'right'], INVITEE_STATES.map((state) => [state, String(status.totals[state])])),
    '',
  ];
  const expiring = status.rows.filter((row) => row.expires_soon);
  lines.push(`#### Links expiring within ${status.expiringWithinDays} days: ${expiring.length}`, '');
  if (expiring.length > 0) {
    lines.push(...table(['Invitee', 'Expires at', 'File'], ['left', 'left', 'left'], expiring.map((row) => [email(row.email), row.expires_at ?? '', cell(`${fileLabel(row.file)}:${row.line}`)])), '');
  }
  lines.push(
    ...details('Per file', table(['File', ...INVITEE_STATES], ['left', ...INVITEE_STATES.map(() => 'right' as const)], status.files.map(({ file, counts }) => [cell(fileLabel(file)), ...INVITEE_STATES.map((state) => String(counts[state]))]))),
    '',
    ...details(`Everyone (${status.rows.length})`, table(['Invitee', 'State', 'Details', 'File'], ['left', 'left', 'left', 'left'], status.rows.map((row) => [email(row.email), row.state, cell(stateDetail(row)), row.file === null ? '' : cell(`${row.file}:${row.line}`)]))),
  );
  return `${lines.join('\n')}\n`;
}

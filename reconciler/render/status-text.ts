// The status for a terminal or a CI log.
import { INVITEE_STATES, type Status } from '../status/model';
import type { RenderOptions } from './options';
import { printable, shownEmail } from './safe-text';
import { fileLabel, formatSeconds, funnelSteps, stateDetail } from './status-words';

/**
 * ```
 * Status at 2026-11-30T10:00:00.000Z: 50 declared.
 *
 * Funnel: invited 50 (100%) → password set 20 (40%) → logged in 10 (20%)
 * Median time to accept: 2 h 5 min
 * States: pending 0, invited 25, expired 5, accepted 20, revoked 0, unmanaged 0
 *
 * Links expiring within 3 days: 2
 *   ada@example.com  link valid until 2026-12-01T09:00:00.000Z (invitees/engineering.yaml:6)
 * ```
 * then the breakdown per file and every person with their state.
 */
export function renderStatusText(status: Status, options: RenderOptions = {}): string {
  const email = (address: string): string => printable(shownEmail(address, options));
  const lines = [
    `Status at ${status.now}: ${status.totals.declared} declared.`,
    '',
    `Funnel: ${funnelSteps(status.funnel).map((s) => `${s.label} ${s.count}${s.percent === null ? '' : ` (${s.percent}%)`}`).join(' → ')}`,
    `Median time to accept: ${formatSeconds(status.medianSecondsToAccept)}`,
    `States: ${INVITEE_STATES.map((state) => `${state} ${status.totals[state]}`).join(', ')}`,
  ];
  const expiring = status.rows.filter((row) => row.expires_soon);
  lines.push('', `Links expiring within ${status.expiringWithinDays} days: ${expiring.length}`);
  for (const row of expiring) lines.push(`  ${email(row.email)}  ${stateDetail(row)} (${printable(fileLabel(row.file))}:${row.line})`);
  lines.push('', 'Per file:');
  for (const { file, counts } of status.files) {
    const nonZero = INVITEE_STATES.filter((state) => counts[state] > 0).map((state) => `${state} ${counts[state]}`);
    lines.push(`  ${printable(fileLabel(file))}: ${nonZero.join(', ')}`);
  }
  lines.push('', status.rows.length === 0 ? 'Nobody matches.' : 'Invitees:');
  const width = Math.max(0, ...status.rows.map((row) => email(row.email).length));
  for (const row of status.rows) lines.push(`  ${row.state.padEnd(9)} ${email(row.email).padEnd(width)}  ${stateDetail(row)}`);
  return `${lines.join('\n')}\n`;
}

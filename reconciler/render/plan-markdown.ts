// The plan as a pull-request comment: a summary table, then one collapsible section per kind of change.
import type { ActionKind, Plan } from '../model.js';
import { formatChange } from './changes.js';
import { cell, details, table } from './markdown-blocks.js';
import type { RenderOptions } from './options.js';
import { shownEmail } from './safe-text.js';
import { CHANGING_KINDS, actionChanges, formatSource, planSummaryLine } from './summary.js';

const HEADINGS: Record<ActionKind, string> = {
  invite: 'Invite',
  resume: 'Resume (imported, never mailed)',
  reinvite: 'Reinvite (ticket expired unused)',
  update: 'Update',
  adopt: 'Adopt (existing account, no mail)',
  revoke: 'Revoke',
  unchanged: 'Unchanged',
};

export function renderPlanMarkdown(plan: Plan, options: RenderOptions = {}): string {
  const lines = ['### Invitation plan', '', `**${planSummaryLine(plan.counts)}**`, ''];
  if (plan.refusal !== undefined) lines.push('> [!CAUTION]', `> ${cell(plan.refusal)}`, '');
  lines.push(
    ...table(
      ['Action', 'Count'],
      ['left', 'right'],
      [
        ...[...CHANGING_KINDS, 'unchanged' as const].map((kind) => [HEADINGS[kind], String(plan.counts[kind])]),
        ['Unmanaged (left alone)', String(plan.unmanaged.length)],
      ],
    ),
  );
  for (const kind of CHANGING_KINDS) {
    const actions = plan.actions.filter((action) => action.kind === kind);
    if (actions.length === 0) continue;
    const rows = actions.map((action) => {
      const source = action.kind === 'revoke' ? '—' : cell(formatSource(action.invitee.source) ?? '');
      const what =
        action.kind === 'revoke'
          ? action.mode
          : actionChanges(action).map((change) => cell(formatChange(change, options))).join('<br>') || '—';
      return [cell(shownEmail(action.email, options)), source, what];
    });
    lines.push('', ...details(`${HEADINGS[kind]} (${actions.length})`, table(['Invitee', 'Source', kind === 'revoke' ? 'Mode' : 'Changes'], ['left', 'left', 'left'], rows)));
  }
  return `${lines.join('\n')}\n`;
}

// The plan as a pull-request comment: a summary table, then one collapsible section per kind of change.
import { isMailing, type ActionKind, type Plan } from '../model';
import { declaredAttributes, formatChange, formatGrant } from './changes';
import { cell, details, table } from './markdown-blocks';
import type { RenderOptions } from './options';
import { shownEmail } from './safe-text';
import { safeMessage } from './safe-text';
import { HELD_REASONS, LISTED_KINDS, actionChanges, actionGrants, deliveryLine, estimateLine, findingSubject, formatSource, heldReason, planSummaryLine, plural } from './summary';

/** Room for the comment around the plan (a heading the workflow adds) below GitHub's 65,536 characters. */
export const MAX_COMMENT_CHARS = 60_000;
/** Characters a details section and its table header take besides the rows. */
const SECTION_OVERHEAD = 200;
/** Warnings listed in a comment at most; the rest are counted. */
const MAX_LISTED_FINDINGS = 20;
/** Kept free for the closing note on what was left out. */
const OMITTED_NOTE_ROOM = 300;

const HEADINGS: Record<ActionKind, string> = {
  invite: 'Invite',
  resume: 'Resume (imported, never mailed)',
  reinvite: 'Reinvite (ticket expired unused)',
  update: 'Update',
  adopt: 'Adopt (existing account, no mail)',
  revoke: 'Revoke',
  held: 'Held (left alone)',
  unchanged: 'Unchanged',
};

const COLUMN: Record<Exclude<ActionKind, 'unchanged'>, string> = {
  invite: 'Declared',
  resume: 'Changes',
  reinvite: 'Changes',
  update: 'Changes',
  adopt: 'Changes',
  revoke: 'Mode',
  held: 'Why',
};

const REVOKE_VERBS = { block: 'blocked', delete: 'deleted' } as const;

/** Users nobody declared and the reconciler does not manage: listed (masked when asked), never touched. */
function unmanagedSection(plan: Plan, options: RenderOptions, budget: number): { lines: string[]; omitted: number } {
  if (plan.unmanaged.length === 0) return { lines: [], omitted: 0 };
  const rows: string[][] = [];
  for (const user of plan.unmanaged) {
    const row = [cell(shownEmail(user.email, options))];
    budget -= row[0]!.length + 5;
    if (budget < SECTION_OVERHEAD) break;
    rows.push(row);
  }
  if (rows.length === 0) return { lines: [], omitted: plan.unmanaged.length };
  const shown = rows.length < plan.unmanaged.length ? `${rows.length} of ${plan.unmanaged.length}` : String(plan.unmanaged.length);
  return { lines: ['', ...details(`Unmanaged, left alone (${shown})`, table(['User'], ['left'], rows))], omitted: plan.unmanaged.length - rows.length };
}

export function renderPlanMarkdown(plan: Plan, options: RenderOptions = {}): string {
  const lines = ['### Invitation plan', '', `**${planSummaryLine(plan.counts)}**`, ''];
  if (options.estimate && plan.actions.some((action) => action.kind !== 'unchanged')) {
    lines.push(`Estimated apply: ${estimateLine(options.estimate)}, plus the tenant's time for import jobs.`, '');
  }
  if (plan.delivery !== undefined && plan.actions.some((action) => isMailing(action.kind))) lines.push(deliveryLine(plan.delivery), '');
  lines.push(...calloutLines(plan, options));
  lines.push(
    ...table(
      ['Action', 'Count'],
      ['left', 'right'],
      [
        ...[...LISTED_KINDS, 'unchanged' as const].map((kind) => [HEADINGS[kind], String(plan.counts[kind])]),
        ['Unmanaged (left alone)', String(plan.unmanaged.length)],
      ],
    ),
  );
  // GitHub refuses comments over 65,536 characters: the details share what is left of a budget below that,
  // and whatever does not fit is counted instead of listed (the summary table above is always complete).
  let budget = (options.maxChars ?? MAX_COMMENT_CHARS) - lines.join('\n').length - OMITTED_NOTE_ROOM;
  let omitted = 0;
  for (const kind of LISTED_KINDS) {
    const section = kindSection(plan, kind, options, budget);
    budget = section.budget;
    omitted += section.omitted;
    lines.push(...section.lines);
  }
  const unmanaged = unmanagedSection(plan, options, budget);
  omitted += unmanaged.omitted;
  lines.push(...unmanaged.lines);
  if (omitted > 0) {
    lines.push('', `_${omitted} more ${omitted === 1 ? 'change is' : 'changes are'} not listed, to fit a pull-request comment: run \`reconcile --dry-run\` (text or \`--format json\`) for the whole plan._`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * What a reviewer must not miss comes first: a refusal fails the check; revocations lock people out; warnings
 * (unreadable bookkeeping, unread files) need a hand.
 */
function calloutLines(plan: Plan, options: RenderOptions): string[] {
  const lines: string[] = [];
  if (plan.refusal !== undefined) lines.push('> [!CAUTION]', `> **${cell(plan.refusal)}**`, '');
  const revocations = plan.actions.filter((action) => action.kind === 'revoke');
  if (revocations.length > 0) {
    const modes = [...new Set(revocations.map((action) => (action.kind === 'revoke' ? REVOKE_VERBS[action.mode] : '')))].join(' or ');
    lines.push('> [!WARNING]', `> **${plural(revocations.length, 'user loses', 'users lose')} access** (${modes}): see "Revoke" below.`, '');
  }
  if (plan.findings.length > 0) {
    // A folder of stray files must not crowd out the plan: the first few are listed, the rest counted.
    const listed = plan.findings.slice(0, MAX_LISTED_FINDINGS);
    const more = plan.findings.length - listed.length;
    lines.push(
      '> [!WARNING]',
      ...listed.map((finding) => `> - ${cell(findingSubject(finding, options))}: ${cell(safeMessage(finding.message, options))}`),
      ...(more > 0 ? [`> - and ${more} more (the text and JSON formats list them all)`] : []),
      '',
    );
  }
  return lines;
}

/** One collapsible section of a kind's actions, as many rows as the budget allows; the rest are counted. */
function kindSection(
  plan: Plan,
  kind: Exclude<ActionKind, 'unchanged'>,
  options: RenderOptions,
  budget: number,
): { lines: string[]; omitted: number; budget: number } {
  const actions = plan.actions.filter((action) => action.kind === kind);
  const rows: string[][] = [];
  let left = budget;
  for (const action of actions) {
    if (action.kind === 'unchanged') continue;
    const source = action.kind === 'revoke' ? '—' : cell(formatSource(action.invitee.source) ?? '');
    const changes = action.kind === 'invite' ? declaredAttributes(action.invitee) : actionChanges(action);
    const what =
      action.kind === 'revoke'
        ? `**${action.mode}**`
        : action.kind === 'held'
          ? cell(HELD_REASONS[heldReason(action)])
          : [...changes.map((change) => formatChange(change, options)), ...actionGrants(action).map(formatGrant)].map(cell).join('<br>') || '—';
    const row = [cell(shownEmail(action.email, options)), source, what];
    const cost = row.join(' | ').length + 5;
    if (cost > left - SECTION_OVERHEAD) break;
    left -= cost;
    rows.push(row);
  }
  const omitted = actions.length - rows.length;
  if (rows.length === 0) return { lines: [], omitted, budget: left };
  const shown = rows.length < actions.length ? `${rows.length} of ${actions.length}` : String(actions.length);
  const section = details(`${HEADINGS[kind]} (${shown})`, table(['Invitee', 'Source', COLUMN[kind]], ['left', 'left', 'left'], rows), kind === 'revoke');
  return { lines: ['', ...section], omitted, budget: left - SECTION_OVERHEAD };
}

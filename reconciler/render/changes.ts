// How one field change reads in text and markdown: `~ app_metadata.team: "design" → "engineering"`.
import { escapeUnprintable } from '../desired/errors';
import type { Change, GrantChange } from '../model.js';
import type { RenderOptions } from './options.js';
import { maskEmailsIn } from './mask.js';

export type ChangeOp = 'add' | 'remove' | 'change';

/** `add`: the field is absent in the tenant; `remove`: it must become absent; `change`: a value replaces another. */
export function changeOp(change: Change): ChangeOp {
  if (change.from === undefined) return 'add';
  if (change.to === undefined) return 'remove';
  return 'change';
}

const MARKERS: Record<ChangeOp, string> = { add: '+', remove: '-', change: '~' };

/** Long values are cut so one huge metadata object cannot drown the plan; the JSON output carries them whole. */
const MAX_VALUE_CHARS = 120;

export function formatValue(value: unknown, options: RenderOptions): string {
  const json = JSON.stringify(value) ?? String(value);
  const shown = options.maskEmails ? maskEmailsIn(json) : json;
  return shown.length > MAX_VALUE_CHARS ? `${shown.slice(0, MAX_VALUE_CHARS - 1)}…` : shown;
}

/** `~ field: from → to`, `+ field: to`, `- field: from` (what is removed). */
export function formatChange(change: Change, options: RenderOptions): string {
  const op = changeOp(change);
  const marker = MARKERS[op];
  switch (op) {
    case 'add':
      return `${marker} ${change.field}: ${formatValue(change.to, options)}`;
    case 'remove':
      return `${marker} ${change.field}: ${formatValue(change.from, options)}`;
    case 'change':
      return `${marker} ${change.field}: ${formatValue(change.from, options)} → ${formatValue(change.to, options)}`;
  }
}

/** `+ role editor`, `- organization acme`, `+ organization acme role billing`; names quoted when not plain. */
export function formatGrant(grant: GrantChange): string {
  const marker = grant.op === 'add' ? '+' : '-';
  switch (grant.kind) {
    case 'role':
      return `${marker} role ${name(grant.role)}`;
    case 'membership':
      return `${marker} organization ${name(grant.organization)}`;
    case 'organization_role':
      return `${marker} organization ${name(grant.organization)} role ${name(grant.role)}`;
  }
}

/** A role or organization name from the files: as is when plain, else JSON-quoted with invisible characters escaped. */
function name(value: string): string {
  return /^[\w.:-]+$/.test(value) ? value : escapeUnprintable(JSON.stringify(value));
}

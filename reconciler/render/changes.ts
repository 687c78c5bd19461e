// How one field change reads in text and markdown: `~ app_metadata.team: "design" → "engineering"`.
import { escapeUnprintable } from '../escape';
import { compareStrings } from '../plan/strings';
import { INVITATION_KEY, PROFILE_FIELDS, type Change, type GrantChange, type Invitee } from '../model';
import type { RenderOptions } from './options';
import { maskEmailsIn } from './mask';

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
  const masked = options.maskEmails ? maskEmailsIn(json) : json;
  const shown = masked.length > MAX_VALUE_CHARS ? `${masked.slice(0, MAX_VALUE_CHARS - 1)}…` : masked;
  return escapeUnprintable(shown);
}

/** `~ field: from → to`, `+ field: to`, `- field: from` (what is removed). */
export function formatChange(change: Change, options: RenderOptions): string {
  const op = changeOp(change);
  const marker = MARKERS[op];
  // Metadata keys come from files and from the tenant: a newline or ESC in one must not start a line of its own.
  const field = escapeUnprintable(change.field);
  switch (op) {
    case 'add':
      return `${marker} ${field}: ${formatValue(change.to, options)}`;
    case 'remove':
      return `${marker} ${field}: ${formatValue(change.from, options)}`;
    case 'change':
      return `${marker} ${field}: ${formatValue(change.from, options)} → ${formatValue(change.to, options)}`;
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

/**
 * What an invitation will create, as additions: the declared profile fields, then each metadata key. A declared
 * `null` declares nothing and `app_metadata.invitation` is the reconciler's own (import-file/records.ts), so
 * neither is shown.
 */
export function declaredAttributes(invitee: Invitee): Change[] {
  const profile = PROFILE_FIELDS.filter((field) => invitee.profile[field] !== undefined).map((field) => ({ field, from: undefined, to: invitee.profile[field] }));
  const created = (kind: 'user_metadata' | 'app_metadata', key: string): boolean =>
    invitee[kind][key] !== null && invitee[kind][key] !== undefined && !(kind === 'app_metadata' && key === INVITATION_KEY);
  const metadata = (['user_metadata', 'app_metadata'] as const).flatMap((kind) =>
    Object.keys(invitee[kind])
      .filter((key) => created(kind, key))
      .sort(compareStrings)
      .map((key) => ({ field: `${kind}.${key}`, from: undefined, to: invitee[kind][key] })),
  );
  return [...profile, ...metadata];
}

// The status as JSON for machines. Schema: docs/status-output.md and docs/status-output.schema.json
// (schema_version 1). Keys are always present (null when empty); field order is fixed.
import type { InviteeState, StateCounts, Status, StatusRow } from '../status/model';
import type { RenderOptions } from './options';
import { shownEmail } from './safe-text';

export const STATUS_SCHEMA_VERSION = 1;

export interface JsonStatus {
  schema_version: 1;
  type: 'status';
  generated_at: string;
  emails_masked: boolean;
  expiring_within_days: number;
  filter: { files: string[]; states: InviteeState[] };
  totals: StateCounts & { declared: number };
  funnel: Status['funnel'];
  median_seconds_to_accept: number | null;
  files: Array<{ file: string | null } & StateCounts>;
  drift: Status['drift'];
  invitees: StatusRow[];
}

export function statusToJson(status: Status, options: RenderOptions = {}): JsonStatus {
  const email = (address: string): string => shownEmail(address, options);
  return {
    schema_version: STATUS_SCHEMA_VERSION,
    type: 'status',
    generated_at: status.now,
    emails_masked: options.maskEmails === true,
    expiring_within_days: status.expiringWithinDays,
    filter: { files: [...status.filter.files], states: [...status.filter.states] },
    totals: { ...status.totals },
    funnel: { ...status.funnel },
    median_seconds_to_accept: status.medianSecondsToAccept,
    files: status.files.map(({ file, counts }) => ({ file, ...counts })),
    drift: { undeclared: status.drift.undeclared.map(email), blocked: status.drift.blocked.map(email), expiring: status.drift.expiring.map(email) },
    invitees: status.rows.map((row) => ({ ...row, email: email(row.email) })),
  };
}

/** Pretty-printed, newline-terminated; byte-identical for the same status. */
export function renderStatusJson(status: Status, options: RenderOptions = {}): string {
  return `${JSON.stringify(statusToJson(status, options), null, 2)}\n`;
}

// The file behind an export job's `location`: gzipped NDJSON (or CSV) with exactly the requested fields
// (https://auth0.com/docs/manage-users/user-migration/bulk-user-exports). Field names may be dotted or indexed (`identities[0].connection`, `app_metadata.team`);
// JSON lines use the field name as the key, CSV uses `export_as` as the column title. Missing values are omitted
// from JSON lines and empty in CSV.
import { gzipSync } from 'node:zlib';
import type { ExportField, UserRecord } from '../state';
import { userJson } from '../users/view';

/** Used when the job names no fields (UNCONFIRMED: Auth0's own default set is not documented). */
export const DEFAULT_EXPORT_FIELDS: ExportField[] = [
  'user_id', 'email', 'email_verified', 'username', 'name', 'given_name', 'family_name', 'nickname', 'picture',
  'created_at', 'updated_at', 'last_login', 'logins_count', 'blocked',
].map((name) => ({ name }));

export function buildExportFile(users: UserRecord[], fields: ExportField[], format: 'json' | 'csv'): Buffer {
  const chosen = fields.length > 0 ? fields : DEFAULT_EXPORT_FIELDS;
  const lines: string[] = [];
  if (format === 'csv') lines.push(chosen.map((f) => csvCell(f.export_as ?? f.name)).join(','));
  for (const user of users) {
    const json = userJson(user);
    if (format === 'json') {
      const row: Record<string, unknown> = {};
      for (const field of chosen) {
        const value = readPath(json, field.name);
        if (value !== undefined) row[field.name] = value;
      }
      lines.push(JSON.stringify(row));
    } else {
      lines.push(chosen.map((field) => csvValue(readPath(json, field.name))).join(','));
    }
  }
  return gzipSync(lines.join('\n') + (lines.length > 0 ? '\n' : ''));
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** CSV-injection escaping as Auth0 documents it: prefix `'`, wrap in quotes, double inner quotes; dates as-is. */
function csvValue(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return ISO_DATE.test(value) ? value : `"'${value.replace(/"/g, '""')}"`;
  if (typeof value === 'object') return csvCell(JSON.stringify(value));
  return String(value);
}

function csvCell(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** Reads `a.b[0].c` from a JSON value; undefined when any step is missing. */
export function readPath(value: unknown, path: string): unknown {
  let current: unknown = value;
  for (const step of path.split('.')) {
    const match = /^([^[\]]*)((?:\[\d+\])*)$/.exec(step);
    if (!match) return undefined;
    const [, key, indexes] = match;
    if (key) {
      if (typeof current !== 'object' || current === null) return undefined;
      current = (current as Record<string, unknown>)[key];
    }
    for (const index of (indexes ?? '').matchAll(/\[(\d+)\]/g)) {
      if (!Array.isArray(current)) return undefined;
      current = current[Number(index[1])];
    }
  }
  return current;
}

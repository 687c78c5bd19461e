// The status as CSV (RFC 4180): one line per person, for spreadsheets. Cells a spreadsheet would run as a
// formula (starting with = + - @, tab or CR) are prefixed with an apostrophe.
import type { Status, StatusRow } from '../status/model';
import type { RenderOptions } from './options';
import { shownEmail } from './safe-text';

const COLUMNS = ['email', 'state', 'file', 'line', 'invited_at', 'expires_at', 'password_set_at', 'last_login_at', 'logins', 'blocked', 'expires_soon'] as const satisfies ReadonlyArray<keyof StatusRow>;

export function renderStatusCsv(status: Status, options: RenderOptions = {}): string {
  const lines = [COLUMNS.join(',')];
  for (const row of status.rows) {
    const values = COLUMNS.map((column) => (column === 'email' ? shownEmail(row.email, options) : row[column]));
    lines.push(values.map(csvCell).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

function csvCell(value: string | number | boolean | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

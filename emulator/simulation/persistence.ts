// The state file: loaded on start (every record checked, so a bad file stops the start-up instead of making every
// later read fail), written atomically (temp file, fsync, rename: a crash never leaves a torn file) after a short
// debounce and on stop. No request ever waits for the disk, and a failed write is logged, never thrown.
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { exceedsDepth, MAX_METADATA_DEPTH } from '../domain/json-depth';
import type { StateData } from '../domain/state';

export function loadStateFile(path: string): StateData | undefined {
  if (!existsSync(path)) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`state file ${path} is not valid JSON: ${(error as Error).message}`);
  }
  if (!isStateOutline(parsed)) throw new Error(`state file ${path} does not hold emulator state (version 1)`);
  const problem = findInvalidRecord(parsed);
  if (problem) throw new Error(`state file ${path}: ${problem}`);
  return parsed;
}

function isStateOutline(value: unknown): value is StateData {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return v.version === 1 && typeof v.signing_secret === 'string' && Array.isArray(v.connections) && Array.isArray(v.users)
    && Array.isArray(v.jobs) && Array.isArray(v.tickets) && Array.isArray(v.mails);
}

type Check = 'string' | 'string?' | 'boolean' | 'boolean?' | 'number?' | 'object' | 'object?' | 'array' | 'array?' | 'date' | 'date?';

const CONNECTION_CHECKS: Record<string, Check> = { id: 'string', name: 'string', enabled_clients: 'array', options: 'object' };
const USER_CHECKS: Record<string, Check> = {
  user_id: 'string', connection: 'string', email: 'string', email_verified: 'boolean', username: 'string?', phone_number: 'string?',
  phone_verified: 'boolean?', name: 'string?', given_name: 'string?', family_name: 'string?', nickname: 'string?', picture: 'string?',
  blocked: 'boolean?', app_metadata: 'object', user_metadata: 'object?', created_at: 'date', updated_at: 'date',
  last_password_reset: 'date?', last_login: 'date?', logins_count: 'number?', password: 'object?', imported_password_hash: 'boolean?',
};
const JOB_CHECKS: Record<string, Check> = {
  id: 'string', type: 'string', status: 'string', created_at: 'date', connection_id: 'string?', connection: 'string?',
  external_id: 'string?', summary: 'object?', errors: 'array?', pending_users: 'array?', upsert: 'boolean?', progress: 'number?',
  fail_after: 'number?', limit: 'number?', fields: 'array?', format: 'string?', status_details: 'string?',
};
const TICKET_CHECKS: Record<string, Check> = {
  id: 'string', user_id: 'string', created_at: 'date', expires_at: 'date', mark_email_as_verified: 'boolean', used_at: 'date?',
};
const MAIL_CHECKS: Record<string, Check> = { job_id: 'string', status: 'string', subject: 'string', sent_at: 'date' };

function checkValue(value: unknown, check: Check): boolean {
  const optional = check.endsWith('?');
  if (value === undefined) return optional;
  switch (check.replace('?', '')) {
    case 'string': return typeof value === 'string';
    case 'boolean': return typeof value === 'boolean';
    case 'number': return typeof value === 'number' && Number.isFinite(value);
    case 'object': return typeof value === 'object' && value !== null && !Array.isArray(value);
    case 'array': return Array.isArray(value);
    case 'date': return typeof value === 'string' && Number.isFinite(Date.parse(value));
    default: return false;
  }
}

function findInvalidRecord(data: StateData): string | undefined {
  const lists: Array<[string, unknown[], Record<string, Check>]> = [
    ['connections', data.connections, CONNECTION_CHECKS],
    ['users', data.users, USER_CHECKS],
    ['jobs', data.jobs, JOB_CHECKS],
    ['tickets', data.tickets, TICKET_CHECKS],
    ['mails', data.mails, MAIL_CHECKS],
  ];
  for (const [list, records, checks] of lists) {
    for (const [index, record] of records.entries()) {
      const name = (key: string): string => {
        const id = typeof record === 'object' && record !== null ? (record as Record<string, unknown>)[key] : undefined;
        return `${list}[${index}]${typeof id === 'string' ? ` (${id})` : ''}`;
      };
      const label = name(list === 'users' ? 'user_id' : list === 'mails' ? 'job_id' : 'id');
      if (typeof record !== 'object' || record === null || Array.isArray(record)) return `${label} is not an object`;
      for (const [field, check] of Object.entries(checks)) {
        if (!checkValue((record as Record<string, unknown>)[field], check)) return `${label}: ${field} must be ${describe(check)}`;
      }
      if (list === 'users') {
        for (const field of ['app_metadata', 'user_metadata'] as const) {
          if (exceedsDepth((record as Record<string, unknown>)[field], MAX_METADATA_DEPTH)) {
            return `${label}: ${field} is nested deeper than ${MAX_METADATA_DEPTH} levels`;
          }
        }
      }
    }
  }
  const ids = new Set<string>();
  for (const [index, user] of data.users.entries()) {
    if (ids.has(user.user_id)) return `users[${index}] (${user.user_id}): user_id appears more than once`;
    ids.add(user.user_id);
  }
  return undefined;
}

function describe(check: Check): string {
  const base = check.replace('?', '');
  const text = base === 'date' ? 'an ISO date string' : base === 'array' || base === 'object' ? `an ${base}` : `a ${base}`;
  return check.endsWith('?') ? `${text} when present` : text;
}

export function writeStateFileAtomically(path: string, data: StateData): void {
  mkdirSync(dirname(path), { recursive: true });
  const text = JSON.stringify(data);
  const temp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  const fd = openSync(temp, 'w', 0o600);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(temp, { force: true });
    throw error;
  }
  closeSync(fd);
  renameSync(temp, path);
}

export class DebouncedStateWriter {
  private timer: NodeJS.Timeout | undefined;
  private dirty = false;

  constructor(
    private readonly path: string,
    private readonly data: () => StateData,
    private readonly delayMs = 200,
    private readonly log: (message: string) => void = (message) => console.error(message),
  ) {}

  schedule(): void {
    this.dirty = true;
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.flush();
    }, this.delayMs);
    this.timer.unref();
  }

  /** Writes now if anything changed. Never throws: a failed write is logged and retried on the next change. */
  flush(): boolean {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    if (!this.dirty) return true;
    this.dirty = false;
    try {
      writeStateFileAtomically(this.path, this.data());
      return true;
    } catch (error) {
      this.dirty = true;
      this.log(`auth0 emulator: could not write the state file ${this.path}: ${(error as Error).message}`);
      return false;
    }
  }
}

// An in-memory tenant for the applier's unit tests: only the ApplyTenant port, no server. Imports create or
// upsert users the way Auth0 does (DUPLICATED_USER for an existing email without upsert; an upsert replaces the
// metadata wholesale), and every call is logged so that tests can count exactly what an apply asked for.
import type { ApplyTenant, UserWrite } from '../../reconciler/apply/ports';
import type { ImportRecord } from '../../reconciler/import-file/records';
import { PROFILE_FIELDS, type Connection, type ObservedUser } from '../../reconciler/model';
import type { JobErrorRow, JobState, TicketRequest } from '../../reconciler/tenant/tenant';

interface Job {
  state: JobState;
  errors: JobErrorRow[];
}

/** An error as the tenant adapter throws it: a message, an HTTP status, maybe Auth0's code. */
export class FakeTenantError extends Error {
  constructor(
    message: string,
    readonly statusCode: number,
    readonly code?: string,
  ) {
    super(message);
  }
}

export class FakeTenant implements ApplyTenant {
  readonly users = new Map<string, ObservedUser>();
  /** Every call, in order: `import`, `upsert`, `ticket <email>`, `block <id>`, `unblock <id>`, `delete <id>`, `find <email>`, `export`. */
  readonly calls: string[] = [];
  /** The emails of each import file, in order of submission. */
  readonly files: { upsert: boolean; emails: string[] }[] = [];
  /** Import jobs (creations or upserts) that fail as a whole from now on, writing nothing. */
  failingJobs = 0;
  /** Rows for these emails are refused by every import, with this error. */
  readonly refuseRows = new Map<string, { code: string; message: string }>();
  /** Emails taken by a user of another connection: an import says DUPLICATED_USER, a look-up finds nobody. */
  readonly elsewhere = new Set<string>();
  /** Tickets for these emails are refused. */
  readonly refuseTickets = new Set<string>();
  /** Called once per ticket before it is issued: a test can change the world between ticket and mail. */
  onTicket: (request: TicketRequest) => void = () => undefined;
  private readonly jobs = new Map<string, Job>();
  private nextId = 1;

  constructor(...users: ObservedUser[]) {
    for (const user of users) this.users.set(user.email, structuredClone(user));
  }

  get requestCount(): number {
    return this.calls.length;
  }

  count(call: string): number {
    return this.calls.filter((c) => c === call || c.startsWith(`${call} `)).length;
  }

  async submitImport(records: readonly object[], options: { upsert: boolean }): Promise<string> {
    this.calls.push(options.upsert ? 'upsert' : 'import');
    this.files.push({ upsert: options.upsert, emails: (records as ImportRecord[]).map((r) => r.email) });
    const id = `job_${this.nextId++}`;
    if (this.failingJobs > 0) {
      this.failingJobs--;
      this.jobs.set(id, { state: { id, status: 'failed', statusDetails: 'the job timed out' }, errors: [] });
      return id;
    }
    const errors: JobErrorRow[] = [];
    for (const record of records as ImportRecord[]) {
      const existing = this.users.get(record.email);
      const refused = this.refuseRows.get(record.email);
      if (refused) errors.push({ email: record.email, errors: [refused] });
      else if ((existing || this.elsewhere.has(record.email)) && !options.upsert) errors.push({ email: record.email, errors: [{ code: 'DUPLICATED_USER', message: 'The user already exist and upsert parameter is false' }] });
      else this.users.set(record.email, userOf(record, existing?.user_id ?? `auth0|${this.nextId++}`, existing));
    }
    const total = records.length;
    this.jobs.set(id, { state: { id, status: 'completed', summary: { failed: errors.length, updated: 0, inserted: total - errors.length, total } }, errors });
    return id;
  }

  async waitForJob(id: string): Promise<JobState> {
    this.calls.push(`poll ${id}`);
    return this.jobs.get(id)!.state;
  }

  async getJobErrors(id: string): Promise<JobErrorRow[]> {
    this.calls.push(`errors ${id}`);
    return this.jobs.get(id)!.errors;
  }

  async createTicket(request: TicketRequest): Promise<string> {
    this.calls.push(`ticket ${request.email}`);
    if (this.refuseTickets.has(request.email)) throw new FakeTenantError(`Could not create a ticket for ${request.email}: HTTP 400`, 400, 'invalid_body');
    this.onTicket(request);
    return `https://tenant.test/lo/reset?ticket=${this.nextId++}`;
  }

  async writeUser(userId: string, write: UserWrite): Promise<void> {
    this.calls.push(`${write.blocked === true ? 'block' : write.blocked === false ? 'unblock' : 'update'} ${userId}`);
    const user = this.byId(userId);
    if (write.blocked !== undefined) user.blocked = write.blocked;
    for (const field of write.remove ?? []) delete user.profile[field];
    if (write.invitation !== undefined) user.app_metadata = { ...user.app_metadata, invitation: write.invitation };
  }

  async deleteUser(userId: string): Promise<void> {
    this.calls.push(`delete ${userId}`);
    this.users.delete(this.byId(userId).email);
  }

  async findUserByEmail(email: string): Promise<ObservedUser | undefined> {
    this.calls.push(`find ${email}`);
    const user = this.users.get(email);
    return user && structuredClone(user);
  }

  async exportUsers(_connection: Connection): Promise<ObservedUser[]> {
    this.calls.push('export');
    return structuredClone([...this.users.values()]);
  }

  private byId(userId: string): ObservedUser {
    const user = [...this.users.values()].find((u) => u.user_id === userId);
    if (!user) throw new FakeTenantError('The user does not exist.', 404, 'inexistent_user');
    return user;
  }
}

/** A user as an import (or upsert) record leaves it: the record's fields, metadata replaced wholesale. */
function userOf(record: ImportRecord, userId: string, existing: ObservedUser | undefined): ObservedUser {
  const profile: ObservedUser['profile'] = {};
  for (const field of PROFILE_FIELDS) if (record[field] !== undefined) profile[field] = record[field];
  return {
    ...existing,
    user_id: userId,
    email: record.email,
    email_verified: record.email_verified,
    blocked: existing?.blocked ?? false,
    profile,
    user_metadata: structuredClone(record.user_metadata ?? {}),
    app_metadata: structuredClone(record.app_metadata),
  };
}

// The tenant adapter: every Management API call the reconciler makes (observing, jobs, tickets, per-user writes and
// the lease's user calls), each a thin, typed wrapper over the SDK of one session, its errors saying what was done.
import { randomBytes } from 'node:crypto';
import { createGunzip } from 'node:zlib';
import { Readable } from 'node:stream';
import { createInterface } from 'node:readline';
import type { ManagementClient } from 'auth0';
import type { Clock } from '../clock';
import { describeNetworkError } from '../network-errors';
import { INVITATION_KEY, type Connection, type ObservedUser } from '../model';
import type { UserWrite } from '../apply/ports';
import { LEASE_KEY, leaseUserOf, type LeasePort } from '../lease/record';
import type { ManagementSession } from './session';
import { call, TenantError, toTenantError } from './errors';
import { nextPollDelay, pollFloorMs } from './job-polls';
import { OBSERVED_FIELDS, toObservedUser } from './users';

/** A users-imports job as far as the reconciler cares. */
export interface JobState {
  id: string;
  status: string;
  summary?: { failed: number; updated: number; inserted: number; total: number };
  statusDetails?: string;
}

/** One row of `GET /jobs/{id}/errors`: the user as sent, and why it was refused. */
export interface JobErrorRow {
  email: string;
  errors: { code: string; message: string }[];
}

export interface TicketRequest {
  email: string;
  connectionId: string;
  ttlSeconds: number;
  markEmailAsVerified: boolean;
  clientId?: string;
  resultUrl?: string;
  /** The person lands in this organization's login (Auth0 refuses it together with a result URL). */
  organizationId?: string;
}

/** Auth0 keeps search paging to the first 1,000 matches; above that the reconciler exports. */
const SEARCH_CAP = 1000;
/** Public Cloud caps offset pages at 50 (the OAS says 100 for /users; 50 is safe on both). */
const PAGE_SIZE = 50;

/** The Management API calls the reconciler makes, each a thin, typed wrapper over the SDK, all over one session. */
export class Auth0Tenant {
  private readonly sdk: ManagementClient;
  /** The shortest wait between two polls of a job (job-polls.ts). */
  private readonly pollFloorMs: number;

  /** `requestsPerSecond`: the pace the session keeps (share × the tenant's limit); polls are spaced by it. */
  constructor(
    private readonly session: ManagementSession,
    private readonly clock: Clock,
    options: { requestsPerSecond: number },
  ) {
    this.sdk = session.sdk;
    this.pollFloorMs = pollFloorMs(options.requestsPerSecond);
  }

  get requestCount(): number {
    return this.session.requests.total;
  }

  async findConnection(name: string): Promise<Connection> {
    const page = await call('look up the connection', () =>
      this.sdk.connections.list({ name, fields: 'id,name,strategy', include_fields: true }),
    );
    const found = page.data.find((c) => c.name === name);
    if (!found?.id) throw new TenantError(`The connection "${name}" does not exist in the tenant. Deploy the stack first (cdktf deploy).`);
    return { id: found.id, name };
  }

  /** Every user of the connection: paged search for small tenants, one export job above Auth0's search cap. */
  async listUsers(connection: Connection): Promise<ObservedUser[]> {
    const q = `identities.connection:"${connection.name.replace(/"/g, '\\"')}"`;
    const users: ObservedUser[] = [];
    for (let page = 0; ; page++) {
      const result = await call('list users', () =>
        this.sdk.users.list({
          q,
          search_engine: 'v3',
          page,
          per_page: PAGE_SIZE,
          include_totals: true,
          fields: OBSERVED_FIELDS.join(','),
          include_fields: true,
          sort: 'created_at:1',
        }),
      );
      const total = totalOf(result.response) ?? result.data.length;
      if (total > SEARCH_CAP) return this.exportUsers(connection);
      for (const raw of result.data) {
        const user = toObservedUser(raw);
        if (user) users.push(user);
      }
      // Stop on the total, or on an empty page: a short page alone may just be a smaller server-side cap.
      if (result.data.length === 0 || users.length >= total) return users;
    }
  }

  /** Every user of the connection through one export job: immediately consistent, unlike search. */
  async exportUsers(connection: Connection): Promise<ObservedUser[]> {
    // No `limit`: "Maximum number of user records to be exported (optional, will export all records if omitted)"
    // (auth0.com/docs/manage-users/user-migration/bulk-user-exports; the OAS's `limit: 5` is an example value).
    const job = await call('start a users-exports job', () =>
      this.sdk.jobs.usersExports.create({
        connection_id: connection.id,
        format: 'json',
        fields: OBSERVED_FIELDS.map((name) => ({ name })),
      }),
    );
    if (!job.id) throw new TenantError('The users-exports job came back without an id.');
    const done = await this.waitForJob(job.id);
    const location = (done as { location?: string }).location;
    if (done.status !== 'completed' || !location) {
      throw new TenantError(`Users-exports job ${job.id} ended ${done.status}${done.statusDetails ? `: ${done.statusDetails}` : ''}.`);
    }
    // The location is a signed download link valid for 60 s: fetch it at once, outside the Management API.
    const response = await fetch(location).catch((error: unknown) => {
      // The link is signed: name its host only.
      throw describeNetworkError(error, { variable: `the download link of export job ${job.id}`, host: new URL(location).host });
    });
    if (!response.ok || !response.body) {
      throw new TenantError(`Downloading the export of job ${job.id} failed with HTTP ${response.status}.`);
    }
    const lines = createInterface({
      input: Readable.fromWeb(response.body as import('node:stream/web').ReadableStream).pipe(createGunzip()),
      crlfDelay: Infinity,
    });
    const users: ObservedUser[] = [];
    for await (const line of lines) {
      if (!line.trim()) continue;
      const user = toObservedUser(JSON.parse(line));
      if (user) users.push(user);
    }
    return users;
  }

  async getJob(id: string): Promise<JobState & { location?: string; timeLeftSeconds?: number }> {
    const job = await call(`read job ${id}`, () => this.sdk.jobs.get(id));
    const raw = job as unknown as Record<string, unknown>;
    const summary = raw.summary as JobState['summary'] | undefined;
    return {
      id,
      status: String(raw.status ?? 'unknown'),
      summary,
      statusDetails: typeof raw.status_details === 'string' ? raw.status_details : undefined,
      location: typeof raw.location === 'string' ? raw.location : undefined,
      timeLeftSeconds: typeof raw.time_left_seconds === 'number' ? raw.time_left_seconds : undefined,
    };
  }

  /**
   * Polls until the job ends. Each poll is a request, and real import jobs take minutes, so polls are spaced by the
   * pace, then sleep as long as the job says it still needs, or twice as long as the last wait (job-polls.ts).
   */
  async waitForJob(id: string): Promise<JobState & { location?: string }> {
    let delay = this.pollFloorMs;
    for (;;) {
      await this.clock.sleep(delay);
      const job = await this.getJob(id);
      if (job.status === 'completed' || job.status === 'failed' || job.status === 'expired') return job;
      delay = nextPollDelay(delay, job, this.pollFloorMs);
    }
  }

  async submitImport(records: readonly object[], options: { connectionId: string; upsert: boolean; externalId?: string }): Promise<string> {
    const file = new Blob([JSON.stringify(records)], { type: 'application/json' });
    const job = await call('start a users-imports job', () =>
      this.sdk.jobs.usersImports.create({
        users: { data: file, filename: 'users.json', contentType: 'application/json' },
        connection_id: options.connectionId,
        upsert: options.upsert,
        send_completion_email: false,
        ...(options.externalId ? { external_id: options.externalId } : {}),
      }),
    );
    if (!job.id) throw new TenantError('The users-imports job came back without an id.');
    return job.id;
  }

  async getJobErrors(id: string): Promise<JobErrorRow[]> {
    const body = await call(`read the errors of job ${id}`, () => this.sdk.jobs.errors.get(id));
    if (!Array.isArray(body)) return [];
    const rows: JobErrorRow[] = [];
    for (const row of body as unknown[]) {
      const r = row as { user?: { email?: unknown }; errors?: { code?: unknown; message?: unknown }[] };
      const email = typeof r.user?.email === 'string' ? r.user.email.toLowerCase().trim() : '';
      rows.push({
        email,
        errors: (r.errors ?? []).map((e) => ({ code: String(e.code ?? 'UNKNOWN'), message: String(e.message ?? '') })),
      });
    }
    return rows;
  }

  /** Returns the ticket URL: a credential, to be put in the mail and nowhere else. */
  async createTicket(request: TicketRequest): Promise<string> {
    const result = await call(`create a ticket for ${request.email}`, () =>
      this.sdk.tickets.changePassword({
        email: request.email,
        connection_id: request.connectionId,
        ttl_sec: request.ttlSeconds,
        mark_email_as_verified: request.markEmailAsVerified,
        ...(request.clientId ? { client_id: request.clientId } : {}),
        ...(request.resultUrl ? { result_url: request.resultUrl } : {}),
        ...(request.organizationId ? { organization_id: request.organizationId } : {}),
      }),
    );
    if (!result.ticket) throw new TenantError(`The ticket for ${request.email} came back empty.`);
    return result.ticket;
  }

  /** One PATCH (apply/ports.ts UserWrite); metadata merges one level deep, so only `invitation` is replaced. */
  async writeUser(userId: string, write: UserWrite): Promise<void> {
    const body: Record<string, unknown> = {};
    if (write.blocked !== undefined) body.blocked = write.blocked;
    for (const field of write.remove ?? []) body[field] = null;
    if (write.invitation !== undefined) body.app_metadata = { [INVITATION_KEY]: write.invitation };
    const what = write.blocked === true ? 'block' : write.blocked === false ? 'unblock' : 'update';
    await call(`${what} ${userId}`, () => this.sdk.users.update(userId, body));
  }

  async deleteUser(userId: string): Promise<void> {
    await call(`delete ${userId}`, () => this.sdk.users.delete(userId));
  }

  /**
   * Immediately consistent look-up of one user of the connection (search may lag behind writes): to confirm an
   * action before it is taken, and to re-read users an import reported as DUPLICATED_USER.
   */
  async findUserByEmail(email: string, connectionName: string): Promise<ObservedUser | undefined> {
    const match = await this.userByEmail(email, connectionName, [...OBSERVED_FIELDS, 'identities'], `look up ${email}`);
    return match === undefined ? undefined : toObservedUser(match);
  }

  /** The lease's three calls (lease/protocol.ts), on the lease user of this connection. */
  leasePort(connectionName: string): LeasePort {
    return {
      create: async (email, record) => {
        try {
          const user = await this.sdk.users.create({
            connection: connectionName,
            email,
            email_verified: true,
            // No verification or welcome mail for an address that can receive none anyway.
            verify_email: false,
            blocked: true,
            // Nobody ever learns it: the lease user can never log in (it is blocked, and has no invitation).
            password: `${randomBytes(24).toString('base64url')}aA1!`,
            app_metadata: { [LEASE_KEY]: record },
          });
          return leaseUserOf(user);
        } catch (error) {
          if ((error as { statusCode?: unknown }).statusCode === 409) return 'exists';
          throw toTenantError('take the tenant lease', error);
        }
      },
      findByEmail: async (email) => {
        const match = await this.userByEmail(email, connectionName, ['user_id', 'email', 'app_metadata', 'identities'], 'read the tenant lease');
        return match === undefined ? undefined : leaseUserOf(match);
      },
      update: async (userId, change) => {
        const body = change.email === undefined
          ? { app_metadata: { [LEASE_KEY]: change.record } }
          : { email: change.email, email_verified: true, verify_email: false, app_metadata: { [LEASE_KEY]: change.record } };
        return leaseUserOf(await call('update the tenant lease', () => this.sdk.users.update(userId, body)));
      },
    };
  }

  /** The user with this email in the connection, as Auth0 returns it (users-by-email spans all connections). */
  private async userByEmail(email: string, connectionName: string, fields: readonly string[], what: string): Promise<unknown> {
    const users = await call(what, () => this.sdk.users.listUsersByEmail({ email, fields: fields.join(','), include_fields: true }));
    return (users as unknown as { identities?: { connection?: string }[] }[]).find((u) => (u.identities ?? []).some((i) => i.connection === connectionName));
  }
}

function totalOf(response: unknown): number | undefined {
  const total = (response as { total?: unknown } | undefined)?.total;
  return typeof total === 'number' ? total : undefined;
}

// The tenant's data and its indexes. Plain data that can be serialized to the state file; the indexes
// (user by id, user by connection+email) are rebuilt on load and kept in step by the mutation helpers here.
import type { StoredPassword } from './users/passwords';

export type Metadata = Record<string, unknown>;

export interface ConnectionRecord {
  id: string;
  name: string;
  /** The emulator creates database connections (`auth0`); a tenant loaded or seeded may hold others to list. */
  strategy: string;
  enabled_clients: string[];
  options: Record<string, unknown>;
  /** The optional settings a connection shows when they are set (OAS `GetConnectionResponseContent`). */
  display_name?: string;
  metadata?: Record<string, string>;
  is_domain_connection?: boolean;
  show_as_button?: boolean;
  /** Enterprise connections' self-service provisioning link. */
  provisioning_ticket_url?: string;
  authentication?: { active: boolean };
  connected_accounts?: { active: boolean; cross_app_access?: boolean };
}

export interface UserRecord {
  user_id: string;
  /** Name of the connection; identities[0] is derived from it. */
  connection: string;
  /** Stored lower-cased, as Auth0 does when it is the IdP. */
  email: string;
  email_verified: boolean;
  username?: string;
  phone_number?: string;
  phone_verified?: boolean;
  name?: string;
  given_name?: string;
  family_name?: string;
  nickname?: string;
  picture?: string;
  /** Present only once set explicitly (import, create or PATCH), like Auth0's bodies. */
  blocked?: boolean;
  /** Shown when it has keys. */
  app_metadata: Metadata;
  /** Absent until set; once set it is shown, even empty (as Auth0 shows `"user_metadata":{}` after clearing it). */
  user_metadata?: Metadata;
  created_at: string;
  updated_at: string;
  last_password_reset?: string;
  last_login?: string;
  logins_count?: number;
  password?: StoredPassword;
  /** Whether the password came from an imported hash (for the Action's REQUIRE_RESET_FOR_IMPORTED_HASHES). */
  imported_password_hash?: boolean;
}

export interface ImportUserError {
  user: Record<string, unknown>;
  errors: Array<{ code: string; message: string; path?: string }>;
}

export interface JobSummary {
  failed: number;
  updated: number;
  inserted: number;
  total: number;
}

export interface ExportField {
  name: string;
  export_as?: string;
}

export interface JobRecord {
  id: string;
  /** The emulator runs imports and exports; a loaded or seeded tenant may hold others (`verification_email`). */
  type: 'users_import' | 'users_export' | 'verification_email';
  status: 'pending' | 'processing' | 'completed' | 'failed';
  created_at: string;
  connection_id?: string;
  connection?: string;
  external_id?: string;
  summary?: JobSummary;
  errors?: ImportUserError[];
  /** Import: the parsed file, dropped once processed. */
  pending_users?: unknown[];
  upsert?: boolean;
  send_completion_email?: boolean;
  /** Export parameters. */
  format?: 'json' | 'csv';
  limit?: number;
  fields?: ExportField[];
  status_details?: string;
  /** Users (import) or candidates (export) processed so far; set once the job is processing. */
  progress?: number;
  /** Import with the `jobfail` fault: how many users are processed before the job fails. */
  fail_after?: number;
}

export interface TicketRecord {
  id: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  mark_email_as_verified: boolean;
  result_url?: string;
  client_id?: string;
  /** The organization whose login the person lands in (its branding and parameters). */
  organization_id?: string;
  used_at?: string;
}

export interface AdminMail {
  to: 'tenant-admins';
  subject: string;
  job_id: string;
  status: string;
  sent_at: string;
}

/** A tenant role and the users it is assigned to (user ids, in assignment order). */
export interface RoleRecord {
  id: string;
  name: string;
  description?: string;
  users: string[];
}

export interface OrganizationMemberRecord {
  user_id: string;
  /** Role ids, in assignment order. */
  roles: string[];
}

export interface OrganizationRecord {
  id: string;
  name: string;
  display_name?: string;
  enabled_connections: Array<{ connection_id: string; assign_membership_on_login: boolean; is_signup_enabled?: boolean; show_as_button?: boolean }>;
  members: OrganizationMemberRecord[];
}

export interface StateData {
  version: 1;
  /** Signs access tokens and export links; persisted so tokens survive a restart. */
  signing_secret: string;
  connections: ConnectionRecord[];
  users: UserRecord[];
  jobs: JobRecord[];
  tickets: TicketRecord[];
  mails: AdminMail[];
  /** Absent in state files written before roles and organizations existed. */
  roles?: RoleRecord[];
  organizations?: OrganizationRecord[];
}

/** Stored admin mails are capped; the oldest go first. */
export const MAX_MAILS = 1000;

export class TenantState {
  readonly usersById = new Map<string, UserRecord>();
  /** `${connection}\n${email}` → user. */
  private readonly usersByConnectionEmail = new Map<string, UserRecord>();
  readonly jobsById = new Map<string, JobRecord>();
  readonly ticketsById = new Map<string, TicketRecord>();
  private readonly listeners: Array<() => void> = [];

  constructor(readonly data: StateData) {
    this.reindex();
  }

  /** Called after every mutation; persistence (debounced) and the lagging search view hook in here. */
  addChangeListener(listener: () => void): void {
    this.listeners.push(listener);
  }

  changed(): void {
    for (const listener of this.listeners) listener();
  }

  reindex(): void {
    this.usersById.clear();
    this.usersByConnectionEmail.clear();
    this.jobsById.clear();
    this.ticketsById.clear();
    for (const user of this.data.users) this.indexUser(user);
    for (const job of this.data.jobs) this.jobsById.set(job.id, job);
    for (const ticket of this.data.tickets) this.ticketsById.set(ticket.id, ticket);
  }

  private indexUser(user: UserRecord): void {
    this.usersById.set(user.user_id, user);
    this.usersByConnectionEmail.set(emailKey(user.connection, user.email), user);
  }

  connectionById(id: string): ConnectionRecord | undefined {
    return this.data.connections.find((c) => c.id === id);
  }

  connectionByName(name: string): ConnectionRecord | undefined {
    return this.data.connections.find((c) => c.name === name);
  }

  userByEmail(connection: string, email: string): UserRecord | undefined {
    return this.usersByConnectionEmail.get(emailKey(connection, email));
  }

  usersWithEmail(email: string): UserRecord[] {
    const found: UserRecord[] = [];
    for (const connection of this.data.connections) {
      const user = this.usersByConnectionEmail.get(emailKey(connection.name, email));
      if (user) found.push(user);
    }
    return found;
  }

  addUser(user: UserRecord): void {
    this.data.users.push(user);
    this.indexUser(user);
    this.changed();
  }

  /** Re-index after an email change. */
  changeEmail(user: UserRecord, email: string): void {
    this.usersByConnectionEmail.delete(emailKey(user.connection, user.email));
    user.email = email;
    this.usersByConnectionEmail.set(emailKey(user.connection, email), user);
  }

  deleteUser(userId: string): boolean {
    const user = this.usersById.get(userId);
    if (!user) return false;
    this.usersById.delete(userId);
    this.usersByConnectionEmail.delete(emailKey(user.connection, user.email));
    const index = this.data.users.indexOf(user);
    if (index >= 0) this.data.users.splice(index, 1);
    // A deleted user holds no role and belongs to no organization any more.
    for (const role of this.data.roles ?? []) role.users = role.users.filter((id) => id !== userId);
    for (const organization of this.data.organizations ?? []) organization.members = organization.members.filter((m) => m.user_id !== userId);
    this.changed();
    return true;
  }

  addJob(job: JobRecord): void {
    this.data.jobs.push(job);
    this.jobsById.set(job.id, job);
    this.changed();
  }

  /** Forgets the jobs `expired` selects (their errors go with them). */
  removeJobs(expired: (job: JobRecord) => boolean): JobRecord[] {
    const removed = this.data.jobs.filter(expired);
    if (removed.length === 0) return removed;
    const kept = this.data.jobs.filter((job) => !expired(job));
    this.data.jobs.length = 0;
    for (const job of kept) this.data.jobs.push(job);
    for (const job of removed) this.jobsById.delete(job.id);
    this.changed();
    return removed;
  }

  /** Keeps the newest `MAX_MAILS` mails. */
  addMail(mail: AdminMail): void {
    this.data.mails.push(mail);
    if (this.data.mails.length > MAX_MAILS) this.data.mails.splice(0, this.data.mails.length - MAX_MAILS);
    this.changed();
  }

  addTicket(ticket: TicketRecord): void {
    this.data.tickets.push(ticket);
    this.ticketsById.set(ticket.id, ticket);
    this.changed();
  }

  /** Forget users, jobs, tickets and mails (and who holds which role or membership); keep connections, roles, organizations and the signing secret. */
  clear(): void {
    for (const role of this.data.roles ?? []) role.users.length = 0;
    for (const organization of this.data.organizations ?? []) organization.members.length = 0;
    this.data.users.length = 0;
    this.data.jobs.length = 0;
    this.data.tickets.length = 0;
    this.data.mails.length = 0;
    this.reindex();
    this.changed();
  }
}

function emailKey(connection: string, email: string): string {
  return `${connection}\n${email}`;
}

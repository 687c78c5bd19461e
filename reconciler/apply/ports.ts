// What an apply needs from the world: the tenant calls it makes, a mailer, progress, and a guard. Small
// interfaces, each with only the methods the applier calls, so that tests can run it without a server.
import type { Clock } from '../clock';
import type { BatchingSettings, TicketSettings } from '../config';
import type { InvitationMail } from '../mail/message';
import type { Connection, InvitationState, ObservedUser, Policy, ProfileField } from '../model';
import type { TicketRequest } from '../tenant/tenant';
import type { InvitationDelivery } from './delivery/port';
import type { GrantsPort } from './grants';
import type { ImportPort } from './import-runner';

/** The tenant calls an apply makes: imports, tickets, and the few per-user writes that imports cannot do. */
export interface ApplyTenant extends ImportPort {
  createTicket(request: TicketRequest): Promise<string>;
  writeUser(userId: string, write: UserWrite): Promise<void>;
  deleteUser(userId: string): Promise<void>;
  findUserByEmail(email: string, connectionName: string): Promise<ObservedUser | undefined>;
  exportUsers(connection: Connection): Promise<ObservedUser[]>;
  readonly requestCount: number;
}

/**
 * One `PATCH /users/{id}`: what an upsert cannot do (`blocked`, removing a profile field), with the bookkeeping
 * that goes with it (a revocation mark set or cleared, the managed-fields record), in the same request.
 */
export interface UserWrite {
  blocked?: boolean;
  /** Profile fields to remove (sent as `null`). */
  remove?: ProfileField[];
  /** Replaces `app_metadata.invitation` whole; the rest of app_metadata is untouched (PATCH merges one level). */
  invitation?: InvitationState;
}

export interface ApplyMailer {
  send(mail: InvitationMail): Promise<void>;
}

export interface ApplyProgress {
  start(label: string, total: number): void;
  tick(n?: number): void;
  stop(): void;
}

/**
 * Throws when this run may no longer act (its tenant lease was lost). Checked before each ticket and before
 * each mail, the two effects that must never be doubled; `effect` says which comes next.
 */
export type ApplyGuard = (effect: 'ticket' | 'mail') => void;

export interface ApplyDeps {
  tenant: ApplyTenant;
  /** The reconciler's mailer, for the default delivery (a ticket it mails: `mail.delivery: smtp`). */
  mailer: ApplyMailer;
  /** How invitations go out; default: a ticket per invitee, mailed by `mailer` (delivery/ticket-mail.ts). */
  delivery?: InvitationDelivery;
  clock: Clock;
  connection: Connection;
  tickets: TicketSettings;
  batching: BatchingSettings;
  /** The policy the plan was made with; used again to re-plan users that are read again. */
  policy: Policy;
  /** Role and organization writes; needed when the plan grants or removes any. */
  access?: GrantsPort;
  progress?: ApplyProgress;
  guard?: ApplyGuard;
  /** Aborted to stop the apply early (SIGINT, SIGTERM): nothing new starts, what is in flight ends. */
  stop?: AbortSignal;
  /** How long a stopped apply may take to end: what is in flight, then its bookkeeping (default 6 s). */
  stopGraceMs?: number;
}

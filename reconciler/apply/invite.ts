// Invitations: a ticket (the link), the mail that carries it, then its bookkeeping upsert (`invited`). The two
// steps are the delivery's (delivery/port.ts): a ticket mailed by the reconciler, or Auth0's own email (whose
// first step is empty). Tickets and mails run in pools of their own, so that composing and writing a mail never
// holds up the next ticket; a pipeline bounds how many tickets may wait for their mail (links are kept in memory
// only). Once the apply halts no ticket is asked for; before the first mail is delivered at most one window of
// them is, and a window of tickets or mails failing alike halts the apply (systemic-failures.ts).
import type { Clock } from '../clock';
import type { BatchingSettings, TicketSettings } from '../config';
import type { InvitationDelivery } from './delivery/port';
import type { GrantRecord, InvitationState, Invitee, MailingKind, ObservedUser } from '../model';
import { readInvitation } from '../plan/invitation';
import { upsertRecord } from '../import-file/records';
import { FirstWindow } from './first-window';
import { unrecordedLimit } from './flush-policy';
import type { Halt } from './halt';
import { Limiter } from './limiter';
import type { ApplyGuard, ApplyProgress } from './ports';
import { messageOf, type ApplyTally, type Outcome } from './report';
import { failureSignature, SystemicFailures } from './systemic-failures';
import type { Upserts } from './upserts';

export interface InvitationJob {
  kind: MailingKind;
  invitee: Invitee;
  /** The user as last known: observed, read again, or as just imported. */
  user: ObservedUser;
  /** The grant record to keep, when this run changed grants (else the stored one stays). */
  grants?: { record: GrantRecord | undefined };
  /** The organization whose login the link opens (the user is a member of it). */
  organizationId?: string;
}

export interface InviterDeps {
  delivery: InvitationDelivery;
  clock: Clock;
  tickets: Pick<TicketSettings, 'ttl_seconds'>;
  batching: BatchingSettings;
  progress?: ApplyProgress;
  guard?: ApplyGuard;
  upserts: Upserts;
  tally: ApplyTally;
  halt: Pick<Halt, 'stopped' | 'stop'>;
}

const SENT: Record<MailingKind, Outcome> = { invite: 'invited', resume: 'resumed', reinvite: 'reinvited' };

export class Inviter {
  private readonly ticketSlots: Limiter;
  private readonly mailSlots: Limiter;
  private readonly pipeline: Limiter;
  private readonly tasks: Promise<void>[] = [];
  /** Mail may run ahead of its bookkeeping by at most two flush windows (one filling, one being written). */
  private readonly unrecordedLimit: number;
  private readonly firstWindow: FirstWindow;
  private readonly ticketFailures: SystemicFailures;
  private readonly mailFailures: SystemicFailures;
  private accepted = 0;
  private started = 0;

  constructor(private readonly deps: InviterDeps) {
    const { ticket_concurrency } = deps.batching;
    this.ticketSlots = new Limiter(ticket_concurrency);
    this.mailSlots = new Limiter(ticket_concurrency);
    this.pipeline = new Limiter(3 * ticket_concurrency);
    this.unrecordedLimit = unrecordedLimit(deps.batching);
    this.firstWindow = new FirstWindow(ticket_concurrency);
    const systemic = (message: string): void => {
      deps.halt.stop({ reason: 'systemic-failure', message });
      this.firstWindow.release();
    };
    this.ticketFailures = new SystemicFailures(ticket_concurrency, 'tickets', systemic);
    this.mailFailures = new SystemicFailures(ticket_concurrency, 'mails', systemic);
  }

  /** Starts one invitation; `settled()` waits for it. */
  send(job: InvitationJob): void {
    this.accepted++;
    this.tasks.push(this.pipeline.run(() => this.invite(job)));
  }

  /** Invitations handed to `send` whose ticket was never asked for, because the apply halted first. */
  get notStarted(): number {
    return this.accepted - this.started;
  }

  /** A halted apply: invitations waiting for the first window must wake up and see it. */
  release(): void {
    this.firstWindow.release();
  }

  /** Waits until every invitation sent so far (and any sent meanwhile) has ended. */
  async settled(): Promise<void> {
    for (let seen = 0; seen < this.tasks.length; ) {
      const batch = this.tasks.slice(seen);
      seen = this.tasks.length;
      await Promise.all(batch);
    }
  }

  private async invite(job: InvitationJob): Promise<void> {
    const { kind, invitee } = job;
    const { clock, delivery } = this.deps;
    // The ticket's clock starts when Auth0 creates it: take the time before asking, so the mail never overstates it.
    let issuedAt = clock.now();
    const prepared = await this.ticketSlots.run(async () => {
      if (this.deps.halt.stopped) return undefined;
      await this.deps.upserts.room(this.unrecordedLimit);
      await this.firstWindow.enter();
      if (this.deps.halt.stopped) return undefined;
      this.started++;
      issuedAt = clock.now();
      try {
        this.deps.guard?.('ticket');
        const link = await delivery.prepare(invitee, { organizationId: job.organizationId });
        this.ticketFailures.succeeded();
        return { link };
      } catch (error) {
        this.deps.tally.failWith(error, { invitee, email: invitee.email, action: kind, stage: 'ticket' });
        this.ticketFailures.failed({ signature: failureSignature('ticket', error), message: messageOf(error) });
        this.firstWindow.finished();
        return undefined;
      }
    });
    if (prepared !== undefined) await this.mailSlots.run(() => this.mailAndRecord(job, prepared.link, issuedAt));
  }

  private async mailAndRecord({ kind, invitee, user, grants }: InvitationJob, link: string | undefined, issuedAt: number): Promise<void> {
    const { clock, tickets, tally, delivery } = this.deps;
    const expiresAt = new Date(issuedAt + tickets.ttl_seconds * 1000).toISOString();
    try {
      this.deps.guard?.('mail');
      await delivery.send({ invitee, kind, link, expiresAt });
    } catch (error) {
      // The user stays `pending` (or expired): the next run sends a fresh ticket.
      tally.fail({ invitee, email: invitee.email, action: kind, stage: 'mail', message: messageOf(error) });
      this.mailFailures.failed({ signature: failureSignature('mail', error), message: messageOf(error) });
      this.firstWindow.finished();
      return;
    }
    this.mailFailures.succeeded();
    this.firstWindow.delivered();
    tally.count(SENT[kind]);
    this.deps.progress?.tick();
    const stored = readInvitation(user.app_metadata);
    const record = grants !== undefined ? grants.record : stored?.grants;
    const state: InvitationState = {
      status: 'invited',
      invited_at: new Date(clock.now()).toISOString(),
      expires_at: expiresAt,
      sent: (stored?.sent ?? 0) + 1,
      ...(delivery.marksInvitees ? { awaiting_password: true } : {}),
      ...(record !== undefined ? { grants: record } : {}),
    };
    // email_verified as last read (for a resume, re-read just before its ticket): this mail just went out, and a
    // person needs far longer than one flush window to open it and set a password.
    this.deps.upserts.add({ record: upsertRecord(invitee, user, state, user.email_verified), subject: { invitee, kind: 'bookkeeping', action: kind } });
  }
}

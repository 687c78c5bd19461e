import type { Clock } from '../clock';
import type { BatchingSettings, TicketSettings } from '../config';
import type { InvitationMail } from '../mail/message';
import {
  isMailing,
  PROFILE_FIELDS,
  type ApplyReport,
  type Connection,
  type FailureStage,
  type InvitationState,
  type Invitee,
  type InviteeFailure,
  type MailingKind,
  type ObservedUser,
  type Plan,
  type PlanAction,
  type Policy,
} from '../model';
import { isAccepted, readInvitation } from '../plan/invitation';
import { plan as makePlan } from '../plan/plan';
import { newUserRecord, upsertRecord, type ImportRecord } from '../import-file/records';
import { packBatches } from '../import-file/size';
import type { TicketRequest } from '../tenant/tenant';
import { ImportRunner, type ImportPort } from './import-runner';
import { Limiter } from './limiter';
import { UpsertBatcher } from './upsert-batcher';

/** The tenant calls an apply makes: imports, tickets, and the few per-user writes that imports cannot do. */
export interface ApplyTenant extends ImportPort {
  createTicket(request: TicketRequest): Promise<string>;
  setBlocked(userId: string, blocked: boolean): Promise<void>;
  deleteUser(userId: string): Promise<void>;
  findUserByEmail(email: string, connectionName: string): Promise<ObservedUser | undefined>;
  exportUsers(connection: Connection): Promise<ObservedUser[]>;
  readonly requestCount: number;
}

export interface ApplyMailer {
  send(mail: InvitationMail): Promise<void>;
}

export interface ApplyProgress {
  start(label: string, total: number): void;
  tick(n?: number): void;
  log(line: string): void;
  stop(): void;
}

export interface ApplyDeps {
  tenant: ApplyTenant;
  mailer: ApplyMailer;
  clock: Clock;
  connection: Connection;
  tickets: TicketSettings;
  batching: BatchingSettings;
  /** The policy the plan was made with; used again to re-plan users that turned out to exist. */
  policy: Policy;
  progress?: ApplyProgress;
  /** Throws when this run may no longer write (its tenant lease was lost): checked before each ticket. */
  guard?: () => void;
}

interface TicketJob {
  kind: MailingKind;
  invitee: Invitee;
  /** The user as last known: observed, or as just imported. */
  user: ObservedUser;
}

/** Above this many users to re-read, one export of the connection is cheaper than look-ups one by one. */
const LOOKUPS_BEFORE_OBSERVING = 5;

type UpsertSubject = { invitee: Invitee; kind: 'bookkeeping' | 'update' | 'adopt'; action: PlanAction['kind'] };

/**
 * Executes a plan. Order of effects per invitee, chosen so that nothing is lost and little is repeated:
 * import (already marked `pending`) → ticket → mail → bookkeeping upsert marks it `invited`. A crash after
 * the mail and before its bookkeeping is written makes the next run resend to those people only, and mail never
 * runs more than two flush windows ahead of its bookkeeping; a crash anywhere earlier leaves a `pending` user
 * that the next run resumes. Tickets for a batch start as soon as its import job completes, while later
 * batches still import. `report.requests` counts this apply's own requests.
 */
export async function apply(plan: Plan, deps: ApplyDeps): Promise<ApplyReport> {
  const started = deps.clock.now();
  const requestsBefore = deps.tenant.requestCount;
  const report: ApplyReport = { invited: 0, resumed: 0, reinvited: 0, updated: 0, adopted: 0, revoked: 0, failures: [], requests: 0, durationMs: 0 };
  if (plan.refusal) throw new Error(`Refusing to apply: ${plan.refusal}`);

  const { tenant, clock, batching, tickets, connection } = deps;
  const fail = (f: { invitee?: Invitee; email: string; action: PlanAction['kind']; stage: FailureStage; message: string; code?: string; jobId?: string }): void => {
    const failure: InviteeFailure = { email: f.email, action: f.action, stage: f.stage, message: f.message };
    if (f.invitee) failure.source = f.invitee.source;
    if (f.code) failure.code = f.code;
    if (f.jobId) failure.jobId = f.jobId;
    report.failures.push(failure);
  };

  const runner = new ImportRunner(tenant, connection.id, batching.import_concurrency);
  const upserts = new UpsertBatcher<UpsertSubject>({
    runner,
    maxBytes: batching.import_max_bytes,
    flushEvery: batching.bookkeeping_flush_every,
    flushAfterMs: batching.bookkeeping_flush_seconds * 1000,
    onResult: ({ subject, record }, result) => {
      if (result.error) {
        fail({
          invitee: subject.invitee,
          email: record.email,
          action: subject.action,
          stage: subject.kind === 'bookkeeping' ? 'bookkeeping' : 'update',
          message:
            subject.kind === 'bookkeeping'
              ? `the invitation was sent but could not be recorded (the next run may send it again): ${result.error.message}`
              : result.error.message,
          code: result.error.code,
          jobId: result.jobId,
        });
      } else if (subject.kind === 'update') report.updated++;
      else if (subject.kind === 'adopt') report.adopted++;
    },
  });

  const mailing = plan.actions.filter((a) => isMailing(a.kind)).length;
  deps.progress?.start('inviting', mailing);

  // Tickets and mails run in pools of their own, so that composing and writing a mail never holds up the next
  // ticket; the pipeline bounds how many tickets may wait for their mail (links are kept in memory only).
  const ticketSlots = new Limiter(batching.ticket_concurrency);
  const mailSlots = new Limiter(batching.ticket_concurrency);
  const pipeline = new Limiter(3 * batching.ticket_concurrency);
  const ticketTasks: Promise<void>[] = [];
  const sendInvitation = (job: TicketJob): void => {
    ticketTasks.push(pipeline.run(() => invite(job)));
  };

  // Mail may run ahead of its bookkeeping by at most two flush windows (one filling, one being written).
  const unrecordedLimit = 2 * Math.max(1, batching.bookkeeping_flush_every);
  const invite = async (job: TicketJob): Promise<void> => {
    const { kind, invitee } = job;
    // The ticket's clock starts when Auth0 creates it: take the time before asking, so the mail never overstates it.
    let issuedAt = clock.now();
    const link = await ticketSlots.run(async () => {
      await upserts.room(unrecordedLimit);
      issuedAt = clock.now();
      try {
        deps.guard?.();
        return await tenant.createTicket({
          email: invitee.email,
          connectionId: connection.id,
          ttlSeconds: tickets.ttl_seconds,
          markEmailAsVerified: tickets.mark_email_as_verified,
          clientId: tickets.client_id,
          resultUrl: tickets.result_url,
        });
      } catch (error) {
        fail({ invitee, email: invitee.email, action: kind, stage: 'ticket', message: messageOf(error), code: codeOf(error) });
        return undefined;
      }
    });
    if (link !== undefined) await mailSlots.run(() => mailAndRecord(job, link, issuedAt));
  };

  const mailAndRecord = async ({ kind, invitee, user }: TicketJob, link: string, issuedAt: number): Promise<void> => {
    const expiresAt = new Date(issuedAt + tickets.ttl_seconds * 1000).toISOString();
    try {
      await deps.mailer.send({ to: { email: invitee.email, name: invitee.profile.name }, link, expiresAt, kind });
    } catch (error) {
      // The user stays `pending` (or expired): the next run sends a fresh ticket.
      fail({ invitee, email: invitee.email, action: kind, stage: 'mail', message: messageOf(error) });
      return;
    }
    report[kind === 'invite' ? 'invited' : kind === 'resume' ? 'resumed' : 'reinvited']++;
    deps.progress?.tick();
    const previous = invitationOf(user);
    const state: InvitationState = {
      status: 'invited',
      invited_at: new Date(clock.now()).toISOString(),
      expires_at: expiresAt,
      sent: (previous?.sent ?? 0) + 1,
    };
    // email_verified as last read (for a resume, re-read just before its ticket): this mail just went out, and a
    // person needs far longer than one flush window to open it and set a password.
    upserts.add({ record: upsertRecord(invitee, user, state, user.email_verified), subject: { invitee, kind: 'bookkeeping', action: kind } });
  };

  const updateUser = async (action: { kind: 'update' | 'adopt'; invitee: Invitee; user: ObservedUser; changes: { field: string; to: unknown }[] }): Promise<void> => {
    const { invitee, user } = action;
    if (action.changes.some((c) => c.field === 'blocked' && c.to === false)) {
      try {
        await tenant.setBlocked(user.user_id, false);
      } catch (error) {
        fail({ invitee, email: invitee.email, action: action.kind, stage: 'update', message: messageOf(error), code: codeOf(error) });
        return;
      }
    }
    const needsUpsert = action.kind === 'adopt' || action.changes.some((c) => c.field !== 'blocked');
    if (!needsUpsert) {
      report.updated++;
      return;
    }
    const state: InvitationState | undefined =
      action.kind === 'adopt' ? { status: 'adopted', adopted_at: new Date(clock.now()).toISOString() } : invitationOf(user);
    upserts.add({
      record: upsertRecord(invitee, user, state, user.email_verified),
      subject: { invitee, kind: action.kind, action: action.kind },
    });
  };

  /**
   * Actions whose user is read again, immediately consistently, just before acting (they are rare, so the
   * look-ups cost little): a `resume` or `reinvite`, since search may lag behind a run that just mailed them (and
   * a `pending` user may have been mailed by a run that crashed before its bookkeeping); and an `update` of a user
   * whose ticket is still out, since using it may verify the email at any moment and the upsert must not send a
   * stale `false`.
   */
  const readFirst = (action: PlanAction): boolean =>
    action.kind === 'resume' ||
    action.kind === 'reinvite' ||
    (action.kind === 'update' && tickets.mark_email_as_verified && awaitingAcceptance(action.user));

  /** One action, wherever it came from; `fresh` says its user was read just now (a re-plan). */
  const dispatch = async (action: PlanAction, fresh = false): Promise<void> => {
    if (!fresh && readFirst(action) && 'invitee' in action) {
      await replanExisting([{ invitee: action.invitee, action: action.kind }]);
      return;
    }
    switch (action.kind) {
      case 'resume':
      case 'reinvite':
        // A blocked user declared again is unblocked before it is mailed (blocked cannot be upserted);
        // other profile changes ride along in the bookkeeping upsert that follows the mail.
        if (action.changes.some((c) => c.field === 'blocked' && c.to === false)) {
          try {
            await tenant.setBlocked(action.user.user_id, false);
          } catch (error) {
            fail({ invitee: action.invitee, email: action.email, action: action.kind, stage: 'update', message: messageOf(error), code: codeOf(error) });
            return;
          }
        }
        sendInvitation({ kind: action.kind, invitee: action.invitee, user: action.user });
        return;
      case 'update':
      case 'adopt':
        await updateUser(action);
        return;
      case 'revoke':
        try {
          if (action.mode === 'delete') await tenant.deleteUser(action.user.user_id);
          else await tenant.setBlocked(action.user.user_id, true);
          report.revoked++;
        } catch (error) {
          // Already gone (deleted by hand, or by another run since this one observed): the revocation holds.
          if ((error as { statusCode?: unknown }).statusCode === 404) report.revoked++;
          else fail({ email: action.email, action: 'revoke', stage: 'revoke', message: messageOf(error), code: codeOf(error) });
        }
        return;
      case 'invite':
      case 'unchanged':
        return;
    }
  };

  /**
   * Reads these invitees' users again and re-plans them: after DUPLICATED_USER (the user exists after all:
   * search lagged, another run created it, or a retried import POST made a second job) and to confirm the
   * actions `readFirst` names. A few are looked up one by one; many (a whole duplicated job) cost one export.
   */
  const replanExisting = async (entries: { invitee: Invitee; action: PlanAction['kind'] }[]): Promise<void> => {
    const stageOf = (action: PlanAction['kind']): FailureStage => (action === 'invite' ? 'import' : action === 'update' ? 'update' : 'ticket');
    const found = new Map<string, ObservedUser>();
    try {
      if (entries.length > LOOKUPS_BEFORE_OBSERVING) {
        const wanted = new Set(entries.map((e) => e.invitee.email));
        // An export, not a search: search may lag behind the very writes that made these users exist.
        for (const user of await tenant.exportUsers(connection)) if (wanted.has(user.email)) found.set(user.email, user);
      } else {
        for (const { invitee } of entries) {
          const user = await tenant.findUserByEmail(invitee.email, connection.name);
          if (user) found.set(user.email, user);
        }
      }
    } catch (error) {
      for (const { invitee, action } of entries) fail({ invitee, email: invitee.email, action, stage: stageOf(action), message: messageOf(error), code: codeOf(error) });
      return;
    }
    for (const { invitee, action } of entries.filter((e) => !found.has(e.invitee.email))) {
      const message =
        action === 'invite'
          ? 'Auth0 reports the user exists, but it is not in the connection (see auth0-facts.md §1: delete it with the Delete Connection User endpoint and rerun)'
          : 'the user was deleted from the tenant while this run was planning; the next run invites it again';
      fail({ invitee, email: invitee.email, action, stage: stageOf(action), code: action === 'invite' ? 'DUPLICATED_USER' : undefined, message });
    }
    const present = entries.map((e) => e.invitee).filter((i) => found.has(i.email));
    const again = makePlan({ invitees: present }, { connection, users: [...found.values()] }, deps.policy);
    await Promise.all(again.actions.map((a) => dispatch(a, true)));
  };

  const invites = plan.actions.filter((a): a is Extract<PlanAction, { kind: 'invite' }> => a.kind === 'invite');
  const inviteeByEmail = new Map(invites.map((a) => [a.email, a.invitee]));
  const importTasks = packBatches(invites.map((a) => newUserRecord(a.invitee)), batching.import_max_bytes).map(async (batch) => {
    const invitees = new Map(batch.map((r) => [r.email, inviteeByEmail.get(r.email)!]));
    let outcome;
    try {
      outcome = await runner.run(batch, false);
    } catch (error) {
      for (const [email, invitee] of invitees) fail({ invitee, email, action: 'invite', stage: 'import', message: messageOf(error), code: codeOf(error) });
      return;
    }
    const { job, jobId, errors } = outcome;
    const existing: Invitee[] = [];
    for (const record of batch) {
      const invitee = invitees.get(record.email)!;
      const rowErrors = errors.get(record.email);
      if (rowErrors?.some((e) => e.code === 'DUPLICATED_USER')) {
        existing.push(invitee);
      } else if (rowErrors && rowErrors.length > 0) {
        fail({ invitee, email: invitee.email, action: 'invite', stage: 'import', code: rowErrors[0]!.code, message: rowErrors.map((e) => e.message).join('; '), jobId });
      } else if (job.status !== 'completed') {
        // A failed job says nothing reliable about who was created: mail nobody; the next run observes and resumes.
        fail({ invitee, email: invitee.email, action: 'invite', stage: 'import', message: `import job ${jobId} ended ${job.status}${job.statusDetails ? `: ${job.statusDetails}` : ''}`, jobId });
      } else {
        sendInvitation({ kind: 'invite', invitee, user: justImported(record) });
      }
    }
    if (existing.length > 0) await replanExisting(existing.map((invitee) => ({ invitee, action: 'invite' as const })));
  });

  // Everything that is not an invite starts right away, alongside the imports; resumes are confirmed together.
  const otherTasks = plan.actions.filter((a) => a.kind !== 'invite' && !readFirst(a)).map((a) => dispatch(a));
  const toConfirm = plan.actions.filter(readFirst).map((a) => ({ invitee: (a as Extract<PlanAction, { invitee: Invitee }>).invitee, action: a.kind }));
  if (toConfirm.length > 0) otherTasks.push(replanExisting(toConfirm));

  await Promise.all([...importTasks, ...otherTasks]);
  // Ticket tasks may be added while earlier ones run (re-plans): wait until none is left.
  for (let seen = 0; seen < ticketTasks.length; ) {
    const batch = ticketTasks.slice(seen);
    seen = ticketTasks.length;
    await Promise.all(batch);
  }
  await upserts.drain();
  deps.progress?.stop();

  report.failures.sort((a, b) => (a.email < b.email ? -1 : a.email > b.email ? 1 : 0));
  report.requests = tenant.requestCount - requestsBefore;
  report.durationMs = clock.now() - started;
  return report;
}

/** The user as the import just created it, for the bookkeeping upsert that follows the mail. */
function justImported(record: ImportRecord): ObservedUser {
  const profile: ObservedUser['profile'] = {};
  for (const field of PROFILE_FIELDS) {
    if (record[field] !== undefined) profile[field] = record[field];
  }
  return {
    user_id: '',
    email: record.email,
    email_verified: false,
    blocked: false,
    profile,
    user_metadata: record.user_metadata ?? {},
    app_metadata: record.app_metadata,
  };
}

function invitationOf(user: ObservedUser): InvitationState | undefined {
  return readInvitation(user.app_metadata);
}

/** Invited (or imported) and the password not set yet: a ticket of theirs may still be used at any moment. */
function awaitingAcceptance(user: ObservedUser): boolean {
  const status = invitationOf(user)?.status;
  return (status === 'pending' || status === 'invited') && !isAccepted(user);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

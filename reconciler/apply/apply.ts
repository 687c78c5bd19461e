import type { Clock } from '../clock';
import { isMailing, type InviteAction, type Plan, type PlanAction, type ApplyReport } from '../model';
import { createGranting } from './granting';
import type { GrantOutcome } from './grants';
import { confirm, needsConfirming, type ToConfirm } from './confirm';
import { ApplyStopped, Halt, settledWithin } from './halt';
import { importNewUsers } from './import-new';
import { ImportRunner } from './import-runner';
import { ticketMailDelivery } from './delivery/ticket-mail';
import { Inviter } from './invite';
import type { ApplyDeps } from './ports';
import { ApplyTally } from './report';
import { revokeUser, updateUser, writeFirst, type UserChangeDeps } from './update-revoke';
import { createUpserts, type Upserts } from './upserts';

/**
 * Executes a plan. Order of effects per invitee, chosen so that nothing is lost and little is repeated:
 * import (already marked `pending`) → ticket → mail → bookkeeping upsert marks it `invited`. A crash after
 * the mail and before its bookkeeping is written makes the next run resend to those people only, and mail never
 * runs more than two flush windows ahead of its bookkeeping (flush-policy.ts); a crash anywhere earlier leaves a
 * `pending` user that the next run resumes. Tickets for a batch start as soon as its import job completes, while later
 * batches still import. Users that turn out to exist, and actions that `needsConfirming`, are read again and
 * planned again first (confirm.ts); their fresh actions are carried out as they are. `report.requests` counts
 * this apply's own requests.
 *
 * A stop (`deps.stop`, or a systemic failure: halt.ts) starts nothing new; what is in flight ends and the
 * bookkeeping is written, both within `stopGraceMs`; the report counts what was not started.
 */
export async function apply(plan: Plan, deps: ApplyDeps): Promise<ApplyReport> {
  if (plan.refusal) throw new Error(`Refusing to apply: ${plan.refusal}`);
  const { tenant, clock, batching, connection, policy } = deps;
  const started = clock.now();
  const requestsBefore = tenant.requestCount;
  const tally = new ApplyTally();
  const halt = new Halt(deps.stop);
  const runner = new ImportRunner(tenant, connection.id, batching.import_concurrency, clock);
  const upserts = createUpserts(runner, batching, clock, tally);
  const delivery = deps.delivery ?? ticketMailDelivery(deps);
  const inviter = new Inviter({ ...deps, delivery, upserts, tally, halt });
  const changes: UserChangeDeps = { tenant, clock, upserts, tally };
  deps.progress?.start('inviting', plan.actions.filter((a) => isMailing(a.kind)).length);
  const granting = createGranting(plan, { access: deps.access, batching, tally });
  // Grants of users that exist already are made first, all together: tickets may name an organization only
  // for a member, and the record of what was granted rides in the upsert of each action.
  const existingGrants = granting.grant(granting.existingUsersJobs());
  let outcomes = new Map<string, GrantOutcome>();

  const perform = (action: PlanAction): Promise<void> => performAction(action, { changes, inviter, granting, outcome: (email) => outcomes.get(email) });
  const confirmAndPerform = async (entries: ToConfirm[]): Promise<void> => {
    if (entries.length === 0) return;
    const fresh = await halt.race(confirm(entries, { tenant, connection, policy, tally })).catch((error: unknown) => {
      if (!(error instanceof ApplyStopped)) throw error;
      tally.skip(entries.length);
      return [];
    });
    await Promise.all(fresh.map(perform));
  };

  const invites = plan.actions.filter((a): a is InviteAction => a.kind === 'invite');
  const imports = importNewUsers(invites, { runner, maxBytes: batching.import_max_bytes, tally, halt, marked: delivery.marksInvitees }).map(async (imported) => {
    const { created, existing } = await imported;
    // New users' grants, in bulk per import file: their tickets (which may name an organization) start once the
    // memberships are made, while roles are still being assigned. Their record was written by the import itself.
    await granting.grant(granting.newUsersJobs(created), (made) => {
      for (const { invitee, user } of created) inviter.send({ kind: 'invite', invitee, user, ...granting.forInvitation(invitee, made.get(invitee.email)) });
    });
    await confirmAndPerform(existing.map((invitee) => ({ invitee, action: 'invite' })));
  });
  // Everything that is not an invite starts once the existing users' grants are made, alongside the imports;
  // confirmations are read together.
  const others = plan.actions.filter((a) => a.kind !== 'invite');
  const toConfirm = others.filter((a) => needsConfirming(a, deps.tickets));
  const work = Promise.all([
    ...imports,
    existingGrants.then(async (made) => {
      outcomes = made;
      await Promise.all([
        ...others.filter((a) => !needsConfirming(a, deps.tickets)).map(perform),
        confirmAndPerform(toConfirm.map((a) => ({ invitee: a.invitee, action: a.kind, observed: a.user }))),
      ]);
    }),
  ]).then(() => inviter.settled()); // invitations may still be added while earlier ones run (confirmed actions)
  await Promise.race([work, halt.whenStopped()]);
  if (halt.stopped) await finishHalted(work, { halt, inviter, upserts, tally, clock, graceMs: deps.stopGraceMs ?? STOP_GRACE_MS });
  else await upserts.drain();
  halt.dispose();
  deps.progress?.stop();
  return { ...tally.finish(tenant.requestCount - requestsBefore, clock.now() - started), delivery: { name: delivery.name } };
}


interface Performer {
  changes: UserChangeDeps;
  inviter: Inviter;
  granting: ReturnType<typeof createGranting>;
  /** The grants made for this invitee's user before its action (existing users' grants come first). */
  outcome(email: string): GrantOutcome | undefined;
}

/** One action whose user is as current as it needs to be. */
async function performAction(action: PlanAction, { changes, inviter, granting, outcome }: Performer): Promise<void> {
  switch (action.kind) {
    case 'resume':
    case 'reinvite':
      if (await writeFirst(action, changes)) {
        inviter.send({ kind: action.kind, invitee: action.invitee, user: action.user, ...granting.forInvitation(action.invitee, outcome(action.email)) });
      }
      return;
    case 'update':
    case 'adopt': {
      const made = outcome(action.email);
      return updateUser(action, changes, made ? { record: made.record } : undefined);
    }
    case 'revoke':
      return revokeUser(action, changes);
    case 'invite':
    case 'held':
    case 'unchanged':
      return;
  }
}

/**
 * How long a halted apply may take to end: half of it for what is in flight, the rest for the bookkeeping. Under
 * the 7.5 s GitHub Actions leaves a cancelled step between its SIGINT and its SIGTERM.
 */
const STOP_GRACE_MS = 6_000;

/**
 * After a halt: the bookkeeping of mails already sent is flushed at once (invitations waiting for room wake up
 * and see the halt), what is in flight ends, and the bookkeeping is written; both within `graceMs`.
 */
async function finishHalted(
  work: Promise<unknown>,
  { halt, inviter, upserts, tally, clock, graceMs }: { halt: Halt; inviter: Inviter; upserts: Upserts; tally: ApplyTally; clock: Clock; graceMs: number },
): Promise<void> {
  const deadline = clock.now() + graceMs;
  inviter.release();
  upserts.flush();
  const ended = await settledWithin(work, graceMs / 2, clock);
  const written = await settledWithin(upserts.drain(), Math.max(0, deadline - clock.now()), clock);
  tally.skip(inviter.notStarted);
  const why = halt.reason!;
  const unsure = [
    ended ? '' : `invitations still in flight after ${graceMs / 2000} s were left`,
    written ? '' : 'the bookkeeping of the last mails was not confirmed in time (the next run may send those again)',
  ].filter(Boolean);
  tally.stop(unsure.length === 0 ? why : { ...why, message: `${why.message}; ${unsure.join('; ')}` });
}

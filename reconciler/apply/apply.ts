import { isMailing, type InviteAction, type Plan, type PlanAction, type ApplyReport } from '../model';
import { confirm, needsConfirming, type ToConfirm } from './confirm';
import { importNewUsers } from './import-new';
import { ImportRunner } from './import-runner';
import { Inviter } from './invite';
import type { ApplyDeps } from './ports';
import { ApplyTally } from './report';
import { revokeUser, unblockIfDeclared, updateUser, type UserChangeDeps } from './update-revoke';
import { createUpserts } from './upserts';

/**
 * Executes a plan. Order of effects per invitee, chosen so that nothing is lost and little is repeated:
 * import (already marked `pending`) → ticket → mail → bookkeeping upsert marks it `invited`. A crash after
 * the mail and before its bookkeeping is written makes the next run resend to those people only, and mail never
 * runs more than two flush windows ahead of its bookkeeping (flush-policy.ts); a crash anywhere earlier leaves a
 * `pending` user that the next run resumes. Tickets for a batch start as soon as its import job completes, while later
 * batches still import. Users that turn out to exist, and actions that `needsConfirming`, are read again and
 * planned again first (confirm.ts); their fresh actions are carried out as they are. `report.requests` counts
 * this apply's own requests.
 */
export async function apply(plan: Plan, deps: ApplyDeps): Promise<ApplyReport> {
  if (plan.refusal) throw new Error(`Refusing to apply: ${plan.refusal}`);
  const { tenant, clock, batching, connection, policy } = deps;
  const started = clock.now();
  const requestsBefore = tenant.requestCount;
  const tally = new ApplyTally();
  const runner = new ImportRunner(tenant, connection.id, batching.import_concurrency, clock);
  const upserts = createUpserts(runner, batching, clock, tally);
  const inviter = new Inviter({ ...deps, upserts, tally });
  const changes: UserChangeDeps = { tenant, clock, upserts, tally };
  deps.progress?.start('inviting', plan.actions.filter((a) => isMailing(a.kind)).length);

  /** One action whose user is as current as it needs to be. */
  const perform = async (action: PlanAction): Promise<void> => {
    switch (action.kind) {
      case 'resume':
      case 'reinvite':
        if (await unblockIfDeclared(action, changes)) inviter.send({ kind: action.kind, invitee: action.invitee, user: action.user });
        return;
      case 'update':
      case 'adopt':
        return updateUser(action, changes);
      case 'revoke':
        return revokeUser(action, changes);
      case 'invite':
      case 'unchanged':
        return;
    }
  };
  const confirmAndPerform = async (entries: ToConfirm[]): Promise<void> => {
    const fresh = await confirm(entries, { tenant, connection, policy, tally });
    await Promise.all(fresh.map(perform));
  };

  const invites = plan.actions.filter((a): a is InviteAction => a.kind === 'invite');
  const imports = importNewUsers(invites, { runner, maxBytes: batching.import_max_bytes, tally }).map(async (imported) => {
    const { created, existing } = await imported;
    for (const { invitee, user } of created) inviter.send({ kind: 'invite', invitee, user });
    await confirmAndPerform(existing.map((invitee) => ({ invitee, action: 'invite' })));
  });
  // Everything that is not an invite starts right away, alongside the imports; confirmations are read together.
  const others = plan.actions.filter((a) => a.kind !== 'invite');
  const toConfirm = others.filter((a) => needsConfirming(a, deps.tickets));
  await Promise.all([
    ...imports,
    ...others.filter((a) => !needsConfirming(a, deps.tickets)).map(perform),
    confirmAndPerform(toConfirm.map((a) => ({ invitee: a.invitee, action: a.kind }))),
  ]);
  // Invitations may still be added while earlier ones run (confirmed actions): wait until none is left.
  await inviter.settled();
  await upserts.drain();
  deps.progress?.stop();
  return tally.finish(tenant.requestCount - requestsBefore, clock.now() - started);
}

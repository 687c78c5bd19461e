// The Management API scopes: which the reconciler's machine-to-machine clients are granted (the stack imports
// these lists), and the check that a run's token has what it needs before the first write. Exactly the calls the
// reconciler makes (auth0-facts.md §9), nothing more; deleting users only when revocation deletes.
import type { DeliveryName, Plan, RevokePolicy } from '../model';
import type { ManagementSession } from './session';

/** The reconciler client's grant under every revoke policy. */
export const RECONCILER_SCOPES = [
  'read:users', // searches, export jobs, job status, users-by-email
  'create:users', // import jobs, the lease user
  'update:users', // PATCH /users/{id}: block, unblock, the lease
  'create:user_tickets', // the invitation links
  'read:connections', // connection name -> con_ id for imports, exports and tickets
] as const;

/** Only under `revoke.policy: delete`. */
const DELETE_SCOPE = 'delete:users';

/**
 * What observing and planning need: all a dry run uses, and the whole grant of the read-only planner client of
 * pull requests (export jobs and job status; connection name -> id). No scope that writes or mints tickets.
 */
export const PLANNER_SCOPES = ['read:users', 'read:connections'] as const;

/** Tickets are the invitation links of `mail.delivery: smtp` only: with `auth0`, Auth0 makes the link and no ticket is minted. */
const TICKET_SCOPE = 'create:user_tickets';

export function reconcilerScopes(revokePolicy: RevokePolicy, delivery: DeliveryName = 'smtp'): string[] {
  const base = RECONCILER_SCOPES.filter((scope) => delivery === 'smtp' || scope !== TICKET_SCOPE);
  return revokePolicy === 'delete' ? [...base, DELETE_SCOPE] : [...base];
}

/** Every scope the plan's writes need (least privilege: delete only when the plan deletes someone). */
export function scopesToApply(plan: Plan): string[] {
  const planner: readonly string[] = PLANNER_SCOPES;
  const writes = RECONCILER_SCOPES.filter((scope) => !planner.includes(scope) && (plan.delivery !== 'auth0' || scope !== TICKET_SCOPE));
  return plan.actions.some((a) => a.kind === 'revoke' && a.mode === 'delete') ? [...writes, DELETE_SCOPE] : writes;
}

export class MissingScopeError extends Error {}

/**
 * Stops before the first write when the token lacks a scope the run needs, naming it, instead of failing
 * half-way with a 403. When the scopes are unknown (an opaque token), the tenant's 403 will say it instead.
 */
export async function checkScopes(session: Pick<ManagementSession, 'scopes'>, needed: readonly string[]): Promise<void> {
  const granted = await session.scopes();
  if (!granted) return;
  const missing = needed.filter((scope) => !granted.has(scope));
  if (missing.length > 0) {
    throw new MissingScopeError(
      `The Management API client is missing the scope${missing.length > 1 ? 's' : ''} ${missing.join(', ')}. ` +
        'Grant it to the reconciler client (the stack does: see docs/stack.md) and run again. Nothing was changed.',
    );
  }
}

// The Management API scopes: which the reconciler's machine-to-machine clients are granted (the stack imports
// these lists), and the check that a run's token has what it needs before the first write. Exactly the calls the
// reconciler makes (the `security` blocks of emulator/openapi/auth0-management-oas.json), nothing more; deleting users only when revocation deletes.
import type { DeliveryName, GrantChange, Plan, RevokePolicy } from '../model';
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

/** Whether a run (or a stack) uses tenant roles, organizations, or both. */
export interface AccessUsage {
  roles: boolean;
  organizations: boolean;
}

/**
 * Reading who holds which role: `GET /roles` (read:roles); `GET /roles/{id}/users` accepts read:users already.
 * Organizations need the role list too (member roles are named), their list, their members and member roles.
 */
const ROLE_READ_SCOPES = ['read:roles'] as const;
const ORGANIZATION_READ_SCOPES = ['read:roles', 'read:organizations', 'read:organization_members', 'read:organization_member_roles'] as const;
/** `POST /roles/{id}/users`; removal (`DELETE /users/{id}/roles`) accepts update:users, which the reconciler has. */
const ROLE_WRITE_SCOPES = ['create:role_members'] as const;
const ORGANIZATION_WRITE_SCOPES = [
  'create:organization_members',
  'delete:organization_members',
  'create:organization_member_roles',
  'delete:organization_member_roles',
] as const;

const NO_ACCESS: AccessUsage = { roles: false, organizations: false };

/** What the reconciler client's grant depends on besides the revoke policy: how mail goes out, and access usage. */
export interface ScopeUsage extends AccessUsage {
  /** `smtp` when absent (the default delivery). */
  delivery?: DeliveryName;
}

/**
 * The reconciler client's grant: the base scopes (without tickets under `mail.delivery: auth0`), deletion under
 * `revoke.policy: delete`, roles and organizations when used.
 */
export function reconcilerScopes(revokePolicy: RevokePolicy, usage: ScopeUsage = NO_ACCESS): string[] {
  const delivery = usage.delivery ?? 'smtp';
  const base = RECONCILER_SCOPES.filter((scope) => delivery === 'smtp' || scope !== TICKET_SCOPE);
  const scopes: string[] = [...base, ...(revokePolicy === 'delete' ? [DELETE_SCOPE] : [])];
  if (usage.roles) scopes.push(...ROLE_READ_SCOPES, ...ROLE_WRITE_SCOPES);
  if (usage.organizations) scopes.push(...ORGANIZATION_READ_SCOPES, ...ORGANIZATION_WRITE_SCOPES);
  return unique(scopes);
}

/** The read-only planner client's grant: observing users, and roles and organizations when used. */
export function plannerScopes(usage: AccessUsage = NO_ACCESS): string[] {
  return unique([...PLANNER_SCOPES, ...(usage.roles ? ROLE_READ_SCOPES : []), ...(usage.organizations ? ORGANIZATION_READ_SCOPES : [])]);
}

/** Every scope the plan's writes need (least privilege: delete only when the plan deletes someone, and so on). */
export function scopesToApply(plan: Plan): string[] {
  const planner: readonly string[] = PLANNER_SCOPES;
  const writes = RECONCILER_SCOPES.filter((scope) => !planner.includes(scope) && (plan.delivery !== 'auth0' || scope !== TICKET_SCOPE));
  const scopes: string[] = [...writes];
  if (plan.actions.some((a) => a.kind === 'revoke' && a.mode === 'delete')) scopes.push(DELETE_SCOPE);
  const grants: GrantChange[] = plan.actions.flatMap((a) => ('grants' in a && a.grants ? a.grants.changes : []));
  if (grants.some((g) => g.kind === 'role' && g.op === 'add')) scopes.push(...ROLE_WRITE_SCOPES);
  if (grants.some((g) => g.kind !== 'role')) scopes.push(...ORGANIZATION_WRITE_SCOPES);
  return unique(scopes);
}

function unique(scopes: readonly string[]): string[] {
  return [...new Set(scopes)];
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

// The Management API scopes the reconciler's machine-to-machine clients are granted: exactly the calls it makes
// (auth0-facts.md §9), nothing more. Deleting users is granted only when the config asks revocation to delete.
import type { RevokePolicy } from '../reconciler/model.js';

export const BASE_RECONCILER_SCOPES = [
  'read:users', // export jobs, job status, users-by-email
  'create:users', // import jobs
  'update:users', // PATCH /users/{id}: block, profile fixes
  'create:user_tickets', // the invitation links
  'read:connections', // connection name -> con_ id for imports, exports and tickets
] as const;

export function reconcilerScopes(revokePolicy: RevokePolicy): string[] {
  return revokePolicy === 'delete' ? [...BASE_RECONCILER_SCOPES, 'delete:users'] : [...BASE_RECONCILER_SCOPES];
}

/**
 * The read-only planner client of the pull-request dry run: `reconcile --dry-run` checks and uses only these
 * (export jobs and job status; connection name -> id). No scope that writes or mints tickets.
 */
export const PLANNER_SCOPES = ['read:users', 'read:connections'] as const;

/** The planner client's name, derived from the reconciler's so the two sit next to each other in the dashboard. */
export function plannerClientName(reconcilerClientName: string): string {
  return `${reconcilerClientName}-planner`;
}

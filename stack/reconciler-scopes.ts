// The Management API scopes the reconciler's machine-to-machine client is granted: exactly the calls it makes
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

import type { TenantConnection } from './connect';

export class MissingScopeError extends Error {}

/**
 * Stops before the first write when the token lacks a scope the run needs, naming it, instead of failing
 * half-way with a 403. When the scopes are unknown (an opaque token), the tenant's 403 will say it instead.
 */
export async function checkScopes(connection: Pick<TenantConnection, 'scopes'>, needed: readonly string[]): Promise<void> {
  const granted = await connection.scopes();
  if (!granted) return;
  const missing = needed.filter((scope) => !granted.has(scope));
  if (missing.length > 0) {
    throw new MissingScopeError(
      `The Management API client is missing the scope${missing.length > 1 ? 's' : ''} ${missing.join(', ')}. ` +
        'Grant it to the reconciler client (the stack does: see docs/stack.md) and run again. Nothing was changed.',
    );
  }
}

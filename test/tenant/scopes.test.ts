// The scopes a run checks before it writes: those of the reconciler's grant that the planner lacks, and
// delete:users only when the plan deletes someone.
import { describe, expect, it } from 'vitest';
import { plan } from '../../reconciler/plan/plan';
import { PLANNER_SCOPES, RECONCILER_SCOPES, reconcilerScopes, scopesToApply } from '../../reconciler/tenant/scopes';
import { invitee, observed, policy, user } from '../support/model';

const managed = user('old@example.com', { app_metadata: { invitation: { status: 'invited' } } });

describe('scopes', () => {
  it('grant the planner a subset of the reconciler\'s read scopes', () => {
    expect(PLANNER_SCOPES.every((scope) => (RECONCILER_SCOPES as readonly string[]).includes(scope))).toBe(true);
    expect(PLANNER_SCOPES.every((scope) => scope.startsWith('read:'))).toBe(true);
  });

  it('to apply: the writes and tickets, and delete:users only for a plan that deletes', () => {
    const inviting = plan({ invitees: [invitee('ada@example.com')] }, observed(), policy());
    expect(scopesToApply(inviting)).toEqual(['create:users', 'update:users', 'create:user_tickets']);
    const blocking = plan({ invitees: [] }, observed(managed), policy({ revoke: 'block' }));
    expect(scopesToApply(blocking)).toEqual(['create:users', 'update:users', 'create:user_tickets']);
    const deleting = plan({ invitees: [] }, observed(managed), policy({ revoke: 'delete' }));
    expect(scopesToApply(deleting)).toEqual(['create:users', 'update:users', 'create:user_tickets', 'delete:users']);
    expect(reconcilerScopes('delete')).toEqual([...RECONCILER_SCOPES, 'delete:users']);
    // Auth0's own email mints no ticket: least privilege leaves the scope out of the grant and the check.
    expect(reconcilerScopes('block', { roles: false, organizations: false, delivery: 'auth0' })).toEqual(['read:users', 'create:users', 'update:users', 'read:connections']);
    expect(scopesToApply({ ...inviting, delivery: 'auth0' })).toEqual(['create:users', 'update:users']);
  });

  it('the grant with Auth0 delivery and roles: the role scopes added, the ticket scope still left out', () => {
    const scopes = reconcilerScopes('block', { roles: true, organizations: false, delivery: 'auth0' });
    expect(scopes).toEqual(['read:users', 'create:users', 'update:users', 'read:connections', 'read:roles', 'create:role_members']);
  });
});

// plan/grants.ts: which roles and memberships are added or removed, and what the record keeps. Pure: no server.
import { describe, expect, it } from 'vitest';
import type { GrantRecord, Invitee, ObservedUser } from '../../reconciler/model';
import { initialGrants, planGrants, readGrantRecord, recordsEqual } from '../../reconciler/plan/grants';

const invitee = (access: Pick<Invitee, 'roles' | 'organizations'>): Invitee => ({
  email: 'ada@example.com',
  profile: {},
  user_metadata: {},
  app_metadata: {},
  source: { file: 'invitees/a.yaml', line: 2, column: 5 },
  ...access,
});

const user = (access: Pick<ObservedUser, 'roles' | 'organizations'>): ObservedUser => ({
  user_id: 'auth0|1',
  email: 'ada@example.com',
  email_verified: true,
  blocked: false,
  profile: {},
  user_metadata: {},
  app_metadata: {},
  ...access,
});

describe('planGrants', () => {
  it('adds what is declared and missing, and records it', () => {
    expect(planGrants(invitee({ roles: ['editor'] }), user({ roles: [] }), undefined)).toEqual({
      changes: [{ op: 'add', kind: 'role', role: 'editor' }],
      record: { roles: ['editor'] },
    });
  });

  it('removes only recorded grants that are no longer declared', () => {
    const plan = planGrants(invitee({ roles: [] }), user({ roles: ['editor', 'viewer'] }), { roles: ['editor'] });
    expect(plan).toEqual({ changes: [{ op: 'remove', kind: 'role', role: 'editor' }], record: undefined });
  });

  it('leaves a hand grant alone, declared or not, and never records it', () => {
    expect(planGrants(invitee({ roles: ['viewer'] }), user({ roles: ['viewer', 'auditor'] }), undefined)).toBeUndefined();
    expect(planGrants(invitee({ roles: [] }), user({ roles: ['viewer'] }), undefined)).toBeUndefined();
  });

  it('forgets a recorded grant that someone removed by hand and nobody declares', () => {
    expect(planGrants(invitee({}), user({ roles: [] }), { roles: ['editor'] })).toEqual({ changes: [], record: undefined });
  });

  it('grants again a declared, recorded grant that was removed by hand', () => {
    expect(planGrants(invitee({ roles: ['editor'] }), user({ roles: [] }), { roles: ['editor'] })).toEqual({
      changes: [{ op: 'add', kind: 'role', role: 'editor' }],
      record: { roles: ['editor'] },
    });
  });

  it('plans memberships and member roles; leaving an organization takes its member roles along', () => {
    const declared = invitee({ organizations: [{ name: 'acme', roles: ['billing'] }] });
    const observed = user({ organizations: [{ name: 'globex', roles: ['ops'] }] });
    expect(planGrants(declared, observed, { organizations: ['globex'], organization_roles: { globex: ['ops'] } })).toEqual({
      changes: [
        { op: 'add', kind: 'membership', organization: 'acme' },
        { op: 'remove', kind: 'membership', organization: 'globex' },
        { op: 'add', kind: 'organization_role', organization: 'acme', role: 'billing' },
      ],
      record: { organizations: ['acme'], organization_roles: { acme: ['billing'] } },
    });
  });

  it('removes a managed member role from a membership made by hand, keeping the membership', () => {
    const plan = planGrants(invitee({ organizations: [{ name: 'acme', roles: [] }] }), user({ organizations: [{ name: 'acme', roles: ['billing'] }] }), {
      organization_roles: { acme: ['billing'] },
    });
    expect(plan).toEqual({ changes: [{ op: 'remove', kind: 'organization_role', organization: 'acme', role: 'billing' }], record: undefined });
  });

  it('touches nothing it did not observe: roles unobserved keep their record', () => {
    const stored: GrantRecord = { roles: ['editor'] };
    expect(planGrants(invitee({ roles: [] }), user({}), stored)).toBeUndefined();
  });
});

describe('initialGrants', () => {
  it('records everything declared for a new user', () => {
    expect(initialGrants(invitee({ roles: ['a', 'b'], organizations: [{ name: 'acme', roles: ['r'] }, { name: 'globex', roles: [] }] }))?.record).toEqual({
      roles: ['a', 'b'],
      organizations: ['acme', 'globex'],
      organization_roles: { acme: ['r'] },
    });
    expect(initialGrants(invitee({}))).toBeUndefined();
  });
});

describe('the stored record', () => {
  it('reads a well-formed record and ignores malformed parts (nothing is removed on a guess)', () => {
    expect(readGrantRecord({ roles: ['a', 3], organizations: 'x', organization_roles: { acme: ['r'], bad: 1 } })).toEqual({
      roles: ['a'],
      organization_roles: { acme: ['r'] },
    });
    expect(readGrantRecord('nope')).toBeUndefined();
  });

  it('compares records ignoring order and empty parts', () => {
    expect(recordsEqual({ roles: ['b', 'a'], organization_roles: { x: [] } }, { roles: ['a', 'b'] })).toBe(true);
    expect(recordsEqual({}, undefined)).toBe(true);
    expect(recordsEqual({ roles: ['a'] }, undefined)).toBe(false);
  });
});

describe('the mass-removal guard', () => {
  it('counts users losing a managed role or membership like revocations', async () => {
    const { plan } = await import('../../reconciler/plan/plan');
    const users = Array.from({ length: 10 }, (_, i): ObservedUser => ({
      ...user({ roles: ['editor'] }),
      user_id: `auth0|${i}`,
      email: `p${i}@example.com`,
      app_metadata: { invitation: { status: 'invited', grants: { roles: ['editor'] } } },
    }));
    const invitees = users.map((u, i): Invitee => ({ ...invitee({ roles: i < 2 ? [] : ['editor'] }), email: u.email }));
    const policy = { now: '2026-01-01T00:00:00.000Z', revoke: 'block' as const, maxRemovalFraction: 0.1, allowMassRemoval: false, reinviteExpired: true };
    const observed = { connection: { id: 'con_1', name: 'Invitees' }, users, access: { roles: [{ id: 'rol_1', name: 'editor' }], organizations: [] } };
    expect(plan({ invitees }, observed, policy).refusal).toMatch(/takes roles or memberships from 2 of 10 managed users \(20%\)/);
    expect(plan({ invitees: invitees.slice(1).concat({ ...invitees[0]!, roles: ['editor'] }) }, observed, policy).refusal).toBeUndefined();
  });
});

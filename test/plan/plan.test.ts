import { describe, expect, it } from 'vitest';
import type { Desired, PlanAction } from '../../reconciler/model';
import { MANAGED_RECORD_FIELD } from '../../reconciler/plan/changes';
import { plan } from '../../reconciler/plan/plan';
import { massRemovalRefusal } from '../../reconciler/plan/removal-guard';
import { NOW, invitee, observed, policy, user } from '../support/model';

const desired = (...invitees: ReturnType<typeof invitee>[]): Desired => ({ invitees });
/** The managed-fields record of an invitee that declares nothing but its email. */
const NOTHING = { profile: [], user_metadata: [], app_metadata: [] };
const invited = (expires_at: string | undefined, extra: object = {}) => ({
  invitation: { status: 'invited', invited_at: '2025-05-01T00:00:00.000Z', ...(expires_at ? { expires_at } : {}), sent: 1, managed: NOTHING },
  ...extra,
});
const pending = { invitation: { status: 'pending', managed: NOTHING } };
const only = (actions: PlanAction[]): PlanAction => {
  expect(actions).toHaveLength(1);
  return actions[0]!;
};

describe('plan(): one action per declared invitee', () => {
  it('invites a declared person with no user', () => {
    const ada = invitee('ada@example.com');
    const result = plan(desired(ada), observed(), policy());
    expect(result.actions).toEqual([{ kind: 'invite', email: 'ada@example.com', invitee: ada }]);
    expect(result.counts).toEqual({ invite: 1, resume: 0, reinvite: 0, update: 0, adopt: 0, revoke: 0, held: 0, unchanged: 0 });
    expect(result.findings).toEqual([]);
    expect(result.unmanaged).toEqual([]);
    expect(result.refusal).toBeUndefined();
  });

  it('matches users by lower-cased email', () => {
    const existing = user('Ada@Example.com', { app_metadata: invited('2099-01-01T00:00:00.000Z') });
    const action = only(plan(desired(invitee('ada@example.com')), observed(existing), policy()).actions);
    expect(action).toMatchObject({ kind: 'unchanged', email: 'ada@example.com', user: existing });
  });

  it('adopts a user without bookkeeping, with its declared differences', () => {
    const existing = user('ada@example.com', { app_metadata: { team: 'design' } });
    const action = only(
      plan(desired(invitee('ada@example.com', { app_metadata: { team: 'engineering' } })), observed(existing), policy()).actions,
    );
    expect(action).toMatchObject({
      kind: 'adopt',
      changes: [{ field: 'app_metadata.team', from: 'design', to: 'engineering' }],
    });
  });

  it('adopts even when nothing differs (it still has to be marked managed)', () => {
    const action = only(plan(desired(invitee('ada@example.com')), observed(user('ada@example.com')), policy()).actions);
    expect(action).toMatchObject({ kind: 'adopt', changes: [] });
  });

  it('resumes a pending user that never set a password, with changes', () => {
    const existing = user('ada@example.com', { app_metadata: pending });
    const action = only(
      plan(desired(invitee('ada@example.com', { profile: { name: 'Ada' } })), observed(existing), policy()).actions,
    );
    expect(action).toMatchObject({ kind: 'resume', changes: [{ field: 'name', from: 'ada@example.com', to: 'Ada' }] });
  });

  it('does not resume a pending user who already accepted (password reset or logins)', () => {
    const viaReset = user('a@example.com', { app_metadata: pending, last_password_reset: NOW });
    const viaLogin = user('b@example.com', { app_metadata: pending, logins_count: 2 });
    const noLogins = user('c@example.com', { app_metadata: pending, logins_count: 0 });
    const result = plan(
      desired(invitee('a@example.com'), invitee('b@example.com'), invitee('c@example.com')),
      observed(viaReset, viaLogin, noLogins),
      policy(),
    );
    expect(result.actions.map((a) => a.kind)).toEqual(['unchanged', 'unchanged', 'resume']);
  });

  it('reinvites an invited user whose ticket expired unused (expiry at exactly now counts)', () => {
    const past = user('a@example.com', { app_metadata: invited('2025-05-08T00:00:00.000Z') });
    const atNow = user('b@example.com', { app_metadata: invited(NOW) });
    const future = user('c@example.com', { app_metadata: invited('2025-06-01T12:00:00.001Z') });
    const result = plan(
      desired(invitee('a@example.com'), invitee('b@example.com'), invitee('c@example.com')),
      observed(past, atNow, future),
      policy(),
    );
    expect(result.actions.map((a) => a.kind)).toEqual(['reinvite', 'reinvite', 'unchanged']);
  });

  it('compares expiry as instants, not strings', () => {
    const offset = user('a@example.com', { app_metadata: invited('2025-06-01T13:00:00+02:00') }); // 11:00Z: expired
    expect(only(plan(desired(invitee('a@example.com')), observed(offset), policy()).actions).kind).toBe('reinvite');
  });

  it('does not reinvite when the policy says no, when accepted, or when the expiry is missing or unreadable', () => {
    const expired = user('a@example.com', { app_metadata: invited('2025-05-08T00:00:00.000Z') });
    expect(only(plan(desired(invitee('a@example.com')), observed(expired), policy({ reinviteExpired: false })).actions).kind).toBe(
      'unchanged',
    );
    const withChange = plan(
      desired(invitee('a@example.com', { profile: { name: 'A' } })),
      observed(expired),
      policy({ reinviteExpired: false }),
    );
    expect(only(withChange.actions).kind).toBe('update');
    const accepted = user('a@example.com', { app_metadata: invited('2025-05-08T00:00:00.000Z'), logins_count: 1 });
    expect(only(plan(desired(invitee('a@example.com')), observed(accepted), policy()).actions).kind).toBe('unchanged');
    const noExpiry = user('a@example.com', { app_metadata: invited(undefined) });
    expect(only(plan(desired(invitee('a@example.com')), observed(noExpiry), policy()).actions).kind).toBe('unchanged');
    const garbled = user('a@example.com', { app_metadata: invited('soon') });
    expect(only(plan(desired(invitee('a@example.com')), observed(garbled), policy()).actions).kind).toBe('unchanged');
  });

  it('leaves adopted users alone unless their declaration differs', () => {
    const adopted = user('a@example.com', { app_metadata: { invitation: { status: 'adopted', adopted_at: NOW, managed: NOTHING }, team: 'x' } });
    expect(only(plan(desired(invitee('a@example.com')), observed(adopted), policy()).actions).kind).toBe('unchanged');
    const changed = plan(desired(invitee('a@example.com', { app_metadata: { team: 'y' } })), observed(adopted), policy());
    expect(only(changed.actions)).toMatchObject({ kind: 'update', changes: [{ field: 'app_metadata.team', from: 'x', to: 'y' }] });
  });

  it('unblocks a declared user that the reconciler itself blocked (a revocation)', () => {
    const revoked = { revoked_at: '2025-05-20T00:00:00.000Z' };
    const blocked = user('a@example.com', { blocked: true, app_metadata: { invitation: { ...invited('2099-01-01T00:00:00.000Z').invitation, ...revoked } } });
    expect(only(plan(desired(invitee('a@example.com')), observed(blocked), policy()).actions)).toMatchObject({
      kind: 'update',
      changes: [{ field: 'blocked', from: true, to: false }],
    });
    const blockedPending = user('b@example.com', { blocked: true, app_metadata: { invitation: { ...pending.invitation, ...revoked } } });
    expect(only(plan(desired(invitee('b@example.com')), observed(blockedPending), policy()).actions)).toMatchObject({
      kind: 'resume',
      changes: [{ field: 'blocked', from: true, to: false }],
    });
  });

});

describe('plan(): what differs', () => {
  const managed = (extra: Partial<Parameters<typeof user>[1]> = {}) =>
    user('a@example.com', { ...extra, app_metadata: { ...invited('2099-01-01T00:00:00.000Z'), ...(extra.app_metadata ?? {}) } });
  // The managed-fields record's own change is covered in the next block.
  const changesFor = (declared: ReturnType<typeof invitee>, existing: ReturnType<typeof user>) => {
    const action = only(plan(desired(declared), observed(existing), policy()).actions);
    return action.kind === 'update' ? action.changes.filter((c) => c.field !== MANAGED_RECORD_FIELD) : [];
  };

  it('compares profile fields only when declared', () => {
    const existing = managed({ profile: { name: 'a@example.com', nickname: 'a', picture: 'https://pic', given_name: 'Old' } });
    expect(changesFor(invitee('a@example.com'), existing)).toEqual([]);
    expect(changesFor(invitee('a@example.com', { profile: { given_name: 'New', family_name: 'Fam' } }), existing)).toEqual([
      { field: 'given_name', from: 'Old', to: 'New' },
      { field: 'family_name', from: undefined, to: 'Fam' },
    ]);
  });

  it('compares declared metadata keys deeply and independent of key order', () => {
    const existing = managed({
      user_metadata: { prefs: { b: [1, { y: 2, x: 1 }], a: null }, locale: 'en-GB' },
      app_metadata: { team: 'x' },
    });
    const same = invitee('a@example.com', { user_metadata: { prefs: { a: null, b: [1, { x: 1, y: 2 }] } }, app_metadata: { team: 'x' } });
    expect(changesFor(same, existing)).toEqual([]);
    const reordered = invitee('a@example.com', { user_metadata: { prefs: { a: null, b: [{ x: 1, y: 2 }, 1] } } });
    expect(changesFor(reordered, existing)).toEqual([
      { field: 'user_metadata.prefs', from: { b: [1, { y: 2, x: 1 }], a: null }, to: { a: null, b: [{ x: 1, y: 2 }, 1] } },
    ]);
  });

  it('reads a declared null as declaring nothing: keys never managed are left alone', () => {
    const existing = managed({ user_metadata: { old: 'v', keep: 1, nil: null }, app_metadata: { legacy: true } });
    const declared = invitee('a@example.com', {
      user_metadata: { old: null, gone: null, nil: null },
      app_metadata: { legacy: null },
    });
    expect(changesFor(declared, existing)).toEqual([]);
  });

  it('never compares the reconciler\'s own app_metadata.invitation, but user_metadata.invitation is ordinary', () => {
    const existing = managed({ user_metadata: { invitation: 'party' } });
    const declared = invitee('a@example.com', {
      app_metadata: { invitation: { status: 'pending' } },
      user_metadata: { invitation: 'dinner' },
    });
    expect(changesFor(declared, existing)).toEqual([{ field: 'user_metadata.invitation', from: 'party', to: 'dinner' }]);
  });

  it('treats keys named like Object.prototype members as data', () => {
    const existing = managed();
    const declared = invitee('a@example.com', { user_metadata: { constructor: 'x', toString: null } });
    expect(changesFor(declared, existing)).toEqual([{ field: 'user_metadata.constructor', from: undefined, to: 'x' }]);
  });

  it('lists changes in a fixed order: profile, user_metadata (sorted), app_metadata (sorted), blocked', () => {
    const existing = managed({ blocked: true });
    (existing.app_metadata.invitation as Record<string, unknown>).revoked_at = NOW;
    const declared = invitee('a@example.com', {
      profile: { picture: 'p', name: 'n' },
      user_metadata: { z: 1, a: 1 },
      app_metadata: { team: 't', role: 'r' },
    });
    expect(changesFor(declared, existing).map((c) => c.field)).toEqual([
      'name',
      'picture',
      'user_metadata.a',
      'user_metadata.z',
      'app_metadata.role',
      'app_metadata.team',
      'blocked',
    ]);
  });
});

describe('plan(): users that are not declared', () => {
  const gone = (email: string, extra: Partial<Parameters<typeof user>[1]> = {}) =>
    user(email, { app_metadata: invited('2099-01-01T00:00:00.000Z'), ...extra });

  it('blocks managed users under the block policy, skipping those already blocked', () => {
    const result = plan(desired(), observed(gone('a@example.com'), gone('b@example.com', { blocked: true })), policy());
    expect(result.actions).toEqual([{ kind: 'revoke', email: 'a@example.com', user: gone('a@example.com'), mode: 'block' }]);
    expect(result.counts.revoke).toBe(1);
  });

  it('deletes managed users under the delete policy, blocked or not', () => {
    const result = plan(
      desired(),
      observed(gone('a@example.com'), gone('b@example.com', { blocked: true })),
      policy({ revoke: 'delete' }),
    );
    expect(result.actions.map((a) => [a.kind, a.email, a.kind === 'revoke' ? a.mode : ''])).toEqual([
      ['revoke', 'a@example.com', 'delete'],
      ['revoke', 'b@example.com', 'delete'],
    ]);
  });

  it('does nothing under the ignore policy', () => {
    const result = plan(desired(), observed(gone('a@example.com')), policy({ revoke: 'ignore' }));
    expect(result.actions).toEqual([]);
    expect(result.unmanaged).toEqual([]);
  });

  it('reports users without bookkeeping as unmanaged, sorted, and never acts on them', () => {
    const b = user('b@example.com');
    const a = user('a@example.com', { blocked: true });
    const result = plan(desired(), observed(b, a), policy({ revoke: 'delete' }));
    expect(result.actions).toEqual([]);
    expect(result.unmanaged).toEqual([a, b]);
  });

  it('matches the lowest user_id when the tenant holds one email twice, and only reports the other', () => {
    const first = user('a@example.com', { user_id: 'auth0|1', app_metadata: invited('2099-01-01T00:00:00.000Z') });
    const second = user('A@example.com', { user_id: 'auth0|2', app_metadata: invited('2099-01-01T00:00:00.000Z') });
    const declared = plan(desired(invitee('a@example.com')), observed(second, first), policy());
    expect(only(declared.actions)).toMatchObject({ kind: 'unchanged', user: first });
    expect(declared.unmanaged).toEqual([second]);
    const undeclared = plan(desired(), observed(second, first), policy());
    expect(only(undeclared.actions)).toMatchObject({ kind: 'revoke', user: first });
  });
});

describe('plan(): mass-removal guard', () => {
  const managedUsers = (n: number) =>
    Array.from({ length: n }, (_, i) =>
      user(`u${String(i).padStart(3, '0')}@example.com`, { app_metadata: { invitation: { status: 'adopted', managed: NOTHING } } }),
    );
  const declaredFirst = (users: ReturnType<typeof user>[], n: number) => desired(...users.slice(0, n).map((u) => invitee(u.email)));

  it('refuses when revocations exceed the fraction of managed users, explaining counts, share and the override', () => {
    const users = managedUsers(10);
    const result = plan(declaredFirst(users, 7), observed(...users), policy({ maxRemovalFraction: 0.1 }));
    expect(result.counts.revoke).toBe(3);
    expect(result.refusal).toBe(
      'Refusing to apply: the plan revokes 3 of 10 managed users (30%), more than the allowed 10% ' +
        '(revoke.max_fraction in invitation.config.yaml). Check the invitee files; if the removals are intended, ' +
        'rerun with --allow-mass-removal.',
    );
    // The plan itself is still complete, so a reviewer sees what would happen.
    expect(result.actions.filter((a) => a.kind === 'revoke')).toHaveLength(3);
  });

  it('applies when the override is given', () => {
    const users = managedUsers(10);
    const result = plan(declaredFirst(users, 0), observed(...users), policy({ maxRemovalFraction: 0.1, allowMassRemoval: true }));
    expect(result.counts.revoke).toBe(10);
    expect(result.refusal).toBeUndefined();
  });

  it('allows exactly the fraction (no rounding surprise at 29 of 100 with 0.29)', () => {
    const users = managedUsers(100);
    expect(plan(declaredFirst(users, 71), observed(...users), policy({ maxRemovalFraction: 0.29 })).refusal).toBeUndefined();
    expect(plan(declaredFirst(users, 70), observed(...users), policy({ maxRemovalFraction: 0.29 })).refusal).toMatch(
      /revokes 30 of 100 managed users \(30%\), more than the allowed 29%/,
    );
  });

  it('counts all managed users (declared ones too) and ignores unmanaged ones', () => {
    const users = [...managedUsers(4), user('x@example.com'), user('y@example.com')];
    // 1 of 4 managed = 25%: allowed at 0.25 even though there are 6 users in all.
    expect(plan(declaredFirst(users, 3), observed(...users), policy({ maxRemovalFraction: 0.25 })).refusal).toBeUndefined();
  });

  it('never refuses a plan without revocations, also with no managed users or a zero fraction', () => {
    expect(plan(desired(), observed(), policy({ maxRemovalFraction: 0 })).refusal).toBeUndefined();
    expect(plan(desired(), observed(user('x@example.com')), policy({ maxRemovalFraction: 0 })).refusal).toBeUndefined();
    const users = managedUsers(3);
    expect(plan(desired(), observed(...users), policy({ revoke: 'ignore', maxRemovalFraction: 0 })).refusal).toBeUndefined();
  });

  it('with a zero fraction refuses any revocation; with 1 never', () => {
    const users = managedUsers(50);
    expect(plan(declaredFirst(users, 49), observed(...users), policy({ maxRemovalFraction: 0 })).refusal).toMatch(
      /revokes 1 of 50 managed users \(2%\), more than the allowed 0%/,
    );
    expect(plan(declaredFirst(users, 0), observed(...users), policy({ maxRemovalFraction: 1 })).refusal).toBeUndefined();
  });

  it('guards directly: an impossible 0-managed input still refuses rather than divides by zero', () => {
    expect(massRemovalRefusal({ revocations: 1, managed: 0, maxRemovalFraction: 0.5, allowMassRemoval: false })).toMatch(
      /revokes 1 of 0 managed users \(all\)/,
    );
    expect(massRemovalRefusal({ revocations: 1, managed: 3, maxRemovalFraction: 0.1, allowMassRemoval: false })).toMatch(
      /\(33\.3%\), more than the allowed 10%/,
    );
  });
});

describe('plan(): shape and determinism', () => {
  it('sorts actions by email across kinds and counts every kind', () => {
    const result = plan(
      desired(invitee('c@example.com'), invitee('a@example.com')),
      observed(user('b@example.com', { app_metadata: invited('2099-01-01T00:00:00.000Z') }), user('d@example.com')),
      policy(),
    );
    expect(result.actions.map((a) => `${a.kind}:${a.email}`)).toEqual(['invite:a@example.com', 'revoke:b@example.com', 'invite:c@example.com']);
    expect(result.counts).toEqual({ invite: 2, resume: 0, reinvite: 0, update: 0, adopt: 0, revoke: 1, held: 0, unchanged: 0 });
    expect(Object.keys(result.counts)).toEqual(['invite', 'resume', 'reinvite', 'update', 'adopt', 'revoke', 'held', 'unchanged']);
  });

  it('does not depend on the order of observed users', () => {
    const users = [user('b@example.com'), user('a@example.com', { app_metadata: invited(undefined) }), user('c@example.com')];
    const d = desired(invitee('a@example.com'), invitee('b@example.com'));
    expect(JSON.stringify(plan(d, observed(...users), policy()))).toBe(JSON.stringify(plan(d, observed(...users.reverse()), policy())));
  });

  it('rejects inputs that break the contract, with context', () => {
    expect(() => plan(desired(invitee('a@example.com', {}, 3), invitee('A@example.com', {}, 9)), observed(), policy())).toThrow(
      /a@example\.com is declared twice \(invitees\/team\.yaml:9\)/,
    );
    expect(() => plan(desired(), observed(), policy({ now: 'yesterday' }))).toThrow(/policy\.now is not an ISO 8601 instant: "yesterday"/);
  });
});

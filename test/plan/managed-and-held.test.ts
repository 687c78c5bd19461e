// The planner on what it leaves alone or reads with care: the managed-fields record (removals of what is no
// longer declared, users written before records were kept), unreadable bookkeeping, and blocks by someone else.
import { describe, expect, it } from 'vitest';
import type { Desired, PlanAction } from '../../reconciler/model';
import { MANAGED_RECORD_FIELD } from '../../reconciler/plan/changes';
import { plan } from '../../reconciler/plan/plan';
import { invitee, observed, policy, user } from '../support/model';

const desired = (...invitees: ReturnType<typeof invitee>[]): Desired => ({ invitees });
/** The managed-fields record of an invitee that declares nothing but its email. */
const NOTHING = { profile: [], user_metadata: [], app_metadata: [] };
const invited = (expires_at: string) => ({ invitation: { status: 'invited', invited_at: '2025-05-01T00:00:00.000Z', expires_at, sent: 1, managed: NOTHING } });
const only = (actions: PlanAction[]): PlanAction => {
  expect(actions).toHaveLength(1);
  return actions[0]!;
};

describe('plan(): bookkeeping that cannot be read, and blocks by someone else', () => {
  it('reports unreadable bookkeeping: resumes the declared user (never adopts it), leaves the undeclared one alone', () => {
    const odd = user('odd@example.com', { app_metadata: { invitation: { status: 'Pending' } } });
    const str = user('str@example.com', { app_metadata: { invitation: 'yes' } });
    const list = user('list@example.com', { app_metadata: { invitation: ['invited'] } });
    const result = plan(desired(invitee('odd@example.com'), invitee('list@example.com')), observed(odd, str, list), policy());
    expect(result.actions.map((a) => [a.kind, a.email])).toEqual([
      ['resume', 'list@example.com'],
      ['resume', 'odd@example.com'],
    ]);
    expect(result.unmanaged).toEqual([str]);
    expect(result.findings).toEqual([
      { kind: 'unreadable-bookkeeping', email: 'list@example.com', message: 'app_metadata.invitation cannot be read (it is a list, not an object): it is treated as not yet invited: invited once, and the record rewritten after the mail' },
      { kind: 'unreadable-bookkeeping', email: 'odd@example.com', message: 'app_metadata.invitation cannot be read (it has the status "Pending", not one of "pending", "invited", "adopted"): it is treated as not yet invited: invited once, and the record rewritten after the mail' },
      { kind: 'unreadable-bookkeeping', email: 'str@example.com', message: 'app_metadata.invitation cannot be read (it is a string, not an object): it is not declared, so it is left alone as unmanaged' },
    ]);
    // Unreadable bookkeeping never counts as managed: no revocation, and no share in the removal guard.
    expect(plan(desired(), observed(odd), policy({ revoke: 'delete' })).actions).toEqual([]);
  });

  it('holds a user with unreadable bookkeeping that already set a password, and one blocked by someone else', () => {
    const accepted = user('a@example.com', { app_metadata: { invitation: 'x' }, logins_count: 3 });
    const blocked = user('b@example.com', { blocked: true, app_metadata: { invitation: 7 } });
    const result = plan(desired(invitee('a@example.com'), invitee('b@example.com')), observed(accepted, blocked), policy());
    expect(result.actions.map((a) => a.kind)).toEqual(['held', 'held']);
    expect(result.counts.held).toBe(2);
    expect(result.findings.map((f) => f.message)).toEqual([
      'app_metadata.invitation cannot be read (it is a string, not an object): the person has already set a password, so the user is held: repair or delete the key by hand',
      'app_metadata.invitation cannot be read (it is a number, not an object): it is blocked by someone else, so it is held',
    ]);
  });

  it('holds a declared user blocked by someone else (no revocation mark): never unblocked, nothing written', () => {
    const emergency = user('a@example.com', { blocked: true, app_metadata: invited('2099-01-01T00:00:00.000Z') });
    const stranger = user('b@example.com', { blocked: true });
    const result = plan(
      desired(invitee('a@example.com', { profile: { name: 'New' } }), invitee('b@example.com')),
      observed(emergency, stranger),
      policy(),
    );
    expect(result.actions).toEqual([
      { kind: 'held', email: 'a@example.com', invitee: invitee('a@example.com', { profile: { name: 'New' } }), user: emergency },
      { kind: 'held', email: 'b@example.com', invitee: invitee('b@example.com'), user: stranger },
    ]);
    expect(result.counts).toMatchObject({ held: 2, update: 0, adopt: 0, unchanged: 0 });
  });
});

describe('plan(): the managed-fields record', () => {
  const recorded = (managed: object, extra: Partial<Parameters<typeof user>[1]> = {}) =>
    user('a@example.com', { ...extra, app_metadata: { invitation: { status: 'invited', managed }, ...(extra.app_metadata ?? {}) } });

  it('removes a profile field and metadata keys that were declared and no longer are (left out or null)', () => {
    const existing = recorded(
      { profile: ['name', 'given_name'], user_metadata: ['locale', 'theme'], app_metadata: ['team'] },
      { profile: { name: 'Ada', given_name: 'Ada', nickname: 'ada' }, user_metadata: { locale: 'en', theme: 'dark', own: 1 }, app_metadata: { team: 'x', other: 2 } },
    );
    const declared = invitee('a@example.com', { profile: { name: 'Ada' }, user_metadata: { theme: null } });
    expect(only(plan(desired(declared), observed(existing), policy()).actions)).toMatchObject({
      kind: 'update',
      changes: [
        { field: 'given_name', from: 'Ada', to: undefined },
        { field: 'user_metadata.locale', from: 'en', to: undefined },
        { field: 'user_metadata.theme', from: 'dark', to: undefined },
        { field: 'app_metadata.team', from: 'x', to: undefined },
      ],
    });
  });

  it('records what is declared on a user written before records were kept, removing nothing', () => {
    const legacy = user('a@example.com', { app_metadata: { invitation: { status: 'invited' }, team: 'x' }, user_metadata: { locale: 'en' } });
    const declared = invitee('a@example.com', { profile: { nickname: 'a@example.com'.split('@')[0]! }, app_metadata: { team: 'x' } });
    expect(only(plan(desired(declared), observed(legacy), policy()).actions)).toMatchObject({
      kind: 'update',
      changes: [{ field: MANAGED_RECORD_FIELD, from: undefined, to: { profile: ['nickname'], user_metadata: [], app_metadata: ['team'] } }],
    });
  });

  it('rewrites an outdated record alone when a removed key is already gone from the tenant', () => {
    const existing = recorded({ profile: [], user_metadata: ['locale'], app_metadata: [] });
    expect(only(plan(desired(invitee('a@example.com')), observed(existing), policy()).actions)).toMatchObject({
      kind: 'update',
      changes: [{ field: MANAGED_RECORD_FIELD, from: { profile: [], user_metadata: ['locale'], app_metadata: [] }, to: NOTHING }],
    });
  });

  it('is unchanged when the record matches, in any order', () => {
    const existing = recorded({ profile: ['given_name', 'name'], user_metadata: [], app_metadata: [] }, { profile: { name: 'A', given_name: 'B' } });
    const declared = invitee('a@example.com', { profile: { given_name: 'B', name: 'A' } });
    expect(only(plan(desired(declared), observed(existing), policy()).actions).kind).toBe('unchanged');
  });
});


describe('plan(): the invitation marker of Auth0\'s own email next to the managed-fields record', () => {
  const marked = { invitation: { status: 'invited', invited_at: '2025-05-01T00:00:00.000Z', expires_at: '2099-01-01T00:00:00.000Z', sent: 1, awaiting_password: true, managed: NOTHING } };

  it('reads a marked record as well-formed bookkeeping: no finding, nothing to do while the password is not set', () => {
    const result = plan(desired(invitee('ada@example.com')), observed(user('ada@example.com', { app_metadata: marked })), policy());
    expect(result.findings).toEqual([]);
    expect(only(result.actions).kind).toBe('unchanged');
  });

  it('removes a spent marker with an update, together with the removal of a field no longer declared', () => {
    const record = { invitation: { ...marked.invitation, managed: { ...NOTHING, profile: ['nickname'] } } };
    const ada = user('ada@example.com', { app_metadata: record, profile: { nickname: 'ada' }, last_password_reset: '2025-05-02T00:00:00.000Z' });
    const action = only(plan(desired(invitee('ada@example.com')), observed(ada), policy()).actions);
    expect(action.kind).toBe('update');
    expect(action.kind === 'update' ? action.changes.map((c) => c.field).sort() : []).toEqual(['app_metadata.invitation.awaiting_password', 'nickname']);
  });
});

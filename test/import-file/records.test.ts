import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { declaredChanges } from '../../reconciler/plan/changes';
import { newUserRecord, targetMetadata, targetUserMetadata, upsertRecord, type ImportRecord } from '../../reconciler/import-file/records';
import { packBatches, recordBytes } from '../../reconciler/import-file/size';
import { invitee, user } from '../support/model';
import { metadataArb } from '../support/arbitraries';

const NOTHING = { profile: [], user_metadata: [], app_metadata: [] };

describe('newUserRecord', () => {
  it('creates an unverified user with the declared profile, metadata without nulls, and pending bookkeeping', () => {
    const record = newUserRecord(
      invitee('ada@example.com', {
        profile: { family_name: 'Lovelace', name: 'Ada Lovelace' },
        user_metadata: { locale: 'en-GB', old: null },
        app_metadata: { team: 'engineering', legacy: null },
      }),
    );
    expect(JSON.stringify(record)).toBe(
      '{"email":"ada@example.com","email_verified":false,"name":"Ada Lovelace","family_name":"Lovelace",' +
        '"user_metadata":{"locale":"en-GB"},"app_metadata":{"team":"engineering","invitation":{"status":"pending",' +
        '"managed":{"profile":["name","family_name"],"user_metadata":["locale"],"app_metadata":["team"]}}}}',
    );
  });

  it('leaves out an empty user_metadata and never takes a declared invitation key', () => {
    const record = newUserRecord(invitee('a@example.com', { app_metadata: { invitation: { status: 'adopted' } } }));
    expect(record).toEqual({ email: 'a@example.com', email_verified: false, app_metadata: { invitation: { status: 'pending', managed: NOTHING } } });
  });

  it('with Auth0 delivery and grants at once: the chosen user id, the invitation marker and the grant record together', () => {
    const grants = { roles: ['editor'], organizations: ['acme'] };
    const record = newUserRecord(invitee('a@example.com'), { marked: true, withGrants: { userId: 'f'.repeat(24), grants } });
    expect(record).toEqual({
      user_id: 'f'.repeat(24),
      email: 'a@example.com',
      email_verified: false,
      app_metadata: { invitation: { status: 'pending', awaiting_password: true, grants, managed: NOTHING } },
    });
    expect(newUserRecord(invitee('a@example.com'), { marked: true }).app_metadata).toEqual({ invitation: { status: 'pending', awaiting_password: true, managed: NOTHING } });
  });
});

describe('upsertRecord', () => {
  const existing = user('ada@example.com', {
    email_verified: true,
    profile: { name: 'ada@example.com', nickname: 'ada', picture: 'https://pic/ada' },
    user_metadata: { theme: 'dark', locale: 'fr-FR' },
    app_metadata: { team: 'design', billing: 'x', invitation: { status: 'pending' } },
  });
  const declared = invitee('ada@example.com', {
    profile: { name: 'Ada Lovelace' },
    user_metadata: { locale: 'en-GB' },
    app_metadata: { team: 'engineering', billing: null },
  });

  it('carries the complete state: declared over observed, undeclared keys kept, invitation replaced, email_verified explicit', () => {
    const invited = { status: 'invited' as const, invited_at: 'i', expires_at: 'e', sent: 1 };
    expect(upsertRecord(declared, existing, invited, true)).toEqual({
      email: 'ada@example.com',
      email_verified: true,
      name: 'Ada Lovelace',
      nickname: 'ada',
      picture: 'https://pic/ada',
      user_metadata: { theme: 'dark', locale: 'en-GB' },
      app_metadata: { team: 'engineering', billing: 'x', invitation: { ...invited, managed: { profile: ['name'], user_metadata: ['locale'], app_metadata: ['team'] } } },
    });
  });

  it('removes what the managed-fields record lists and is no longer declared (left out or null), and keeps the rest', () => {
    const recorded = user('ada@example.com', {
      profile: { name: 'Ada', given_name: 'Ada', nickname: 'ada' },
      user_metadata: { theme: 'dark', locale: 'fr-FR', own: 1 },
      app_metadata: { team: 'design', billing: 'x', invitation: { status: 'invited', managed: { profile: ['given_name'], user_metadata: ['theme', 'locale'], app_metadata: ['team', 'billing'] }, revoked_at: 'r' } },
    });
    const record = upsertRecord(invitee('ada@example.com', { user_metadata: { theme: null }, app_metadata: { team: 'x' } }), recorded, { status: 'invited', revoked_at: 'r' }, false);
    // given_name is left out of the record (an upsert cannot remove it; a PATCH does, first), never sent back.
    expect(record).toEqual({
      email: 'ada@example.com',
      email_verified: false,
      name: 'Ada',
      nickname: 'ada',
      user_metadata: { own: 1 },
      app_metadata: { team: 'x', invitation: { status: 'invited', managed: { profile: [], user_metadata: [], app_metadata: ['team'] } } },
    });
  });

  it('sends email_verified false when asked', () => {
    const record = upsertRecord(declared, existing, { status: 'adopted' }, false);
    expect(record.email_verified).toBe(false);
    expect(Object.keys(record)).toContain('email_verified');
  });

  it('always sends user_metadata (an upsert replaces it whole), even when empty', () => {
    const record = upsertRecord(invitee('a@example.com'), user('a@example.com'), { status: 'adopted' }, false);
    expect(record.user_metadata).toEqual({});
  });

  it('keeps the tenant\'s key order and adds new keys after it', () => {
    const merged = targetMetadata({ b: 2, z: 1, a: null }, { a: 0, b: 1, c: 3 }, ['c']);
    expect(JSON.stringify(merged)).toBe('{"a":0,"b":2,"z":1}');
  });

  it('keeps `invitation` untouched in app_metadata but merges it like any key in user_metadata', () => {
    expect(targetMetadata({ invitation: null }, { invitation: { status: 'pending' } })).toEqual({ invitation: { status: 'pending' } });
    expect(targetUserMetadata({}, { invitation: 'x' }, ['invitation'])).toEqual({});
    expect(targetMetadata({}, { invitation: { status: 'pending' } }, ['invitation'])).toEqual({ invitation: { status: 'pending' } });
  });

  it('treats __proto__ as an ordinary key', () => {
    const declared = JSON.parse('{"__proto__": {"polluted": true}}') as Record<string, unknown>;
    const merged = targetMetadata(declared, {});
    expect(Object.hasOwn(merged, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
    expect(JSON.stringify(merged)).toBe('{"__proto__":{"polluted":true}}');
  });
});

describe('recordBytes and packBatches', () => {
  const record = (email: string, note = ''): ImportRecord => ({ email, email_verified: false, app_metadata: { note } });

  it('counts UTF-8 bytes, not characters', () => {
    const plain = recordBytes(record('a@x.io', 'e'));
    expect(recordBytes(record('a@x.io', 'é'))).toBe(plain + 1);
    expect(recordBytes(record('a@x.io', '😀'))).toBe(plain + 3);
  });

  it('fills files up to exactly maxBytes, counting brackets and commas', () => {
    const r = record('a@x.io');
    const size = recordBytes(r);
    const three = [r, r, r];
    // Two records fit in 2 + size + 1 + size bytes exactly; one byte less forces a cut.
    expect(packBatches(three, 2 * size + 3).map((b) => b.length)).toEqual([2, 1]);
    expect(packBatches(three, 2 * size + 2).map((b) => b.length)).toEqual([1, 1, 1]);
    expect(packBatches(three, 3 * size + 4).map((b) => b.length)).toEqual([3]);
    expect(packBatches([], 100)).toEqual([]);
  });

  it('names the record that cannot fit any file', () => {
    const big = record('big@x.io', 'x'.repeat(200));
    expect(() => packBatches([record('a@x.io'), big], 100)).toThrow(/big@x\.io is 2\d\d bytes of JSON; .* at most 100 bytes/);
  });

  it('property: no file is over maxBytes and the files concatenate to the input, in order', () => {
    const recordArb = fc
      .record({ email: fc.emailAddress(), note: fc.string({ unit: 'binary', maxLength: 60 }) })
      .map(({ email, note }) => record(email, note));
    fc.assert(
      fc.property(fc.array(recordArb, { maxLength: 40 }), fc.integer({ min: 0, max: 400 }), (records, slack) => {
        const maxBytes = Math.max(0, ...records.map(recordBytes)) + 2 + slack;
        const batches = packBatches(records, maxBytes);
        for (const batch of batches) {
          expect(batch.length).toBeGreaterThan(0);
          expect(Buffer.byteLength(JSON.stringify(batch), 'utf8')).toBeLessThanOrEqual(maxBytes);
        }
        expect(batches.flat()).toEqual(records);
        // Greedy: the first record of every file but the first would not have fit in the file before it.
        for (let i = 1; i < batches.length; i++) {
          const joined = [...batches[i - 1]!, batches[i]![0]!];
          expect(Buffer.byteLength(JSON.stringify(joined), 'utf8')).toBeGreaterThan(maxBytes);
        }
      }),
    );
  });
});

describe('targetMetadata properties', () => {
  it('declared values win, removed keys go, other tenant keys and `invitation` stay, nothing else appears', () => {
    const keys = fc.subarray(['team', 'locale', 'role', 'tags', 'constructor', '__proto__', 'invitation']);
    fc.assert(
      fc.property(metadataArb({ allowInvitation: true }), metadataArb({ allowInvitation: true }), keys, (declared, observed, removed) => {
        const merged = targetMetadata(declared, observed, removed);
        const declaresValue = (key: string) => Object.hasOwn(declared, key) && declared[key] !== null;
        for (const [key, value] of Object.entries(declared)) {
          if (key === 'invitation' || value === null) continue;
          expect(merged[key]).toEqual(value);
        }
        for (const [key, value] of Object.entries(observed)) {
          if (key === 'invitation' || (!declaresValue(key) && !removed.includes(key))) expect(merged[key]).toEqual(value);
          else if (!declaresValue(key)) expect(Object.hasOwn(merged, key)).toBe(false);
        }
        for (const key of Object.keys(merged)) expect(Object.hasOwn(declared, key) || Object.hasOwn(observed, key)).toBe(true);
      }),
    );
  });

  it('is idempotent and leaves nothing for the planner to change', () => {
    fc.assert(
      fc.property(metadataArb({ allowInvitation: false }), metadataArb({ allowInvitation: true }), (declared, observed) => {
        const merged = targetMetadata(declared, observed);
        expect(targetMetadata(declared, merged)).toEqual(merged);
        const after = user('a@x.io', { app_metadata: merged, user_metadata: targetUserMetadata(declared, observed) });
        expect(declaredChanges(invitee('a@x.io', { app_metadata: declared, user_metadata: declared }), after, undefined)).toEqual([]);
      }),
    );
  });
});

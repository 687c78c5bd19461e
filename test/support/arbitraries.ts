// fast-check arbitraries over desired and observed state, built to collide: a small pool of emails and of
// metadata keys, nulls, odd keys (`constructor`, `__proto__`), and every kind of bookkeeping.
import fc from 'fast-check';
import type { Desired, Invitee, Metadata, Observed, ObservedUser, Policy, Profile } from '../../reconciler/model';
import { CONNECTION, NOW } from './model';

export const EMAILS = ['a@x.io', 'b@x.io', 'c@x.io', 'd@x.io', 'e@x.io', 'f@x.io', 'g@x.io'];
const KEYS = ['team', 'locale', 'role', 'tags', 'constructor', '__proto__'];

/** Values as they arrive from YAML or the tenant: JSON, with nulls. */
const jsonArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.constantFrom('x', 'y', 1, true),
  fc.jsonValue({ maxDepth: 2 }),
);

export function metadataArb(options: { allowInvitation: boolean }): fc.Arbitrary<Metadata> {
  const keys = options.allowInvitation ? [...KEYS, 'invitation'] : KEYS;
  return fc
    .array(fc.tuple(fc.constantFrom(...keys), jsonArb), { maxLength: 4 })
    .map((entries) => JSON.parse(JSON.stringify(Object.fromEntries(entries))) as Metadata);
}

const profileArb: fc.Arbitrary<Profile> = fc.record(
  {
    name: fc.constantFrom('Ada', 'Grace', 'a@x.io'),
    given_name: fc.constantFrom('A', 'G'),
    family_name: fc.constantFrom('L', 'H'),
    nickname: fc.constantFrom('a', 'ada'),
    picture: fc.constantFrom('https://pic/1', 'https://pic/2'),
  },
  { requiredKeys: [] },
);

const invitationArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(undefined),
  fc.constant({ status: 'pending' }),
  fc.record(
    {
      status: fc.constant('invited'),
      invited_at: fc.constant('2025-05-01T00:00:00.000Z'),
      expires_at: fc.constantFrom('2025-05-08T00:00:00.000Z', NOW, '2025-06-08T00:00:00.000Z', 'garbled'),
      sent: fc.integer({ min: 1, max: 3 }),
    },
    { requiredKeys: ['status'] },
  ),
  fc.constant({ status: 'adopted', adopted_at: '2025-01-01T00:00:00.000Z' }),
  // Blocked by the reconciler (a revocation); without the mark a block is someone else's.
  fc.constant({ status: 'invited', revoked_at: '2025-05-03T00:00:00.000Z' }),
  // The managed-fields record of an earlier declaration: fields and keys that may no longer be declared.
  fc.record({
    status: fc.constantFrom('invited', 'adopted'),
    managed: fc.record({
      profile: fc.subarray(['name', 'given_name', 'family_name', 'nickname', 'picture']),
      user_metadata: fc.subarray(KEYS),
      app_metadata: fc.subarray(KEYS),
    }),
  }),
  fc.constantFrom('malformed', { status: 'unknown' }, ['invited'], null),
);

const observedUserArb = (email: string): fc.Arbitrary<ObservedUser> =>
  fc
    .record({
      email_verified: fc.boolean(),
      blocked: fc.boolean(),
      profile: profileArb,
      user_metadata: metadataArb({ allowInvitation: true }),
      app_metadata: metadataArb({ allowInvitation: false }),
      invitation: invitationArb,
      accepted: fc.constantFrom('no', 'reset', 'login', 'zero-logins'),
    })
    .map(({ invitation, accepted, app_metadata, ...rest }) => ({
      user_id: `auth0|${email}`,
      email,
      ...rest,
      app_metadata: invitation === undefined ? app_metadata : { ...app_metadata, invitation },
      ...(accepted === 'reset' ? { last_password_reset: '2025-05-02T00:00:00.000Z' } : {}),
      ...(accepted === 'login' ? { logins_count: 3, last_login: '2025-05-02T00:00:00.000Z' } : {}),
      ...(accepted === 'zero-logins' ? { logins_count: 0 } : {}),
    }));

const inviteeArb = (email: string, line: number): fc.Arbitrary<Invitee> =>
  fc
    .record({
      profile: profileArb,
      user_metadata: metadataArb({ allowInvitation: true }),
      app_metadata: metadataArb({ allowInvitation: false }),
    })
    .map((fields) => ({ email, ...fields, source: { file: 'invitees/team.yaml', line, column: 5 } }));

const emailSubset = fc.subarray(EMAILS);

export const desiredArb: fc.Arbitrary<Desired> = emailSubset.chain((emails) =>
  fc.tuple(...emails.map((email, i) => inviteeArb(email, 2 + 3 * i))).map((invitees) => ({ invitees })),
);

export const observedArb: fc.Arbitrary<Observed> = emailSubset.chain((emails) =>
  fc
    .tuple(...emails.map(observedUserArb))
    .chain((users) => fc.shuffledSubarray(users, { minLength: users.length }))
    .map((users) => ({ connection: CONNECTION, users })),
);

export const policyArb: fc.Arbitrary<Policy> = fc.record({
  now: fc.constant(NOW),
  revoke: fc.constantFrom('block', 'delete', 'ignore'),
  maxRemovalFraction: fc.constantFrom(0, 0.1, 0.5, 1),
  allowMassRemoval: fc.boolean(),
  reinviteExpired: fc.boolean(),
});

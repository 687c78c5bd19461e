// The post-login Action, loaded exactly as the emulator and Auth0 load it: a CommonJS file.
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LOGIN_GATE_SOURCE } from '../../stack/invitation-stack';

interface LoginEvent {
  user: Record<string, unknown>;
  stats: { logins_count: number };
  connection: { name: string };
  secrets: Record<string, string>;
}
interface PostLoginApi {
  access: { deny(reason: string): void };
}
interface LoginGate {
  onExecutePostLogin(event: LoginEvent, api: PostLoginApi): Promise<void>;
  MESSAGES: Record<'notInvited' | 'notAccepted' | 'legacyReset' | 'unknownStatus', string>;
}

const require = createRequire(import.meta.url);
const gate = require(fileURLToPath(LOGIN_GATE_SOURCE)) as LoginGate;
const M = gate.MESSAGES;

const RESET = '2026-11-20T10:00:00.000Z';

function event(
  user: Record<string, unknown>,
  options: { connection?: string; resetOption?: boolean; logins?: number; secrets?: Record<string, string> } = {},
): LoginEvent {
  return {
    user: { user_id: 'auth0|1', email: 'ada@example.com', ...user },
    stats: { logins_count: options.logins ?? 0 },
    connection: { name: options.connection ?? 'Invitees' },
    secrets: options.secrets ?? {
      GATED_CONNECTION: 'Invitees',
      REQUIRE_RESET_FOR_IMPORTED_HASHES: options.resetOption ? 'true' : 'false',
    },
  };
}

/** Runs the Action with a recording api; returns the deny reasons (empty: allowed). */
async function run(e: LoginEvent): Promise<string[]> {
  const denials: string[] = [];
  const api = { access: { deny: (reason: string) => void denials.push(reason) } };
  await gate.onExecutePostLogin(e, api);
  return denials;
}

const invitation = (status: string) => ({ app_metadata: { invitation: { status } } });
const legacy = (status: string) => ({ app_metadata: { invitation: { status }, legacy_password_hash: true } });

// [label, event, expected deny reason or null for allow]
const cases: Array<[string, LoginEvent, string | null]> = [
  ['other connection, never invited', event({}, { connection: 'Username-Password-Authentication' }), null],
  ['other connection, invitation pending', event(invitation('pending'), { connection: 'google-oauth2' }), null],
  ['never invited: no app_metadata', event({}), M.notInvited],
  ['never invited: app_metadata without invitation', event({ app_metadata: { team: 'eng' } }), M.notInvited],
  ['never invited, even with a password set', event({ last_password_reset: RESET }), M.notInvited],
  ['invitation is not an object', event({ app_metadata: { invitation: 'yes' } }), M.notInvited],
  ['pending, no password yet', event(invitation('pending')), M.notAccepted],
  ['invited, no password yet', event(invitation('invited')), M.notAccepted],
  ['invited, no password yet, not a first login', event(invitation('invited'), { logins: 3 }), M.notAccepted],
  ['invited, empty last_password_reset', event({ ...invitation('invited'), last_password_reset: '' }), M.notAccepted],
  ['invited, password set on the ticket page', event({ ...invitation('invited'), last_password_reset: RESET }), null],
  ['pending, password set', event({ ...invitation('pending'), last_password_reset: RESET }), null],
  ['adopted, no password reset ever', event(invitation('adopted')), null],
  ['adopted, password set', event({ ...invitation('adopted'), last_password_reset: RESET }), null],
  ['unknown status', event({ ...invitation('revoked'), last_password_reset: RESET }), M.unknownStatus],
  ['missing status', event({ app_metadata: { invitation: {} }, last_password_reset: RESET }), M.unknownStatus],
  ['legacy hash, option off, adopted', event(legacy('adopted')), null],
  ['legacy hash, option on, adopted, no reset', event(legacy('adopted'), { resetOption: true }), M.legacyReset],
  ['legacy hash, option on, invited, no reset', event(legacy('invited'), { resetOption: true }), M.legacyReset],
  [
    'legacy hash, option on, adopted, reset done',
    event({ ...legacy('adopted'), last_password_reset: RESET }, { resetOption: true }),
    null,
  ],
  // Any marker value but absent/null/false requires the reset: a migration that wrote "true" or 1 must not
  // silently switch it off (fail closed).
  ...(['true', 1, 'yes', 'false', 0, {}] as const).map(
    (marker): [string, LoginEvent, string | null] => [
      `legacy marker ${JSON.stringify(marker)}, option on, adopted, no reset`,
      event({ app_metadata: { invitation: { status: 'adopted' }, legacy_password_hash: marker } }, { resetOption: true }),
      M.legacyReset,
    ],
  ),
  ...([false, null] as const).map(
    (marker): [string, LoginEvent, string | null] => [
      `legacy marker ${JSON.stringify(marker)} means none, option on, adopted`,
      event({ app_metadata: { invitation: { status: 'adopted' }, legacy_password_hash: marker } }, { resetOption: true }),
      null,
    ],
  ),
  [
    'legacy marker "true", option on, reset done',
    event(
      { app_metadata: { invitation: { status: 'adopted' }, legacy_password_hash: 'true' }, last_password_reset: RESET },
      { resetOption: true },
    ),
    null,
  ],
  [
    'legacy marker 1, option off',
    event({ app_metadata: { invitation: { status: 'adopted' }, legacy_password_hash: 1 } }),
    null,
  ],
  ['no legacy marker, option on, adopted', event(invitation('adopted'), { resetOption: true }), null],
  ['gate not configured: fails closed', event(invitation('adopted'), { secrets: {} }), 'not configured'],
];

describe('login gate Action', () => {
  it.each(cases)('%s', async (_label, e, expected) => {
    const denials = await run(e);
    if (expected === null) expect(denials).toEqual([]);
    else {
      expect(denials).toHaveLength(1);
      expect(denials[0]).toContain(expected);
    }
  });

  it('tells an invited user what to do: use the invitation link, or ask for a new one if it expired', () => {
    expect(M.notAccepted).toMatch(/link in your invitation email/);
    expect(M.notAccepted).toMatch(/expired.*new invitation/);
  });

  it('never writes app_metadata and uses only api.access.deny', () => {
    const source = readFileSync(LOGIN_GATE_SOURCE, 'utf8');
    const apiCalls = [...source.matchAll(/\bapi\.([a-zA-Z]+\.[a-zA-Z]+)/g)].map((m) => m[1]);
    expect(new Set(apiCalls)).toEqual(new Set(['access.deny']));
  });

  it('does not change the event it is given', async () => {
    const e = event({ ...invitation('invited'), last_password_reset: RESET });
    const before = structuredClone(e);
    await run(e);
    expect(e).toEqual(before);
  });
});

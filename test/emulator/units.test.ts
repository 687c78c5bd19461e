// Pure parts of the emulator: the v3 query subset, the token bucket, fault specs, import validation, and what it
// reads from the project config.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseClientSpec } from '../../emulator/http/auth';
import { FaultInjector, parseFaults } from '../../emulator/simulation/faults';
import { validateImportUser } from '../../emulator/domain/jobs/import-rules';
import { readProjectSettings } from '../../emulator/simulation/project-config';
import { endpointClass, parseRateLimit, PLANS, RateLimiter } from '../../emulator/simulation/rate-limit';
import type { UserRecord } from '../../emulator/domain/state';
import { parseUserQuery } from '../../emulator/domain/users/query';
import { admin, startTestEmulator } from './helpers';
import { startEmulator } from '../../emulator/index';

const user = (overrides: Partial<UserRecord>): UserRecord => ({
  user_id: 'auth0|000000000000000000000001',
  connection: 'Invitees',
  email: 'ada@example.com',
  email_verified: false,
  app_metadata: {},
  user_metadata: {},
  created_at: '2024-01-01T00:00:00.000Z',
  updated_at: '2024-01-01T00:00:00.000Z',
  ...overrides,
});

describe('user query', () => {
  const ada = user({ name: 'Ada Lovelace', app_metadata: { invitation: { status: 'invited' }, team: 'eng' } });
  it.each([
    ['email:"ADA@example.com"', true],
    ['email:ada@example.com', true],
    ['identities.connection:"Invitees"', true],
    ['identities.connection:"Other"', false],
    ['app_metadata.invitation.status:"invited"', true],
    ['app_metadata.team:eng AND NOT app_metadata.team:ops', true],
    ['(app_metadata.team:ops OR app_metadata.team:eng) AND email:*@example.com', true],
    ['user_id:"auth0|000000000000000000000001"', true],
    ['_exists_:app_metadata.invitation', true],
    ['_exists_:last_login', false],
    ['name:"ada lovelace"', true],
    ['password.hash:x', false],
  ])('%s → %s', (query, expected) => {
    expect(parseUserQuery(query)(ada)).toBe(expected);
  });

  it.each(['email:"a" email:"b"', 'email:"open', '(email:a', 'AND', 'nonsense'])('rejects %s with 400', (query) => {
    expect(() => parseUserQuery(query)).toThrow(expect.objectContaining({ statusCode: 400 }));
  });
});

describe('rate limits', () => {
  const ticket = { method: 'POST', path: '/api/v2/tickets/password-change' };

  it('spends the burst, refills a per-second bucket continuously, and reports the reset in epoch seconds', () => {
    let now = 1_700_000_000_000;
    const limiter = new RateLimiter(parseRateLimit('2/4') as Exclude<ReturnType<typeof parseRateLimit>, 'off'>, () => now);
    expect(limiter.take(ticket, true).allowed).toBe(true);
    expect(limiter.take(ticket, true).allowed).toBe(true);
    const refused = limiter.take(ticket, true);
    expect(refused.allowed).toBe(false);
    expect(refused.headers).toEqual({ 'x-ratelimit-limit': '2', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1700000001' });
    now += 250;
    expect(limiter.take(ticket, true).allowed).toBe(true);
    expect(limiter.take(ticket, false).headers['x-ratelimit-remaining']).toBe('0');
  });

  it('Free: 2 at once, then 2 a second for every endpoint alike', () => {
    let now = 1_700_000_000_000;
    const limiter = new RateLimiter(PLANS.free!, () => now);
    const results = [ticket, { method: 'GET', path: '/api/v2/users' }, ticket].map((r) => limiter.take(r, true).allowed);
    expect(results).toEqual([true, true, false]);
    now += 500;
    expect(limiter.take({ method: 'PATCH', path: '/api/v2/users/auth0|1' }, true).allowed).toBe(true);
    expect(limiter.take(ticket, true).allowed).toBe(false);
  });

  it('Essentials: "all other endpoints" 10 / 150 per minute refilled once a second, users endpoints in their own buckets', () => {
    let now = 1_700_000_000_000; // a whole second
    const limiter = new RateLimiter(PLANS.essentials!, () => now);
    for (let i = 0; i < 10; i++) expect(limiter.take(ticket, true).allowed).toBe(true);
    const refused = limiter.take(ticket, true);
    expect(refused).toEqual({ allowed: false, headers: { 'x-ratelimit-limit': '10', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1700000001' } });
    // Another bucket: reads of users still go.
    expect(limiter.take({ method: 'GET', path: '/api/v2/users' }, true)).toMatchObject({ allowed: true, headers: { 'x-ratelimit-limit': '40', 'x-ratelimit-remaining': '39' } });
    expect(limiter.take({ method: 'POST', path: '/api/v2/users' }, true).headers['x-ratelimit-limit']).toBe('20');
    // users-by-email and jobs are "all other endpoints": empty too.
    expect(limiter.take({ method: 'GET', path: '/api/v2/users-by-email' }, true).allowed).toBe(false);
    // Nothing is added within the second; 2.5 at the next one (150 per minute).
    now += 999;
    expect(limiter.take(ticket, true).allowed).toBe(false);
    now += 1;
    expect(limiter.take(ticket, true).allowed).toBe(true);
    expect(limiter.take(ticket, true).allowed).toBe(true);
    expect(limiter.take(ticket, true)).toMatchObject({ allowed: false, headers: { 'x-ratelimit-reset': '1700000002' } });
  });

  it('classifies the users endpoints by method; users-by-email is not one of them', () => {
    expect(endpointClass('GET', '/api/v2/users/auth0|1')).toBe('users-read');
    expect(endpointClass('PATCH', '/api/v2/users/auth0|1')).toBe('users-write');
    expect(endpointClass('DELETE', '/api/v2/users/auth0|1')).toBe('users-delete');
    expect(endpointClass('GET', '/api/v2/users-by-email')).toBe('other');
    expect(endpointClass('POST', '/api/v2/jobs/users-imports')).toBe('other');
  });

  it('parses plans and specs', () => {
    expect(parseRateLimit('50/16')).toMatchObject({ name: '50/16', apiWide: { burst: 50, perSecond: 16, refillEveryMs: 0 }, endpoints: {} });
    expect(parseRateLimit('enterprise')).toMatchObject({ apiWide: { burst: 50, perSecond: 16 } });
    expect(parseRateLimit('off')).toBe('off');
    expect(() => parseRateLimit('fast')).toThrow(/free, essentials, enterprise, enterprise-nonprod, BURST\/PER_SECOND/);
  });
});

describe('fault specs', () => {
  it('parses every kind and rejects unknown ones', () => {
    expect(parseFaults('5xx=0.2,drop=0.01,storm=0.1/4,jobfail=0.5')).toEqual({ error500: 0.1, error503: 0.1, drop: 0.01, storm: 0.1, stormLength: 4, jobFail: 0.5 });
    expect(() => parseFaults('teapot=0.1')).toThrow(/unknown fault/);
    expect(() => parseFaults('500=2')).toThrow(/between 0 and 1/);
  });

  it('a storm is a run of 429s', () => {
    const injector = new FaultInjector(parseFaults('storm=1/3'), 1);
    expect([1, 2, 3].map(() => injector.nextRequestFault())).toEqual(['storm429', 'storm429', 'storm429']);
  });

  it('client specs keep scopes with colons', () => {
    expect(parseClientSpec('ro:secret:read:users,read:connections')).toEqual({ client_id: 'ro', client_secret: 'secret', scopes: ['read:users', 'read:connections'] });
  });
});

describe('import validation', () => {
  it('accepts a minimal user and flags each documented problem', () => {
    expect(validateImportUser({ email: 'a@example.com', app_metadata: { invitation: { status: 'pending' } } })).toEqual([]);
    expect(validateImportUser({ email: 'a@example.com', phone_number: '0123' }).map((e) => e.code)).toEqual(['PATTERN']);
    expect(validateImportUser({ email: 'a@example.com', name: '' }).map((e) => e.code)).toEqual(['MIN_LENGTH']);
    expect(validateImportUser({ email: 'a@example.com', mfa_factors: [] }).map((e) => e.code)).toEqual(['ARRAY_LENGTH_SHORT']);
    expect(validateImportUser({}).map((e) => e.code)).toEqual(['OBJECT_REQUIRED']);
    expect(validateImportUser('a@example.com').map((e) => e.code)).toEqual(['INVALID_TYPE']);
  });
});

describe('project config', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('makes the tenant look deployed: the configured connection and the login gate Action with its secrets', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'emulator-project-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'invitation.config.yaml'), 'connection: Members\nstack:\n  require_reset_for_imported_hashes: true\n  password_min_length: 12\n');
    mkdirSync(join(dir, 'stack', 'action'), { recursive: true });
    writeFileSync(join(dir, 'stack', 'action', 'login-gate.cjs'), "exports.onExecutePostLogin = async (event, api) => { api.access.deny(event.secrets.GATED_CONNECTION + ':' + event.secrets.REQUIRE_RESET_FOR_IMPORTED_HASHES); };\n");
    expect(readProjectSettings(undefined, dir)).toMatchObject({ connection: 'Members', requireResetForImportedHashes: true, passwordMinLength: 12 });

    const emulator = await startEmulator({ cwd: dir, rateLimit: 'off' });
    try {
      expect(Object.keys(emulator.connections)).toEqual(['Username-Password-Authentication', 'Members']);
      const create = await fetch(`${emulator.url}/emulator/config`);
      expect(await create.json()).toMatchObject({ password_min_length: 12 });
      const { accessToken, api } = await import('./helpers');
      const token = await accessToken(emulator);
      await api(emulator, token, 'POST', '/api/v2/users', { connection: 'Members', email: 'm@example.com', password: 'twelve-chars-ok' });
      const login = await admin(emulator, 'POST', '/emulator/login', { email: 'm@example.com', password: 'twelve-chars-ok' });
      expect(await login.json()).toMatchObject({ result: 'deny', reason: 'Members:true' });
    } finally {
      await emulator.stop();
    }
  });

  it('a bare tenant without config has only the default connection', async () => {
    const emulator = await startTestEmulator();
    try {
      expect(Object.keys(emulator.connections)).toEqual(['Username-Password-Authentication']);
    } finally {
      await emulator.stop();
    }
  });
});

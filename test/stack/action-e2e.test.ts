// The login gate end to end on the emulator, which runs stack/action/login-gate.cjs with the secrets the stack
// deploys: import, ticket, password set on the ticket, login allowed; ticket unused, denied; never invited, denied.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { RunningEmulator } from '../../emulator/index';
import { LOGIN_GATE_SOURCE } from '../../stack/invitation-stack';
import { CONNECTION as GATED } from '../support/config';
import { startTenant } from '../support/tenant';
const PASSWORD = 'Correct-Horse-Battery-42!';
const { MESSAGES } = createRequire(import.meta.url)(fileURLToPath(LOGIN_GATE_SOURCE)) as {
  MESSAGES: Record<'notInvited' | 'notAccepted', string>;
};

let emulator: RunningEmulator;
let token: string;

async function call(method: string, route: string, body?: unknown): Promise<{ status: number; json: unknown }> {
  const response = await fetch(`${emulator.url}${route}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await response.text();
  return { status: response.status, json: text === '' ? undefined : (JSON.parse(text) as unknown) };
}

async function ok<T>(method: string, route: string, body?: unknown): Promise<T> {
  const { status, json } = await call(method, route, body);
  if (status >= 300) throw new Error(`${method} ${route} -> ${status} ${JSON.stringify(json)}`);
  return json as T;
}

async function importUsers(users: unknown[]): Promise<void> {
  const form = new FormData();
  form.append('users', new Blob([JSON.stringify(users)], { type: 'application/json' }), 'users.json');
  form.append('connection_id', emulator.connections[GATED]!);
  form.append('send_completion_email', 'false');
  const response = await fetch(`${emulator.url}/api/v2/jobs/users-imports`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  const job = (await response.json()) as { id: string; status: string };
  expect(response.status, JSON.stringify(job)).toBe(202);
  // Polls a local job with no latency configured: bounded by count, not by time.
  for (let i = 0; i < 200; i++) {
    const current = await ok<{ status: string; summary?: { inserted: number } }>('GET', `/api/v2/jobs/${job.id}`);
    if (current.status === 'completed') {
      expect(current.summary?.inserted).toBe(users.length);
      return;
    }
    if (current.status === 'failed') throw new Error(`import job failed: ${JSON.stringify(current)}`);
    await new Promise((resolve) => setImmediate(resolve));
  }
  throw new Error('import job did not complete');
}

async function userId(email: string, connection = GATED): Promise<string> {
  const users = await ok<Array<{ user_id: string; identities: Array<{ connection: string }> }>>(
    'GET',
    `/api/v2/users-by-email?email=${encodeURIComponent(email)}`,
  );
  const user = users.find((u) => u.identities.some((identity) => identity.connection === connection));
  if (!user) throw new Error(`no user ${email} in ${connection}`);
  return user.user_id;
}

async function login(email: string, password = PASSWORD): Promise<{ status: number; result?: string; reason?: string }> {
  const response = await fetch(`${emulator.url}/emulator/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const body = (await response.json()) as { result?: string; reason?: string };
  return { status: response.status, ...body };
}

beforeAll(async () => {
  // A tenant deployed from the fixture config: its connection, and the stack's login gate Action.
  emulator = await startTenant({ host: '127.0.0.1', port: 0 });
  const response = await fetch(`${emulator.url}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      grant_type: 'client_credentials',
      client_id: emulator.clientId,
      client_secret: emulator.clientSecret,
      audience: `${emulator.url}/api/v2/`,
    }),
  });
  token = ((await response.json()) as { access_token: string }).access_token;
  expect(emulator.connections).toHaveProperty(GATED);
});

afterAll(async () => {
  await emulator?.stop();
});

describe('login gate on the emulator', () => {
  it('import, ticket, password set on the ticket: login allowed', async () => {
    await importUsers([{ email: 'ada@example.com', email_verified: false, app_metadata: { invitation: { status: 'pending' } } }]);
    const id = await userId('ada@example.com');
    expect(await login('ada@example.com')).toMatchObject({ status: 401 }); // no password before the ticket
    const { ticket } = await ok<{ ticket: string }>('POST', '/api/v2/tickets/password-change', {
      user_id: id,
      mark_email_as_verified: true,
    });
    await ok('POST', '/emulator/tickets/redeem', { ticket, password: PASSWORD });
    expect(await login('ada@example.com')).toEqual({ status: 200, result: 'allow', user_id: id });
  });

  it('ticket never used: login denied', async () => {
    await importUsers([{ email: 'bob@example.com', app_metadata: { invitation: { status: 'invited' } } }]);
    await ok('POST', '/api/v2/tickets/password-change', { user_id: await userId('bob@example.com') });
    // Imported without a password: no password works until the ticket is used.
    expect((await login('bob@example.com')).result).not.toBe('allow');
    // Even with a password set some other way (POST /users does not set last_password_reset), the gate denies
    // and says what to do.
    await ok('POST', '/api/v2/users', {
      connection: GATED,
      email: 'carol@example.com',
      password: PASSWORD,
      app_metadata: { invitation: { status: 'invited' } },
    });
    expect(await login('carol@example.com')).toMatchObject({ status: 200, result: 'deny', reason: MESSAGES.notAccepted });
  });

  it('never invited: login denied; other connections are not gated', async () => {
    await ok('POST', '/api/v2/users', { connection: GATED, email: 'dave@example.com', password: PASSWORD });
    expect(await login('dave@example.com')).toMatchObject({ status: 200, result: 'deny', reason: MESSAGES.notInvited });
    await ok('POST', '/api/v2/users', {
      connection: 'Username-Password-Authentication',
      email: 'erin@example.com',
      password: PASSWORD,
    });
    expect(await login('erin@example.com')).toMatchObject({ status: 200, result: 'allow' });
  });
});

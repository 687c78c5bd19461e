// Password-change tickets through the SDK, the ticket page a person uses, the admin redeem shortcut, and
// login simulation running a post-login Action.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManagementError, type ManagementClient } from 'auth0';
import type { RunningEmulator } from '../../emulator/index';
import { admin, expectOasValid, sdkClient, startTestEmulator } from './helpers';

const ACTION = fileURLToPath(new URL('./fixtures/test-action.cjs', import.meta.url));
let emulator: RunningEmulator;
let client: ManagementClient;
let clock = Date.now();

beforeAll(async () => {
  emulator = await startTestEmulator({
    connections: ['Invitees'],
    actionPath: ACTION,
    actionSecrets: { GATED_CONNECTION: 'Invitees' },
    passwordMinLength: 10,
    now: () => clock,
  });
  client = sdkClient(emulator);
});
afterAll(async () => {
  await emulator.stop();
});

async function newUser(email: string, appMetadata: Record<string, unknown> = {}): Promise<string> {
  const user = await client.users.create({ connection: 'Invitees', email, password: 'initial-random-password', app_metadata: appMetadata });
  return user.user_id!;
}

async function failure(promise: Promise<unknown>): Promise<ManagementError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ManagementError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

const login = (email: string, password: string) => admin(emulator, 'POST', '/emulator/login', { email, password });

describe('password-change tickets', () => {
  it('issues a 201 ticket URL ending in # that the ticket page redeems once', async () => {
    const userId = await newUser('ticket@example.com');
    const { ticket } = await client.tickets.changePassword({ user_id: userId, ttl_sec: 3600, mark_email_as_verified: true });
    expectOasValid('POST', '/tickets/password-change', 201, { ticket });
    expect(ticket).toMatch(new RegExp(`^${emulator.url}/u/reset-password\\?ticket=[A-Za-z0-9]{32}#$`));

    const page = await fetch(ticket);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<form method="post">');

    const tooShort = await fetch(ticket, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'password=short' });
    expect(tooShort.status).toBe(400);

    const set = await fetch(ticket, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ password: 'chosen-by-me-123' }) });
    expect(set.status).toBe(200);
    const user = await client.users.get(userId);
    expect(user.email_verified).toBe(true);
    expect(typeof user.last_password_reset).toBe('string');

    const again = await fetch(ticket, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'password=chosen-by-me-456' });
    expect(again.status).toBe(410);
    expect((await login('ticket@example.com', 'chosen-by-me-123')).status).toBe(200);
  });

  it('finds the user by email + connection_id and rejects combining it with user_id', async () => {
    const userId = await newUser('by-email@example.com');
    const { ticket } = await client.tickets.changePassword({ email: 'by-email@example.com', connection_id: emulator.connections.Invitees! });
    const redeemed = await admin(emulator, 'POST', '/emulator/tickets/redeem', { ticket, password: 'chosen-by-me-123' });
    expect(await redeemed.json()).toMatchObject({ user_id: userId, email_verified: false });

    const both = await failure(client.tickets.changePassword({ user_id: userId, email: 'by-email@example.com', connection_id: emulator.connections.Invitees! }));
    expect(both.statusCode).toBe(400);
    expect(both.body).toMatchObject({ errorCode: 'invalid_body' });
    const unknownField = await failure(client.tickets.changePassword({ user_id: userId, surprise: 1 } as never));
    expect(unknownField.statusCode).toBe(400);
  });

  it('answers 404 for an unknown user and 400 for an unknown connection', async () => {
    const unknownUser = await failure(client.tickets.changePassword({ user_id: 'auth0|000000000000000000000000' }));
    expect(unknownUser.statusCode).toBe(404);
    expect(unknownUser.body).toMatchObject({ statusCode: 404, message: 'User not found.' });
    const unknownConnection = await failure(client.tickets.changePassword({ email: 'a@example.com', connection_id: 'con_0000000000000000' }));
    expect(unknownConnection.statusCode).toBe(400);
  });

  it('expires tickets: ttl_sec 0 means the 5-day default', async () => {
    const userId = await newUser('expiry@example.com');
    const { ticket: short } = await client.tickets.changePassword({ user_id: userId, ttl_sec: 60 });
    const { ticket: defaulted } = await client.tickets.changePassword({ user_id: userId, ttl_sec: 0 });
    clock += 61_000;
    expect((await fetch(short)).status).toBe(410);
    expect((await fetch(defaulted)).status).toBe(200);
    clock += 432_000_000;
    const late = await admin(emulator, 'POST', '/emulator/tickets/redeem', { ticket: defaulted, password: 'chosen-by-me-123' });
    expect(late.status).toBe(410);
    clock = Date.now();
  });
});

describe('login simulation', () => {
  it('runs the Action: allow, metadata applied once at the end (null removes), logins counted on allow', async () => {
    const userId = await newUser('login@example.com', { remove_me: true });
    const first = await login('login@example.com', 'initial-random-password');
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ result: 'allow', user_id: userId });
    const user = await client.users.get(userId);
    expect(user.app_metadata).toEqual({ last_seen_connection: 'Invitees', seen_logins: 1 });
    expect(user.user_metadata).toEqual({ secret_seen: 'Invitees' });
    expect(user.logins_count).toBe(1);
    expect(typeof user.last_login).toBe('string');
  });

  it('denies with the Action\'s reason and does not count the login', async () => {
    const userId = await newUser('denied@example.com', { blocked_by_test: true });
    const response = await login('denied@example.com', 'initial-random-password');
    expect(await response.json()).toEqual({ result: 'deny', reason: 'blocked by the test action', user_id: userId });
    const user = await client.users.get(userId);
    expect(user.logins_count).toBeUndefined();
    expect(user.app_metadata).toMatchObject({ seen_logins: 1 });
  });

  it('opens the gate once the password was set through a ticket (event.user.last_password_reset)', async () => {
    const userId = await newUser('gated@example.com', { gate: true });
    expect(await (await login('gated@example.com', 'initial-random-password')).json()).toMatchObject({ result: 'deny', reason: 'set your password first' });
    const { ticket } = await client.tickets.changePassword({ user_id: userId });
    await admin(emulator, 'POST', '/emulator/tickets/redeem', { ticket, password: 'chosen-by-me-123' });
    expect(await (await login('gated@example.com', 'chosen-by-me-123')).json()).toMatchObject({ result: 'allow' });
  });

  it('answers 401 for a wrong password or unknown email', async () => {
    await newUser('wrong@example.com');
    const wrong = await login('wrong@example.com', 'not-the-password');
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toEqual({ error: 'invalid_grant', error_description: 'Wrong email or password.' });
    expect((await login('nobody@example.com', 'whatever-password')).status).toBe(401);
  });
});

// Users, users-by-email and connections through the real auth0 SDK, with responses checked against the OAS.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManagementError, type ManagementClient } from 'auth0';
import type { RunningEmulator } from '../../emulator/index';
import { expectComponentValid, expectOasValid, sdkClient, startTestEmulator } from './helpers';

let emulator: RunningEmulator;
let client: ManagementClient;

beforeAll(async () => {
  emulator = await startTestEmulator({ connections: ['Invitees'] });
  client = sdkClient(emulator);
});
afterAll(async () => {
  await emulator.stop();
});

async function statusOf(promise: Promise<unknown>): Promise<{ status: number; body: unknown }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ManagementError) return { status: error.statusCode ?? 0, body: error.body };
    throw error;
  }
  throw new Error('expected the call to fail');
}

describe('connections', () => {
  it('lists connections by name with the SDK (checkpoint pagination) and reads one by id', async () => {
    const page = await client.connections.list({ name: 'Invitees' });
    expect(page.data).toHaveLength(1);
    const connection = page.data[0]!;
    expect(connection.name).toBe('Invitees');
    expect(connection.id).toMatch(/^con_[A-Za-z0-9]{16}$/);
    expect(connection.strategy).toBe('auth0');
    expectComponentValid('ListConnectionsCheckpointPaginatedResponseContent', page.response);

    const read = await client.connections.get(connection.id!);
    expect(read.enabled_clients).toEqual([emulator.clientId]);
    expectOasValid('GET', '/connections/{id}', 200, read);
  });

  it('has the default database connection', async () => {
    const page = await client.connections.list({ name: 'Username-Password-Authentication' });
    expect(page.data.map((c) => c.name)).toEqual(['Username-Password-Authentication']);
  });

  it('answers 404 inexistent_connection for an unknown id', async () => {
    const failure = await statusOf(client.connections.get('con_0000000000000000'));
    expect(failure.status).toBe(404);
    expect(failure.body).toMatchObject({ statusCode: 404, errorCode: 'inexistent_connection' });
  });
});

describe('users', () => {
  it('creates, reads, patches (one-level metadata merge, password sets last_password_reset) and deletes a user', async () => {
    const created = await client.users.create({
      connection: 'Invitees',
      email: 'Grace.Hopper@Example.com',
      password: 'a-long-random-password',
      given_name: 'Grace',
      app_metadata: { team: 'navy', flags: { a: 1 } },
    });
    expectOasValid('POST', '/users', 201, created);
    expect(created.email).toBe('grace.hopper@example.com');
    expect(created.user_id).toMatch(/^auth0\|[0-9a-f]{24}$/);
    expect(created.email_verified).toBe(false);
    expect(created.last_password_reset).toBeUndefined();
    expect(created.identities?.[0]).toMatchObject({ connection: 'Invitees', provider: 'auth0', isSocial: false });

    const read = await client.users.get(created.user_id!);
    expectOasValid('GET', '/users/{id}', 200, read);
    expect(read.given_name).toBe('Grace');

    const patched = await client.users.update(created.user_id!, { app_metadata: { flags: { b: 2 }, extra: true, team: null } });
    expectOasValid('PATCH', '/users/{id}', 200, patched);
    expect(patched.app_metadata).toEqual({ flags: { b: 2 }, extra: true });

    const withPassword = await client.users.update(created.user_id!, { password: 'another-long-password' });
    expect(typeof withPassword.last_password_reset).toBe('string');

    await client.users.delete(created.user_id!);
    const gone = await statusOf(client.users.get(created.user_id!));
    expect(gone).toEqual({ status: 404, body: { statusCode: 404, error: 'Not Found', message: 'The user does not exist.', errorCode: 'inexistent_user' } });
  });

  it('answers 409 for a duplicate and 400 for an unknown field or connection', async () => {
    await client.users.create({ connection: 'Invitees', email: 'dup@example.com', password: 'a-long-random-password' });
    const duplicate = await statusOf(client.users.create({ connection: 'Invitees', email: 'DUP@example.com', password: 'a-long-random-password' }));
    expect(duplicate).toEqual({ status: 409, body: { statusCode: 409, error: 'Conflict', message: 'The user already exists.', errorCode: 'auth0_idp_error' } });

    const unknownField = await statusOf(client.users.create({ connection: 'Invitees', email: 'x@example.com', password: 'a-long-random-password', surprise: 1 } as never));
    expect(unknownField.status).toBe(400);
    expect(unknownField.body).toMatchObject({ errorCode: 'invalid_body' });

    const unknownConnection = await statusOf(client.users.create({ connection: 'Nope', email: 'x@example.com', password: 'a-long-random-password' }));
    expect(unknownConnection.status).toBe(400);
  });

  it('takes a username only where the connection asks for one (requires_username), and once per connection', async () => {
    const refused = await statusOf(client.users.create({ connection: 'Invitees', email: 'named@example.com', password: 'a-long-random-password', username: 'named' }));
    expect(refused).toEqual({ status: 400, body: { statusCode: 400, error: 'Bad Request', message: 'Cannot set username for connection without requires_username', errorCode: 'invalid_body' } });
    const connection = emulator.state.connectionByName('Username-Password-Authentication')!;
    connection.options = { ...connection.options, requires_username: true };
    try {
      const named = await client.users.create({ connection: connection.name, email: 'named@example.com', password: 'a-long-random-password', username: 'named' });
      expect(named.username).toBe('named');
      const renamed = await client.users.update(named.user_id!, { username: 'renamed' });
      expect(renamed.username).toBe('renamed');
      const taken = await statusOf(client.users.create({ connection: connection.name, email: 'other@example.com', password: 'a-long-random-password', username: 'renamed' }));
      expect(taken.status).toBe(409);
    } finally {
      delete connection.options.requires_username;
    }
  });

  it('clears metadata with an empty object: user_metadata then shows {}, app_metadata is gone (recorded)', async () => {
    const user = await client.users.create({ connection: 'Invitees', email: 'clear@example.com', password: 'a-long-random-password', app_metadata: { a: 1 }, user_metadata: { b: 2 } });
    const cleared = await client.users.update(user.user_id!, { app_metadata: {}, user_metadata: {} });
    expect(cleared.app_metadata).toBeUndefined();
    expect(cleared.user_metadata).toEqual({});
    const fresh = await client.users.create({ connection: 'Invitees', email: 'fresh@example.com', password: 'a-long-random-password' });
    expect(fresh.user_metadata).toBeUndefined();
    expect(fresh.picture).toMatch(/^https:\/\/s\.gravatar\.com\/avatar\/[0-9a-f]{32}\?/);
  });

  it('rejects PATCH combinations Auth0 refuses and 404s an unknown user', async () => {
    const user = await client.users.create({ connection: 'Invitees', email: 'combo@example.com', password: 'a-long-random-password' });
    const both = await statusOf(client.users.update(user.user_id!, { password: 'another-long-password', email_verified: true }));
    expect(both.status).toBe(400);
    const missing = await statusOf(client.users.update('auth0|000000000000000000000000', { blocked: true }));
    expect(missing.status).toBe(404);
  });

  it('finds users by email (bare array, exact match on the stored lower-case email)', async () => {
    await client.users.create({ connection: 'Invitees', email: 'Mixed.Case@example.com', password: 'a-long-random-password' });
    const found = await client.users.listUsersByEmail({ email: 'mixed.case@example.com' });
    expect(found).toHaveLength(1);
    expectOasValid('GET', '/users-by-email', 200, found);
    expect(await client.users.listUsersByEmail({ email: 'Mixed.Case@example.com' })).toEqual([]);
    expect(await client.users.listUsersByEmail({ email: 'nobody@example.com' })).toEqual([]);
    const onlyIds = await client.users.listUsersByEmail({ email: 'mixed.case@example.com', fields: 'user_id,email', include_fields: true });
    expect(Object.keys(onlyIds[0]!).sort()).toEqual(['email', 'user_id']);
  });

  it('searches with the v3 subset, pages with totals, and enforces the 1,000-result cap', async () => {
    for (let i = 0; i < 5; i += 1) {
      await client.users.create({ connection: 'Invitees', email: `search${i}@example.com`, password: 'a-long-random-password', app_metadata: { cohort: i % 2 === 0 ? 'even' : 'odd' } });
    }
    const even = await client.users.list({ q: 'app_metadata.cohort:"even" AND identities.connection:"Invitees"', search_engine: 'v3', per_page: 2, page: 0 });
    expectOasValid('GET', '/users', 200, even.response);
    expect(even.response).toMatchObject({ start: 0, limit: 2, length: 2, total: 3 });
    expect(even.data.map((u) => u.email)).toEqual(['search0@example.com', 'search2@example.com']);

    const either = await client.users.list({ q: '(email:"search1@example.com" OR email:"SEARCH3@example.com") AND app_metadata.cohort:odd', search_engine: 'v3', per_page: 50 });
    expect(either.data.map((u) => u.email)).toEqual(['search1@example.com', 'search3@example.com']);

    const wildcard = await client.users.list({ q: 'email:search*', search_engine: 'v3', per_page: 50 });
    expect(wildcard.data).toHaveLength(5);

    const capped = await statusOf(client.users.list({ page: 20, per_page: 50 }));
    expect(capped.status).toBe(400);
    expect((capped.body as { message: string }).message).toMatch(/first 1000 records/);

    const badQuery = await statusOf(client.users.list({ q: 'email:"a@b.c" email:"d@e.f"', search_engine: 'v3' }));
    expect(badQuery.status).toBe(400);
  });
});

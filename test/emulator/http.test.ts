// Plain-HTTP behaviour the SDK hides: headers, raw bodies and status codes, bad input, scopes, the token
// endpoint, rate limiting and the admin stats.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../emulator/index';
import { accessToken, admin, api, expectOasValid, sdkClient, startTestEmulator } from './helpers';

let emulator: RunningEmulator;
let token: string;

beforeAll(async () => {
  emulator = await startTestEmulator({ connections: ['Invitees'], clients: ['reader:reader-secret:read:users'] });
  token = await accessToken(emulator);
});
afterAll(async () => {
  await emulator.stop();
});

const ENVELOPE_KEYS = ['error', 'message', 'statusCode'];

async function expectEnvelope(response: Response, status: number, errorCode?: string): Promise<Record<string, unknown>> {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  const body = (await response.json()) as Record<string, unknown>;
  expect(Object.keys(body).filter((k) => k !== 'errorCode').sort()).toEqual(ENVELOPE_KEYS);
  expect(body.statusCode).toBe(status);
  if (errorCode !== undefined) expect(body.errorCode).toBe(errorCode);
  expect(JSON.stringify(body)).not.toMatch(/\bat .*\.(ts|js):\d+/);
  return body;
}

describe('token endpoint', () => {
  it('issues bearer tokens for client_credentials with the client\'s scopes', async () => {
    const response = await fetch(`${emulator.url}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ grant_type: 'client_credentials', client_id: 'reader', client_secret: 'reader-secret', audience: 'https://tenant.local/api/v2/' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-ratelimit-limit')).not.toBeNull();
    const body = (await response.json()) as { access_token: string };
    // Auth0's client-credentials body (recordings, OAS example) has no `scope`: the token's claims carry it.
    expect(Object.keys(body).sort()).toEqual(['access_token', 'expires_in', 'token_type']);
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 86400 });
    const claims = JSON.parse(Buffer.from(body.access_token.split('.')[1]!, 'base64url').toString('utf8')) as { scope: string };
    expect(claims.scope).toBe('read:users');
  });

  it('refuses wrong secrets and other grant types with OAuth errors', async () => {
    const wrong = await fetch(`${emulator.url}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'client_credentials', client_id: 'local-client', client_secret: 'nope', audience: 'https://tenant.local/api/v2/' }),
    });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toEqual({ error: 'access_denied', error_description: 'Unauthorized' });
    const password = await fetch(`${emulator.url}/oauth/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ grant_type: 'password' }) });
    expect(password.status).toBe(400);
    expect(await password.json()).toMatchObject({ error: 'unsupported_grant_type' });
  });

  it('checks the body against ClientCredentialsGrant and knows the tenant\'s other APIs', async () => {
    const token = (body: Record<string, string>, on = emulator) => fetch(`${on.url}/oauth/token`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(body) });
    const credentials = { grant_type: 'client_credentials', client_id: 'reader', client_secret: 'reader-secret' };
    const missing = await token({ grant_type: 'client_credentials', client_id: 'reader', audience: 'https://tenant.local/api/v2/' });
    expect(missing.status).toBe(400);
    expect(await missing.json()).toEqual({ error: 'invalid_request', error_description: 'Missing required parameter: client_secret' });
    expect((await token({ ...credentials, audience: 'my-api' })).status).toBe(403);
    const withApi = await startTestEmulator({ clients: ['reader:reader-secret:read:users'], apis: ['my-api'] });
    try {
      // Extra parameters (an organization, anything else) do not matter, as recorded.
      const custom = await token({ ...credentials, audience: 'my-api', organization: 'org_test', test: 'value' }, withApi);
      expect(custom.status).toBe(200);
      expect(custom.headers.get('content-type')).toBe('application/json');
    } finally {
      await withApi.stop();
    }
  });
});

describe('authentication and scopes', () => {
  it('answers 401 without a token or with a forged one', async () => {
    await expectEnvelope(await fetch(`${emulator.url}/api/v2/users`), 401);
    await expectEnvelope(await api(emulator, `${token.slice(0, -4)}AAAA`, 'GET', '/api/v2/users'), 401);
  });

  it('enforces scopes per endpoint with 403 insufficient_scope (restricted client, through the SDK too)', async () => {
    const reader = await accessToken(emulator, 'reader', 'reader-secret');
    expect((await api(emulator, reader, 'GET', '/api/v2/users')).status).toBe(200);
    const denied = await expectEnvelope(await api(emulator, reader, 'POST', '/api/v2/tickets/password-change', { user_id: 'auth0|x' }), 403, 'insufficient_scope');
    expect(denied.message).toBe('Insufficient scope, expected any of: create:user_tickets');
    await expectEnvelope(await api(emulator, reader, 'GET', '/api/v2/connections'), 403, 'insufficient_scope');
    await expectEnvelope(await api(emulator, reader, 'PATCH', '/api/v2/users/auth0|x', { blocked: true }), 403, 'insufficient_scope');

    const sdk = sdkClient(emulator, { clientId: 'reader', clientSecret: 'reader-secret' });
    await expect(sdk.connections.list()).rejects.toMatchObject({ statusCode: 403 });
  });
});

describe('rate limit', () => {
  it('sends x-ratelimit-* on every API response and 429 with Auth0\'s body when the bucket is empty', async () => {
    const limited = await startTestEmulator({ rateLimit: '3/1' });
    try {
      const limitedToken = await accessToken(limited);
      const statuses: number[] = [];
      let last: Response | undefined;
      for (let i = 0; i < 5; i += 1) {
        last = await api(limited, limitedToken, 'GET', '/api/v2/users');
        statuses.push(last.status);
        expect(last.headers.get('x-ratelimit-limit')).toBe('3');
        const reset = Number(last.headers.get('x-ratelimit-reset'));
        // Epoch seconds, not a delta.
        expect(reset).toBeGreaterThan(Date.now() / 1000 - 1);
      }
      expect(statuses.slice(0, 3)).toEqual([200, 200, 200]);
      expect(statuses.at(-1)).toBe(429);
      expect(last!.headers.get('x-ratelimit-remaining')).toBe('0');
      expect(await last!.json()).toEqual({ statusCode: 429, error: 'Too Many Requests', message: 'Global limit has been reached', errorCode: 'too_many_requests' });
      // The admin API is never limited.
      expect((await admin(limited, 'GET', '/emulator/stats')).status).toBe(200);
      const stats = (await (await admin(limited, 'GET', '/emulator/stats')).json()) as { requests: Record<string, number>; statuses: Record<string, number> };
      expect(stats.requests['GET /api/v2/users']).toBe(5);
      expect(stats.statuses['429']).toBeGreaterThanOrEqual(1);

      // Changed at run time.
      await admin(limited, 'PUT', '/emulator/config', { rate_limit: 'off' });
      expect((await api(limited, limitedToken, 'GET', '/api/v2/users')).status).toBe(200);
    } finally {
      await limited.stop();
    }
  });
});

describe('a plan\'s limits over HTTP, on a tenant clock that runs faster than real time', () => {
  it('Essentials: tickets and jobs share "all other endpoints" (10), users reads their own bucket (40); a job\'s minute of latency passes in 60 ms', async () => {
    const tenant = await startTestEmulator({ rateLimit: 'essentials', timeScale: 1000, jobLatencyMs: 60_000, connections: ['Invitees'] });
    try {
      const bearer = await accessToken(tenant);
      const form = new FormData();
      form.append('users', new Blob([JSON.stringify([{ email: 'ada@example.com' }])], { type: 'application/json' }), 'users.json');
      form.append('connection_id', tenant.connections.Invitees!);
      const created = await api(tenant, bearer, 'POST', '/api/v2/jobs/users-imports', form);
      expect(created.status).toBe(202);
      expect(created.headers.get('x-ratelimit-limit')).toBe('10');
      const { id } = (await created.json()) as { id: string };
      const users = await api(tenant, bearer, 'GET', '/api/v2/users');
      expect([users.headers.get('x-ratelimit-limit'), users.headers.get('x-ratelimit-remaining')]).toEqual(['40', '39']);
      // Sixty seconds of tenant time pass in about 60 ms: the job ends without anybody waiting a minute.
      let status = 'pending';
      for (let polls = 0; polls < 500 && status !== 'completed'; polls++) {
        await new Promise((resolve) => setTimeout(resolve, 5));
        status = ((await (await api(tenant, bearer, 'GET', `/api/v2/jobs/${id}`)).json()) as { status: string }).status;
      }
      expect(status).toBe('completed');
      // The reset is epoch seconds of the tenant's clock: after that minute, a minute ahead of the real one.
      const later = await api(tenant, bearer, 'GET', '/api/v2/connections');
      expect(Number(later.headers.get('x-ratelimit-reset')) * 1000).toBeGreaterThan(Date.now() + 50_000);
      expect((await (await admin(tenant, 'GET', '/emulator/config')).json()) as object).toMatchObject({ rate_limit: 'essentials' });
    } finally {
      await tenant.stop();
    }
  });
});

describe('bad input gets Auth0\'s status and envelope, and the emulator keeps serving', () => {
  it('malformed JSON, wrong types, unknown fields, oversized bodies, unknown routes, bad query strings', async () => {
    await expectEnvelope(await api(emulator, token, 'POST', '/api/v2/users', '{"connection":'), 400, 'invalid_body');
    await expectEnvelope(await api(emulator, token, 'POST', '/api/v2/users', [1, 2]), 400, 'invalid_body');
    await expectEnvelope(await api(emulator, token, 'POST', '/api/v2/users', { connection: 5 }), 400, 'invalid_body');
    await expectEnvelope(await api(emulator, token, 'POST', '/api/v2/tickets/password-change', { user_id: 'x', nope: true }), 400, 'invalid_body');
    await expectEnvelope(await api(emulator, token, 'POST', '/api/v2/users', { connection: 'Invitees', email: 'x@example.com', password: 'p'.repeat(2_000_000) }), 413);
    await expectEnvelope(await api(emulator, token, 'POST', '/api/v2/users', 'hello', { 'content-type': 'text/plain' }), 415);
    await expectEnvelope(await api(emulator, token, 'GET', '/api/v2/nothing-here'), 404);
    await expectEnvelope(await fetch(`${emulator.url}/nothing`), 404);
    await expectEnvelope(await api(emulator, token, 'GET', '/api/v2/users?per_page=500'), 400, 'invalid_query_string');
    await expectEnvelope(await api(emulator, token, 'GET', '/api/v2/users?page=abc'), 400, 'invalid_query_string');
    await expectEnvelope(await api(emulator, token, 'GET', '/api/v2/users?q=email:%22unterminated'), 400);
    await expectEnvelope(await api(emulator, token, 'GET', '/api/v2/users-by-email'), 400);
    await expectEnvelope(await api(emulator, token, 'PATCH', '/api/v2/users/auth0|x', { email_verified: 'yes' }), 400, 'invalid_body');
    expect((await api(emulator, token, 'GET', '/api/v2/users')).status).toBe(200);
  });

  it('words schema failures as Auth0 does, from the OpenAPI document, and coerces query strings and form bodies', async () => {
    const message = async (response: Response): Promise<unknown> => ((await response.json()) as { message: unknown }).message;
    expect(await message(await api(emulator, token, 'GET', '/api/v2/users?include_totals=maybe')))
      .toBe("Query validation error: 'Expected type boolean but found type string' on property include_totals");
    expect(await message(await api(emulator, token, 'GET', '/api/v2/connections?strategy=nope')))
      .toBe("Query validation error: 'No enum match for: nope' on property strategy[0]");
    expect(await message(await api(emulator, token, 'POST', '/api/v2/users', { connection: 'Invitees', email: 'x@example.com', password: 'a-long-random-password', given_name: '' })))
      .toBe("Payload validation error: 'String is too short (0 chars), minimum 1' on property given_name");
    expect(await message(await api(emulator, token, 'POST', '/api/v2/jobs/users-exports', { fields: [{ name: 'email', other: 1 }] })))
      .toBe("Payload validation error: 'Additional properties not allowed: other' on property fields[0]");
    const form = new URLSearchParams({ connection: 'Invitees', email: 'form@example.com', password: 'a-long-random-password', email_verified: 'true' });
    const created = await api(emulator, token, 'POST', '/api/v2/users', form.toString(), { 'content-type': 'application/x-www-form-urlencoded' });
    expect(created.status).toBe(201);
    expect(((await created.json()) as { email_verified: unknown }).email_verified).toBe(true);
    // SDKs send a JSON content type with no body on GET and DELETE; Auth0 takes it (recorded).
    const deleted = await api(emulator, token, 'DELETE', '/api/v2/users/auth0|000000000000000000000000', undefined, { 'content-type': 'application/json' });
    expect(deleted.status).toBe(204);
    expect(deleted.headers.get('content-type')).toBe('application/json; charset=utf-8');
  });

  it('malformed and incomplete multipart imports', async () => {
    const connectionId = emulator.connections.Invitees!;
    const missingFile = new FormData();
    missingFile.append('connection_id', connectionId);
    expect((await expectEnvelope(await api(emulator, token, 'POST', '/api/v2/jobs/users-imports', missingFile), 400)).message).toBe("Must provide 'users' file as multipart part.");

    const missingConnection = new FormData();
    missingConnection.append('users', new Blob(['[{"email":"a@example.com"}]']), 'users.json');
    expect((await expectEnvelope(await api(emulator, token, 'POST', '/api/v2/jobs/users-imports', missingConnection), 400)).message).toBe("Must provide 'connection_id' as multipart part.");

    const empty = new FormData();
    empty.append('users', new Blob(['']), 'users.json');
    empty.append('connection_id', connectionId);
    expect((await expectEnvelope(await api(emulator, token, 'POST', '/api/v2/jobs/users-imports', empty), 400)).message).toBe('Users file must not be empty.');

    const notJson = new FormData();
    notJson.append('users', new Blob(['{not json']), 'users.json');
    notJson.append('connection_id', connectionId);
    await expectEnvelope(await api(emulator, token, 'POST', '/api/v2/jobs/users-imports', notJson), 400, 'invalid_body');

    const badBoolean = new FormData();
    badBoolean.append('users', new Blob(['[{"email":"a@example.com"}]']), 'users.json');
    badBoolean.append('connection_id', connectionId);
    badBoolean.append('upsert', 'yes');
    await expectEnvelope(await api(emulator, token, 'POST', '/api/v2/jobs/users-imports', badBoolean), 400, 'invalid_body');

    const broken = await api(emulator, token, 'POST', '/api/v2/jobs/users-imports', '--xyz\r\nContent-Disposition: form-data; name="users"\r\n\r\n[', { 'content-type': 'multipart/form-data; boundary=xyz' });
    await expectEnvelope(broken, 400, 'invalid_body');
    await expectEnvelope(await api(emulator, token, 'POST', '/api/v2/jobs/users-imports', { users: [] }), 400, 'invalid_body');
    expect((await api(emulator, token, 'GET', '/api/v2/users')).status).toBe(200);
  });
});

describe('raw shapes', () => {
  it('offset-paginated connections and users envelopes match the OAS', async () => {
    const connections = await api(emulator, token, 'GET', '/api/v2/connections?include_totals=true&per_page=50&name=Invitees');
    const body = await connections.json();
    expectOasValid('GET', '/connections', 200, body);
    expect(body).toMatchObject({ start: 0, limit: 50, total: 1 });
    const bare = await (await api(emulator, token, 'GET', '/api/v2/connections')).json();
    expect(Array.isArray(bare)).toBe(true);
    const users = await (await api(emulator, token, 'GET', '/api/v2/users?include_totals=false')).json();
    expect(Array.isArray(users)).toBe(true);
  });

  it('DELETE answers 204 with no body; stats count per OAS route template and status', async () => {
    await admin(emulator, 'DELETE', '/emulator/stats');
    const deleted = await api(emulator, token, 'DELETE', '/api/v2/users/auth0|000000000000000000000000');
    expect(deleted.status).toBe(204);
    expect(await deleted.text()).toBe('');
    await api(emulator, token, 'GET', '/api/v2/jobs/job_0000000000000000');
    const stats = (await (await admin(emulator, 'GET', '/emulator/stats')).json()) as { requests: Record<string, number>; statuses: Record<string, number> };
    expect(stats.requests).toMatchObject({ 'DELETE /api/v2/users/{id}': 1, 'GET /api/v2/jobs/{id}': 1 });
    // The DELETE /emulator/stats that reset the counters is itself counted: two 204s.
    expect(stats.statuses).toMatchObject({ '204': 2, '404': 1 });
  });
});

// Import and export jobs through the real auth0 SDK: life cycle, per-user errors, upsert rules, limits.
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ManagementError, type ManagementClient } from 'auth0';
import type { RunningEmulator } from '../../emulator/index';
import { admin, expectOasValid, sdkClient, startTestEmulator, usersFile, waitForJob } from './helpers';

let emulator: RunningEmulator;
let client: ManagementClient;
let connectionId: string;
let clock = Date.now();

beforeAll(async () => {
  emulator = await startTestEmulator({ connections: ['Invitees'], now: () => clock });
  client = sdkClient(emulator);
  connectionId = emulator.connections.Invitees!;
});
afterAll(async () => {
  await emulator.stop();
});
beforeEach(async () => {
  clock = Date.now();
  await admin(emulator, 'POST', '/emulator/reset');
  await admin(emulator, 'PUT', '/emulator/config', { job_latency_ms: 0, job_per_user_ms: 0, faults: '' });
});

async function importUsers(users: unknown[], options: { upsert?: boolean; send_completion_email?: boolean; external_id?: string } = {}) {
  const created = await client.jobs.usersImports.create({ users: usersFile(users), connection_id: connectionId, send_completion_email: false, ...options });
  return { created, finished: await waitForJob(client, created.id) };
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

describe('users-imports', () => {
  it('creates a pending job (202), completes it with a summary, and creates users shaped like Auth0\'s', async () => {
    const { created, finished } = await importUsers([{ email: 'Ada@Example.com', given_name: 'Ada', app_metadata: { invitation: { status: 'pending' } } }], { external_id: 'run-1' });
    expectOasValid('POST', '/jobs/users-imports', 202, created);
    expect(created).toMatchObject({ type: 'users_import', status: 'pending', connection_id: connectionId, connection: 'Invitees', external_id: 'run-1' });
    expect(created.id).toMatch(/^job_[A-Za-z0-9]{16}$/);
    expectOasValid('GET', '/jobs/{id}', 200, finished);
    expect(finished).toMatchObject({ status: 'completed', summary: { failed: 0, updated: 0, inserted: 1, total: 1 } });
    expect(await client.jobs.errors.get(created.id)).toBeUndefined();

    const [user] = await client.users.listUsersByEmail({ email: 'ada@example.com' });
    expect(user).toMatchObject({ email: 'ada@example.com', email_verified: false, name: 'ada@example.com', nickname: 'ada', given_name: 'Ada' });
    expect(user!.user_id).toMatch(/^auth0\|[0-9a-f]{24}$/);
    expect(user!.picture).toMatch(/^https:\/\/secure\.gravatar\.com\/avatar\/[0-9a-f]{32}\?/);
    expect(user!.last_password_reset).toBeUndefined();
    expect(user!.logins_count).toBeUndefined();
  });

  it('reports per-user errors with the documented codes and keeps the valid users', async () => {
    const { created, finished } = await importUsers([
      { email: 'ok@example.com' },
      { email: 'not-an-email' },
      { email: 'extra@example.com', favourite_colour: 'blue' },
      { email: 'typed@example.com', email_verified: 'yes' },
      { email: 'reserved@example.com', app_metadata: { loginsCount: 3 } },
      { email: 'OK@example.com' },
    ]);
    expect(finished.summary).toEqual({ failed: 5, updated: 0, inserted: 1, total: 6 });
    const errors = await client.jobs.errors.get(created.id);
    expectOasValid('GET', '/jobs/{id}/errors', 200, errors);
    const codes = (errors as Array<{ user: { email: string }; errors: Array<{ code: string }> }>).map((e) => [e.user.email, e.errors[0]!.code]);
    expect(codes).toEqual([
      ['not-an-email', 'FORMAT'],
      ['extra@example.com', 'OBJECT_ADDITIONAL_PROPERTIES'],
      ['typed@example.com', 'INVALID_TYPE'],
      ['reserved@example.com', 'NOT_PASSED'],
      ['OK@example.com', 'CONFLICT_EMAIL'],
    ]);
  });

  it('gives DUPLICATED_USER without upsert, exactly as Auth0 words it', async () => {
    await importUsers([{ email: 'chuck@example.com' }]);
    const { created, finished } = await importUsers([{ email: 'chuck@example.com', email_verified: true }]);
    expect(finished.summary).toEqual({ failed: 1, updated: 0, inserted: 0, total: 1 });
    expect(await client.jobs.errors.get(created.id)).toEqual([
      { user: { email: 'chuck@example.com', email_verified: true }, errors: [{ code: 'DUPLICATED_USER', message: 'The user already exist and upsert parameter is false' }] },
    ]);
  });

  it('upserts: replaces metadata wholesale (absent metadata clears it), never changes blocked, resets email_verified unless the file says true', async () => {
    await importUsers([{ email: 'lin@example.com', email_verified: true, blocked: true, app_metadata: { a: 1, b: 2 }, user_metadata: { x: 1 } }]);
    const { finished } = await importUsers([{ email: 'lin@example.com', blocked: false, app_metadata: { c: 3 }, name: 'Lin' }], { upsert: true });
    expect(finished.summary).toEqual({ failed: 0, updated: 1, inserted: 0, total: 1 });
    const [user] = await client.users.listUsersByEmail({ email: 'lin@example.com' });
    expect(user).toMatchObject({ app_metadata: { c: 3 }, blocked: true, name: 'Lin', email_verified: false });
    expect(user!.app_metadata).toEqual({ c: 3 });
    // Pessimistic reading of "upserts replace metadata": an absent user_metadata replaces it with nothing.
    expect(user!.user_metadata).toBeUndefined();

    await importUsers([{ email: 'lin@example.com', email_verified: true }], { upsert: true });
    const [again] = await client.users.listUsersByEmail({ email: 'lin@example.com' });
    expect(again!.email_verified).toBe(true);
  });

  it('walks pending → processing → completed with configured latency', async () => {
    // Each phase lasts over a second, so that a poll sees it even on a loaded machine.
    await admin(emulator, 'PUT', '/emulator/config', { job_latency_ms: 1500, job_per_user_ms: 750 });
    const created = await client.jobs.usersImports.create({ users: usersFile([{ email: 'a@example.com' }, { email: 'b@example.com' }]), connection_id: connectionId, send_completion_email: false });
    const seen = new Set<string>();
    for (;;) {
      const job = await client.jobs.get(created.id);
      seen.add(job.status);
      if (job.status === 'completed') break;
      expect(job.summary).toBeUndefined();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect([...seen]).toEqual(['pending', 'processing', 'completed']);
  });

  it('refuses a third concurrent job with the import 429 (not the rate-limit body)', async () => {
    await admin(emulator, 'PUT', '/emulator/config', { job_latency_ms: 60_000 });
    await client.jobs.usersImports.create({ users: usersFile([{ email: 'c1@example.com' }]), connection_id: connectionId, send_completion_email: false });
    await client.jobs.usersImports.create({ users: usersFile([{ email: 'c2@example.com' }]), connection_id: connectionId, send_completion_email: false });
    const third = await failure(client.jobs.usersImports.create({ users: usersFile([{ email: 'c3@example.com' }]), connection_id: connectionId, send_completion_email: false }));
    expect(third.statusCode).toBe(429);
    expect(third.body).toEqual({
      statusCode: 429,
      error: 'Too Many Requests',
      message: 'There are 2 active import users jobs, please wait until some of them are finished and try again',
    });
  });

  it('rejects a file over 512000 bytes with 413, and a bad connection id with invalid_body', async () => {
    const big = Array.from({ length: 6000 }, (_, i) => ({ email: `person${i}@example.com`, user_metadata: { note: 'x'.repeat(60) } }));
    const tooLarge = await failure(client.jobs.usersImports.create({ users: usersFile(big), connection_id: connectionId }));
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.body).toMatchObject({ statusCode: 413, message: 'Payload content length greater than maximum allowed: 512000' });

    const badId = await failure(client.jobs.usersImports.create({ users: usersFile([{ email: 'a@example.com' }]), connection_id: 'con_short' }));
    expect(badId.statusCode).toBe(400);
    expect(badId.body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: "Payload validation error: 'String does not match pattern ^con_[A-Za-z0-9]{16}$' on property connection_id",
      errorCode: 'invalid_body',
    });
  });

  it('records the completion mail to tenant admins unless send_completion_email is false', async () => {
    const withMail = await client.jobs.usersImports.create({ users: usersFile([{ email: 'm1@example.com' }]), connection_id: connectionId });
    await waitForJob(client, withMail.id);
    await importUsers([{ email: 'm2@example.com' }], { send_completion_email: false });
    const mails = (await (await admin(emulator, 'GET', '/emulator/mails')).json()) as Array<{ job_id: string; status: string }>;
    expect(mails).toEqual([expect.objectContaining({ job_id: withMail.id, status: 'completed' })]);
  });

  it('imports 10,000 users in one job', async () => {
    const users = Array.from({ length: 10_000 }, (_, i) => ({ email: `bulk${i}@example.com` }));
    const { finished } = await importUsers(users);
    expect(finished.summary).toEqual({ failed: 0, updated: 0, inserted: 10_000, total: 10_000 });
  });
});

describe('users-exports', () => {
  it('creates an export (200) whose location serves gzipped NDJSON with exactly the requested fields, for 60 s', async () => {
    await importUsers([{ email: 'e1@example.com', app_metadata: { invitation: { status: 'invited' } } }, { email: 'e2@example.com' }]);
    await client.users.create({ connection: 'Username-Password-Authentication', email: 'other@example.com', password: 'a-long-random-password' });
    const created = await client.jobs.usersExports.create({
      connection_id: connectionId,
      format: 'json',
      fields: [{ name: 'user_id' }, { name: 'email' }, { name: 'identities[0].connection' }, { name: 'app_metadata' }],
    });
    expectOasValid('POST', '/jobs/users-exports', 200, created);
    expect(created).toMatchObject({ type: 'users_export', status: 'pending', connection: 'Invitees', format: 'json' });
    const job = await waitForJob(client, created.id);
    expect(job.status).toBe('completed');
    expect(job.location).toMatch(new RegExp(`^${emulator.url}/`));

    const download = await fetch(job.location!);
    expect(download.status).toBe(200);
    const lines = gunzipSync(Buffer.from(await download.arrayBuffer())).toString('utf8').trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((l) => l.email)).toEqual(['e1@example.com', 'e2@example.com']);
    expect(Object.keys(lines[0]!).sort()).toEqual(['app_metadata', 'email', 'identities[0].connection', 'user_id']);
    expect(lines[0]).toMatchObject({ 'identities[0].connection': 'Invitees', app_metadata: { invitation: { status: 'invited' } } });
    expect(Object.keys(lines[1]!).sort()).toEqual(['email', 'identities[0].connection', 'user_id']);

    clock += 61_000;
    expect((await fetch(job.location!)).status).toBe(403);
    const fresh = await client.jobs.get(created.id);
    expect((await fetch(fresh.location!)).status).toBe(200);
  });

  it('rejects unknown body fields and an unknown connection', async () => {
    expect((await failure(client.jobs.usersExports.create({ connection_id: connectionId, surprise: true } as never))).statusCode).toBe(400);
    expect((await failure(client.jobs.usersExports.create({ connection_id: 'con_0000000000000000' }))).statusCode).toBe(400);
  });
});

describe('jobs', () => {
  it('answers 404 for an unknown job', async () => {
    const missing = await failure(client.jobs.get('job_0000000000000000'));
    expect(missing.statusCode).toBe(404);
    expect(missing.body).toMatchObject({ statusCode: 404, error: 'Not Found' });
  });

  it('forgets jobs after 24 hours', async () => {
    const { created } = await importUsers([{ email: 'old@example.com' }]);
    expect((await client.jobs.get(created.id)).status).toBe('completed');
    clock += 24 * 60 * 60 * 1000 + 1000;
    // The old token expired with the jump; a new client fetches a token valid at the emulator's clock.
    expect((await failure(client.jobs.get(created.id))).statusCode).toBe(401);
    expect((await failure(sdkClient(emulator).jobs.get(created.id))).statusCode).toBe(404);
  });
});

// Review findings: bad input never crashes the emulator (deep metadata, pathological wildcards, huge ttl_sec,
// prototype-named fields, corrupt state records), and the fidelity the reconciler depends on (search lag, job
// progress and part-written failing jobs, GET /users parameters, import error codes, job retention).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../emulator/index';
import { exceedsDepth, jsonDepth, pruneDepth } from '../../emulator/domain/json-depth';
import { DebouncedStateWriter } from '../../emulator/simulation/persistence';
import { MAX_MAILS, TenantState } from '../../emulator/domain/state';
import { globMatcher } from '../../emulator/domain/users/query';
import { accessToken, admin, api, startTestEmulator } from './helpers';

const running: RunningEmulator[] = [];
const tempDirs: string[] = [];
afterAll(async () => {
  await Promise.all(running.map((e) => e.stop()));
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

async function start(options: Parameters<typeof startTestEmulator>[0] = {}): Promise<{ emulator: RunningEmulator; token: string }> {
  const emulator = await startTestEmulator({ connections: ['Invitees'], ...options });
  running.push(emulator);
  return { emulator, token: await accessToken(emulator) };
}

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'emulator-review-'));
  tempDirs.push(dir);
  return dir;
}

/** Submits an import from raw file text (so tests can send what JSON.stringify cannot build). */
async function submitImport(emulator: RunningEmulator, token: string, fileText: string, extra: Record<string, string> = {}): Promise<Response> {
  const form = new FormData();
  form.append('users', new Blob([fileText], { type: 'application/json' }), 'users.json');
  form.append('connection_id', emulator.connections.Invitees!);
  form.append('send_completion_email', 'false');
  for (const [key, value] of Object.entries(extra)) form.append(key, value);
  return api(emulator, token, 'POST', '/api/v2/jobs/users-imports', form);
}

async function finishedJob(emulator: RunningEmulator, token: string, id: string): Promise<Record<string, unknown>> {
  for (let attempt = 0; attempt < 1000; attempt += 1) {
    const job = (await (await api(emulator, token, 'GET', `/api/v2/jobs/${id}`)).json()) as Record<string, unknown>;
    if (job.status !== 'pending' && job.status !== 'processing') return job;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`job ${id} did not finish`);
}

function nested(levels: number): string {
  return `${'['.repeat(levels)}${']'.repeat(levels)}`;
}

function metadataOfDepth(depth: number): Record<string, unknown> {
  let value: Record<string, unknown> = { leaf: true };
  for (let level = 1; level < depth; level += 1) value = { a: value };
  return value;
}

describe('deeply nested metadata (review a)', () => {
  it('measures and prunes depth without recursion limits', () => {
    const deep = JSON.parse(`{"x":${nested(200_000)}}`) as unknown;
    expect(jsonDepth(deep, 20)).toBeGreaterThan(20);
    expect(exceedsDepth(deep, 10)).toBe(true);
    expect(jsonDepth(metadataOfDepth(10))).toBe(10);
    expect(exceedsDepth(metadataOfDepth(10), 10)).toBe(false);
    expect(() => JSON.stringify(pruneDepth(deep, 12))).not.toThrow();
    const withProto = JSON.parse('{"__proto__":{"polluted":true}}') as object;
    expect(Object.getPrototypeOf(pruneDepth(withProto, 3))).toBe(Object.prototype);
  });

  it('fails that user of an import (400 KB, 200,000 levels), keeps the others, and keeps answering reads', async () => {
    const dir = tempDir();
    const statePath = join(dir, 'state.json');
    const { emulator, token } = await start({ statePath });
    const file = `[{"email":"deep@example.com","user_metadata":{"x":${nested(200_000)}}},{"email":"fine@example.com"}]`;
    expect(file.length).toBeGreaterThan(400_000);
    const response = await submitImport(emulator, token, file);
    expect(response.status).toBe(202);
    const job = await finishedJob(emulator, token, ((await response.json()) as { id: string }).id);
    expect(job.summary).toEqual({ failed: 1, updated: 0, inserted: 1, total: 2 });
    const errors = (await (await api(emulator, token, 'GET', `/api/v2/jobs/${job.id as string}/errors`)).json()) as Array<{ errors: Array<{ code: string; path: string }> }>;
    expect(errors[0]!.errors).toEqual([expect.objectContaining({ code: 'MAXIMUM', path: '#/user_metadata' })]);
    expect((await api(emulator, token, 'GET', '/api/v2/users')).status).toBe(200);
    expect((await api(emulator, token, 'GET', '/api/v2/users-by-email?email=fine%40example.com')).status).toBe(200);
    expect((await api(emulator, token, 'GET', '/api/v2/users-by-email?email=deep%40example.com')).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const saved = JSON.parse(readFileSync(statePath, 'utf8')) as { users: unknown[] };
    expect(saved.users).toHaveLength(1);
  });

  it('answers 400 for POST and PATCH metadata nested deeper than 10 levels', async () => {
    const { emulator, token } = await start();
    const body = { connection: 'Invitees', email: 'n@example.com', password: 'a-long-random-password' };
    const tooDeep = await api(emulator, token, 'POST', '/api/v2/users', { ...body, user_metadata: metadataOfDepth(11) });
    expect(tooDeep.status).toBe(400);
    expect(await tooDeep.json()).toMatchObject({ errorCode: 'invalid_body', message: expect.stringContaining('nested too deeply') });
    const created = await api(emulator, token, 'POST', '/api/v2/users', { ...body, app_metadata: metadataOfDepth(10) });
    expect(created.status).toBe(201);
    const { user_id: id } = (await created.json()) as { user_id: string };
    const patch = await api(emulator, token, 'PATCH', `/api/v2/users/${encodeURIComponent(id)}`, `{"app_metadata":{"deep":${nested(200_000)}}}`);
    expect(patch.status).toBe(400);
    expect((await api(emulator, token, 'GET', '/api/v2/users')).status).toBe(200);
  });

  it('the state writer logs a failed write instead of throwing in its timer', async () => {
    const logged: string[] = [];
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const writer = new DebouncedStateWriter(join(tempDir(), 'state.json'), () => cyclic as never, 1, (message) => logged.push(message));
    writer.schedule();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/could not write the state file/);
    expect(writer.flush()).toBe(false);
  });
});

describe('wildcard search (review b)', () => {
  it('matches globs without regular expressions', () => {
    expect(globMatcher('a*b*c')('axxbyyc')).toBe(true);
    expect(globMatcher('a*b*c')('axxcyyb')).toBe(false);
    expect(globMatcher('*@example.com')('ada@example.com')).toBe(true);
    expect(globMatcher('ab*ba')('aba')).toBe(false);
    expect(globMatcher('a*')('a')).toBe(true);
    const started = performance.now();
    expect(globMatcher('a*a*a*a*a*a*a*a*a*b')('a'.repeat(100_000))).toBe(false);
    expect(performance.now() - started).toBeLessThan(200);
  });

  it('answers a pathological wildcard query fast, caps wildcards, and 503s past the time budget', async () => {
    const { emulator, token } = await start();
    const long = `${'a'.repeat(60)}@example.com`;
    expect((await api(emulator, token, 'POST', '/api/v2/users', { connection: 'Invitees', email: long, password: 'a-long-random-password' })).status).toBe(201);
    const started = performance.now();
    const q = encodeURIComponent('email:a*a*a*a*a*a*a*a*b');
    const response = await api(emulator, token, 'GET', `/api/v2/users?search_engine=v3&q=${q}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual([]);
    expect(performance.now() - started).toBeLessThan(1000);
    const tooMany = await api(emulator, token, 'GET', `/api/v2/users?search_engine=v3&q=${encodeURIComponent(`email:${'a*'.repeat(11)}`)}`);
    expect(tooMany.status).toBe(400);

    const slow = await start({ searchTimeoutMs: 0 });
    for (let i = 0; i < 3; i += 1) {
      await api(slow.emulator, slow.token, 'POST', '/api/v2/users', { connection: 'Invitees', email: `u${i}@example.com`, password: 'a-long-random-password' });
    }
    const timedOut = await api(slow.emulator, slow.token, 'GET', `/api/v2/users?search_engine=v3&q=${encodeURIComponent('email:u*')}`);
    expect(timedOut.status).toBe(503);
    expect(await timedOut.json()).toMatchObject({ statusCode: 503, error: 'Service Unavailable' });
  });
});

describe('request validation (review c, d)', () => {
  it('refuses a ttl_sec no date can hold with 400 instead of a 500', async () => {
    const { emulator, token } = await start();
    await api(emulator, token, 'POST', '/api/v2/users', { connection: 'Invitees', email: 't@example.com', password: 'a-long-random-password' });
    const body = { email: 't@example.com', connection_id: emulator.connections.Invitees };
    const huge = await api(emulator, token, 'POST', '/api/v2/tickets/password-change', { ...body, ttl_sec: 9007199254740991 });
    expect(huge.status).toBe(400);
    expect(await huge.json()).toMatchObject({ errorCode: 'invalid_body', message: expect.stringContaining('ttl_sec') });
    expect((await api(emulator, token, 'POST', '/api/v2/tickets/password-change', { ...body, ttl_sec: 30 * 86_400 })).status).toBe(201);
  });

  it('treats constructor, toString, hasOwnProperty and __proto__ as unknown fields', async () => {
    const { emulator, token } = await start();
    const base = { connection: 'Invitees', email: 'p@example.com', password: 'a-long-random-password' };
    for (const key of ['constructor', 'toString', 'hasOwnProperty']) {
      const response = await api(emulator, token, 'POST', '/api/v2/users', { ...base, [key]: 1 });
      expect(response.status).toBe(400);
      expect(((await response.json()) as { message: string }).message).toContain(`Additional properties not allowed: ${key}`);
    }
    const ticket = await api(emulator, token, 'POST', '/api/v2/tickets/password-change', { user_id: 'auth0|x', toString: 'x' });
    expect(ticket.status).toBe(400);
    const response = await submitImport(emulator, token, '[{"email":"c@example.com","constructor":1},{"email":"d@example.com","__proto__":{"x":1}},{"hasOwnProperty":1}]');
    const job = await finishedJob(emulator, token, ((await response.json()) as { id: string }).id);
    expect(job.summary).toEqual({ failed: 3, updated: 0, inserted: 0, total: 3 });
    const errors = (await (await api(emulator, token, 'GET', `/api/v2/jobs/${job.id as string}/errors`)).json()) as Array<{ errors: Array<{ code: string }> }>;
    expect(errors.map((e) => e.errors.map((x) => x.code))).toEqual([
      ['OBJECT_ADDITIONAL_PROPERTIES'], ['OBJECT_ADDITIONAL_PROPERTIES'], ['OBJECT_ADDITIONAL_PROPERTIES', 'OBJECT_REQUIRED'],
    ]);
  });
});

describe('state file records (review e)', () => {
  it('refuses to start on a record that would make reads fail, naming the record', async () => {
    const dir = tempDir();
    const statePath = join(dir, 'state.json');
    const user = { user_id: 'auth0|bad', connection: 'Invitees', email: 'b@example.com', email_verified: false, user_metadata: {}, created_at: '2024-01-01T00:00:00.000Z', updated_at: '2024-01-01T00:00:00.000Z' };
    writeFileSync(statePath, JSON.stringify({ version: 1, signing_secret: 's', connections: [], users: [user], jobs: [], tickets: [], mails: [] }));
    await expect(startTestEmulator({ statePath })).rejects.toThrow(/users\[0\] \(auth0\|bad\): app_metadata must be an object/);
    writeFileSync(statePath, JSON.stringify({ version: 1, signing_secret: 's', connections: [], users: [{ ...user, app_metadata: {} }], jobs: [], tickets: [{ id: 't' }], mails: [] }));
    await expect(startTestEmulator({ statePath })).rejects.toThrow(/tickets\[0\] \(t\): user_id/);
    writeFileSync(statePath, JSON.stringify({ version: 1, signing_secret: 's', connections: [], users: [{ ...user, app_metadata: {} }], jobs: [], tickets: [], mails: [] }));
    const emulator = await startTestEmulator({ statePath, connections: ['Invitees'] });
    running.push(emulator);
    const token = await accessToken(emulator);
    expect((await api(emulator, token, 'GET', '/api/v2/users')).status).toBe(200);
  });
});

describe('search lag (review f)', () => {
  it('GET /users answers from users as they were searchLagMs ago; by-email and by-id stay current', async () => {
    let clock = Date.now();
    const { emulator, token } = await start({ searchLagMs: 1000, now: () => clock });
    const created = await api(emulator, token, 'POST', '/api/v2/users', { connection: 'Invitees', email: 'lag@example.com', password: 'a-long-random-password' });
    const { user_id: id } = (await created.json()) as { user_id: string };
    const search = async (): Promise<unknown[]> => (await (await api(emulator, token, 'GET', `/api/v2/users?search_engine=v3&q=${encodeURIComponent('email:"lag@example.com"')}`)).json()) as unknown[];
    expect(await search()).toEqual([]);
    expect(await (await api(emulator, token, 'GET', '/api/v2/users-by-email?email=lag%40example.com')).json()).toHaveLength(1);
    expect((await api(emulator, token, 'GET', `/api/v2/users/${encodeURIComponent(id)}`)).status).toBe(200);
    clock += 1000;
    expect(await search()).toHaveLength(1);

    // A PATCH is also seen late, and the setting can change at run time.
    await api(emulator, token, 'PATCH', `/api/v2/users/${encodeURIComponent(id)}`, { app_metadata: { invited: true } });
    const flagged = async (): Promise<unknown[]> => (await (await api(emulator, token, 'GET', `/api/v2/users?search_engine=v3&q=${encodeURIComponent('app_metadata.invited:true')}`)).json()) as unknown[];
    expect(await flagged()).toEqual([]);
    expect(await (await admin(emulator, 'PUT', '/emulator/config', { search_lag_ms: 0 })).json()).toMatchObject({ search_lag_ms: 0 });
    expect(await flagged()).toHaveLength(1);
  });
});

describe('job progress and part-written failures (review g, k)', () => {
  it('shows percentage_done and time_left_seconds while processing and writes users progressively', async () => {
    const { emulator, token } = await start({ jobPerUserMs: 20 });
    const users = Array.from({ length: 20 }, (_, i) => ({ email: `p${i}@example.com` }));
    const response = await submitImport(emulator, token, JSON.stringify(users));
    const { id } = (await response.json()) as { id: string };
    let seenPartial = false;
    for (let attempt = 0; attempt < 200; attempt += 1) {
      const job = (await (await api(emulator, token, 'GET', `/api/v2/jobs/${id}`)).json()) as Record<string, number | string>;
      if (job.status === 'completed') break;
      if (job.status === 'processing') {
        expect(job.percentage_done).toBeGreaterThanOrEqual(0);
        expect(job.percentage_done).toBeLessThan(100);
        expect(job.time_left_seconds).toBeGreaterThanOrEqual(0);
        expect(job.summary).toBeUndefined();
        const written = emulator.state.data.users.length;
        if (written > 0 && written < users.length) seenPartial = true;
      }
      await new Promise((resolve) => setTimeout(resolve, 15));
    }
    expect(seenPartial).toBe(true);
    const job = await finishedJob(emulator, token, id);
    expect(job).toMatchObject({ status: 'completed', summary: { inserted: 20, total: 20 } });
    expect(job.percentage_done).toBeUndefined();
    expect(emulator.context.jobs.activeImportJobs()).toBe(0);
  });

  it('jobfail writes a seeded share of the file before failing, the same share for the same seed', async () => {
    const written: number[] = [];
    for (let run = 0; run < 2; run += 1) {
      const { emulator, token } = await start({ faults: 'jobfail=1', seed: 5 });
      const users = Array.from({ length: 50 }, (_, i) => ({ email: `f${i}@example.com` }));
      const response = await submitImport(emulator, token, JSON.stringify(users));
      const job = await finishedJob(emulator, token, ((await response.json()) as { id: string }).id);
      expect(job.status).toBe('failed');
      expect(job.summary).toBeUndefined();
      expect((await api(emulator, token, 'GET', `/api/v2/jobs/${job.id as string}/errors`)).status).toBe(204);
      written.push(emulator.state.data.users.length);
      // The written users are the first ones of the file; resubmitting gives DUPLICATED_USER for them.
      const again = await submitImport(emulator, token, JSON.stringify(users));
      expect(again.status).toBe(202);
    }
    expect(written[0]).toBe(written[1]);
    expect(written[0]).toBeGreaterThan(0);
    expect(written[0]).toBeLessThan(50);
  });

  it('forgets jobs after 24 h (memory too), caps mails, and words job 404s as the OAS does', async () => {
    let clock = Date.now();
    const { emulator } = await start({ now: () => clock });
    let token = await accessToken(emulator);
    const response = await submitImport(emulator, token, '[{"email":"old@example.com"}]');
    const { id } = (await response.json()) as { id: string };
    await finishedJob(emulator, token, id);
    clock += 24 * 60 * 60 * 1000 + 1000;
    token = await accessToken(emulator);
    const gone = await api(emulator, token, 'GET', `/api/v2/jobs/${id}`);
    expect(await gone.json()).toMatchObject({ statusCode: 404, message: 'Job not found.' });
    expect(emulator.state.data.jobs).toHaveLength(0);
    expect(await (await api(emulator, token, 'GET', `/api/v2/jobs/${id}/errors`)).json()).toMatchObject({ statusCode: 404, message: 'The job does not exist' });

    const state = new TenantState({ version: 1, signing_secret: 's', connections: [], users: [], jobs: [], tickets: [], mails: [] });
    for (let i = 0; i < MAX_MAILS + 5; i += 1) state.addMail({ to: 'tenant-admins', subject: `m${i}`, job_id: `job_${i}`, status: 'completed', sent_at: new Date().toISOString() });
    expect(state.data.mails).toHaveLength(MAX_MAILS);
    expect(state.data.mails[0]!.subject).toBe('m5');
  });
});

describe('GET /users parameters (review i)', () => {
  it('searches q with v3 when no search_engine is given, refuses v1 and v2, ignores connection, and caps per_page at maxPerPage', async () => {
    const { emulator, token } = await start({ maxPerPage: 50 });
    await api(emulator, token, 'POST', '/api/v2/users', { connection: 'Invitees', email: 'q@example.com', password: 'a-long-random-password' });
    await api(emulator, token, 'POST', '/api/v2/users', { connection: 'Invitees', email: 'other@example.com', password: 'a-long-random-password' });
    // Recorded: terraform's data source searches `q=username:…` without search_engine and gets 200 (v3 is the default).
    const noEngine = await api(emulator, token, 'GET', `/api/v2/users?q=${encodeURIComponent('email:"q@example.com"')}`);
    expect(noEngine.status).toBe(200);
    expect(((await noEngine.json()) as Array<{ email: string }>).map((u) => u.email)).toEqual(['q@example.com']);
    expect(((await (await api(emulator, token, 'GET', '/api/v2/users?search_engine=v1')).json()) as { message: string }).message).toBe('You are not allowed to use search_engine=v1.');
    expect(((await (await api(emulator, token, 'GET', '/api/v2/users?search_engine=v2')).json()) as { message: string }).message).toBe('You are not allowed to use search_engine=v2. Use search_engine=v3 instead.');
    expect(await (await api(emulator, token, 'GET', '/api/v2/users?connection=Nope')).json()).toHaveLength(2);
    expect((await api(emulator, token, 'GET', '/api/v2/users?per_page=51')).status).toBe(400);
    expect((await api(emulator, token, 'GET', '/api/v2/users?per_page=50')).status).toBe(200);
    const other = await start();
    expect((await api(other.emulator, other.token, 'GET', '/api/v2/users?per_page=100')).status).toBe(200);
  });
});

// Fault injection (reproducible with a seed) and state persistence across restarts.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../emulator/index';
import { accessToken, admin, api, sdkClient, startTestEmulator, usersFile, waitForJob } from './helpers';

const running: RunningEmulator[] = [];
const tempDirs: string[] = [];
afterAll(async () => {
  await Promise.all(running.map((e) => e.stop()));
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

async function start(options: Parameters<typeof startTestEmulator>[0]): Promise<RunningEmulator> {
  const emulator = await startTestEmulator(options);
  running.push(emulator);
  return emulator;
}

async function statusSequence(emulator: RunningEmulator, count: number): Promise<number[]> {
  const token = await accessToken(emulator);
  const statuses: number[] = [];
  for (let i = 0; i < count; i += 1) statuses.push((await api(emulator, token, 'GET', '/api/v2/users')).status);
  return statuses;
}

describe('faults', () => {
  it('are reproducible: the same seed gives the same sequence, another seed another', async () => {
    const spec = '500=0.25,503=0.25,storm=0.05/3';
    const a = await statusSequence(await start({ faults: spec, seed: 42 }), 60);
    const b = await statusSequence(await start({ faults: spec, seed: 42 }), 60);
    const c = await statusSequence(await start({ faults: spec, seed: 7 }), 60);
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    expect(new Set(a)).toEqual(new Set([200, 429, 500, 503]));
  });

  it('never touch the admin API and can be changed at run time', async () => {
    const emulator = await start({ faults: '500=1' });
    const token = await accessToken(emulator);
    const failed = await api(emulator, token, 'GET', '/api/v2/users');
    expect(failed.status).toBe(500);
    expect(await failed.json()).toEqual({ statusCode: 500, error: 'Internal Server Error', message: 'Internal Server Error' });
    expect((await admin(emulator, 'GET', '/emulator/users')).status).toBe(200);
    await admin(emulator, 'PUT', '/emulator/config', { faults: '' });
    expect((await api(emulator, token, 'GET', '/api/v2/users')).status).toBe(200);
  });

  it('drop the connection after the handler ran: the client sees a network error, the write happened', async () => {
    const emulator = await start({ faults: 'drop=1', connections: ['Invitees'] });
    const token = await accessToken(emulator);
    await expect(api(emulator, token, 'POST', '/api/v2/users', { connection: 'Invitees', email: 'dropped@example.com', password: 'a-long-random-password' })).rejects.toThrow();
    const users = (await (await admin(emulator, 'GET', '/emulator/users')).json()) as Array<{ email: string }>;
    expect(users.map((u) => u.email)).toEqual(['dropped@example.com']);
    const stats = (await (await admin(emulator, 'GET', '/emulator/stats')).json()) as { dropped: number; requests: Record<string, number> };
    expect(stats.dropped).toBe(1);
    expect(stats.requests['POST /api/v2/users']).toBe(1);
  });

  it('fail import jobs: failed, no summary, /errors 204', async () => {
    const emulator = await start({ faults: 'jobfail=1', connections: ['Invitees'] });
    const client = sdkClient(emulator);
    const created = await client.jobs.usersImports.create({ users: usersFile([{ email: 'a@example.com' }]), connection_id: emulator.connections.Invitees!, send_completion_email: false });
    const job = await waitForJob(client, created.id);
    expect(job.status).toBe('failed');
    expect(job.summary).toBeUndefined();
    expect(await client.jobs.errors.get(created.id)).toBeUndefined();
    expect(await client.users.listUsersByEmail({ email: 'a@example.com' })).toEqual([]);
  });
});

describe('state file', () => {
  it('persists users, connections, tickets and the token key across a restart, written atomically', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'emulator-state-'));
    tempDirs.push(dir);
    const statePath = join(dir, 'tenant.json');
    const first = await startTestEmulator({ statePath, connections: ['Invitees'] });
    const token = await accessToken(first);
    const client = sdkClient(first);
    const user = await client.users.create({ connection: 'Invitees', email: 'kept@example.com', password: 'a-long-random-password', app_metadata: { k: 1 } });
    const { ticket } = await client.tickets.changePassword({ user_id: user.user_id! });
    const connections = first.connections;
    await first.stop();

    expect(readdirSync(dir)).toEqual(['tenant.json']);
    const saved = JSON.parse(readFileSync(statePath, 'utf8')) as { users: Array<{ email: string }> };
    expect(saved.users.map((u) => u.email)).toEqual(['kept@example.com']);

    const second = await start({ statePath, connections: ['Invitees'] });
    expect(second.connections).toEqual(connections);
    const read = await api(second, token, 'GET', `/api/v2/users/${encodeURIComponent(user.user_id!)}`);
    expect(read.status).toBe(200);
    expect(await read.json()).toMatchObject({ email: 'kept@example.com', app_metadata: { k: 1 } });
    const ticketId = /ticket=([A-Za-z0-9]+)/.exec(ticket)![1]!;
    const redeemed = await admin(second, 'POST', '/emulator/tickets/redeem', { ticket: ticketId, password: 'chosen-by-me-123' });
    expect(redeemed.status).toBe(200);
  });

  it('refuses to start on a corrupt state file rather than silently starting empty', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'emulator-state-'));
    tempDirs.push(dir);
    const statePath = join(dir, 'tenant.json');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(statePath, '{"version":1,');
    await expect(startTestEmulator({ statePath })).rejects.toThrow(/not valid JSON/);
  });
});

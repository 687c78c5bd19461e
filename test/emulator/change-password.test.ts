// The Authentication API's `POST /dbconnections/change_password` in the emulator: the same answer for anyone,
// a mail only for a user of the connection (rendered from the deployed template, with a link to the reset page),
// and the limits per IP and email (10, then 1 per minute) and per tenant, on the tenant's clock.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../emulator/index';
import { accessToken, api, startTestEmulator } from './helpers';

const ANSWER = "We've just sent you an email to reset your password.";
let emulator: RunningEmulator | undefined;
let folder: string | undefined;
afterEach(async () => {
  await emulator?.stop();
  if (folder) await rm(folder, { recursive: true, force: true });
  emulator = undefined;
  folder = undefined;
});

async function changePassword(email: string, connection = 'Invitees'): Promise<Response> {
  return fetch(`${emulator!.url}/dbconnections/change_password`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ client_id: emulator!.clientId, email, connection }),
  });
}

async function createUser(email: string, appMetadata: Record<string, unknown> = {}): Promise<void> {
  const token = await accessToken(emulator!);
  const response = await api(emulator!, token, 'POST', '/api/v2/users', { connection: 'Invitees', email, password: 'a-long-random-password', app_metadata: appMetadata });
  expect(response.status).toBe(201);
}

describe('POST /dbconnections/change_password', () => {
  it('mails a user of the connection from the deployed template, with a working link to the reset page', async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'emulator-emails-'));
    const template = path.join(folder, 'change-password.html.liquid');
    await writeFile(template, '<p>{% if user.app_metadata.invitation.awaiting_password %}Invited{% else %}Reset{% endif %}: <a href="{{ url }}">go</a> to {{ application.name }}</p>');
    emulator = await startTestEmulator({
      connections: ['Invitees'],
      emailOutbox: path.join(folder, 'outbox'),
      changePasswordTemplate: { path: template, subject: 'For {{ user.email }}', from: 'Example <no-reply@example.com>', applicationName: 'Example', urlLifetimeSeconds: 3600 },
    });
    await createUser('ada@example.com', { invitation: { status: 'invited', awaiting_password: true } });

    const answer = await changePassword('Ada@Example.com');
    expect(answer.status).toBe(200);
    expect(await answer.text()).toBe(ANSWER);
    const [file] = await readdir(path.join(folder, 'outbox'));
    expect(file).toBe('ada@example.com.eml');
    const eml = await readFile(path.join(folder, 'outbox', file!), 'utf8');
    expect(eml).toMatch(/^Subject: For ada@example.com/m);
    const mail = emulator.context.emails.sent.at(-1)!;
    expect(mail.html).toContain('Invited: <a href=');
    expect(mail.html).toContain('to Example');
    const link = /href="([^"]+)"/.exec(mail.html)![1]!;
    expect(link).toMatch(/\/u\/reset-password\?ticket=[A-Za-z0-9]{32}#$/);
    // The link's lifetime is the template's, and using it sets the password and verifies the address.
    const ticket = emulator.state.data.tickets.at(-1)!;
    expect(Date.parse(ticket.expires_at) - Date.parse(ticket.created_at)).toBe(3600 * 1000);
    const redeemed = await fetch(link.replace(/#$/, ''), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ password: 'Correct-Horse-Battery-9' }) });
    expect(redeemed.status).toBe(200);
    const user = emulator.state.data.users.find((u) => u.email === 'ada@example.com')!;
    expect(user.last_password_reset).toBeDefined();
    expect(user.email_verified).toBe(true);
  });

  it('answers the same for an unknown address, and mails nobody', async () => {
    emulator = await startTestEmulator({ connections: ['Invitees'] });
    const answer = await changePassword('nobody@example.com');
    expect(answer.status).toBe(200);
    expect(await answer.text()).toBe(ANSWER);
    expect(emulator.context.emails.sent).toEqual([]);
  });

  it('refuses an unknown connection and a body without connection, as OAuth errors', async () => {
    emulator = await startTestEmulator({ connections: ['Invitees'] });
    const unknown = await changePassword('ada@example.com', 'Nope');
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toMatchObject({ error: 'bad.connection' });
    const missing = await fetch(`${emulator.url}/dbconnections/change_password`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ client_id: emulator.clientId, email: 'ada@example.com' }),
    });
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({ error: 'invalid_request' });
  });

  it('allows one address 10 requests, then 1 per minute', async () => {
    let now = Date.parse('2026-01-01T00:00:00Z');
    emulator = await startTestEmulator({ connections: ['Invitees'], changePasswordRateLimit: 'off', now: () => now });
    await createUser('ada@example.com');
    for (let i = 0; i < 10; i++) expect((await changePassword('ada@example.com')).status).toBe(200);
    const refused = await changePassword('ada@example.com');
    expect(refused.status).toBe(429);
    expect(await refused.json()).toMatchObject({ error: 'too_many_requests' });
    expect(Number(refused.headers.get('x-ratelimit-reset')) * 1000 - now).toBe(60_000);
    expect((await changePassword('grace@example.com')).status).toBe(200); // another address is not held up
    expect(emulator.context.emails.sent.length).toBe(10);
    now += 60_000;
    expect((await changePassword('ada@example.com')).status).toBe(200);
    expect((await changePassword('ada@example.com')).status).toBe(429);
  });

  it('limits the tenant as its plan says (Essentials: 25 per second)', async () => {
    let now = Date.parse('2026-01-01T00:00:00Z');
    emulator = await startTestEmulator({ connections: ['Invitees'], rateLimit: 'essentials', now: () => now });
    const statuses: number[] = [];
    for (let i = 0; i < 26; i++) statuses.push((await changePassword(`p${i}@example.com`)).status);
    expect(statuses.filter((s) => s === 200).length).toBe(25);
    expect(statuses.at(-1)).toBe(429);
    now += 1000;
    expect((await changePassword('later@example.com')).status).toBe(200);
    expect(emulator.stats().requests['POST /dbconnections/change_password']).toBe(27);
  });
});

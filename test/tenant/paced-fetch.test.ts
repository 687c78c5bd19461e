import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPacedFetch, retryDelay } from '../../reconciler/tenant/paced-fetch';
import { Pacer } from '../../reconciler/tenant/pacer';
import { FakeClock } from './fake-clock';

/** A server whose answers are scripted per request: status codes, or 'drop' to destroy the socket. */
let script: (number | 'drop')[] = [];
const seen: { method: string; url: string; body: string }[] = [];
let server: Server;
let baseUrl: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      seen.push({ method: req.method!, url: req.url!, body });
      const next = script.shift() ?? 200;
      if (next === 'drop') return req.socket.destroy();
      res.writeHead(next, { 'content-type': 'application/json', 'x-ratelimit-limit': '50', 'x-ratelimit-remaining': '10', 'x-ratelimit-reset': '0' });
      res.end(JSON.stringify({ statusCode: next }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function client(options: { maxAttempts?: number } = {}) {
  const clock = new FakeClock();
  const attempts: number[] = [];
  const fetch = createPacedFetch({
    origin: 'https://tenant.example.com',
    baseUrl,
    pacer: new Pacer({ perSecond: 1000, burst: 1000, share: 1, clock }),
    clock,
    random: () => 0.5,
    onAttempt: ({ status }) => attempts.push(status),
    ...options,
  });
  return { fetch, attempts, clock };
}

describe('createPacedFetch', () => {
  it('sends requests for the tenant origin to the base URL', async () => {
    seen.length = 0;
    script = [200];
    const { fetch } = client();
    const response = await fetch('https://tenant.example.com/api/v2/users?q=x');
    expect(response.status).toBe(200);
    expect(seen[0]!.url).toBe('/api/v2/users?q=x');
  });

  it('retries 429, 5xx and dropped connections, resending the same body', async () => {
    seen.length = 0;
    script = [429, 503, 'drop', 201];
    const { fetch, attempts } = client();
    const response = await fetch('https://tenant.example.com/api/v2/tickets/password-change', { method: 'POST', body: '{"email":"a@example.com"}' });
    expect(response.status).toBe(201);
    expect(attempts).toEqual([429, 503, 0, 201]);
    expect(seen.map((s) => s.body)).toEqual(Array(4).fill('{"email":"a@example.com"}'));
  });

  it('waits out a 429 that is not the rate limit (tokens left) on its own slow schedule', async () => {
    script = [429, 429, 202];
    const { fetch, attempts, clock } = client();
    const response = await fetch('https://tenant.example.com/api/v2/jobs/users-imports', { method: 'POST', body: 'x' });
    expect(response.status).toBe(202);
    expect(attempts).toEqual([429, 429, 202]);
    expect(clock.sleeps).toEqual([1000, 2000]);
  });

  it('gives up on 5xx after maxAttempts and returns the last response', async () => {
    script = [500, 500, 500];
    const { fetch, attempts } = client({ maxAttempts: 3 });
    const response = await fetch('https://tenant.example.com/api/v2/users');
    expect(response.status).toBe(500);
    expect(attempts).toEqual([500, 500, 500]);
  });

  it('does not retry other errors', async () => {
    script = [404];
    const { fetch, attempts } = client();
    expect((await fetch('https://tenant.example.com/api/v2/users/x')).status).toBe(404);
    expect(attempts).toEqual([404]);
  });
});

describe('retryDelay', () => {
  const now = 1_700_000_000_000;
  const response = (status: number, headers: Record<string, string>) => new Response(null, { status, headers });
  it('prefers Retry-After', () => {
    expect(retryDelay(response(429, { 'retry-after': '2' }), 1, now, () => 0)).toBe(2000);
  });
  it('waits for the reset when the bucket is empty, or a couple of refills when the rate is known', () => {
    const empty = () => response(429, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(now / 1000 + 3) });
    expect(retryDelay(empty(), 1, now, () => 0)).toBe(3000);
    expect(retryDelay(empty(), 1, now, () => 0, 62.5)).toBe(125);
  });
  it('backs off exponentially otherwise (e.g. the two-import-jobs 429)', () => {
    expect(retryDelay(response(429, { 'x-ratelimit-remaining': '12' }), 1, now, () => 0.5)).toBe(250);
    expect(retryDelay(response(503, {}), 3, now, () => 0.5)).toBe(1000);
  });
});

// The reconciler's change-password client against the emulator, on one fake clock shared by both: a 429 waits
// as long as the endpoint's limit says (a minute for one address), an error says whose email and why.
import { afterEach, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../emulator/index';
import { ChangePasswordError, limitWait, openAuthenticationApi } from '../../reconciler/tenant/authentication-api';
import { startTestEmulator } from '../emulator/helpers';
import { FakeClock } from './fake-clock';

let emulator: RunningEmulator | undefined;
afterEach(async () => {
  await emulator?.stop();
  emulator = undefined;
});

async function setUp(clock: FakeClock) {
  emulator = await startTestEmulator({ connections: ['Invitees'], changePasswordRateLimit: 'off', now: () => clock.now() });
  const retries: { status: number; waitMs: number }[] = [];
  const api = openAuthenticationApi({
    credentials: { domain: 'tenant.test.local', baseUrl: emulator.url },
    rate: { perSecond: 1000, share: 1 },
    clock,
    random: () => 0,
    onRetry: (retry) => retries.push(retry),
  });
  return { api, retries, request: { clientId: emulator.clientId, email: 'ada@example.com', connection: 'Invitees' } };
}

describe('the Authentication API client', () => {
  it('waits out an address\'s limit (1 per minute after 10) instead of retrying early', async () => {
    const clock = new FakeClock(Date.parse('2026-01-01T00:00:30.500Z'));
    const { api, retries, request } = await setUp(clock);
    for (let i = 0; i < 10; i++) await api.changePassword(request);
    expect(retries).toEqual([]);
    await api.changePassword(request);
    // One refusal, one wait until the bucket's reset (whole seconds, as x-ratelimit-reset is), then success.
    expect(retries.length).toBe(1);
    expect(retries[0]!.status).toBe(429);
    expect(retries[0]!.waitMs).toBeGreaterThanOrEqual(59_500);
    expect(retries[0]!.waitMs).toBeLessThanOrEqual(61_000);
    expect(api.requests.total).toBe(12);
    expect(emulator!.stats().requests['POST /dbconnections/change_password']).toBe(12);
  });

  it('names the email and Auth0\'s reason when the request is refused', async () => {
    const { api, request } = await setUp(new FakeClock());
    const failure = await api.changePassword({ ...request, connection: 'Nope' }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ChangePasswordError);
    expect((failure as Error).message).toBe('Auth0 refused to send the change-password email to ada@example.com (HTTP 400 bad.connection): connection not found');
    expect(api.requests.total).toBe(1);
  });

  it('reads Retry-After first, then x-ratelimit-reset, never less than a refill', () => {
    const now = 1_000_000;
    expect(limitWait(new Response(null, { status: 429, headers: { 'retry-after': '5' } }), now, 10)).toBe(5000);
    expect(limitWait(new Response(null, { status: 429, headers: { 'x-ratelimit-reset': String(now / 1000 + 60) } }), now, 10)).toBe(60_000);
    expect(limitWait(new Response(null, { status: 429, headers: { 'x-ratelimit-reset': String(now / 1000 - 5) } }), now, 10)).toBe(10);
  });
});

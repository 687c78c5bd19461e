// The test-only admin API under `/emulator/` (DESIGN.md "Emulator"). Never rate limited, never faulted,
// no token needed: it is a local test harness, not part of Auth0.
import type { FastifyInstance } from 'fastify';
import type { EmulatorContext } from '../context.js';
import { ApiError, invalidBody } from '../errors.js';
import { parseFaults } from '../faults.js';
import { simulateLogin } from '../login.js';
import { parseRateLimit, type RateLimitSetting } from '../rate-limit.js';
import { redeemTicket, ticketIdFrom } from '../tickets.js';
import { userJson } from '../user-view.js';

export interface AdminHooks {
  /** Forget users, jobs, tickets, mails and stats (connections and clients stay). */
  reset(): void;
}

function objectBody(body: unknown): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw invalidBody(`'Expected type object'.`);
  return body as Record<string, unknown>;
}

export function configSnapshot(ctx: EmulatorContext): Record<string, unknown> {
  const rate = ctx.bucket.current;
  const { spec, seed } = ctx.faults.current;
  return {
    rate_limit: rate === 'off' ? 'off' : `${rate.burst}/${rate.perSecond}`,
    faults: spec,
    seed,
    job_latency_ms: ctx.settings.jobLatencyMs,
    job_per_user_ms: ctx.settings.jobPerUserMs,
    search_lag_ms: ctx.search.lag,
    max_per_page: ctx.settings.maxPerPage,
    action: ctx.action ? ctx.action.path : null,
    connections: ctx.state.data.connections.map((c) => ({ id: c.id, name: c.name })),
    password_min_length: ctx.settings.passwordMinLength,
  };
}

export function registerAdminRoutes(app: FastifyInstance, ctx: EmulatorContext, hooks: AdminHooks): void {
  app.get('/emulator/stats', async () => ctx.stats.snapshot());
  app.delete('/emulator/stats', async (_request, reply) => {
    ctx.stats.reset();
    return reply.code(204).send();
  });

  app.post('/emulator/reset', async () => {
    hooks.reset();
    return { reset: true };
  });

  app.get('/emulator/config', async () => configSnapshot(ctx));

  app.put('/emulator/config', async (request) => {
    const body = objectBody(request.body);
    const known = ['rate_limit', 'faults', 'seed', 'job_latency_ms', 'job_per_user_ms', 'action_secrets', 'password_min_length', 'search_lag_ms', 'max_per_page'];
    const unknown = Object.keys(body).filter((key) => !known.includes(key));
    if (unknown.length > 0) throw invalidBody(`'Additional properties not allowed: ${unknown.join(',')}'.`);
    try {
      if (body.rate_limit !== undefined) ctx.bucket.configure(rateLimitFrom(body.rate_limit));
      if (body.faults !== undefined || body.seed !== undefined) {
        if (body.seed !== undefined && !Number.isInteger(body.seed)) throw new Error('seed must be an integer');
        const spec = body.faults === undefined ? ctx.faults.current.spec : parseFaults(String(body.faults ?? ''));
        ctx.faults.configure(spec, body.seed as number | undefined);
      }
    } catch (error) {
      throw new ApiError(400, (error as Error).message, 'invalid_body');
    }
    for (const key of ['job_latency_ms', 'job_per_user_ms', 'password_min_length', 'search_lag_ms', 'max_per_page'] as const) {
      const value = body[key];
      if (value === undefined) continue;
      // Timer-sized: setTimeout cannot wait longer than 2^31-1 ms.
      if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 2_147_483_647) {
        throw invalidBody(`'Expected a number from 0 to 2147483647' on property ${key}.`);
      }
    }
    if (body.max_per_page !== undefined && (!Number.isInteger(body.max_per_page) || (body.max_per_page as number) < 1)) {
      throw invalidBody(`'Expected a positive integer' on property max_per_page.`);
    }
    if (typeof body.search_lag_ms === 'number') ctx.search.configure(body.search_lag_ms);
    if (typeof body.max_per_page === 'number') ctx.settings.maxPerPage = body.max_per_page;
    if (typeof body.job_latency_ms === 'number') ctx.settings.jobLatencyMs = body.job_latency_ms;
    if (typeof body.job_per_user_ms === 'number') ctx.settings.jobPerUserMs = body.job_per_user_ms;
    if (typeof body.password_min_length === 'number') ctx.settings.passwordMinLength = body.password_min_length;
    if (body.action_secrets !== undefined) {
      const secrets = objectBody(body.action_secrets);
      for (const [key, value] of Object.entries(secrets)) ctx.settings.actionSecrets[key] = String(value);
    }
    return configSnapshot(ctx);
  });

  app.get('/emulator/users', async () => ctx.state.data.users.map((user) => ({
    ...userJson(user),
    has_password: user.password !== undefined,
  })));

  app.get('/emulator/mails', async () => ctx.state.data.mails);

  app.post('/emulator/login', async (request) => {
    const body = objectBody(request.body);
    if (typeof body.email !== 'string' || typeof body.password !== 'string') {
      throw invalidBody(`'email and password are required strings'.`);
    }
    if (body.connection !== undefined && typeof body.connection !== 'string') throw invalidBody(`'connection must be a string'.`);
    return simulateLogin(ctx, body.email, body.password, body.connection as string | undefined);
  });

  app.post('/emulator/tickets/redeem', async (request) => {
    const body = objectBody(request.body);
    if (typeof body.ticket !== 'string' || typeof body.password !== 'string') {
      throw invalidBody(`'ticket and password are required strings'.`);
    }
    const user = redeemTicket(ctx, ticketIdFrom(body.ticket), body.password);
    return { result: 'password_changed', user_id: user.user_id, email: user.email, email_verified: user.email_verified };
  });
}

function rateLimitFrom(value: unknown): RateLimitSetting | 'off' {
  if (typeof value === 'string') return parseRateLimit(value);
  if (typeof value === 'object' && value !== null) {
    const { burst, per_second: perSecond } = value as Record<string, unknown>;
    if (typeof burst === 'number' && typeof perSecond === 'number') return parseRateLimit(`${burst}/${perSecond}`);
  }
  throw new Error('rate_limit must be "BURST/PER_SECOND", "off" or {burst, per_second}');
}

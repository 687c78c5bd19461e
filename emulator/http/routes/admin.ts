// The test-only admin API under `/emulator/` (emulator/README.md). Never rate limited, never faulted,
// no token needed: it is a local test harness, not part of Auth0.
import type { FastifyInstance } from 'fastify';
import type { EmulatorContext } from '../context';
import { invalidBody } from '../../domain/errors';
import { applyConfig, configSnapshot, objectBody } from '../../simulation/controls';
import { simulateLogin } from '../../simulation/login';
import { redeemTicket, ticketIdFrom } from '../../domain/tickets';
import { userJson } from '../../domain/users/view';

export interface AdminHooks {
  /** Forget users, jobs, tickets, mails and stats (connections and clients stay). */
  reset(): void;
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
    applyConfig(ctx, objectBody(request.body));
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
    const user = redeemTicket(ctx, ticketIdFrom(body.ticket), body.password, ctx.settings.passwordMinLength);
    return { result: 'password_changed', user_id: user.user_id, email: user.email, email_verified: user.email_verified };
  });
}

// Issue 14: invitations through Auth0's own email (`mail.delivery: auth0`). Two figures: Management API requests
// per invitee by delivery (counted by the emulator, limits off, as targets 1 and 2), and the wall time of a run
// against the Authentication API's change-password limit (Enterprise: 100/s, enforced by the emulator in its own
// process, in real time: no scaling) next to what that limit allows.
import { spawnEmulator } from '../emulator-handle';
import type { DeliveryName } from '../../reconciler/model';
import { AUTH0_DELIVERY, type ConfigOverrides } from '../../test/support/config';
import { countOf, managementRequests, ROUTES, totalOf } from '../../test/support/requests';
import { BARE } from '../../test/support/tenant';
import { createWorkspace, type Workspace } from '../../test/support/workspace';
import { assertSucceeded, reconcile } from '../reconcile';
import { benchTempBase, writeBenchInvitees } from '../workspace';
import { UNTHROTTLED } from './requests';

export interface DeliveryCount {
  delivery: DeliveryName;
  n: number;
  /** Management API requests of the run (token included). */
  requests: number;
  tickets: number;
  changePasswords: number;
  failures: number;
}

export interface Auth0WallTimeRun {
  n: number;
  /** The tenant's change-password limit (requests/s) the emulator enforces and the reconciler is told, share 1. */
  perSecond: number;
  wallMs: number;
  /** From the start of the run to the first change-password request: load, token, observe, imports. */
  importMs: number;
  /** n / perSecond: the change-password requests' time at 100% of the limit. */
  idealMs: number;
  /** Change-password requests per second between the first and the last. */
  phaseRate: number;
  throttled: number;
  failures: number;
}

function deliveryWorkspace(prefix: string, delivery: DeliveryName, authentication: { per_second: number; share: number }): Promise<Workspace> {
  const config: ConfigOverrides = delivery === 'auth0' ? { ...AUTH0_DELIVERY, rate_limit: { authentication } } : {};
  return createWorkspace({ prefix, base: benchTempBase(), config });
}

/** Invites `n` new people into an empty tenant with each delivery; counts what the tenant saw. */
export async function measureDeliveryCounts(n: number): Promise<DeliveryCount[]> {
  const counts: DeliveryCount[] = [];
  for (const delivery of ['smtp', 'auth0'] as const) {
    const workspace = await deliveryWorkspace(`bench-delivery-${delivery}-`, delivery, { per_second: 100_000, share: 1 });
    await writeBenchInvitees(workspace, n, Math.max(1, Math.round(n / 100)));
    const emulator = await spawnEmulator({ ...BARE, configPath: workspace.config, changePasswordRateLimit: 'off', emailOutbox: workspace.outbox });
    try {
      const target = { url: emulator.url, clientId: emulator.clientId, clientSecret: emulator.clientSecret };
      const outcome = await reconcile({ workspace, target, rateLimit: UNTHROTTLED });
      assertSucceeded(outcome, `inviting ${n} with mail.delivery ${delivery}`);
      const stats = await emulator.stats();
      const management = managementRequests(stats);
      counts.push({
        delivery,
        n,
        requests: totalOf(management),
        tickets: countOf(management, ROUTES.tickets),
        changePasswords: countOf(stats.requests, ROUTES.changePassword),
        failures: outcome.report?.failures.length ?? Number.NaN,
      });
    } finally {
      await emulator.stop();
      await workspace.remove();
    }
  }
  return counts;
}

/** `n` invitations at the whole of an Enterprise tenant's change-password limit (Management API as shipped). */
export async function measureAuth0WallTime(n: number, perSecond = 100): Promise<Auth0WallTimeRun> {
  const workspace = await deliveryWorkspace('bench-auth0-rate-', 'auth0', { per_second: perSecond, share: 1 });
  await writeBenchInvitees(workspace, n, Math.max(1, Math.round(n / 100)));
  const emulator = await spawnEmulator({
    ...BARE,
    configPath: workspace.config,
    rateLimit: 'enterprise',
    changePasswordRateLimit: `${perSecond}/${perSecond}`,
    emailOutbox: workspace.outbox,
  });
  try {
    const target = { url: emulator.url, clientId: emulator.clientId, clientSecret: emulator.clientSecret };
    // The Management API as shipped: Enterprise's 16/s at share 0.5.
    const outcome = await reconcile({ workspace, target, rateLimit: { share: 0.5, perSecond: 16, burst: 50 } });
    assertSucceeded(outcome, `inviting ${n} through Auth0's email at ${perSecond}/s`);
    const log = await emulator.log();
    const stats = await emulator.stats();
    const calls = log.filter((e) => e.route === ROUTES.changePassword);
    const first = calls[0];
    const last = calls.at(-1);
    if (!first || !last || last.at <= first.at) throw new Error('auth0 wall-time run: no change-password phase in the request log');
    return {
      n,
      perSecond,
      wallMs: outcome.wallMs,
      importMs: first.at - outcome.startedAt,
      idealMs: (n / perSecond) * 1000,
      phaseRate: ((calls.length - 1) / (last.at - first.at)) * 1000,
      throttled: stats.statuses['429'] ?? 0,
      failures: outcome.report?.failures.length ?? Number.NaN,
    };
  } finally {
    await emulator.stop();
    await workspace.remove();
  }
}

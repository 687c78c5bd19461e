// Target 3: how well the reconciler uses the tenant's rate limit. The emulator (own process) enforces
// BURST/PER_SECOND; the reconciler is told the same limit and a share of it. Request times come from the
// emulator's request log (bench/request-log.ts), run times from the bench's clock (same machine, epoch ms).
import { spawnEmulator } from '../emulator-handle';
import type { BatchingSettings } from '../../reconciler/config';
import { countOf, managementRequests, ROUTES } from '../../test/support/requests';
import { BARE } from '../../test/support/tenant';
import { assertSucceeded, reconcile } from '../reconcile';
import { phaseRate } from '../request-log';
import { createBenchWorkspace, writeBenchInvitees } from '../workspace';

export interface RateLimitRun {
  share: number;
  n: number;
  tickets: number;
  /** Whole run, load to last bookkeeping job. */
  wallMs: number;
  /** From the start of the run to the first ticket request: load, token, observe, first import job and its poll. */
  importMs: number;
  /** tickets / limit: the time the tickets alone need at 100% of the limit. */
  idealTicketMs: number;
  /** Management API requests per second between the first and the last ticket (everything in that window). */
  ticketPhaseRate: number;
  ticketPhaseRequests: number;
  ticketPhaseMs: number;
  /** 429s the emulator answered (retried by the reconciler; none may become a failure). */
  throttled: number;
  failures: number;
}

export interface RateLimitScenario {
  burst: number;
  perSecond: number;
  n: number;
  share: number;
  /** Overrides of the shipped batching settings (diagnostics: e.g. more tickets in flight). */
  batching?: Partial<BatchingSettings>;
}

export async function measureRateLimitRun(scenario: RateLimitScenario): Promise<RateLimitRun> {
  const { burst, perSecond, n, share } = scenario;
  const workspace = await createBenchWorkspace('bench-rate-');
  await writeBenchInvitees(workspace, n, Math.max(1, Math.round(n / 100)));
  const emulator = await spawnEmulator({ ...BARE, rateLimit: `${burst}/${perSecond}` });
  try {
    const target = { url: emulator.url, clientId: emulator.clientId, clientSecret: emulator.clientSecret };
    const outcome = await reconcile({ workspace, target, rateLimit: { share, perSecond, burst }, batching: scenario.batching });
    assertSucceeded(outcome, `inviting ${n} at ${burst}/${perSecond}, share ${share}`);
    const log = await emulator.log();
    const stats = await emulator.stats();
    const tickets = countOf(managementRequests(stats), ROUTES.tickets);
    const firstTicket = log.find((e) => e.route === ROUTES.tickets)?.at;
    const phase = phaseRate(log, ROUTES.tickets);
    if (firstTicket === undefined || phase === undefined) throw new Error('rate-limit run: no ticket phase in the request log');
    return {
      share,
      n,
      tickets,
      wallMs: outcome.wallMs,
      importMs: firstTicket - outcome.startedAt,
      idealTicketMs: (tickets / perSecond) * 1000,
      ticketPhaseRate: phase.perSecond,
      ticketPhaseRequests: phase.requests,
      ticketPhaseMs: phase.durationMs,
      throttled: stats.statuses['429'] ?? 0,
      failures: outcome.report?.failures.length ?? Number.NaN,
    };
  } finally {
    await emulator.stop();
    await workspace.remove();
  }
}

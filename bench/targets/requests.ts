// Targets 1 and 2: Management API requests per new invitee, and for a run with nothing to do, ours against the
// naive flow, counted by the emulator (every request it received, token included), not by the client.
import { loadDesired } from '../../reconciler/desired/load-invitees';
import { maxRecordBytes } from '../../reconciler/import-file/size';
import { spawnEmulator, type EmulatorHandle } from '../emulator-handle';
import { countOf, difference, managementRequests, ROUTES, totalOf, type RouteCounts } from '../../test/support/requests';
import { runNaive } from '../naive';
import { assertSucceeded, reconcile, type RateLimit } from '../reconcile';
import { CONNECTION } from '../../test/support/config';
import { BARE } from '../../test/support/tenant';
import { createBenchWorkspace, writeBenchInvitees } from '../workspace';

/** A limit the tenant enforces and the reconciler is told, which it never reaches: pacing must not shape counts. */
export const UNTHROTTLED: RateLimit = { share: 1, perSecond: 100_000, burst: 10_000 };
/** The same limit as the emulator's `rateLimit`. */
export const UNTHROTTLED_TENANT = `${UNTHROTTLED.burst}/${UNTHROTTLED.perSecond}`;

export interface RunCounts {
  total: number;
  byRoute: RouteCounts;
  wallMs: number;
}

export interface InviteMeasurement {
  n: number;
  ours: RunCounts & {
    tickets: number;
    importJobs: number;
    failures: number;
    /** `report.requests` from run(): apply()'s own count. */
    reportRequests: number;
  };
  /** The same invitees again: nothing to do. */
  rerun: RunCounts & { changes: number; usedExport: boolean };
  naive?: RunCounts & { tickets: number; importJobs: number; failures: number };
  /** The naive flow run again with the same invitees: it cannot tell who was invited already. */
  naiveRerun?: RunCounts & { tickets: number };
}

async function countsOf(emulator: EmulatorHandle): Promise<RouteCounts> {
  return managementRequests(await emulator.stats());
}

/** Invites `n` new people into an empty tenant, then runs again with nothing to do; optionally the naive flow too. */
export async function measureInviteAndRerun(n: number, options: { naive: boolean; naiveRerun: boolean }): Promise<InviteMeasurement> {
  const workspace = await createBenchWorkspace('bench-requests-');
  const files = Math.max(1, Math.min(100, Math.round(n / 100)));
  await writeBenchInvitees(workspace, n, files);
  const emulator = await spawnEmulator({ ...BARE, rateLimit: UNTHROTTLED_TENANT });
  try {
    const target = { url: emulator.url, clientId: emulator.clientId, clientSecret: emulator.clientSecret };
    const invite = await reconcile({ workspace, target, rateLimit: UNTHROTTLED });
    assertSucceeded(invite, `inviting ${n}`);
    const afterInvite = await countsOf(emulator);

    const again = await reconcile({ workspace, target, rateLimit: UNTHROTTLED });
    assertSucceeded(again, `rerunning ${n}`);
    const rerunCounts = difference(await countsOf(emulator), afterInvite);

    const measurement: InviteMeasurement = {
      n,
      ours: {
        total: totalOf(afterInvite),
        byRoute: afterInvite,
        wallMs: invite.wallMs,
        tickets: countOf(afterInvite, ROUTES.tickets),
        importJobs: countOf(afterInvite, ROUTES.imports),
        failures: invite.report?.failures.length ?? 0,
        reportRequests: invite.report?.requests ?? Number.NaN,
      },
      rerun: {
        total: totalOf(rerunCounts),
        byRoute: rerunCounts,
        wallMs: again.wallMs,
        changes: again.plan?.actions.filter((a) => a.kind !== 'unchanged').length ?? Number.NaN,
        usedExport: countOf(rerunCounts, ROUTES.exports) > 0,
      },
    };
    if (options.naive) Object.assign(measurement, await measureNaive(workspace.invitees, options.naiveRerun));
    return measurement;
  } finally {
    await emulator.stop();
    await workspace.remove();
  }
}

async function measureNaive(inviteesDir: string, rerun: boolean): Promise<Pick<InviteMeasurement, 'naive' | 'naiveRerun'>> {
  const loaded = await loadDesired(inviteesDir, { maxRecordBytes: maxRecordBytes(500_000) });
  if (loaded.errors.length > 0) throw new Error(`naive flow: invitees rejected (${loaded.errors.length} errors)`);
  const emulator = await spawnEmulator({ ...BARE, rateLimit: UNTHROTTLED_TENANT });
  try {
    const options = { url: emulator.url, clientId: emulator.clientId, clientSecret: emulator.clientSecret, connectionName: CONNECTION, invitees: loaded.desired.invitees };
    const first = await runNaive(options);
    const afterFirst = await countsOf(emulator);
    const result: Pick<InviteMeasurement, 'naive' | 'naiveRerun'> = {
      naive: { total: totalOf(afterFirst), byRoute: afterFirst, wallMs: first.wallMs, tickets: first.tickets, importJobs: first.importJobs, failures: first.failures },
    };
    if (rerun) {
      const second = await runNaive(options);
      const counts = difference(await countsOf(emulator), afterFirst);
      result.naiveRerun = { total: totalOf(counts), byRoute: counts, wallMs: second.wallMs, tickets: second.tickets };
    }
    return result;
  } finally {
    await emulator.stop();
  }
}

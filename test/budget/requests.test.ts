// The request budget of issue 5 (targets 1 and 2) at a smaller N, as exact counts: what `npm run bench` measures
// at 1,000 and 10,000, checked on every `npm test`. Counted by the emulator (every request it received), with a
// limit the reconciler is told and never reaches, and job latency 0, so the counts do not depend on timing. No
// wall-clock assertion. The plans' real limits: rates.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../emulator/index';
import { loadDesired } from '../../reconciler/desired/load-invitees';
import { maxRecordBytes } from '../../reconciler/import-file/size';
import { runNaive } from '../../bench/naive';
import { assertSucceeded, reconcile, type ReconcileOutcome } from '../../bench/reconcile';
import { UNTHROTTLED, UNTHROTTLED_TENANT } from '../../bench/targets/requests';
import { writeBenchInvitees } from '../../bench/workspace';
import { CONNECTION } from '../support/config';
import { countOf, difference, managementRequests, ROUTES, totalOf, type RouteCounts } from '../support/requests';
import { BARE, startTenant } from '../support/tenant';
import { createWorkspace, type Workspace } from '../support/workspace';


interface Setup {
  emulator: RunningEmulator;
  workspace: Workspace;
  reconcileOnce(): Promise<ReconcileOutcome>;
}

async function setUp(n: number): Promise<Setup> {
  const emulator = await startTenant(BARE, { rateLimit: UNTHROTTLED_TENANT });
  const workspace = await createWorkspace({ prefix: 'budget-' });
  await writeBenchInvitees(workspace, n, Math.max(1, Math.round(n / 100)));
  const target = { url: emulator.url, clientId: emulator.clientId, clientSecret: emulator.clientSecret };
  return { emulator, workspace, reconcileOnce: () => reconcile({ workspace, target, rateLimit: UNTHROTTLED }) };
}

async function tearDown(setup: Setup | undefined): Promise<void> {
  await setup?.emulator.stop();
  await setup?.workspace.remove();
}

const counted = (emulator: RunningEmulator): RouteCounts => managementRequests(emulator.stats());

describe('inviting N = 300 new people', () => {
  const N = 300;
  let setup: Setup | undefined;
  let counts: RouteCounts = {};
  let outcome: ReconcileOutcome;

  beforeAll(async () => {
    setup = await setUp(N);
    outcome = await setup.reconcileOnce();
    assertSucceeded(outcome, 'invite run');
    counts = counted(setup.emulator);
  });
  afterAll(() => tearDown(setup));

  it('sends exactly one ticket per invitee and mails everyone', () => {
    expect(countOf(counts, ROUTES.tickets)).toBe(N);
    expect(outcome.report?.invited).toBe(N);
    expect(outcome.report?.failures).toEqual([]);
  });

  it('needs two import jobs: one creating the users (300 records < 500 KB), one bookkeeping upsert', () => {
    // Fewer mails than bookkeeping_flush_min (500): one bookkeeping job at the end, however long the run takes.
    expect(countOf(counts, ROUTES.imports)).toBe(2);
    // Job latency 0 and a first poll after 200 ms (the floor at this pace): each job is polled exactly once.
    expect(countOf(counts, ROUTES.job)).toBe(2);
    // A completed job whose summary reports no failure needs no error read.
    expect(countOf(counts, ROUTES.jobErrors)).toBe(0);
  });

  it('never looks people up one by one', () => {
    expect(countOf(counts, ROUTES.usersByEmail)).toBe(0);
  });

  it('costs N + 1 token + 1 connection look-up + 2 per import job + at most 4 for observe and the apply lease: ≤ N + 10', () => {
    expect(countOf(counts, ROUTES.token)).toBe(1);
    expect(countOf(counts, ROUTES.connections)).toBe(1);
    const fixed = N + 1 + 1 + 2 * 2;
    const observeAndLease = totalOf(counts) - fixed;
    expect(observeAndLease).toBeGreaterThanOrEqual(1); // at least the one users page of an empty tenant
    expect(observeAndLease).toBeLessThanOrEqual(4);
    expect(totalOf(counts)).toBeLessThanOrEqual(N + 10);
  });

  it('reports the same count as the tenant saw: report.requests is every request of the run, token included', () => {
    expect(outcome.report?.requests).toBe(totalOf(counts));
  });
});

describe('a run with nothing to do at N = 1,200 (above the search cap: the export path)', () => {
  const N = 1200;
  let setup: Setup | undefined;
  let rerun: RouteCounts = {};
  let outcome: ReconcileOutcome;

  beforeAll(async () => {
    setup = await setUp(N);
    assertSucceeded(await setup.reconcileOnce(), 'invite run');
    const before = counted(setup.emulator);
    outcome = await setup.reconcileOnce();
    assertSucceeded(outcome, 'rerun');
    rerun = difference(counted(setup.emulator), before);
  });
  afterAll(() => tearDown(setup));

  it('plans no change and writes nothing', () => {
    expect(outcome.plan?.actions.every((a) => a.kind === 'unchanged')).toBe(true);
    expect(countOf(rerun, ROUTES.tickets)).toBe(0);
    expect(countOf(rerun, ROUTES.imports)).toBe(0);
  });

  it('observes with one export job instead of paging 1,200 users', () => {
    expect(countOf(rerun, ROUTES.exports)).toBe(1);
    expect(countOf(rerun, ROUTES.users)).toBe(1); // the first page, whose total says "export"
  });

  it('costs at most 10 requests', () => {
    expect(totalOf(rerun)).toBeLessThanOrEqual(10);
  });
});

describe('the naive baseline at N = 300', () => {
  const N = 300;
  let emulator: RunningEmulator | undefined;
  let workspace: Workspace | undefined;
  let counts: RouteCounts = {};

  beforeAll(async () => {
    emulator = await startTenant(BARE, { rateLimit: UNTHROTTLED_TENANT });
    workspace = await createWorkspace({ prefix: 'budget-naive-' });
    await writeBenchInvitees(workspace, N, 3);
    const loaded = await loadDesired(workspace.invitees, { maxRecordBytes: maxRecordBytes(500_000) });
    const outcome = await runNaive({ url: emulator.url, clientId: emulator.clientId, clientSecret: emulator.clientSecret, connectionName: CONNECTION, invitees: loaded.desired.invitees });
    expect(outcome.failures).toBe(0);
    counts = counted(emulator);
  });
  afterAll(async () => {
    await emulator?.stop();
    await workspace?.remove();
  });

  it('costs exactly 2N + 4: a look-up and a ticket per person, plus token, connection, one import job and its poll', () => {
    expect(countOf(counts, ROUTES.usersByEmail)).toBe(N);
    expect(countOf(counts, ROUTES.tickets)).toBe(N);
    expect(countOf(counts, ROUTES.imports)).toBe(1);
    expect(countOf(counts, ROUTES.job)).toBe(1);
    expect(totalOf(counts)).toBe(2 * N + 4);
  });
});

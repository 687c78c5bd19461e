// Everything one `npm run bench` measured, and the verdicts drawn from it (pure).
import { deliveryVerdicts, type DeliveryResults } from './delivery-report';
import { planRateVerdicts, type PlanRateResults } from './plan-rates-report';
import type { HeadroomResult, ImportJobResult } from './targets/emulator-headroom';
import type { LocalWorkRow } from './targets/local-work';
import type { StartUpResult } from './targets/start-up';
import type { RateLimitRun } from './targets/rate-limit';
import type { GrantMeasurement } from './targets/grants';
import type { InviteMeasurement } from './targets/requests';
import { atLeast, atMost, below, exactly, fixed, integer, megabytes, ms, percent, perSecond, seconds, within, type Verdict } from './targets';

export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryGb: number;
  node: string;
  platform: string;
  /** Where workspaces (invitee files, outboxes) lived, e.g. /dev/shm. */
  tempBase: string;
  /** One-minute load averages when the run started and ended: other work on the machine slows every figure. */
  loadAverage: { start: number; end: number };
  /** bench/machine-speed.ts at the start and at the end, in ms: the same work, slower when the host is busy. */
  speedMs: { start: number; end: number };
}

export interface BenchResults {
  command: string;
  quick: boolean;
  date: string;
  commit: string;
  machine: Machine;
  durationMs: number;
  /** Target 1 (and 2 at the largest N). */
  invites: InviteMeasurement[];
  /** N of the nothing-to-do figure (target 2). */
  nothingToDoN: number;
  /** Issue 15: roles and organizations (absent in results written before it). */
  grants?: GrantMeasurement;
  rateLimit: { burst: number; perSecond: number; n: number; full: RateLimitRun[]; shared: RateLimitRun[]; sharedShare: number };
  localWork: LocalWorkRow[];
  /** Issue 12, target 4: N = 100,000 in every YAML shape, in one file and in 10,000. */
  shapes: LocalWorkRow[];
  /** Issue 12, target 5. */
  startUp: StartUpResult;
  /** Issue 12, targets 1, 2, 3 and 6: at each plan's real limits. */
  planRates: PlanRateResults;
  headroom: HeadroomResult;
  importJob: ImportJobResult;
  /** Issue 14: requests per invitee by mail.delivery, and auth0's wall time at the change-password limit. */
  deliveries: DeliveryResults;
}

/** The run of a set whose figure is the median, so that a row's numbers come from one run. */
function medianRun(runs: readonly RateLimitRun[], key: (run: RateLimitRun) => number): RateLimitRun {
  const sorted = [...runs].sort((a, b) => key(a) - key(b));
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

/** Wall time over the budget `1.05 × tickets/rate + import time`: ≤ 1 meets target 3. */
export function rateLimitBudgetRatio(run: RateLimitRun): number {
  return run.wallMs / (1.05 * run.idealTicketMs + run.importMs);
}

export function verdicts(results: BenchResults): Verdict[] {
  const rows: Verdict[] = [];
  for (const m of results.invites) {
    rows.push(atMost('1', `requests per new invitee, N = ${integer(m.n)}`, m.ours.total / m.n, 1.02, fixed(4)));
    rows.push(exactly('1', `tickets at N = ${integer(m.n)} (one per invitee, no failures)`, m.ours.tickets - m.ours.failures, m.n));
    // report.requests is the reconciler's own count of every attempt it sent, token included: it must agree.
    rows.push(exactly('1', `cross-check at N = ${integer(m.n)}: report.requests = emulator count (${integer(m.ours.total)})`, m.ours.reportRequests, m.ours.total));
  }
  const thousand = results.invites.find((m) => m.n === 1000);
  if (thousand) rows.push(atMost('1 (issue 3)', 'requests for N = 1,000 new invitees', thousand.ours.total, 1040, integer));
  const idle = results.invites.find((m) => m.n === results.nothingToDoN);
  if (idle) {
    rows.push(atMost('2', `requests with nothing to do, N = ${integer(idle.n)}`, idle.rerun.total, 10, integer));
    rows.push(exactly('2', `nothing-to-do run planned no change and used the export path (1 = yes)`, idle.rerun.changes === 0 && idle.rerun.usedExport ? 1 : 0, 1));
  }

  rows.push(...grantVerdicts(results.grants));

  const { full, shared, sharedShare, perSecond: limit } = results.rateLimit;
  const fullRun = medianRun(full, rateLimitBudgetRatio);
  rows.push({
    ...atMost('3', `share 1.0: wall time / (1.05 × tickets/rate + import time), median of ${full.length}`, rateLimitBudgetRatio(fullRun), 1, fixed(3)),
    measured: `${rateLimitBudgetRatio(fullRun).toFixed(3)} (${seconds(fullRun.wallMs)} vs ${seconds(1.05 * fullRun.idealTicketMs + fullRun.importMs)})`,
  });
  rows.push(exactly('3', `429s that became failures (${full.reduce((s, r) => s + r.throttled, 0)} 429s answered over ${full.length} runs)`, [...full, ...shared].reduce((s, r) => s + r.failures, 0), 0));
  const sharedRun = medianRun(shared, (r) => r.ticketPhaseRate);
  rows.push(within('3', `share ${sharedShare}: request rate over the ticket phase / limit, median of ${shared.length}`, sharedRun.ticketPhaseRate / limit, sharedShare, 0.05, percent));

  const largest = results.localWork.find((r) => r.n === 100_000);
  if (largest) {
    rows.push(atMost('4', `load + validate 100,000 invitees in 100 files, median of ${largest.runs}`, largest.loadMs, 3000, ms));
    rows.push(atMost('4', `plan() 100,000 declared × 100,000 existing, median of ${largest.runs}`, largest.planMs, 1000, ms));
    rows.push(below('4', 'peak RSS of load + plan at 100,000 (largest of the runs)', largest.maxPeakRssMb, 400, megabytes));
  }
  for (const row of results.shapes) {
    rows.push(atMost('4 (issue 12)', `load + validate ${integer(row.n)} invitees, ${row.shape ?? 'block'}, ${layout(row.files)}, median of ${row.runs}`, row.loadMs, 1500, ms));
  }
  const heaviest = [...results.shapes].sort((a, b) => b.maxPeakRssMb - a.maxPeakRssMb)[0];
  if (heaviest) {
    rows.push(atMost('4 (issue 12)', `peak RSS of load + plan at ${integer(heaviest.n)}, largest of every shape and run (${heaviest.shape ?? 'block'}, ${layout(heaviest.files)})`, heaviest.maxPeakRssMb, 300, megabytes));
  }
  rows.push(atMost('5 (issue 12)', `\`reconcile --help\`, median of ${results.startUp.helpRuns.length}`, results.startUp.helpMs, 300, ms));
  rows.push(atMost('5 (issue 12)', `dry run of 5 invitees against a running emulator, median of ${results.startUp.dryRunRuns.length}`, results.startUp.dryRunMs, 1000, ms));
  rows.push(...planRateVerdicts(results.planRates));
  rows.push(...deliveryVerdicts(results.deliveries));
  rows.push(atLeast('5', `emulator requests/s, rate limit off, median of ${results.headroom.runs.length}`, results.headroom.perSecond, 2000, perSecond));
  rows.push(atMost('5', `${integer(results.importJob.users)}-user import job at latency 0, median of ${results.importJob.runs.length}`, results.importJob.ms, 2000, ms));
  return rows;
}

/** Issue 15's budget: 1.01 × N + bulk calls + member-role calls for the first run; 10 + member-list pages for a rerun. */
export function grantVerdicts(g: GrantMeasurement | undefined): Verdict[] {
  if (g === undefined) return [];
  const shape = `${integer(g.n)} invitees, ${g.roles} roles, ${g.organizations} organizations`;
  return [
    atMost('15', `requests to invite and assign ${shape} (${integer(g.first.bulk)} bulk calls, ${integer(g.first.memberRoles)} member-role calls)`, g.first.total, Math.floor(1.01 * g.n) + g.first.bulk + g.first.memberRoles, integer),
    exactly('15', 'member-role calls: one per member with organization roles', g.first.memberRoles, g.first.expectedMemberRoles),
    exactly('15', 'failures of the first run', g.first.failures, 0),
    atMost('15', `requests of a rerun with nothing to do (${integer(g.rerun.pages)} member-list pages)`, g.rerun.total, 10 + g.rerun.pages, integer),
    exactly('15', 'changes planned by the rerun', g.rerun.changes, 0),
  ];
}

/** `one file` or `10,000 files`. */
export function layout(files: number): string {
  return files === 1 ? 'one file' : `${integer(files)} files`;
}

// Issue 12's targets 1, 2, 3 and 6 in BENCHMARKS.md: the verdicts and the section, from the runs at each plan's
// real limits (pure: same runs, same text).
import { flushRuleOf } from '../reconciler/apply/flush-policy';
import { LEASE_RENEW_EVERY_REQUESTS } from '../reconciler/lease/timing';
import { POLL_EVERY_REQUESTS } from '../reconciler/tenant/job-polls';
import { shippedDefaults } from '../test/support/config';
import { JOB_TIMING, PLAN_LIMITS } from '../test/support/plans';
import { countOf, ROUTES } from '../test/support/requests';
import { table } from './markdown-table';
import type { PlanCrashRun } from './targets/plan-crash';
import { wallBudgetMs, type PlanRateRun } from './targets/plan-rates';
import { atMost, exactly, fixed, integer, seconds, within, type Verdict } from './targets';

export interface PlanRateResults {
  runs: PlanRateRun[];
  crashes: PlanCrashRun[];
}

const short = (label: string): string => label.split(' ')[0]!;
const at = (run: { label: string; n: number; factor: number }): string => `${short(run.label)}, N = ${integer(run.n)}${run.factor === 1 ? ', real time' : `, time ×${run.factor}`}`;
const secondsOf = (ms: number): string => (ms / 1000).toFixed(0);

export function planRateVerdicts({ runs, crashes }: PlanRateResults): Verdict[] {
  const rows: Verdict[] = [];
  for (const run of runs) rows.push(atMost('1 (issue 12)', `requests per new invitee, ${at(run)}`, run.total / run.n, 1.01, fixed(4)));
  for (const run of runs) {
    const budget = wallBudgetMs(run);
    rows.push({ ...atMost('3 (issue 12)', `wall / (1.05 × N / (share × limit) + import time), ${at(run)}`, run.wallMs / budget, 1, fixed(3)), measured: `${(run.wallMs / budget).toFixed(3)} (${seconds(run.wallMs)} vs ${seconds(budget)})` });
    rows.push(exactly('3 (issue 12)', `failed requests, ${at(run)} (${integer(run.throttled)} 429s waited out)`, run.failedRequests + run.failures, 0));
  }
  for (const run of runs) {
    rows.push(within('6 (issue 12)', `estimated / measured requests of the apply, ${at(run)}`, run.estimate.requests / run.applyRequests, 1, 0.1, fixed(3)));
    rows.push(within('6 (issue 12)', `estimated / measured apply time after import time, ${at(run)}`, run.estimate.durationMs / run.applyMs, 1, 0.1, fixed(3)));
  }
  for (const crash of crashes) {
    rows.push(atMost('2 (issue 12)', `mails sent twice after ${crash.kills} kill -9, ${at(crash)} (window ${integer(crash.window)} per kill)`, crash.duplicates, crash.kills * crash.window, integer));
    rows.push(exactly('2 (issue 12)', `invitees never mailed, or not recorded invited, after the kills, ${at(crash)}`, crash.lost + (crash.settled ? 0 : 1), 0));
  }
  return rows;
}

function runRow(run: PlanRateRun): string[] {
  const budget = wallBudgetMs(run);
  return [
    short(run.label),
    integer(run.n),
    `×${run.factor}`,
    String(run.share * run.limit),
    integer(run.total),
    (run.total / run.n).toFixed(4),
    String(countOf(run.byRoute, ROUTES.imports)),
    String(countOf(run.byRoute, ROUTES.job)),
    String(countOf(run.byRoute, 'PATCH /api/v2/users/{id}')),
    String(run.throttled),
    String(run.failedRequests + run.failures),
    secondsOf(run.importMs),
    secondsOf(run.wallMs),
    secondsOf(budget),
    (run.wallMs / budget).toFixed(3),
    `${integer(run.estimate.requests)} / ${integer(run.applyRequests)}`,
    `${secondsOf(run.estimate.durationMs)} / ${secondsOf(run.applyMs)}`,
    `${run.load[0].toFixed(1)} → ${run.load[1].toFixed(1)}`,
    (run.realMs / 1000).toFixed(0),
  ];
}

function crashRow(crash: PlanCrashRun): string[] {
  return [
    short(crash.label),
    integer(crash.n),
    `×${crash.factor}`,
    String(crash.kills),
    crash.mailsAtKill.map(integer).join(', '),
    integer(crash.duplicates),
    integer(crash.kills * crash.window),
    String(crash.lost),
    crash.settled ? 'yes' : '**no**',
  ];
}

export function planRateSection({ runs, crashes }: PlanRateResults): string {
  const { batching, rate_limit: rate } = shippedDefaults();
  const flush = flushRuleOf(batching);
  const stated = PLAN_LIMITS.map((p) => `${short(p.label)} \`per_second: ${p.perSecond}, burst: ${p.burst}\``).join(', ');
  return [
    "## Issue 12, targets 1, 2, 3 and 6: at each plan's real limits",
    '',
    `The tenant (the emulator, in its own process) enforces a plan's buckets as Auth0 states them: ${PLAN_LIMITS.map((p) => p.label).join('; ')}. Per-second buckets refill continuously, per-minute buckets once a second; the users endpoints spend from their own buckets, everything else from "all other endpoints", and every answer carries \`x-ratelimit-limit\`, \`-remaining\` and \`-reset\`. The reconciler runs with the shipped configuration (the schema's defaults: share ${rate.share}, ${batching.ticket_concurrency} tickets in flight, bookkeeping every ${integer(flush.every)} mails or, once ${integer(flush.min)} wait, after ${flush.afterMs / 60_000} minutes; job polls at most one per ${POLL_EVERY_REQUESTS} requests' worth of time; a lease renewed every ${integer(LEASE_RENEW_EVERY_REQUESTS)} requests' worth) and only \`rate_limit\` set to the plan's limits: ${stated}. Nothing else is told a rate the tenant does not enforce. Import jobs: ${(JOB_TIMING.jobLatencyMs ?? 0) / 1000} s pending, then ${JOB_TIMING.jobPerUserMs} ms per user.`,
    '',
    `**Time scale.** A run at Free's real rate takes more than half an hour for 2,000 invitees, so tenant and reconciler share one clock that runs faster than real time by the factor in the "time" column (\`test/support/time-scale.ts\`). Every time setting scales by that factor alike, because every wait is on that clock: the rate-limit refills, the flush age, the lease's lifetime and renewals, the poll waits, the retry waits, the job latency and per-user time. Every figure here is in tenant time (real time × factor). What runs in real time is the machine's own work (loading, validating, planning, composing mail, HTTP on loopback), so it weighs factor times more here than against a real tenant: it shows in the import time and between tickets. The Enterprise row in real time, when present, checks that scaling changes no count.`,
    '',
    'Counting: **requests** are every request the tenant received (the token request included, every attempt; a 429 that was waited out and sent again counts as a request, not as a failure). **Failed** = answers of 400 and above other than 429, plus invitees the run reports as failed: must be 0. **Import time** = from the start of the run to the first ticket (load, token, observations, the lease, the first import job and its polls); **budget** = 1.05 × N / (share × limit) + import time, with limit the plan\'s sustained rate for tickets and jobs. **Estimate** = what the plan printed before the apply (`reconciler/plan/estimate.ts`) next to what it estimates: the requests from the first import job on, and the run\'s time after import time. **Load** = the machine\'s 1-minute load average before and after the run (other work shares these 2 cores; wall times suffer under load, counts do not).',
    '',
    table(
      ['plan', 'N', 'time', 'pace /s', 'requests', 'per invitee', 'import jobs', 'job polls', 'lease PATCHes', '429s', 'failed', 'import s', 'wall s', 'budget s', 'wall / budget', 'estimate / measured requests', 'estimate / measured s after import', 'load', 'real s'],
      runs.map(runRow),
      ['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:'],
    ),
    '',
    `**Crash duplicates** (target 2): the reconciler runs in its own process (\`bench/reconcile-process.ts\`, on the same scaled clock) and is killed with SIGKILL once it has sent the given number of mails, then run again: both clocks first move on by the dead holder's lease lifetime, so the next run takes the lease over at once. After the last kill a run finishes, and one more must plan nothing (everyone recorded \`invited\`). Mails sent twice may not exceed the configured window per kill: 2 × \`bookkeeping_flush_every\` + \`ticket_concurrency\` (= ${integer(2 * flush.every + batching.ticket_concurrency)}; mail may run ahead of its bookkeeping by two windows plus the tickets in flight).`,
    '',
    table(['plan', 'N', 'time', 'kills', 'mails sent when killed', 'mails sent twice', 'bound', 'never mailed', 'then nothing to do'], crashes.map(crashRow), ['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---']),
  ].join('\n');
}

// BENCHMARKS.md from one run's results (pure: same results, same text).
import { deliverySection } from './delivery-report';
import { shippedDefaults } from '../test/support/config';
import { countOf, ROUTES, type RouteCounts } from '../test/support/requests';
import { planRateSection } from './plan-rates-report';
import { layout, rateLimitBudgetRatio, verdicts, type BenchResults } from './results';
import type { RateLimitRun } from './targets/rate-limit';
import { DRY_RUN_INVITEES } from './targets/start-up';
import { integer } from './targets';
import { table } from './markdown-table';


const BREAKDOWN: [string, string][] = [
  ['token', ROUTES.token],
  ['connection look-up', ROUTES.connections],
  ['users search (observe)', ROUTES.users],
  ['export jobs', ROUTES.exports],
  ['import jobs', ROUTES.imports],
  ['job polls', ROUTES.job],
  ['job error reads', ROUTES.jobErrors],
  ['users-by-email', ROUTES.usersByEmail],
  ['tickets', ROUTES.tickets],
];

function breakdownCell(counts: RouteCounts | undefined, route: string): string {
  return counts === undefined ? '–' : integer(countOf(counts, route));
}

function otherRoutes(counts: RouteCounts | undefined): string {
  if (counts === undefined) return '–';
  const known = new Set(BREAKDOWN.map(([, route]) => route));
  const others = Object.entries(counts).filter(([route]) => !known.has(route));
  return others.length === 0 ? '0' : others.map(([route, n]) => `${n} × ${route}`).join(', ');
}

function requestSection(results: BenchResults): string {
  const columns: { label: string; counts?: RouteCounts; total?: number; n: number }[] = [];
  for (const m of results.invites) {
    columns.push({ label: `ours, invite ${integer(m.n)}`, counts: m.ours.byRoute, total: m.ours.total, n: m.n });
    if (m.naive) columns.push({ label: `naive, invite ${integer(m.n)}`, counts: m.naive.byRoute, total: m.naive.total, n: m.n });
    columns.push({ label: `ours, rerun ${integer(m.n)}`, counts: m.rerun.byRoute, total: m.rerun.total, n: m.n });
    if (m.naiveRerun) columns.push({ label: `naive, rerun ${integer(m.n)}`, counts: m.naiveRerun.byRoute, total: m.naiveRerun.total, n: m.n });
  }
  const rows = BREAKDOWN.map(([label, route]) => [label, ...columns.map((c) => breakdownCell(c.counts, route))]);
  rows.push(['other (lease, PATCH, …)', ...columns.map((c) => otherRoutes(c.counts))]);
  rows.push(['**total**', ...columns.map((c) => `**${integer(c.total ?? 0)}**`)]);
  rows.push(['per invitee', ...columns.map((c) => ((c.total ?? 0) / c.n).toFixed(4))]);
  const ratios = results.invites
    .filter((m) => m.naive)
    .map((m) => `at N = ${integer(m.n)} ours costs ${(m.ours.total / m.naive!.total).toFixed(3)} of the naive flow's requests (${integer(m.ours.total)} vs ${integer(m.naive!.total)})`);
  const times = results.invites.map(
    (m) => `N = ${integer(m.n)}: ours ${(m.ours.wallMs / 1000).toFixed(1)} s (import, tickets, ${integer(m.n)} mails, bookkeeping), rerun ${(m.rerun.wallMs / 1000).toFixed(2)} s${m.naive ? `; naive ${(m.naive.wallMs / 1000).toFixed(1)} s (no mail)` : ''}`,
  );
  return [
    '## Targets 1 and 2: requests',
    '',
    'Counted by the emulator (`stats().requests`: the token endpoint and every `/api/v2/` route, every attempt), on an empty tenant with job latency 0. The emulator enforces 10,000 / 100,000 per second and the reconciler is told the same: a limit it never reaches, so pacing cannot change a count (the plans\' real limits are in the issue 12 section below). "Rerun" is the same invitees again (nothing to do). The naive flow is `bench/naive.ts`: token, connection look-up, users-imports job(s) (upsert=false) polled every 250 ms, then per person `GET /users-by-email` and a ticket by `user_id`, through the real `auth0` SDK.',
    '',
    table(['route', ...columns.map((c) => c.label)], rows, ['---', ...columns.map(() => '---:')]),
    '',
    ...ratios.map((line) => `- ${line}.`),
    `- Wall times (one run each, informational): ${times.join('; ')}.`,
    '- Cross-check: `report.requests` is the reconciler\'s own count of every request it sent (token included, each retry counted); it must equal what the emulator counted.',
  ].join('\n');
}

/** Issue 15's rows explained, with where the first run's requests went. */
export function grantSection(results: BenchResults): string[] {
  const g = results.grants;
  if (g === undefined) return [];
  const routes = (counts: RouteCounts): string => Object.entries(counts).map(([route, n]) => `${integer(n)} × \`${route}\``).join(', ');
  return [
    '## Issue 15: roles and organizations',
    '',
    `${integer(g.n)} new invitees, each with one of ${g.roles} roles and a membership of one of ${g.organizations} organizations, every fourth also with a role inside its organization (\`test/support/access-invitees.ts\`); empty tenant, rate limit off, shipped batching (\`grant_batch_size\` 50) except the bookkeeping, written once at the end so that the count does not depend on the machine's speed (the rows above measure the timed flush). Budget: 1.01 × N + the bulk calls (\`POST /roles/{id}/users\`, \`POST /organizations/{id}/members\`) + one member-roles call per member with organization roles; a rerun with nothing to do: 10 + the member-list pages (\`GET /roles/{id}/users\`, \`GET /organizations/{id}/members\`, 100 per page).`,
    '',
    `- First run: ${integer(g.first.total)} requests: ${routes(g.first.byRoute)}.`,
    `- Rerun: ${integer(g.rerun.total)} requests: ${routes(g.rerun.byRoute)}.`,
    '',
  ];
}

function rateRow(run: RateLimitRun, index: number): string[] {
  return [
    String(index + 1),
    String(run.share),
    integer(run.tickets),
    (run.importMs / 1000).toFixed(2),
    (run.idealTicketMs / 1000).toFixed(2),
    (run.wallMs / 1000).toFixed(2),
    rateLimitBudgetRatio(run).toFixed(3),
    Math.round(run.ticketPhaseRate).toString(),
    integer(run.throttled),
    String(run.failures),
  ];
}

function rateSection(results: BenchResults): string {
  const { burst, perSecond, n, full, shared } = results.rateLimit;
  const shipped = shippedDefaults().batching;
  return [
    '## Target 3: rate-limit use',
    '',
    `The emulator (its own process) enforces \`${burst}/${perSecond}\` (burst/per second): fast, to keep the run short, yet a rate this machine's reconciler can drive (each ticket also costs a mail composed and filed: at 500/s the run measured the CPU, not the pacing); the reconciler's config says \`rate_limit: { share, per_second: ${perSecond}, burst: ${burst} }\`. Each run invites ${integer(n)} new people into an empty tenant with the shipped batching settings (ticket concurrency ${shipped.ticket_concurrency}, bookkeeping every ${integer(shipped.bookkeeping_flush_every)} mails or, once ${integer(shipped.bookkeeping_flush_min)} wait, after ${shipped.bookkeeping_flush_seconds} s). Import time = from the start of the run to the first ticket request (load, token, observe, first import job and its poll). Budget = 1.05 × tickets / ${perSecond} + import time. The rate is every Management API request between the first and the last ticket (bookkeeping jobs and polls spend the same budget), from timestamps the emulator records as each request arrives (\`bench/request-log.ts\` wraps its stats counter; \`(n − 1) / (last − first)\`).`,
    '',
    table(
      ['run', 'share', 'tickets', 'import s', 'tickets/rate s', 'wall s', 'wall / budget', 'req/s in ticket phase', '429s', 'failures'],
      [...full, ...shared].map(rateRow),
      ['---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:'],
    ),
    '',
    'More tickets than invitees means a ticket request was answered 429 and sent again (the emulator counts every attempt). To see where a run loses time (every pause between requests, requests per second, retries): `npx tsx bench/rate-gaps.ts 150 1 5000`.',
  ].join('\n');
}

function localSection(results: BenchResults): string {
  const rows = results.localWork.map((r) => [
    integer(r.n),
    String(r.files),
    r.megabytes.toFixed(1),
    Math.round(r.loadMs).toString(),
    ((r.loadMs / r.n) * 1000).toFixed(1),
    Math.round(r.planMs).toString(),
    ((r.planMs / r.n) * 1000).toFixed(2),
    Math.round(r.peakRssMb).toString(),
    String(r.runs),
  ]);
  const [small, , large] = results.localWork;
  const growth =
    small && large
      ? `From ${integer(small.n)} to ${integer(large.n)} invitees (×${large.n / small.n}), load time grows ×${(large.loadMs / small.loadMs).toFixed(1)} and plan time ×${(large.planMs / small.planMs).toFixed(1)}: the per-invitee cost falls as fixed start-up costs (schema compilation, JIT) are spread, so growth is linear or better. Peak RSS includes Node itself (about ${Math.round(small.peakRssMb)} MB at ${integer(small.n)}); above that it grows by about ${(((large.peakRssMb - small.peakRssMb) / (large.n - small.n)) * 1000).toFixed(2)} MB per 1,000 invitees (files, loaded invitees, the observed tenant and the plan together).`
      : '';
  return [
    '## Target 4: local work',
    '',
    'Each measurement is a fresh child process (`bench/local-work-process.ts`, compiled like the CLI): `loadDesired()` on 100 generated YAML files (timed), an observed tenant of the same size derived from them (not timed; each user is an export line read as a run reads one, with the bookkeeping an earlier run left, managed-fields record included: 98.5% unchanged, 1% updates, 0.5% invites, 0.5% revocations, and the child refuses to measure a plan that is not), then `plan()` (timed). Peak RSS is `process.resourceUsage().maxRSS` of that process. Medians over the runs.',
    '',
    table(['N', 'files', 'MB of YAML', 'load ms', 'load µs/invitee', 'plan ms', 'plan µs/invitee', 'peak RSS MB', 'runs'], rows, ['---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:']),
    '',
    growth,
  ].join('\n');
}

function shapeSection(results: BenchResults): string {
  const rows = results.shapes.map((r) => [
    r.shape ?? 'block',
    layout(r.files),
    r.megabytes.toFixed(1),
    Math.round(r.loadMs).toString(),
    ((r.loadMs / r.n) * 1000).toFixed(1),
    Math.round(r.planMs).toString(),
    `${Math.round(r.peakRssMb)} / ${Math.round(r.maxPeakRssMb)}`,
    String(r.runs),
  ]);
  return [
    '## Issue 12, target 4: every YAML shape',
    '',
    `${integer(results.shapes[0]?.n ?? 0)} invitees written in each style YAML allows (\`bench/invitee-shapes.ts\`: block mappings, flow mappings, quoted keys, a block shared through an anchor, comments, booleans, multi-line strings), in one file and spread over 10,000 files, each measured as in target 4 above. One parser reads every shape: no style falls back to a slower path.`,
    '',
    table(['shape', 'files', 'MB of YAML', 'load ms', 'load µs/invitee', 'plan ms', 'peak RSS MB (median / largest)', 'runs'], rows, ['---', '---', '---:', '---:', '---:', '---:', '---:', '---:']),
  ].join('\n');
}

function startUpSection(results: BenchResults): string {
  const { startUp } = results;
  const list = (runs: number[]): string => runs.map((r) => `${Math.round(r)} ms`).join(', ');
  return [
    '## Issue 12, target 5: start-up',
    '',
    `Wall time from spawning \`node bin/reconcile.js\` (the compiled CLI in \`dist/\`, built at the start of the benchmark) to its exit, after one untimed run. \`--help\`: ${list(startUp.helpRuns)}. \`--dry-run\` of ${DRY_RUN_INVITEES} invitees against an emulator in its own process (token, connection look-up, users search, plan, print): ${list(startUp.dryRunRuns)}.`,
  ].join('\n');
}

function emulatorSection(results: BenchResults): string {
  const { headroom, importJob } = results;
  return [
    '## Target 5: emulator headroom',
    '',
    `The emulator runs in its own process (rate limit off); the load generator is this process: ${headroom.concurrency} keep-alive connections on 127.0.0.1 sending \`${headroom.route}\` with a bearer token (authentication, scope check, rate-limit headers, stats: the full per-request path), ${integer(headroom.requestsPerRun)} requests per run after a 2,000-request warm-up, capped at 30 s. Runs: ${headroom.runs.map((r) => Math.round(r).toLocaleString('en-US')).join(', ')} requests/s; ${headroom.errors} non-2xx answers.`,
    '',
    `Import job: ${integer(importJob.users)} users in one file (upsert=false), job latency 0, from sending the request until a poll (every 5 ms) sees \`completed\`. Runs: ${importJob.runs.map((r) => `${Math.round(r)} ms`).join(', ')}; ${integer(importJob.inserted)} inserted.`,
  ].join('\n');
}

export function renderBenchmarks(results: BenchResults): string {
  const rows = verdicts(results).map((v) => [v.target, v.figure, v.measured, v.limit, Number.isFinite(v.ratio) ? v.ratio.toFixed(3) : '–', v.pass ? 'pass' : '**FAIL**']);
  const failed = rows.filter((r) => r[5] !== 'pass').length;
  const { machine } = results;
  return [
    '# Benchmarks',
    '',
    `Written by \`${results.command}\` (\`bench/run.ts\`) on ${results.date}, commit \`${results.commit}\`, in ${(results.durationMs / 1000).toFixed(0)} s. Targets: issue 5 (and the budget line of issue 3), and every target of issue 12 (1 to 6), and the two delivery figures of issue 14. ${failed === 0 ? 'Every target is met.' : `**${failed} of ${rows.length} figures miss their target.**`}`,
    '',
    `Machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGb.toFixed(0)} GB memory, Node ${machine.node} on ${machine.platform}. One-minute load average ${machine.loadAverage.start.toFixed(1)} at the start and ${machine.loadAverage.end.toFixed(1)} at the end (on ${machine.cpus} cores; other work on the machine slows every figure). A fixed workload of small objects, strings and a sort (\`bench/machine-speed.ts\`) took ${integer(machine.speedMs.start)} ms at the start and ${integer(machine.speedMs.end)} ms at the end: on this shared host the same work takes up to 1.6 times longer in busy minutes, which the load average does not show. Invitee files and outboxes in temp dirs under \`${machine.tempBase}\`. Everything on loopback; emulators are started by the benchmark (in their own processes where time or a core matters).`,
    '',
    'Ratio: measured / target for upper bounds, target / measured for lower bounds, distance from the centre / tolerance for a band: at most 1 passes.',
    '',
    table(['target', 'figure', 'measured', 'target', 'ratio', 'result'], rows, ['---', '---', '---:', '---:', '---:', '---']),
    '',
    requestSection(results),
    '',
    ...grantSection(results),
    rateSection(results),
    '',
    planRateSection(results.planRates),
    '',
    localSection(results),
    '',
    shapeSection(results),
    '',
    startUpSection(results),
    '',
    emulatorSection(results),
    '',
    deliverySection(results.deliveries),
    '',
    '## Reproduce',
    '',
    '```sh',
    'npm run bench             # everything above, about 45 minutes; rewrites BENCHMARKS.md',
    'npm run bench -- --quick  # about 10 minutes: N = 1,000 and 2,000, one rate-limit run per share, the plans at N = 2,000 only, faster time scales, fewer repetitions',
    'BENCH_TMPDIR=/tmp npm run bench   # workspaces (and so the outbox) on disk instead of tmpfs',
    '```',
    '',
    'Exact request counts at a smaller N are checked by `npm test` (`test/budget/requests.test.ts`, and at each plan\'s limits `test/budget/rates.test.ts`); timings are only measured here.',
    '',
  ].join('\n');
}

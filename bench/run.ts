// `npm run bench [-- --quick] [--out FILE]`: every target of issue 5 in one run, against emulators started here
// on loopback, then BENCHMARKS.md. Full mode takes about 5 minutes; --quick under 2. Exits 1 when a target is missed.
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { renderBenchmarks } from './report';
import { verdicts, type BenchResults } from './results';
import { measureHeadroom, measureImportJob } from './targets/emulator-headroom';
import { measureGrants } from './targets/grants';
import { measureLocalWork, type LocalWorkRow } from './targets/local-work';
import { measureRateLimitRun, type RateLimitRun } from './targets/rate-limit';
import { measureInviteAndRerun, type InviteMeasurement } from './targets/requests';
import { ROOT } from '../test/support/paths';
import { benchTempBase } from './workspace';

interface Plan {
  /** [N, with the naive flow's rerun] per invite measurement. */
  invites: { n: number; naiveRerun: boolean }[];
  nothingToDoN: number;
  rateRuns: number;
  localRuns: { n: number; runs: number }[];
  headroomRuns: number;
  headroomRequests: number;
  importRuns: number;
}

const FULL: Plan = {
  invites: [
    { n: 1_000, naiveRerun: false },
    { n: 10_000, naiveRerun: true },
  ],
  nothingToDoN: 10_000,
  rateRuns: 3,
  localRuns: [
    { n: 1_000, runs: 5 },
    { n: 10_000, runs: 5 },
    { n: 100_000, runs: 5 },
  ],
  headroomRuns: 5,
  headroomRequests: 20_000,
  importRuns: 5,
};

// Quick: the nothing-to-do run at 2,000 still takes the export path (the tenant holds more than 1,000 users).
const QUICK: Plan = {
  invites: [
    { n: 1_000, naiveRerun: false },
    { n: 2_000, naiveRerun: true },
  ],
  nothingToDoN: 2_000,
  rateRuns: 1,
  localRuns: [
    { n: 1_000, runs: 3 },
    { n: 10_000, runs: 3 },
    { n: 100_000, runs: 3 },
  ],
  headroomRuns: 3,
  headroomRequests: 10_000,
  importRuns: 3,
};

const RATE = { burst: 50, perSecond: 500, n: 5_000, sharedShare: 0.8 };

function argument(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
}

function commitOf(): string {
  try {
    const sha = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'reconciler', 'emulator', 'bench', 'schemas'], { cwd: ROOT, encoding: 'utf8' }).trim();
    return dirty ? `${sha} (with uncommitted changes in reconciler/, emulator/, bench/ or schemas/)` : sha;
  } catch {
    return 'unknown';
  }
}

const say = (line: string): void => void process.stderr.write(`${line}\n`);

async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  say(`bench: ${label}…`);
  const result = await work();
  say(`bench: ${label} done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

const quick = process.argv.includes('--quick');
const plan = quick ? QUICK : FULL;
const out = path.resolve(ROOT, argument('--out') ?? 'BENCHMARKS.md');
const started = performance.now();

const invites: InviteMeasurement[] = [];
for (const { n, naiveRerun } of plan.invites) {
  invites.push(await timed(`targets 1 and 2 at N = ${n} (ours, rerun, naive)`, () => measureInviteAndRerun(n, { naive: true, naiveRerun })));
}

const grants = await timed('issue 15: 2,000 invitees across 5 roles and 3 organizations, then a rerun', () => measureGrants());

const full: RateLimitRun[] = [];
const shared: RateLimitRun[] = [];
for (let i = 0; i < plan.rateRuns; i++) {
  full.push(await timed(`target 3, share 1.0, run ${i + 1}`, () => measureRateLimitRun({ ...RATE, share: 1 })));
  shared.push(await timed(`target 3, share ${RATE.sharedShare}, run ${i + 1}`, () => measureRateLimitRun({ ...RATE, share: RATE.sharedShare })));
}

const localWork: LocalWorkRow[] = [];
for (const { n, runs } of plan.localRuns) localWork.push(await timed(`target 4 at N = ${n}`, () => measureLocalWork(n, runs)));

const headroom = await timed('target 5, emulator requests/s', () => measureHeadroom({ runs: plan.headroomRuns, requests: plan.headroomRequests }));
const importJob = await timed('target 5, 10,000-user import job', () => measureImportJob({ runs: plan.importRuns }));

const results: BenchResults = {
  command: quick ? 'npm run bench -- --quick' : 'npm run bench',
  quick,
  date: new Date().toISOString(),
  commit: commitOf(),
  machine: {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown CPU',
    memoryGb: os.totalmem() / 1024 ** 3,
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    tempBase: benchTempBase(),
  },
  durationMs: performance.now() - started,
  invites,
  nothingToDoN: plan.nothingToDoN,
  grants,
  rateLimit: { burst: RATE.burst, perSecond: RATE.perSecond, n: RATE.n, full, shared, sharedShare: RATE.sharedShare },
  localWork,
  headroom,
  importJob,
};

await writeFile(out, renderBenchmarks(results));
const rows = verdicts(results);
for (const v of rows) say(`${v.pass ? 'pass' : 'FAIL'}  [${v.target}] ${v.figure}: ${v.measured} (target ${v.limit})`);
const failed = rows.filter((v) => !v.pass).length;
say(`bench: wrote ${path.relative(process.cwd(), out) || out}; ${rows.length - failed} of ${rows.length} figures meet their target.`);
process.exitCode = failed === 0 ? 0 : 1;

// Target 4: local work (load + validate, plan) at 1k, 10k and 100k invitees in 100 files, and at 100k in every
// YAML shape in one file and in 10,000 files (issue 12). Each measurement is a fresh child process running the
// compiled bench/local-work-process.ts, so that its peak RSS is its own and nothing is pre-warmed.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { build } from '../../scripts/build';
import { writeShapedInvitees, type InviteeShape } from '../invitee-shapes';
import type { LocalWorkResult } from '../local-work-process';
import { median } from '../statistics';
import { ROOT } from '../../test/support/paths';
import { createBenchWorkspace, writeBenchInvitees } from '../workspace';

const run = promisify(execFile);

const PROGRAMS = path.join(ROOT, 'bench', 'out', 'programs');

/** Compiles the child program (as the CLI is compiled: no TypeScript compiler in the measured process). */
export function buildLocalWorkProgram(): Promise<void> {
  return build({ 'local-work-process': { entry: 'bench/local-work-process.ts', packages: 'bundle' } }, PROGRAMS);
}

export interface LocalWorkRow {
  n: number;
  files: number;
  /** The YAML style of the files; absent: the examples' block style with a few extra fields. */
  shape?: InviteeShape;
  megabytes: number;
  runs: number;
  loadMs: number;
  planMs: number;
  /** Median peak RSS of the child processes. */
  peakRssMb: number;
  /** Largest peak RSS of any run. */
  maxPeakRssMb: number;
  counts: Record<string, number>;
}

export async function measureLocalWork(n: number, runs: number, files = 100, shape?: InviteeShape): Promise<LocalWorkRow> {
  const workspace = await createBenchWorkspace('bench-local-');
  try {
    const bytes = shape === undefined ? await writeBenchInvitees(workspace, n, files) : await writeShapedInvitees(workspace.invitees, shape, n, files);
    const results: LocalWorkResult[] = [];
    for (let i = 0; i < runs; i++) {
      const { stdout } = await run(process.execPath, [path.join(PROGRAMS, 'local-work-process.js'), workspace.invitees, String(n)], {
        cwd: ROOT,
        maxBuffer: 1 << 20,
      });
      results.push(JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as LocalWorkResult);
    }
    return {
      n,
      files,
      ...(shape === undefined ? {} : { shape }),
      megabytes: bytes / 1e6,
      runs,
      loadMs: median(results.map((r) => r.loadMs)),
      planMs: median(results.map((r) => r.planMs)),
      peakRssMb: median(results.map((r) => r.peakRssMb)),
      maxPeakRssMb: Math.max(...results.map((r) => r.peakRssMb)),
      counts: results[0]?.counts ?? {},
    };
  } finally {
    await workspace.remove();
  }
}

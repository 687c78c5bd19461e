// Target 4: local work (load + validate, plan) at 1k, 10k and 100k invitees in 100 files, each measurement in a
// fresh child process (bench/local-work-process.ts) so that its peak RSS is its own and nothing is pre-warmed.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import type { LocalWorkResult } from '../local-work-process';
import { median } from '../statistics';
import { ROOT } from '../../test/support/paths';
import { createBenchWorkspace, writeBenchInvitees } from '../workspace';

const run = promisify(execFile);

export interface LocalWorkRow {
  n: number;
  files: number;
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

export async function measureLocalWork(n: number, runs: number, files = 100): Promise<LocalWorkRow> {
  const workspace = await createBenchWorkspace('bench-local-');
  try {
    const bytes = await writeBenchInvitees(workspace, n, files);
    const results: LocalWorkResult[] = [];
    for (let i = 0; i < runs; i++) {
      const { stdout } = await run(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bench/local-work-process.ts'), workspace.invitees, String(n)], {
        cwd: ROOT,
        maxBuffer: 1 << 20,
      });
      results.push(JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as LocalWorkResult);
    }
    return {
      n,
      files,
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

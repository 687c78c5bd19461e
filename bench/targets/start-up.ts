// Issue 12, target 5: start-up of the command as a user starts it, `node bin/reconcile.js` (the compiled CLI),
// timed from spawning the process to its exit: `--help`, and a dry run of 5 invitees against an emulator running
// in its own process. One untimed run of each first, so that every timed run finds the files in the OS cache.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from '../../test/support/paths';
import { BARE } from '../../test/support/tenant';
import { spawnEmulator } from '../emulator-handle';
import { median } from '../statistics';
import { benchPeople, createBenchWorkspace } from '../workspace';

const run = promisify(execFile);

export const DRY_RUN_INVITEES = 5;

export interface StartUpResult {
  /** Wall milliseconds of each timed run; the figures are their medians. */
  helpRuns: number[];
  helpMs: number;
  dryRunRuns: number[];
  dryRunMs: number;
}

async function timedRuns(runs: number, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }, check: (stdout: string) => void): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const started = performance.now();
    const { stdout } = await run(process.execPath, [path.join(ROOT, 'bin', 'reconcile.js'), ...args], { ...options, maxBuffer: 1 << 20 });
    const ms = performance.now() - started;
    check(stdout);
    if (i > 0) times.push(ms);
  }
  return times;
}

export async function measureStartUp(runs: number): Promise<StartUpResult> {
  const helpRuns = await timedRuns(runs, ['--help'], { cwd: ROOT }, (stdout) => {
    if (!stdout.includes('Usage: reconcile')) throw new Error('start-up: --help printed no usage');
  });

  const workspace = await createBenchWorkspace('bench-start-');
  const emulator = await spawnEmulator(BARE);
  try {
    await workspace.writeInvitees(benchPeople(DRY_RUN_INVITEES));
    await workspace.writeConfig({ rate_limit: { share: 1, per_second: 100, burst: 100 } });
    const env = {
      PATH: process.env.PATH,
      AUTH0_DOMAIN: 'tenant.bench.local',
      AUTH0_BASE_URL: emulator.url,
      AUTH0_CLIENT_ID: emulator.clientId,
      AUTH0_CLIENT_SECRET: emulator.clientSecret,
    };
    const args = ['--dry-run', '--invitees', workspace.invitees, '--config', workspace.config, '--outbox', workspace.outbox];
    const dryRunRuns = await timedRuns(runs, args, { cwd: workspace.dir, env }, (stdout) => {
      if (!stdout.includes(`Plan: ${DRY_RUN_INVITEES} to invite`)) throw new Error(`start-up: the dry run did not plan ${DRY_RUN_INVITEES} invitations:\n${stdout}`);
    });
    return { helpRuns, helpMs: median(helpRuns), dryRunRuns, dryRunMs: median(dryRunRuns) };
  } finally {
    await emulator.stop();
    await workspace.remove();
  }
}

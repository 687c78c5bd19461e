// Child-process entry: one reconciler run, exactly as the CLI runs it (`run()`), on a clock scaled like the
// tenant's (test/support/time-scale.ts) and moved `offsetMs` ahead, so that a benchmark can kill it with SIGKILL
// at a plan's real rates and start the next run after the killed holder's lease has run out. Arguments: one JSON
// object (ReconcileProcessArgs) in argv[2]. Prints what the CLI prints; exits with its exit code.
import type { Clock } from '../reconciler/clock';
import { run } from '../reconciler/run';
import { scaledClock, type TimeScale } from '../test/support/time-scale';

export interface ReconcileProcessArgs {
  invitees: string;
  config: string;
  outbox: string;
  env: NodeJS.ProcessEnv;
  scale: TimeScale;
  /** Tenant-time milliseconds this run's clock is ahead of the scaled clock (see EmulatorHandle.advance). */
  offsetMs: number;
}

const args = JSON.parse(process.argv[2] ?? '{}') as ReconcileProcessArgs;
const scaled = scaledClock(args.scale);
const clock: Clock = { now: () => scaled.now() + args.offsetMs, sleep: scaled.sleep };
const result = await run({
  invitees: args.invitees,
  config: args.config,
  dryRun: false,
  format: 'text',
  maskEmails: false,
  detailedExitcode: false,
  allowMassRemoval: false,
  outbox: args.outbox,
  env: args.env,
  stdout: process.stdout,
  stderr: process.stderr,
  isTTY: false,
  clock,
});
process.exitCode = result.exitCode;

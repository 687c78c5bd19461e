// The reconciler in-process, exactly as the CLI calls it (`run()`), with stdout and stderr captured.
import { systemClock, type Clock } from '../../reconciler/clock';
import type { OutputFormat } from '../../reconciler/render/output';
import type { Confirm } from '../../reconciler/process/confirm';
import { run, type RunResult } from '../../reconciler/run';
import { Capture } from './capture';
import type { Workspace } from './workspace';

export interface RunFlags {
  dryRun?: boolean;
  format?: OutputFormat;
  maskEmails?: boolean;
  detailedExitcode?: boolean;
  allowMassRemoval?: boolean;
  clock?: Clock;
  /** Another invitee folder or config file than the workspace's. */
  invitees?: string;
  config?: string;
  /** Aborted to stop the run, as the CLI does on SIGINT or SIGTERM (reason: the signal's name). */
  stop?: AbortSignal;
  /** Asks before the first write, as on a terminal. */
  confirm?: Confirm;
  /** With dryRun: save the plan here. */
  out?: string;
  /** Apply this saved plan. */
  plan?: string;
}

export interface CapturedRun extends RunResult {
  stdout: string;
  stderr: string;
}


export async function reconcile(workspace: Pick<Workspace, 'invitees' | 'config' | 'outbox'>, env: NodeJS.ProcessEnv, flags: RunFlags = {}): Promise<CapturedRun> {
  const stdout = new Capture();
  const stderr = new Capture();
  const result = await run({
    invitees: flags.invitees ?? workspace.invitees,
    config: flags.config ?? workspace.config,
    dryRun: flags.dryRun ?? false,
    format: flags.format ?? 'text',
    maskEmails: flags.maskEmails ?? false,
    detailedExitcode: flags.detailedExitcode ?? false,
    allowMassRemoval: flags.allowMassRemoval ?? false,
    outbox: workspace.outbox,
    env,
    stdout,
    stderr,
    isTTY: false,
    clock: flags.clock ?? systemClock,
    stop: flags.stop,
    confirm: flags.confirm,
    out: flags.out,
    plan: flags.plan,
  });
  return { ...result, stdout: stdout.text, stderr: stderr.text };
}

// `reconcile [apply]`: observe, plan, and apply (or only print, with --dry-run). The default subcommand, so that
// `reconcile --dry-run` works as it always did. The reconciler is imported only once the arguments are read.
import type { Command } from 'commander';
import { systemClock } from '../clock';
import { startProcessShell } from '../process/shell';
import { addInputOptions, exitOnUsageError, type InputFlags } from './common';

export interface ApplyFlags extends InputFlags {
  dryRun: boolean;
  outbox: string;
  detailedExitcode: boolean;
  allowMassRemoval: boolean;
  autoApprove: boolean;
  out?: string;
  plan?: string;
}

export function registerApply(program: Command): Command {
  const command = program
    .command('apply', { isDefault: true })
    .description('observe the tenant, plan, and apply the plan (the default command)')
    .option('--dry-run', 'observe and plan only: no write to the tenant, no mail', false);
  addInputOptions(command)
    .option('--outbox <dir>', 'where mail goes when SMTP_URL is not set', '.outbox')
    .option('--detailed-exitcode', 'with --dry-run: exit 2 when there are changes', false)
    .option('--allow-mass-removal', 'apply even when revocations exceed revoke.max_fraction', false)
    .option('--auto-approve', "on a terminal, apply without asking for 'yes' first", false)
    .option('--out <file>', 'with --dry-run: save the plan to this file, to apply later with --plan')
    .option('--plan <file>', 'apply a plan saved with --out, exactly, or refuse it if anything it relied on changed');
  exitOnUsageError(command).action(async (flags: ApplyFlags) => {
    if (flags.out !== undefined && !flags.dryRun) command.error('error: --out saves the plan of a dry run: add --dry-run');
    if (flags.plan !== undefined && (flags.dryRun || flags.out !== undefined)) command.error('error: --plan applies a saved plan: it takes neither --dry-run nor --out');
    const shell = startProcessShell();
    const { run } = await import('../run');
    const { terminalConfirmation } = await import('../process/confirm');
    const result = await run({
      ...flags,
      env: process.env,
      stdout: process.stdout,
      stderr: process.stderr,
      isTTY: Boolean(process.stderr.isTTY) && !process.env.CI,
      clock: systemClock,
      stop: shell.stop,
      confirm: flags.autoApprove ? undefined : terminalConfirmation(process.stdin, process.stderr),
    });
    await shell.exit(result.exitCode);
  });
  return command;
}

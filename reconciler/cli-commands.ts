// The subcommands that read and report but never change the tenant: `reconcile status` (one observation, as a
// dry run makes) and `reconcile preview` (offline). Each loads its code only when it runs, so --help stays quick.
import { Command, InvalidArgumentError, Option } from 'commander';
import type { Clock } from './clock';
import type { MailingKind } from './model';
import { STATUS_FORMATS, type StatusFormat } from './render/formats';
import { INVITEE_STATES, type InviteeState } from './status/model';

export interface CommandShell {
  clock: Clock;
  exit(code: number): Promise<never>;
}

const collect = (value: string, previous: string[]): string[] => [...previous, ...value.split(',').map((v) => v.trim()).filter(Boolean)];

function days(value: string): number {
  const n = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value.trim()) || !Number.isFinite(n)) throw new InvalidArgumentError('a number of days, e.g. 3');
  return n;
}

function states(value: string, previous: InviteeState[]): InviteeState[] {
  const listed = collect(value, []);
  const unknown = listed.filter((state) => !(INVITEE_STATES as readonly string[]).includes(state));
  if (unknown.length > 0) throw new InvalidArgumentError(`unknown state ${unknown.join(', ')}; one of ${INVITEE_STATES.join(', ')}`);
  return [...previous, ...(listed as InviteeState[])];
}

/** Options every subcommand reads its input with. */
function withInput(command: Command): Command {
  return command
    .option('--invitees <dir>', 'folder of invitee files', 'invitees')
    .option('--config <file>', 'settings file', 'invitation.config.yaml');
}

export function addReportCommands(program: Command, shell: () => CommandShell): void {
  withInput(program.command('status'))
    .description('where every invitation stands (pending, invited, expired, accepted, revoked, unmanaged): one read-only observation')
    .addOption(new Option('--format <format>', 'output format').choices(STATUS_FORMATS as string[]).default('text'))
    .option('--mask-emails', 'shorten email addresses in the output (for public repositories)', false)
    .option('--expiring-within <days>', 'list the open links that stop working within this many days', days, 3)
    .option('--file <file>', 'only invitees of this file (repeat, or separate with commas)', collect, [])
    .option('--state <state>', `only people in this state (repeat, or separate with commas): ${INVITEE_STATES.join(', ')}`, states, [])
    .option('--out <dir>', 'also write every format to this folder (status.txt, .md, .json, .csv, .html), from the same observation')
    .action(async (flags: { invitees: string; config: string; format: StatusFormat; out?: string; maskEmails: boolean; expiringWithin: number; file: string[]; state: InviteeState[] }) => {
      const { clock, exit } = shell();
      const { runStatus } = await import('./status/run-status');
      const result = await runStatus({
        invitees: flags.invitees,
        config: flags.config,
        format: flags.format,
        out: flags.out,
        maskEmails: flags.maskEmails,
        expiringWithinDays: flags.expiringWithin,
        files: flags.file,
        states: flags.state,
        env: process.env,
        stdout: process.stdout,
        stderr: process.stderr,
        clock,
      });
      await exit(result.exitCode);
    });

  withInput(program.command('preview'))
    .description('the invitation mail (subject, text, HTML) for a declared invitee, with a placeholder link; offline')
    .option('--invitee <email>', 'whose mail (default: the first declared invitee)')
    .addOption(new Option('--kind <kind>', 'which mail').choices(['invite', 'reinvite']).default('invite'))
    .option('--out <dir>', 'write subject.txt, invitation.txt and invitation.html to this folder instead of printing')
    .action(async (flags: { invitees: string; config: string; invitee?: string; kind: MailingKind; out?: string }) => {
      const { clock, exit } = shell();
      const { runPreview } = await import('./preview/run-preview');
      const result = await runPreview({ ...flags, env: process.env, stdout: process.stdout, stderr: process.stderr, clock });
      await exit(result.exitCode);
    });
}

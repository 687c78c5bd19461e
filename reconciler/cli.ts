// `reconcile`: the command line. The reconciler itself (the Auth0 SDK, the mailer, the templates, the schemas)
// is imported only once the arguments are read, so that --help and --version answer at once.
import { Command, Option } from 'commander';
import { addReportCommands } from './cli-commands';
import { systemClock } from './clock';
import { EXIT } from './exit-codes';
import { startProcessShell, startReadOnlyShell } from './process/shell';
import { OUTPUT_FORMATS, type OutputFormat } from './render/formats';

const program = new Command()
  .name('reconcile')
  .description('Invite the people declared in invitees/*.yaml into an Auth0 tenant, once each, within a share of its rate limit.')
  .addHelpText(
    'after',
    `
Environment:
  AUTH0_DOMAIN                     the tenant, e.g. example.eu.auth0.com
  AUTH0_CLIENT_ID, AUTH0_CLIENT_SECRET
                                   the reconciler's machine client (or AUTH0_API_TOKEN)
  AUTH0_BASE_URL                   optional origin instead of https://$AUTH0_DOMAIN (e.g. the local emulator)
  SMTP_URL, MAIL_FROM              mail delivery; without SMTP_URL mail goes to the outbox folder
  RECONCILE_LEASE_SECONDS          lifetime of the tenant lease that keeps two applies apart (default:
                                   3,000 requests' worth at the configured pace, at least 120)

Exit codes:
  0  success, or nothing to do
  1  error: bad input, authentication, a missing scope, another run holds the lease, a mail server or ticket
     setting that fails its check, an unreachable tenant, an unrecoverable API failure
  2  with --dry-run --detailed-exitcode: the plan has changes
  3  the apply finished but some invitees failed (each is named), or it stopped after a failure every
     invitation met alike (one window of tickets spent; the rest are left for the next run)
  130, 143  stopped by SIGINT (Ctrl-C) or SIGTERM: no new invitation was started, those in flight were
     recorded, the lease released and the partial report printed; a second signal quits at once

Before the first write an apply checks the mail transport (SMTP connect, TLS and login, or the outbox folder)
and, when tickets.client_id or tickets.result_url is set, one ticket with those settings.`,
  )
  .version(process.env.npm_package_version ?? '0.1.0')
  .option('--dry-run', 'observe and plan only: no write to the tenant, no mail', false)
  .option('--invitees <dir>', 'folder of invitee files', 'invitees')
  .option('--config <file>', 'settings file', 'invitation.config.yaml')
  .addOption(new Option('--format <format>', 'output format').choices(OUTPUT_FORMATS as string[]).default('text'))
  .option('--mask-emails', 'shorten email addresses in the output (for public pull requests)', false)
  .option('--outbox <dir>', 'where mail goes when SMTP_URL is not set', '.outbox')
  .option('--detailed-exitcode', 'with --dry-run: exit 2 when there are changes', false)
  .option('--allow-mass-removal', 'apply even when revocations exceed revoke.max_fraction', false)
  .showHelpAfterError('(run reconcile --help for usage)')
  // The subcommands have options of their own (status takes --format csv|html): the root's come before them.
  .enablePositionalOptions()
  .exitOverride((error) => {
    process.exit(error.exitCode === 0 ? EXIT.ok : EXIT.error);
  })
  .action(reconcile);

addReportCommands(program, () => ({ clock: systemClock, exit: startReadOnlyShell().exit }));
for (const command of program.commands) {
  command.showHelpAfterError(`(run reconcile ${command.name()} --help for usage)`).exitOverride((error) => {
    process.exit(error.exitCode === 0 ? EXIT.ok : EXIT.error);
  });
}
await program.parseAsync();

/** `reconcile` without a subcommand: observe, plan, apply (or only plan, with --dry-run). */
async function reconcile(): Promise<void> {
  const flags = program.opts<{
    dryRun: boolean;
    invitees: string;
    config: string;
    format: OutputFormat;
    maskEmails: boolean;
    outbox: string;
    detailedExitcode: boolean;
    allowMassRemoval: boolean;
  }>();

  const shell = startProcessShell();
  const { run } = await import('./run');
  const result = await run({
    ...flags,
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    isTTY: Boolean(process.stderr.isTTY) && !process.env.CI,
    clock: systemClock,
    stop: shell.stop,
  });
  await shell.exit(result.exitCode);
}

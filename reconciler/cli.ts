import { Command, InvalidArgumentError, Option } from 'commander';
import { systemClock } from './clock';
import { OUTPUT_FORMATS, type OutputFormat } from './output';
import { EXIT, run } from './run';

const program = new Command()
  .name('reconcile')
  .description(
    'Invite the people declared in invitees/*.yaml into an Auth0 tenant, once each, within a share of its rate limit.\n\n' +
      'Environment: AUTH0_DOMAIN, AUTH0_CLIENT_ID + AUTH0_CLIENT_SECRET (or AUTH0_API_TOKEN), AUTH0_BASE_URL (optional origin\n' +
      'override, e.g. the local emulator), SMTP_URL (without it mail goes to the outbox folder), MAIL_FROM.\n\n' +
      'Exit codes: 0 success or no changes; 1 error (bad input, auth, unrecoverable API failure);\n' +
      '2 with --detailed-exitcode when a dry run found changes; 3 apply finished but some invitees failed.',
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
  .showHelpAfterError()
  .exitOverride((error) => {
    process.exit(error.exitCode === 0 ? EXIT.ok : EXIT.error);
  });

program.parse();
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
if (program.args.length > 0) throw new InvalidArgumentError(`unexpected argument ${program.args[0]}`);

const result = await run({
  ...flags,
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  isTTY: Boolean(process.stderr.isTTY) && !process.env.CI,
  clock: systemClock,
});
process.exitCode = result.exitCode;

// What every subcommand shares: the input options, the output format, and how a usage error ends the process.
// Only commander and small modules are imported here, so that --help loads nothing heavy.
import { Option, type Command } from 'commander';
import { EXIT } from '../exit-codes';
import { OUTPUT_FORMATS, type OutputFormat } from '../render/formats';

export interface InputFlags {
  invitees: string;
  config: string;
  format: OutputFormat;
  maskEmails: boolean;
}

/** `--invitees`, `--config`, `--format`, `--mask-emails`. */
export function addInputOptions(command: Command): Command {
  return command
    .option('--invitees <dir>', 'folder of invitee files', 'invitees')
    .option('--config <file>', 'settings file', 'invitation.config.yaml')
    .addOption(new Option('--format <format>', 'output format').choices(OUTPUT_FORMATS as string[]).default('text'))
    .option('--mask-emails', 'shorten email addresses in the output (for public pull requests)', false);
}

/** Usage errors exit 1 (as any other bad input) with a pointer to --help; --help and --version exit 0. */
export function exitOnUsageError(command: Command, hint = '(run reconcile --help for usage)'): Command {
  return command.showHelpAfterError(hint).exitOverride((error) => {
    process.exit(error.exitCode === 0 ? EXIT.ok : EXIT.error);
  });
}

export const ENVIRONMENT_HELP = `
Environment:
  AUTH0_DOMAIN                     the tenant, e.g. example.eu.auth0.com
  AUTH0_CLIENT_ID, AUTH0_CLIENT_SECRET
                                   the reconciler's machine client (or AUTH0_API_TOKEN)
  AUTH0_BASE_URL                   optional origin instead of https://$AUTH0_DOMAIN (e.g. the local emulator)
  SMTP_URL, MAIL_FROM              mail delivery; without SMTP_URL mail goes to the outbox folder
  RECONCILE_LEASE_SECONDS          lifetime of the tenant lease that keeps two applies apart (default:
                                   3,000 requests' worth at the configured pace, at least 120)
  RECONCILE_DEBUG                  set to 1 to print stack traces of unexpected errors`;

export const EXIT_CODES_HELP = `
Exit codes:
  0  success, or nothing to do
  1  error: bad input, authentication, a missing scope, another run holds the lease, a mail server or ticket
     setting that fails its check, an unreachable tenant, an unrecoverable API failure, a mass removal refused
     (also by --dry-run, so that a pull request shows it failing), a stale saved plan, an apply not confirmed
  2  with --dry-run --detailed-exitcode: the plan has changes
  3  the apply finished but some invitees failed (each is named), or it stopped after a failure every
     invitation met alike (one window of tickets spent; the rest are left for the next run)
  130, 143  stopped by SIGINT (Ctrl-C) or SIGTERM: no new invitation was started, those in flight were
     recorded, the lease released and the partial report printed; a second signal quits at once`;

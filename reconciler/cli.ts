// `reconcile`: the command line, one registration per subcommand (modules under cli/, and cli-commands.ts for the
// read-only reports). The reconciler itself (the Auth0 SDK, the mailer, the templates, the schemas) is imported only
// once the arguments are read, so that --help and --version answer at once.
import { Command } from 'commander';
import { registerApply } from './cli/apply';
import { ENVIRONMENT_HELP, EXIT_CODES_HELP, exitOnUsageError } from './cli/common';
import { registerValidate } from './cli/validate';
import { addReportCommands } from './cli-commands';
import { systemClock } from './clock';
import { startReadOnlyShell } from './process/shell';

const program = exitOnUsageError(
  new Command()
    .name('reconcile')
    .description('Invite the people declared in invitees/ into an Auth0 tenant, once each, within a share of its rate limit.')
    .version(process.env.npm_package_version ?? '0.1.0'),
);

const apply = registerApply(program);
registerValidate(program);
addReportCommands(program, () => ({ clock: systemClock, exit: startReadOnlyShell().exit }));

for (const command of program.commands) exitOnUsageError(command, `(run reconcile ${command.name()} --help for usage)`);
// `reconcile --help` also lists the default command's options: they are the ones most runs use.
program.addHelpText('after', () => `\nreconcile [apply] options:\n${apply.helpInformation().split('Options:\n')[1] ?? ''}${ENVIRONMENT_HELP}\n${EXIT_CODES_HELP}`);
apply.addHelpText('after', `${ENVIRONMENT_HELP}\n${EXIT_CODES_HELP}`);

await program.parseAsync();

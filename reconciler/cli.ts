// `reconcile`: the command line, one module per subcommand under cli/. The reconciler itself (the Auth0 SDK, the
// mailer, the templates, the schemas) is imported only once the arguments are read, so that --help and --version
// answer at once.
import { Command } from 'commander';
import { registerApply } from './cli/apply';
import { ENVIRONMENT_HELP, EXIT_CODES_HELP, exitOnUsageError } from './cli/common';
import { registerValidate } from './cli/validate';

const program = exitOnUsageError(
  new Command()
    .name('reconcile')
    .description('Invite the people declared in invitees/ into an Auth0 tenant, once each, within a share of its rate limit.')
    .version(process.env.npm_package_version ?? '0.1.0'),
);

const apply = registerApply(program);
registerValidate(program);

// `reconcile --help` also lists the default command's options: they are the ones most runs use.
program.addHelpText('after', () => `\nreconcile [apply] options:\n${apply.createHelp().formatHelp(apply, apply.createHelp()).split('Options:\n')[1] ?? ''}${ENVIRONMENT_HELP}\n${EXIT_CODES_HELP}`);
apply.addHelpText('after', `${ENVIRONMENT_HELP}\n${EXIT_CODES_HELP}`);

await program.parseAsync();

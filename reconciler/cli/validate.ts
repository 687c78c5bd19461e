// `reconcile validate`: the config, the templates and every invitee file checked offline (no credentials, no
// network), every error at once with its file:line:column. Exit 0 or 1.
import type { Command } from 'commander';
import { addInputOptions, exitOnUsageError, type InputFlags } from './common';

export function registerValidate(program: Command): Command {
  const command = program
    .command('validate')
    .description('check the config, the templates and every invitee file, offline; every error at once');
  addInputOptions(command);
  exitOnUsageError(command).action(async (flags: InputFlags) => {
    const { validate } = await import('../validate');
    const exitCode = await validate({ ...flags, env: process.env, stdout: process.stdout, stderr: process.stderr });
    process.exitCode = exitCode;
  });
  return command;
}

// The first step of a run: the config, every invitee file and the mail settings, loaded and validated before the
// first request, so that bad input fails the pull request with every error located and nothing sent.
import path from 'node:path';
import type { InvitationConfig } from './config';
import { formatInputError, type InputError } from './desired/errors';
import { loadConfig } from './desired/load-config';
import { loadDesired } from './desired/load-invitees';
import { mailFromEnv } from './environment';
import { maxRecordBytes } from './import-file/size';
import { checkAuth0Template } from './mail/auth0-template';
import { assertSender } from './mail/mailer';
import { loadTemplates, type MailTemplates } from './mail/templates';
import type { Desired } from './model';
import { EXIT, isPlaceholderSender } from './run-policy';

export interface PreparedRun {
  config: InvitationConfig;
  desired: Desired;
  /** With MAIL_FROM applied. */
  templates: MailTemplates;
}

/** The input of the run, or the exit code of a run that stops here (each error already said). */
export async function prepare(
  options: { config: string; invitees: string; env: NodeJS.ProcessEnv },
  say: (line: string) => void,
): Promise<PreparedRun | { exitCode: number }> {
  const configResult = await loadConfig(options.config);
  if (!configResult.config) return inputFailure(configResult.errors, say);
  const config = configResult.config;
  const desiredResult = await loadDesired(options.invitees, {
    maxRecordBytes: maxRecordBytes(config.batching.import_max_bytes),
    organizationMemberLimit: config.organization_member_limit,
  });
  if (desiredResult.errors.length > 0) return inputFailure(desiredResult.errors, say);
  // Mail settings are checked before the first request too: a broken template or sender fails the pull request.
  try {
    const templates = await loadMailSettings(config, options, say);
    return { config, desired: desiredResult.desired, templates };
  } catch (error) {
    say(`Error: ${error instanceof Error ? error.message : String(error)}`);
    return { exitCode: EXIT.error };
  }
}

async function loadMailSettings(config: InvitationConfig, options: { config: string; env: NodeJS.ProcessEnv }, say: (line: string) => void): Promise<MailTemplates> {
  const mail = mailFromEnv(options.env);
  let templates = await loadTemplates(config, path.dirname(options.config));
  if (config.mail.delivery === 'auth0') await checkAuth0Template(config, path.dirname(options.config));
  if (mail.from) templates = { ...templates, from: mail.from };
  assertSender(templates.from);
  if (mail.smtp && isPlaceholderSender(templates.from)) {
    say(`Warning: real mail will go out from the placeholder sender ${templates.from}; set mail.from or MAIL_FROM to your own address.`);
  }
  return templates;
}

export function inputFailure(errors: InputError[], say: (line: string) => void, outcome = 'nothing was sent to the tenant'): { exitCode: number } {
  for (const error of errors) say(formatInputError(error));
  say(`${errors.length} error${errors.length === 1 ? '' : 's'} in the input; ${outcome}.`);
  return { exitCode: EXIT.error };
}

// The first step of a run: the config, every invitee file and the mail settings, loaded and validated before the
// first request, so that bad input fails the pull request with every error located and nothing sent. The three
// are checked independently: a config error does not hide the invitee errors, nor the other way round.
import path from 'node:path';
import type { InvitationConfig } from './config';
import { compareInputErrors, type InputError } from './desired/errors';
import { loadConfig } from './desired/load-config';
import { loadDesired } from './desired/load-invitees';
import { ConfigurationError, mailFromEnv } from './environment';
import { EXIT } from './exit-codes';
import { printableReply } from './escape';
import { renderInputErrorsText } from './render/input-errors';
import { DEFAULT_IMPORT_MAX_BYTES, maxRecordBytes } from './import-file/size';
import { checkAuth0Template } from './mail/auth0-template';
import { assertSender } from './mail/mailer';
import { checkTemplates } from './mail/template-check';
import type { MailTemplates } from './mail/templates';
import type { Desired } from './model';
import { isPlaceholderSender } from './run-policy';

export interface PreparedRun {
  config: InvitationConfig;
  desired: Desired;
  /** With MAIL_FROM applied. */
  templates: MailTemplates;
}

/** The input of a run, or every error found in it (sorted by file and position). */
export type PreparedInput = { ok: true; input: PreparedRun } | { ok: false; errors: InputError[] };

export async function prepare(
  options: { config: string; invitees: string; env: NodeJS.ProcessEnv },
  say: (line: string) => void,
): Promise<PreparedInput> {
  const configResult = await loadConfig(options.config);
  const config = configResult.config;
  // Without a valid config the import limit is unknown: the default one still checks every invitee file.
  const importMaxBytes = config?.batching.import_max_bytes ?? DEFAULT_IMPORT_MAX_BYTES;
  const [desiredResult, templateResult] = await Promise.all([
    loadDesired(options.invitees, { maxRecordBytes: maxRecordBytes(importMaxBytes), organizationMemberLimit: config?.organization_member_limit }),
    config ? checkTemplates(config, options.config, configResult.locate) : undefined,
  ]);
  const errors = [...configResult.errors, ...desiredResult.errors, ...(templateResult?.errors ?? []), ...(config ? await auth0TemplateErrors(config, options.config) : [])];
  const templates = templateResult?.templates && senderChecked(templateResult.templates, options, errors, say);
  if (errors.length > 0 || !config || !templates) return { ok: false, errors: errors.sort(compareInputErrors) };
  return { ok: true, input: { config, desired: desiredResult.desired, templates } };
}

/** With `mail.delivery: auth0`, the Change Password template the stack deploys (mail/auth0-template.ts). */
async function auth0TemplateErrors(config: InvitationConfig, configFile: string): Promise<InputError[]> {
  if (config.mail.delivery !== 'auth0') return [];
  try {
    await checkAuth0Template(config, path.dirname(configFile));
    return [];
  } catch (error) {
    return [{ file: path.join(path.dirname(configFile), config.mail.auth0_template), line: 0, column: 0, message: (error as Error).message }];
  }
}

/** The templates with MAIL_FROM applied, when the sender is an address; else an error is added. */
function senderChecked(
  templates: MailTemplates,
  options: { config: string; env: NodeJS.ProcessEnv },
  errors: InputError[],
  say: (line: string) => void,
): MailTemplates | undefined {
  // A malformed SMTP_URL is not an input error: mailFromEnv throws a ConfigurationError the run reports as such.
  const mail = mailFromEnv(options.env);
  const withSender = mail.from ? { ...templates, from: mail.from } : templates;
  try {
    assertSender(withSender.from);
  } catch (error) {
    errors.push({ file: mail.from ? 'MAIL_FROM' : options.config, line: 0, column: 0, field: mail.from ? undefined : 'mail.from', message: (error as Error).message });
    return undefined;
  }
  if (mail.smtp && isPlaceholderSender(withSender.from)) {
    say(`Warning: real mail will go out from the placeholder sender ${withSender.from}; set mail.from or MAIL_FROM to your own address.`);
  }
  return withSender;
}

/** prepare(), or the exit of a run whose environment is malformed (SMTP_URL): named, its value never shown. */
export async function prepareInput(
  options: { config: string; invitees: string; env: NodeJS.ProcessEnv },
  say: (line: string) => void,
): Promise<PreparedInput | { exitCode: number }> {
  try {
    return await prepare(options, say);
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    say(`Error: ${printableReply(error.message)}`);
    return { exitCode: EXIT.error };
  }
}

/**
 * For commands that say what is wrong on stderr (status, preview, a run in text): the input, or the exit code once
 * every error was said.
 */
export async function prepareOrExit(
  options: { config: string; invitees: string; env: NodeJS.ProcessEnv; maskEmails?: boolean },
  say: (line: string) => void,
): Promise<PreparedRun | { exitCode: number }> {
  const prepared = await prepareInput(options, say);
  if ('exitCode' in prepared) return prepared;
  if (prepared.ok) return prepared.input;
  for (const line of renderInputErrorsText(prepared.errors, { maskEmails: options.maskEmails ?? false }).trimEnd().split('\n')) say(line);
  return { exitCode: EXIT.error };
}

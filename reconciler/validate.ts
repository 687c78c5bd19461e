// `reconcile validate`: prepare() without the tenant. Offline: it reads the files and MAIL_FROM, nothing else.
import { escapeUnprintable } from './escape';
import { unloadedFindings } from './plan/plan';
import { prepare } from './prepare';
import { renderInputErrors, renderValidInput } from './render/input-errors';
import type { OutputFormat } from './render/formats';
import { EXIT } from './exit-codes';

export interface ValidateOptions {
  invitees: string;
  config: string;
  format: OutputFormat;
  maskEmails: boolean;
  env: NodeJS.ProcessEnv;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

export async function validate(options: ValidateOptions): Promise<number> {
  // Only MAIL_FROM matters offline: SMTP_URL is checked by a run, which connects.
  const env = { MAIL_FROM: options.env.MAIL_FROM };
  const prepared = await prepare({ ...options, env }, (line) => void options.stderr.write(`${line}\n`));
  if (!prepared.ok) {
    const shown = renderInputErrors(prepared.errors, options.format, options);
    options[shown.stream].write(shown.text);
    return EXIT.error;
  }
  // Files that declare nothing are no error, but a misnamed file (`ada.yml.txt`) silently invites no one: said on
  // stderr, so that stdout stays the one validation document.
  for (const finding of unloadedFindings(prepared.input.desired.unloaded ?? [])) {
    options.stderr.write(`Warning: ${escapeUnprintable(finding.file ?? '')}: ${finding.message}\n`);
  }
  options.stdout.write(renderValidInput(prepared.input, options.format, options));
  return EXIT.ok;
}

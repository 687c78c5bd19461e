// Bad input (config, templates, invitee files) in the three formats. Text goes to stderr, one compiler-style line
// per error; markdown and JSON go to stdout (JSON: a `validation` document), so that the pull-request comment shows the errors where the plan
// would have been, with their locations (docs/json-output.md, "Input errors").
import { formatInputError, type InputError } from '../desired/errors';
import { escapeJsonText } from '../escape';
import type { PreparedRun } from '../prepare';
import type { OutputFormat } from './formats';
import { cell, table } from './markdown-blocks';
import { JSON_SCHEMA_VERSION } from './plan-json';
import { safeMessage } from './safe-text';
import { plural } from './summary';

export interface InputErrorsOptions {
  maskEmails: boolean;
  /** What the run did not do because of them (default: nothing was sent to the tenant). */
  outcome?: string;
}

export function inputErrorsSummary(errors: readonly InputError[], outcome = 'nothing was sent to the tenant'): string {
  return `${plural(errors.length, 'error', 'errors')} in the input; ${outcome}.`;
}

/** The lines for stderr (text format). */
export function renderInputErrorsText(errors: readonly InputError[], options: InputErrorsOptions): string {
  const lines = errors.map((error) => safeMessage(formatInputError(error), options));
  return `${[...lines, inputErrorsSummary(errors, options.outcome)].join('\n')}\n`;
}

export function renderInputErrorsMarkdown(errors: readonly InputError[], options: InputErrorsOptions): string {
  const rows = errors.map((error) => [
    `\`${cell(location(error))}\``,
    cell(safeMessage([error.field, namesInvitee(error) ? `(${error.email})` : undefined].filter(Boolean).join(' '), options)),
    cell(safeMessage(error.message, options)),
  ]);
  return `${[
    '### Invitation input is invalid',
    '',
    '> [!CAUTION]',
    `> **${inputErrorsSummary(errors, options.outcome)}** Fix these and push again.`,
    '',
    ...table(['Where', 'Field', 'Problem'], ['left', 'left', 'left'], rows),
  ].join('\n')}\n`;
}

export function renderInputErrorsJson(errors: readonly InputError[], options: InputErrorsOptions): string {
  const document = {
    schema_version: JSON_SCHEMA_VERSION,
    type: 'validation',
    valid: false,
    emails_masked: options.maskEmails,
    invitees: null,
    environments: null,
    errors: errors.map((error) => ({
      file: error.file,
      line: error.line,
      column: error.column,
      field: error.field ?? null,
      email: error.email === undefined ? null : safeMessage(error.email, options),
      message: safeMessage(error.message, options),
    })),
  };
  return `${escapeJsonText(JSON.stringify(document, null, 2))}\n`;
}

/** `reconcile validate` on good input: what was checked, and the environments a workflow's matrix runs for. */
export function renderValidInput(input: PreparedRun, format: OutputFormat, options: InputErrorsOptions): string {
  const invitees = input.desired.invitees.length;
  const environments = input.config.stack.environments.map((environment) => environment.name);
  const line = `The config, the mail templates and ${plural(invitees, 'invitee', 'invitees')} are valid.`;
  if (format === 'text') return `${line}\n`;
  if (format === 'markdown') return `### Invitation input is valid\n\n${line}\n`;
  const document = { schema_version: JSON_SCHEMA_VERSION, type: 'validation', valid: true, emails_masked: options.maskEmails, invitees, environments, errors: [] };
  return `${escapeJsonText(JSON.stringify(document, null, 2))}\n`;
}

/** Which stream gets the errors in `format`, and what is written there. */
export function renderInputErrors(errors: readonly InputError[], format: OutputFormat, options: InputErrorsOptions): { stream: 'stdout' | 'stderr'; text: string } {
  if (format === 'text') return { stream: 'stderr', text: renderInputErrorsText(errors, options) };
  return { stream: 'stdout', text: format === 'markdown' ? renderInputErrorsMarkdown(errors, options) : renderInputErrorsJson(errors, options) };
}

/** Whether the invitee must be named besides the field and the message (which often name it already). */
function namesInvitee(error: InputError): boolean {
  return error.email !== undefined && !error.field?.endsWith('.email') && !error.message.includes(error.email);
}

function location(error: InputError): string {
  return error.line > 0 ? `${error.file}:${error.line}:${error.column}` : error.file;
}

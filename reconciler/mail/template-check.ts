// Loading the invitation templates named in the config, and proving they work before any request: they read,
// parse, use only known variables, and both parts carry the link. Every problem is an input error with the
// template's file:line:column (the subject's is its place in the config file), so that `reconcile validate` lists
// template errors next to config and invitee errors.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { InvitationConfig } from '../config';
import { formatInputError, shortText, type InputError } from '../desired/errors';
import type { LinePosition } from '../desired/positions';
import type { InvitationMail } from './message';
import { invitationLink } from './message';
import { renderPart, templateVariables, type MailTemplates, type Part } from './templates';

const PROBE_LINK = 'https://tenant.invalid/u/reset-password?ticket=PROBE0000000000000000000000000#';
const PROBE: InvitationMail = { to: { email: 'probe@example.com', name: 'Probe' }, link: PROBE_LINK, expiresAt: '2030-01-01T00:00:00Z', kind: 'invite' };
const PROBE_NOW = '2029-12-25T00:00:00Z';
const MAX_MESSAGE_CHARACTERS = 200;

export interface TemplateCheck {
  /** Present exactly when there are no errors. */
  templates?: MailTemplates;
  errors: InputError[];
}

/**
 * Reads the templates (paths relative to the config file's folder) and renders each part once with a probe
 * invitation. `locate` gives the position of a config setting, e.g. `['mail', 'subject']`, when known.
 */
export async function checkTemplates(
  config: InvitationConfig,
  configFile: string,
  locate: (path: readonly string[]) => LinePosition | undefined = () => undefined,
): Promise<TemplateCheck> {
  const configDir = path.dirname(configFile);
  const subjectAt = locate(['mail', 'subject']);
  const parts: Array<{ part: Part; file: string; setting: string; source?: string; at?: LinePosition }> = [
    { part: 'subject', file: configFile, setting: 'subject', source: config.mail.subject, at: subjectAt },
    { part: 'html', file: templatePath(configDir, config.mail.html_template), setting: 'html_template' },
    { part: 'text', file: templatePath(configDir, config.mail.text_template), setting: 'text_template' },
  ];
  const errors: InputError[] = [];
  for (const entry of parts) {
    if (entry.source !== undefined) continue;
    try {
      entry.source = await readFile(entry.file, 'utf8');
    } catch (error) {
      const at = locate(['mail', entry.setting]);
      errors.push({ file: configFile, line: at?.line ?? 0, column: at?.column ?? 0, field: `mail.${entry.setting}`, message: `cannot read ${entry.file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` });
    }
  }
  const [subject, html, text] = parts.map((entry) => entry.source ?? '') as [string, string, string];
  const templates: MailTemplates = { subject, html, text, from: config.mail.from, appName: config.mail.app_name };
  for (const entry of parts) {
    if (entry.source === undefined) continue;
    const error = probeError(entry.part, entry.source, templates);
    if (error === undefined) continue;
    // A subject's own line:column counts within the setting's value; the setting's place in the file is what helps.
    const at = entry.part === 'subject' ? entry.at : error.at;
    errors.push({ file: entry.file, line: at?.line ?? 0, column: at?.column ?? 0, field: entry.part === 'subject' ? 'mail.subject' : undefined, message: error.message });
  }
  return errors.length > 0 ? { errors } : { templates, errors };
}

/** A template's file: as written when absolute, else relative to the config's folder (kept relative for messages). */
export function templatePath(configDir: string, setting: string): string {
  return path.isAbsolute(setting) ? setting : path.join(configDir, setting);
}

/** What is wrong with one part rendered for the probe invitation, if anything. */
function probeError(part: Part, source: string, templates: MailTemplates): { message: string; at?: LinePosition } | undefined {
  let output: string;
  try {
    output = renderPart(part, source, templateVariables(templates, PROBE, PROBE_NOW));
  } catch (error) {
    const liquid = error as Error & { token?: { getPosition?: () => [number, number] } };
    const position = liquid.token?.getPosition?.();
    // Liquid appends ", line:2, col:5" to its messages; the location goes in front instead.
    const message = liquid.message.replace(/, line:\d+, col:\d+$/, '');
    return { message: `Liquid: ${shortText(message, MAX_MESSAGE_CHARACTERS)}`, at: position ? { line: position[0], column: position[1] } : undefined };
  }
  if (part !== 'subject' && !output.includes(invitationLink(PROBE_LINK))) {
    // The whole template is at fault: its first line stands for it, so editors and CI link the file.
    return { message: 'does not output {{ link }}, so the invitation would carry no link', at: { line: 1, column: 1 } };
  }
  return undefined;
}

/** The templates, or an error naming the first problem (for callers that want one exception). */
export async function loadTemplates(config: InvitationConfig, configFile: string): Promise<MailTemplates> {
  const check = await checkTemplates(config, configFile);
  if (check.templates) return check.templates;
  throw new Error(`mail template ${formatInputError(check.errors[0]!)}`);
}

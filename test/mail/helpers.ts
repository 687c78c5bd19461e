// Shared fixtures of the mail tests: the project's own templates and config, and a parsed view of a message.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser, type ParsedMail, type AddressObject } from 'mailparser';
import { parse } from 'yaml';
import type { InvitationConfig } from '../../reconciler/config';
import type { InvitationMail } from '../../reconciler/mail/message';
import { loadTemplates, type MailTemplates } from '../../reconciler/mail/templates';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export async function projectConfig(): Promise<InvitationConfig> {
  return parse(await readFile(path.join(projectRoot, 'invitation.config.yaml'), 'utf8')) as InvitationConfig;
}

export async function projectTemplates(): Promise<MailTemplates> {
  return loadTemplates(await projectConfig(), projectRoot);
}

export const NOW = '2026-11-23T20:07:00.000Z';

export function invitation(overrides: Partial<InvitationMail> & { email?: string; name?: string } = {}): InvitationMail {
  const { email = 'ada@example.com', name, ...rest } = overrides;
  // An explicit `name: undefined` means "no name"; leaving it out means Ada's.
  const to = 'name' in overrides ? (name === undefined ? { email } : { email, name }) : { email, name: 'Ada Lovelace' };
  return {
    to,
    link: 'https://tenant.example.com/u/reset-password?ticket=Abc123SecretTicketValue00000000#',
    expiresAt: '2026-11-30T20:07:00.000Z',
    kind: 'invite',
    ...rest,
  };
}

export function addresses(field: AddressObject | AddressObject[] | undefined): Array<{ name: string; address: string | undefined }> {
  const list = field === undefined ? [] : Array.isArray(field) ? field : [field];
  return list.flatMap((object) => object.value.map((a) => ({ name: a.name, address: a.address })));
}

export async function parseMessage(raw: Buffer | string): Promise<ParsedMail> {
  return simpleParser(raw);
}

/** Header names exactly as they appear in the raw message's header block (before the first blank line). */
export function rawHeaderNames(raw: Buffer | string): string[] {
  const text = raw.toString();
  const headerBlock = text.slice(0, text.indexOf('\r\n\r\n'));
  return headerBlock
    .split('\r\n')
    .filter((line) => !/^[ \t]/.test(line))
    .map((line) => line.slice(0, line.indexOf(':')).toLowerCase());
}

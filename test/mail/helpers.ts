// Shared fixtures of the mail tests: the fixture project's templates and config (test/fixtures/project, a copy
// of the shipped example, never the user's own), and a parsed view of a message.
import { simpleParser, type ParsedMail, type AddressObject } from 'mailparser';
import type { InvitationConfig } from '../../reconciler/config';
import { loadConfig } from '../../reconciler/desired/load-config';
import type { InvitationMail } from '../../reconciler/mail/message';
import { loadTemplates } from '../../reconciler/mail/template-check';
import type { MailTemplates } from '../../reconciler/mail/templates';
import path from 'node:path';
import { BASE_CONFIG, PROJECT_FIXTURE } from '../support/paths';

export async function fixtureConfig(): Promise<InvitationConfig> {
  const { config, errors } = await loadConfig(BASE_CONFIG);
  if (!config) throw new Error(`${BASE_CONFIG}: ${JSON.stringify(errors)}`);
  return config;
}

export async function fixtureTemplates(): Promise<MailTemplates> {
  return loadTemplates(await fixtureConfig(), path.join(PROJECT_FIXTURE, 'invitation.config.yaml'));
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

// The invitation mail as it will be sent, for review: the same templates and the same rendering as the mailer
// (mail/templates.ts), for one declared invitee, with a placeholder instead of the ticket link. Pure.
import type { MailingKind, Invitee } from '../model';
import type { InvitationMail } from '../mail/message';
import { renderInvitation, type MailTemplates, type RenderedInvitation } from '../mail/templates';

/** Not a ticket: a link of the shape Auth0's have, that opens nothing. */
export const PLACEHOLDER_LINK = 'https://your-tenant.invalid/u/reset-password?ticket=PREVIEW-PLACEHOLDER#';

export interface MailPreview extends RenderedInvitation {
  from: string;
  to: { email: string; name?: string };
}

/**
 * The mail `invitee` would get if its link were issued at `now` with this lifetime (the mailer words the expiry
 * from the same two instants).
 */
export function previewInvitation(templates: MailTemplates, invitee: Pick<Invitee, 'email' | 'profile'>, options: { now: string; ttlSeconds: number; kind?: MailingKind }): MailPreview {
  const to = invitee.profile.name === undefined ? { email: invitee.email } : { email: invitee.email, name: invitee.profile.name };
  const mail: InvitationMail = {
    to,
    link: PLACEHOLDER_LINK,
    expiresAt: new Date(Date.parse(options.now) + options.ttlSeconds * 1000).toISOString(),
    kind: options.kind ?? 'invite',
  };
  return { from: templates.from, to, ...renderInvitation(templates, mail, options.now) };
}

/** For a terminal: the headers, then each part under a rule. */
export function previewText(preview: MailPreview): string {
  const to = preview.to.name === undefined ? preview.to.email : `${preview.to.name} <${preview.to.email}>`;
  return [
    `From: ${preview.from}`,
    `To: ${to}`,
    `Subject: ${preview.subject}`,
    '',
    '----- text part -----',
    preview.text.replace(/\n?$/, ''),
    '----- HTML part -----',
    preview.html.replace(/\n?$/, ''),
    '',
  ].join('\n');
}

/** The files `--out DIR` writes: the subject, the text part and the HTML part, each as the mail carries it. */
export function previewFiles(preview: MailPreview): Record<string, string> {
  return { 'subject.txt': `${preview.subject}\n`, 'invitation.txt': preview.text, 'invitation.html': preview.html };
}

// The invitation mail as it will be sent, for review: the same templates and the same rendering as the mailer
// (mail/templates.ts), for one declared invitee, with a placeholder instead of the ticket link; with
// `mail.delivery: auth0`, the template Auth0 renders (mail/auth0-template.ts). Pure but for reading that template.
import type { InvitationConfig } from '../config';
import { renderAuth0Mail } from '../mail/auth0-template';
import { INVITATION_KEY, type MailingKind, type Invitee } from '../model';
import type { InvitationMail } from '../mail/message';
import { renderInvitation, type MailTemplates, type RenderedInvitation } from '../mail/templates';

/** Not a ticket: a link of the shape Auth0's have, that opens nothing. */
export const PLACEHOLDER_LINK = 'https://your-tenant.invalid/u/reset-password?ticket=PREVIEW-PLACEHOLDER#';

export interface MailPreview extends RenderedInvitation {
  from: string;
  to: { email: string; name?: string };
  /** `mail.delivery: auth0`: Auth0 renders and sends this mail from the deployed template; it has no text part. */
  sentByAuth0?: true;
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

/**
 * The mail Auth0 sends `invitee` with `mail.delivery: auth0`: the deployed Change Password template rendered as
 * Auth0 renders it, for a user the reconciler marked as invited, with the placeholder link. `mail.app_name`
 * stands in for the application's name: Auth0 uses the name of the application `tickets.client_id` names, which
 * an offline preview cannot look up.
 */
export async function previewAuth0Invitation(config: InvitationConfig, configDir: string, invitee: Pick<Invitee, 'email' | 'profile'> & Partial<Pick<Invitee, 'user_metadata' | 'app_metadata'>>): Promise<MailPreview> {
  const to = invitee.profile.name === undefined ? { email: invitee.email } : { email: invitee.email, name: invitee.profile.name };
  const rendered = await renderAuth0Mail(config, configDir, {
    url: PLACEHOLDER_LINK,
    user: {
      ...to,
      user_metadata: invitee.user_metadata ?? {},
      app_metadata: { ...invitee.app_metadata, [INVITATION_KEY]: { status: 'invited', awaiting_password: true } },
    },
    application: { name: config.mail.app_name },
  });
  return { from: config.mail.from, to, subject: rendered.subject, html: rendered.html, text: '', sentByAuth0: true };
}

/** For a terminal: the headers, then each part under a rule. */
export function previewText(preview: MailPreview): string {
  const to = preview.to.name === undefined ? preview.to.email : `${preview.to.name} <${preview.to.email}>`;
  const parts = preview.sentByAuth0
    ? ['----- HTML, rendered and sent by Auth0 (mail.delivery: auth0; no text part) -----', preview.html.replace(/\n?$/, '')]
    : ['----- text part -----', preview.text.replace(/\n?$/, ''), '----- HTML part -----', preview.html.replace(/\n?$/, '')];
  return [`From: ${preview.from}`, `To: ${to}`, `Subject: ${preview.subject}`, '', ...parts, ''].join('\n');
}

/** The files `--out DIR` writes: the subject, the text part and the HTML part, each as the mail carries it. */
export function previewFiles(preview: MailPreview): Record<string, string> {
  if (preview.sentByAuth0) return { 'subject.txt': `${preview.subject}\n`, 'invitation.html': preview.html };
  return { 'subject.txt': `${preview.subject}\n`, 'invitation.txt': preview.text, 'invitation.html': preview.html };
}

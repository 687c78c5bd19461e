// Invitation templates: Liquid (liquidjs), as Auth0's own email templates use. Pure rendering once loaded;
// loading (template-check.ts) is the only I/O. Templates are parsed once and rendered with strict variables, so a typo in a
// variable name fails the run before the first request instead of mailing people a blank.
import { Liquid, type Template } from 'liquidjs';
import { formatExpiry, formatDuration } from './expiry';
import { cleanDisplayName, cleanHeaderText, invitationLink, type InvitationMail } from './message';

export interface MailTemplates {
  subject: string;
  html: string;
  text: string;
  from: string;
  appName: string;
}

export interface RenderedInvitation {
  subject: string;
  html: string;
  text: string;
}

/** The variables a template may use. Documented in templates/README.md. */
export interface InvitationTemplateVariables {
  name: string;
  email: string;
  link: string;
  expires_at: string;
  expires_at_iso: string;
  expires_in: string;
  sent_at_iso: string;
  app_name: string;
  kind: InvitationMail['kind'];
}

const engineOptions = { strictVariables: true, strictFilters: true, ownPropertyOnly: true } as const;
// The HTML part escapes every output, so a name like `<script>` or `"` stays text.
const htmlEngine = new Liquid({ ...engineOptions, outputEscape: 'escape' });
const plainEngine = new Liquid(engineOptions);

export type Part = 'subject' | 'html' | 'text';
const parsedTemplates = new Map<string, Template[]>();

function parsed(part: Part, source: string): Template[] {
  const key = `${part}\u0000${source}`;
  let templates = parsedTemplates.get(key);
  if (!templates) {
    templates = (part === 'html' ? htmlEngine : plainEngine).parse(source);
    parsedTemplates.set(key, templates);
  }
  return templates;
}

export function renderPart(part: Part, source: string, variables: InvitationTemplateVariables): string {
  const engine = part === 'html' ? htmlEngine : plainEngine;
  return String(engine.renderSync(parsed(part, source), variables));
}

export function templateVariables(t: MailTemplates, mail: InvitationMail, now: string): InvitationTemplateVariables {
  assertWebLink(mail);
  const expiresAt = new Date(mail.expiresAt);
  const sentAt = new Date(now);
  if (Number.isNaN(expiresAt.getTime())) throw new Error(`invitation for ${mail.to.email}: expiresAt is not a date: ${JSON.stringify(mail.expiresAt)}`);
  if (Number.isNaN(sentAt.getTime())) throw new Error(`invitation for ${mail.to.email}: now is not a date: ${JSON.stringify(now)}`);
  return {
    name: cleanDisplayName(mail.to.name) ?? mail.to.email,
    email: mail.to.email,
    link: invitationLink(mail.link),
    expires_at: formatExpiry(expiresAt),
    expires_at_iso: expiresAt.toISOString(),
    expires_in: formatDuration(expiresAt.getTime() - sentAt.getTime()),
    sent_at_iso: sentAt.toISOString(),
    app_name: t.appName,
    kind: mail.kind,
  };
}

export function renderInvitation(t: MailTemplates, mail: InvitationMail, now: string): RenderedInvitation {
  const variables = templateVariables(t, mail, now);
  try {
    return {
      // A subject is one header line whatever the template or the name put in it.
      subject: cleanHeaderText(renderPart('subject', t.subject, variables)),
      html: renderPart('html', t.html, variables),
      text: renderPart('text', t.text, variables),
    };
  } catch (error) {
    // Liquid errors quote template source, never variable values, so they cannot carry the link.
    throw new Error(`cannot render the invitation for ${mail.to.email}: ${(error as Error).message}`);
  }
}

/** Only http(s) links: anything else (javascript:, data:) in an href would be an attack, not an invitation. */
function assertWebLink(mail: InvitationMail): void {
  let protocol: string;
  try {
    protocol = new URL(mail.link).protocol;
  } catch {
    throw new Error(`invitation for ${mail.to.email}: the ticket link is not a URL`);
  }
  if (protocol !== 'https:' && protocol !== 'http:') {
    throw new Error(`invitation for ${mail.to.email}: the ticket link must be http(s), got ${protocol}`);
  }
}

// Builds the RFC 5322 bytes of one invitation with nodemailer's composer: multipart/alternative, text then
// HTML, CRLF line ends, headers encoded by nodemailer (non-ASCII names become encoded words).
import nodemailer from 'nodemailer';
import { cleanDisplayName, cleanHeaderText, type InvitationMail } from './message';
import { renderInvitation, type MailTemplates } from './templates';

export interface ComposedInvitation {
  envelope: { from: string; to: string[] };
  message: Buffer;
}

// Composition only: this transport sends nothing, it hands back the finished message as a Buffer.
const composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });

// No whitespace, control characters, angle brackets or commas: a single plain address, nothing the address
// parser could read as a second recipient or a header break.
const PLAIN_ADDRESS = /^[^\s\u0000-\u001f\u007f-\u009f<>,;"()\\]+@[^\s\u0000-\u001f\u007f-\u009f<>,;"()\\@]+$/u;

export async function composeInvitation(t: MailTemplates, mail: InvitationMail, now: string): Promise<ComposedInvitation> {
  if (!PLAIN_ADDRESS.test(mail.to.email)) throw new Error('not a plain email address');
  const rendered = renderInvitation(t, mail, now);
  const displayName = cleanDisplayName(mail.to.name);
  const name = displayName === undefined ? undefined : cleanHeaderText(displayName);
  const info = await composer.sendMail({
    from: cleanHeaderText(t.from),
    to: name ? { name, address: mail.to.email } : mail.to.email,
    subject: rendered.subject,
    text: rendered.text,
    html: rendered.html,
    date: new Date(now),
    headers: {
      // RFC 3834: an automated message; asks vacation responders not to answer it.
      'Auto-Submitted': 'auto-generated',
      'X-Invitation-Kind': mail.kind,
    },
  });
  if (!Buffer.isBuffer(info.message)) throw new Error('the composer returned a stream instead of a buffer');
  const envelope = info.envelope;
  if (!envelope.from || envelope.to.length !== 1) throw new Error('the composed message has no single sender and recipient');
  return { envelope: { from: envelope.from, to: envelope.to }, message: info.message };
}

// Header safety, checked on the composed bytes and on what a real parser reads from them.
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { composeInvitation } from '../../reconciler/mail/compose';
import { createMailer } from '../../reconciler/mail/mailer';
import { addresses, invitation, NOW, parseMessage, fixtureTemplates, rawHeaderNames } from './helpers';

const EXPECTED_HEADERS = ['auto-submitted', 'x-invitation-kind', 'from', 'to', 'subject', 'date', 'message-id', 'mime-version', 'content-type'];

describe('header injection through names', () => {
  const hostileNames = [
    'Eve\r\nBcc: evil@example.com',
    'Eve\nBcc: evil@example.com',
    'Eve\rBcc: evil@example.com',
    'Eve\u2028Bcc: evil@example.com',
    'Eve\u0085Bcc: evil@example.com',
    'Eve" <evil@example.com>, "Mallory',
    '=?UTF-8?Q?Eve=0D=0ABcc=3A_evil=40example=2Ecom?=',
  ];

  for (const name of hostileNames) {
    it(`creates no header and no extra recipient for ${JSON.stringify(name)}`, async () => {
      const { message, envelope } = await composeInvitation(await fixtureTemplates(), invitation({ email: 'eve@example.com', name }), NOW);
      expect(rawHeaderNames(message).sort()).toEqual([...EXPECTED_HEADERS].sort());
      expect(envelope.to).toEqual(['eve@example.com']);
      const parsed = await parseMessage(message);
      expect(parsed.bcc).toBeUndefined();
      expect(parsed.cc).toBeUndefined();
      expect(parsed.headers.has('bcc')).toBe(false);
      const to = addresses(parsed.to);
      expect(to.map((a) => a.address)).toEqual(['eve@example.com']);
      expect(to[0]?.name).not.toMatch(/[\r\n\u2028\u0085]/);
    });
  }

  it('keeps a subject that quotes the name on one line, encoded words included', async () => {
    const templates = { ...(await fixtureTemplates()), subject: 'Welcome, {{ name }}' };
    for (const name of ['Eve\r\nBcc: evil@example.com', '=?UTF-8?Q?Eve=0D=0ABcc=3A_evil=40example=2Ecom?=']) {
      const { message } = await composeInvitation(templates, invitation({ name }), NOW);
      expect(rawHeaderNames(message)).not.toContain('bcc');
      const parsed = await parseMessage(message);
      expect(parsed.subject).toMatch(/^Welcome, /);
      expect(parsed.subject).not.toMatch(/[\r\n]/);
    }
  });

  it('keeps a hostile sender (MAIL_FROM) on one line as well', async () => {
    const templates = { ...(await fixtureTemplates()), from: 'Example <no-reply@example.com>\r\nBcc: evil@example.com' };
    const { message } = await composeInvitation(templates, invitation(), NOW);
    expect(rawHeaderNames(message)).not.toContain('bcc');
    expect((await parseMessage(message)).bcc).toBeUndefined();
  });
});

describe('unicode names', () => {
  for (const name of ['Zoë Ångström', '山田太郎', 'Ωmega 😀 Ünïcødé']) {
    it(`round-trips ${name} through an outbox file`, async () => {
      const dir = await mkdtemp(path.join(tmpdir(), 'outbox-unicode-'));
      const mailer = createMailer({ outboxDir: dir, templates: await fixtureTemplates(), now: () => NOW });
      await mailer.send(invitation({ email: 'person@example.com', name }));
      const [file] = await readdir(dir);
      const raw = await readFile(path.join(dir, file ?? ''));
      // Headers go out as 7-bit encoded words; the parser gives back the original.
      const headerBlock = raw.toString('latin1').slice(0, raw.toString('latin1').indexOf('\r\n\r\n'));
      expect(/^[\x00-\x7f]*$/.test(headerBlock)).toBe(true);
      const parsed = await parseMessage(raw);
      expect(addresses(parsed.to)).toEqual([{ name, address: 'person@example.com' }]);
      expect(parsed.text).toContain(`Hello ${name},`);
      expect(parsed.html).toContain(`Hello ${name},`);
    });
  }
});

describe('HTML escaping in the sent message', () => {
  it('shows markup in a name as text', async () => {
    const { message } = await composeInvitation(await fixtureTemplates(), invitation({ name: '<img src=x onerror=alert(1)>' }), NOW);
    const parsed = await parseMessage(message);
    expect(parsed.html).toContain('Hello &lt;img src=x onerror=alert(1)&gt;,');
    expect(parsed.html).not.toContain('<img');
    expect(parsed.text).toContain('Hello <img src=x onerror=alert(1)>,');
  });
});

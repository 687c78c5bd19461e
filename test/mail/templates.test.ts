import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDuration, formatExpiry } from '../../reconciler/mail/expiry';
import { invitationLink } from '../../reconciler/mail/message';
import { renderInvitation, type MailTemplates } from '../../reconciler/mail/templates';
import { loadTemplates } from '../../reconciler/mail/template-check';
import { PROJECT_FIXTURE } from '../support/paths';
import { fixtureConfig, fixtureTemplates, invitation, NOW } from './helpers';

const bare: MailTemplates = {
  subject: 'Join {{ app_name }}, {{ name }}',
  html: '<p>{{ name }} {{ email }} <a href="{{ link }}">go</a> {{ expires_at }}</p>',
  text: '{{ name }}|{{ email }}|{{ link }}|{{ expires_at }}|{{ expires_at_iso }}|{{ expires_in }}|{{ app_name }}|{{ kind }}',
  from: 'Example <no-reply@example.com>',
  appName: 'Example',
};

describe('invitationLink', () => {
  it('appends type=invite after the # that Auth0 ticket URLs end with', () => {
    expect(invitationLink('https://t.example/u/reset-password?ticket=abc#')).toBe('https://t.example/u/reset-password?ticket=abc#type=invite');
  });
  it('adds the # when the URL has none', () => {
    expect(invitationLink('https://t.example/u/reset-password?ticket=abc')).toBe('https://t.example/u/reset-password?ticket=abc#type=invite');
  });
  it('keeps an existing fragment and never touches the part before the #', () => {
    expect(invitationLink('https://t.example/r?ticket=a%2Fb&x=1#app=Foo')).toBe('https://t.example/r?ticket=a%2Fb&x=1#app=Foo&type=invite');
    expect(invitationLink('https://t.example/r?ticket=a#type=invite')).toBe('https://t.example/r?ticket=a#type=invite');
  });
});

describe('expiry wording', () => {
  it('formats the expiry in fixed English UTC', () => {
    expect(formatExpiry(new Date('2026-11-30T20:07:00Z'))).toBe('Monday, 30 November 2026 at 20:07 UTC');
    expect(formatExpiry(new Date('2027-01-01T00:00:59+01:00'))).toBe('Thursday, 31 December 2026 at 23:00 UTC');
  });
  it('rounds durations down to the largest whole unit', () => {
    expect(formatDuration(7 * 86_400_000)).toBe('7 days');
    expect(formatDuration(86_400_000 - 1)).toBe('23 hours');
    expect(formatDuration(3_600_000)).toBe('1 hour');
    expect(formatDuration(61_000)).toBe('1 minute');
    expect(formatDuration(59_000)).toBe('less than a minute');
    expect(formatDuration(-5)).toBe('less than a minute');
  });
});

describe('renderInvitation', () => {
  it('fills every variable', () => {
    const rendered = renderInvitation(bare, invitation(), NOW);
    expect(rendered.subject).toBe('Join Example, Ada Lovelace');
    expect(rendered.text).toBe(
      [
        'Ada Lovelace',
        'ada@example.com',
        'https://tenant.example.com/u/reset-password?ticket=Abc123SecretTicketValue00000000#type=invite',
        'Monday, 30 November 2026 at 20:07 UTC',
        '2026-11-30T20:07:00.000Z',
        '7 days',
        'Example',
        'invite',
      ].join('|'),
    );
  });

  it('falls back to the email when there is no name, or only whitespace and control characters', () => {
    expect(renderInvitation(bare, invitation({ name: undefined }), NOW).subject).toBe('Join Example, ada@example.com');
    expect(renderInvitation(bare, invitation({ name: ' \r\n\t ' }), NOW).subject).toBe('Join Example, ada@example.com');
  });

  it('escapes values in the HTML part but not in the text part', () => {
    const name = `<script>alert("x")</script> O'Brien & Co`;
    const rendered = renderInvitation(bare, invitation({ name }), NOW);
    expect(rendered.html).toContain('&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; O&#39;Brien &amp; Co');
    expect(rendered.html).not.toContain('<script>');
    expect(rendered.text.startsWith(`${name}|`)).toBe(true);
  });

  it('escapes the link inside the href attribute', () => {
    const rendered = renderInvitation(bare, invitation({ link: 'https://t.example/r?ticket=a&b="c"#' }), NOW);
    expect(rendered.html).toContain('href="https://t.example/r?ticket=a&amp;b=&#34;c&#34;#type=invite"');
  });

  it('keeps the subject on one line whatever the name holds', () => {
    const rendered = renderInvitation(bare, invitation({ name: 'Eve\r\nBcc: evil@example.com' }), NOW);
    expect(rendered.subject).toBe('Join Example, Eve Bcc: evil@example.com');
    expect(rendered.subject).not.toMatch(/[\r\n]/);
  });

  it('refuses links that are not http(s), without quoting them', () => {
    expect(() => renderInvitation(bare, invitation({ link: 'javascript:alert(document.cookie)//#' }), NOW)).toThrow(/must be http\(s\)/);
    try {
      renderInvitation(bare, invitation({ link: 'not a url SECRET-TICKET' }), NOW);
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).toContain('ada@example.com');
      expect((error as Error).message).not.toContain('SECRET-TICKET');
    }
  });

  it('fails on unknown variables (strict), naming the invitee but not the link', () => {
    const broken = { ...bare, text: '{{ link }} {{ frist_name }}' };
    try {
      renderInvitation(broken, invitation(), NOW);
      expect.unreachable();
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toMatch(/frist_name/);
      expect(message).toContain('ada@example.com');
      expect(message).not.toContain('Abc123SecretTicketValue');
    }
  });
});

describe('the example templates (the fixture copy of the shipped ones)', () => {
  it('say who invites whom to what, with the link, its expiry and what to do when it expired', async () => {
    const templates = await fixtureTemplates();
    const rendered = renderInvitation(templates, invitation(), NOW);
    const link = 'https://tenant.example.com/u/reset-password?ticket=Abc123SecretTicketValue00000000#type=invite';
    expect(rendered.subject).toBe("You're invited to Example");
    for (const body of [rendered.text, rendered.html]) {
      expect(body).toContain('Ada Lovelace');
      expect(body).toContain('invited to');
      expect(body).toContain('Example');
      expect(body).toContain(link);
      expect(body).toContain('Monday, 30 November 2026 at 20:07 UTC');
      expect(body).toMatch(/expired, ask/);
      expect(body).not.toMatch(/previous invitation/);
    }
    expect(rendered.html).toContain(`href="${link}"`);
  });

  it('say so when this is a reminder after an expired invitation', async () => {
    const rendered = renderInvitation(await fixtureTemplates(), invitation({ kind: 'reinvite' }), NOW);
    expect(rendered.text).toContain('your previous invitation to Example expired');
    expect(rendered.html).toContain('your previous invitation to <strong>Example</strong> expired');
  });
});

describe('loadTemplates', () => {
  async function configWith(files: { html: string; text: string }, subject = 'Hi {{ name }}') {
    const dir = await mkdtemp(path.join(tmpdir(), 'mail-templates-'));
    await writeFile(path.join(dir, 'a.html.liquid'), files.html);
    await writeFile(path.join(dir, 'a.txt.liquid'), files.text);
    const config = await fixtureConfig();
    return { dir, config: { ...config, mail: { ...config.mail, subject, html_template: 'a.html.liquid', text_template: 'a.txt.liquid' } } };
  }

  it('reads the templates relative to the config folder and takes from, subject and app name from the config', async () => {
    const { dir, config } = await configWith({ html: '<a href="{{ link }}">x</a>', text: '{{ link }}' });
    expect(await loadTemplates(config, path.join(dir, 'invitation.config.yaml'))).toEqual({
      subject: 'Hi {{ name }}',
      html: '<a href="{{ link }}">x</a>',
      text: '{{ link }}',
      from: 'Example Inc. <no-reply@example.com>',
      appName: 'Example',
    });
  });

  it('rejects a template that would send no link', async () => {
    const { dir, config } = await configWith({ html: '<p>hello</p>', text: '{{ link }}' });
    await expect(loadTemplates(config, path.join(dir, 'invitation.config.yaml'))).rejects.toThrow(/a\.html\.liquid:1:1: does not output \{\{ link \}\}/);
  });

  it('rejects unknown variables and syntax errors before any mail is sent', async () => {
    const unknown = await configWith({ html: '{{ link }}', text: '{{ link }} {{ nmae }}' });
    await expect(loadTemplates(unknown.config, path.join(unknown.dir, 'c.yaml'))).rejects.toThrow(/a\.txt\.liquid:.*nmae/);
    const syntax = await configWith({ html: '{{ link }}', text: '{{ link }}' }, 'Hi {% if %}');
    await expect(loadTemplates(syntax.config, path.join(syntax.dir, 'c.yaml'))).rejects.toThrow(/mail template .*c\.yaml: mail\.subject: Liquid/);
  });

  it('names the missing file', async () => {
    const config = await fixtureConfig();
    await expect(loadTemplates({ ...config, mail: { ...config.mail, text_template: 'nope.txt.liquid' } }, path.join(PROJECT_FIXTURE, 'invitation.config.yaml'))).rejects.toThrow(
      /mail\.text_template: cannot read .*nope\.txt\.liquid/,
    );
  });
});

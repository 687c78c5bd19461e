// The one escaping module: what every renderer and error path prints of outside data.
import { describe, expect, it } from 'vitest';
import { escapeJsonText, escapeUnprintable, printableReply, withoutCredentials } from '../../reconciler/escape';
import { renderReport } from '../../reconciler/render/output';
import { sampleReport } from './sample';

describe('escapeUnprintable', () => {
  it('makes controls, bidi and zero-width characters visible, and leaves printable text (joiners included) alone', () => {
    expect(escapeUnprintable('a\nb\u001b[31mc\u007f\u0085\u202ed\u2066e\u200bf\ufeffg\u2028')).toBe(
      'a\\u000ab\\u001b[31mc\\u007f\\u0085\\u202ed\\u2066e\\u200bf\\ufeffg\\u2028',
    );
    expect(escapeUnprintable('Zoë Ørsted 👩\u200d💻 می\u200cخواهم')).toBe('Zoë Ørsted 👩\u200d💻 می\u200cخواهم');
  });

  it('in JSON text: the layout stays, strings carry escapes, and the values parse back exactly', () => {
    const value = { key: 'a\u001b\u202e\u0085b', list: ['\n'] };
    const text = escapeJsonText(JSON.stringify(value, null, 2));
    expect(text).not.toMatch(/[\u001b\u202e\u0085]/);
    expect(text.split('\n')).toHaveLength(6);
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe('withoutCredentials', () => {
  it('removes an echoed AUTH argument, URL userinfo and password pairs, whoever they belong to', () => {
    expect(withoutCredentials('535 5.7.8 AUTH PLAIN AGFkYQBzM2NyZXQ= rejected')).toBe('535 5.7.8 AUTH PLAIN [credentials removed] rejected');
    expect(withoutCredentials('auth login dXNlcg== failed')).toBe('auth login [credentials removed] failed');
    expect(withoutCredentials('cannot reach smtps://mailer:p%2Fss#w0rd@smtp.example.com:465')).toBe('cannot reach smtps://[credentials removed]@smtp.example.com:465');
    expect(withoutCredentials('bad password=hunter2, pass: "s3cr3t" token=abc')).toBe('bad password=[credentials removed], pass: "[credentials removed]" token=[credentials removed]');
    expect(withoutCredentials('550 mailbox unavailable')).toBe('550 mailbox unavailable');
  });

  it('printableReply does both, and every report format prints a failure through it', () => {
    expect(printableReply('AUTH PLAIN AGFkYQBzM2NyZXQ=\n\u001b[2J')).toBe('AUTH PLAIN [credentials removed]\\u000a\\u001b[2J');
    const reply = '535 AUTH PLAIN AGFkYQBzM2NyZXQ= smtp://ada:s3cr3t-pw@mail.example.com \u001b[2J password=s3cr3t-pw';
    const report = { ...sampleReport, failures: [{ email: 'ada@example.com', action: 'invite' as const, stage: 'mail' as const, message: reply }] };
    for (const format of ['text', 'markdown', 'json'] as const) {
      const out = renderReport(report, { format, maskEmails: false });
      expect(out, format).not.toContain('s3cr3t-pw');
      expect(out, format).not.toContain('AGFkYQBzM2NyZXQ=');
      expect(out, format).not.toContain('\u001b');
    }
  });
});

// One Status, five formats: the JSON against its documented schema, and every format's escaping of outside data.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderStatus, STATUS_FORMATS } from '../../reconciler/render/output';
import { statusOf } from '../../reconciler/status/status';
import { desiredArb, observedArb } from '../support/arbitraries';
import { invitee, NOW, observed, user } from '../support/model';
import { sampleStatus } from './sample-status';

const schema = JSON.parse(readFileSync(new URL('../../docs/status-output.schema.json', import.meta.url), 'utf8')) as object;
const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
addFormats.default(ajv);
const validate = ajv.compile(schema);
const valid = (json: string) => (validate(JSON.parse(json)) ? true : validate.errors);

/** A user someone made by hand in the tenant, with an address no loader would have let through. */
const HOSTILE = '<script>alert(1)</script>"=cmd|\u001b[31m@evil.example';
const hostileStatus = () =>
  statusOf({ invitees: [invitee('ada@example.com')] }, observed(user('ada@example.com'), user(HOSTILE)), { now: NOW, expiringWithinDays: 3 });

describe('status JSON', () => {
  it('matches the documented schema, masked or not, for fixed and random inputs', () => {
    expect(valid(renderStatus(sampleStatus(), { format: 'json', maskEmails: false }))).toBe(true);
    expect(valid(renderStatus(sampleStatus({ states: ['accepted'] }), { format: 'json', maskEmails: true }))).toBe(true);
    fc.assert(
      fc.property(desiredArb, observedArb, fc.boolean(), (desired, seen, mask) => {
        expect(valid(renderStatus(statusOf(desired, seen, { now: NOW, expiringWithinDays: 3 }), { format: 'json', maskEmails: mask }))).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('holds the numbers of the Status, and masks every address when asked', () => {
    const json = JSON.parse(renderStatus(sampleStatus(), { format: 'json', maskEmails: true }));
    expect(json).toMatchObject({
      type: 'status',
      generated_at: NOW,
      emails_masked: true,
      totals: { declared: 8, pending: 2, invited: 2, expired: 1, accepted: 3, revoked: 1, unmanaged: 1 },
      funnel: { invited: 6, password_set: 3, logged_in: 2 },
      median_seconds_to_accept: 14400,
      drift: { undeclared: ['s***@e***.com'], blocked: ['h***@e***.com'], expiring: ['c***@e***.com'] },
    });
    expect(JSON.stringify(json)).not.toMatch(/[a-z]+@example\.com/);
  });
});

describe('status text, markdown, CSV and HTML', () => {
  it('print the totals and the funnel', () => {
    const text = renderStatus(sampleStatus(), { format: 'text', maskEmails: false });
    expect(text).toContain('Funnel: invited 6 (100%) → password set 3 (50%) → logged in 2 (33%)');
    expect(text).toContain('States: pending 2, invited 2, expired 1, accepted 3, revoked 1, unmanaged 1');
    expect(text).toContain('Median time to accept: 4 h');
    expect(text).toMatch(/Links expiring within 3 days: 1\n {2}cy@example\.com {2}link valid until/);
    const markdown = renderStatus(sampleStatus(), { format: 'markdown', maskEmails: false });
    expect(markdown).toContain('| password set | 3 | 50% |');
    expect(markdown).toContain('| accepted | 3 |');
  });

  it('escape what came from the tenant in every format', () => {
    const status = hostileStatus();
    const text = renderStatus(status, { format: 'text', maskEmails: false });
    expect(text).not.toContain('\u001b');
    expect(text).toContain('\\u001b[31m');
    const markdown = renderStatus(status, { format: 'markdown', maskEmails: false });
    expect(markdown).not.toContain('<script>');
    expect(markdown).not.toMatch(/\|cmd/);
    const csv = renderStatus(status, { format: 'csv', maskEmails: false });
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines.find((line) => line.includes('evil'))).toMatch(/^"<script>alert\(1\)<\/script>""=cmd\|\u001b\[31m@evil\.example",unmanaged,,/);
    const html = renderStatus(status, { format: 'html', maskEmails: false });
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;&#34;=cmd|');
  });

  it('keep a spreadsheet from running a cell as a formula', () => {
    const status = statusOf({ invitees: [] }, observed(user('=hyperlink(1)@x.io'), user('+1@x.io'), user('-a@x.io'), user('@a@x.io')), { now: NOW, expiringWithinDays: 3 });
    const cells = renderStatus(status, { format: 'csv', maskEmails: false }).trimEnd().split('\r\n').slice(1).map((line) => line.split(',')[0]);
    expect(cells).toEqual(["'+1@x.io", "'-a@x.io", "'=hyperlink(1)@x.io", "'@a@x.io"]);
  });

  it('make the HTML page load nothing and run only its own script and style, by hash', () => {
    const html = renderStatus(sampleStatus(), { format: 'html', maskEmails: false });
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1]?.replace(/&#39;/g, "'") ?? '';
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
    const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`script-src ${hash(script)}`);
    expect(csp).toContain(`style-src ${hash(style)}`);
    expect(html).not.toMatch(/\b(src|href)=/);
    expect(html).not.toMatch(/@import|url\(/);
  });

  it('every format ends with a newline and is byte-identical for the same status', () => {
    for (const format of STATUS_FORMATS) {
      const once = renderStatus(sampleStatus(), { format, maskEmails: false });
      expect(once.endsWith('\n')).toBe(true);
      expect(renderStatus(sampleStatus(), { format, maskEmails: false })).toBe(once);
    }
  });
});

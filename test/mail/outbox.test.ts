import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMailer } from '../../reconciler/mail/mailer';
import { countOutboxMessages, outboxBaseName, outboxFileName, writeOutboxMessage } from '../../reconciler/mail/outbox';
import { addresses, invitation, NOW, parseMessage, fixtureTemplates } from './helpers';

const freshDir = () => mkdtemp(path.join(tmpdir(), 'outbox-'));

describe('outbox file names', () => {
  it('are the lower-cased email, numbered from the second message on', () => {
    expect(outboxFileName('Ada@Example.com', 1)).toBe('ada@example.com.eml');
    expect(outboxFileName('ada@example.com', 2)).toBe('ada@example.com.2.eml');
    expect(outboxFileName('ada+test@example.com', 13)).toBe('ada+test@example.com.13.eml');
  });

  it('can never name a path outside the outbox', () => {
    for (const hostile of ['../../etc/passwd', '..', '.', 'a/b@example.com', 'a\\..\\b@example.com', '\u0000x@y', '.hidden@example.com', '']) {
      const base = outboxBaseName(hostile);
      expect(base).not.toMatch(/[/\\\u0000]/);
      expect(base).not.toContain('..');
      expect(base.startsWith('.')).toBe(false);
      expect(base.length).toBeGreaterThan(0);
      expect(path.basename(outboxFileName(hostile, 2))).toBe(outboxFileName(hostile, 2));
    }
  });

  it('stay unique and under the file name limit for very long addresses', () => {
    const long = (c: string) => `${c.repeat(64)}@${'sub.'.repeat(45)}example.com`;
    const [a, b] = [outboxFileName(long('a'), 999), outboxFileName(long('b'), 999)];
    expect(Buffer.byteLength(a)).toBeLessThanOrEqual(255);
    expect(a).not.toBe(b);
    expect(outboxFileName(long('a'), 999)).toBe(a);
  });
});

describe('writeOutboxMessage', () => {
  it('never overwrites: concurrent messages to one person all land, each whole, with no temp file left', async () => {
    const dir = await freshDir();
    const bodies = Array.from({ length: 12 }, (_, i) => Buffer.from(`message ${i}\r\n`));
    const written = await Promise.all(bodies.map((body) => writeOutboxMessage(dir, 'ada@example.com', body)));
    expect(new Set(written).size).toBe(12);
    const files = (await readdir(dir)).sort();
    expect(files).toEqual(['ada@example.com.eml', ...Array.from({ length: 11 }, (_, i) => `ada@example.com.${i + 2}.eml`)].sort());
    const contents = await Promise.all(files.map((f) => readFile(path.join(dir, f), 'utf8')));
    expect(contents.sort()).toEqual(bodies.map(String).sort());
  });

  it('creates a missing outbox folder, and continues numbering after what is already there', async () => {
    const dir = path.join(await freshDir(), 'nested', '.outbox');
    await writeOutboxMessage(dir, 'ada@example.com', Buffer.from('one'));
    await writeFile(path.join(dir, 'ada@example.com.2.eml'), 'left by an earlier run');
    expect(path.basename(await writeOutboxMessage(dir, 'ada@example.com', Buffer.from('three')))).toBe('ada@example.com.3.eml');
    expect(await readFile(path.join(dir, 'ada@example.com.2.eml'), 'utf8')).toBe('left by an earlier run');
  });

  it('counts messages per recipient, ignoring temp files', async () => {
    const dir = await freshDir();
    for (const email of ['ada@example.com', 'ada@example.com', 'bob@example.com', 'ada@example.com']) {
      await writeOutboxMessage(dir, email, Buffer.from('x'));
    }
    await writeFile(path.join(dir, '.partial-1-abc.tmp'), 'half');
    expect(Object.fromEntries(await countOutboxMessages(dir))).toEqual({ 'ada@example.com': 3, 'bob@example.com': 1 });
    expect((await countOutboxMessages(path.join(dir, 'missing'))).size).toBe(0);
  });
});

describe('createMailer without SMTP', () => {
  it('writes one RFC 5322 multipart/alternative message per invitation, and none under a name holding the link', async () => {
    const dir = await freshDir();
    const mailer = createMailer({ outboxDir: dir, templates: await fixtureTemplates(), now: () => NOW });
    await mailer.send(invitation());
    await mailer.send(invitation({ email: 'grace@example.com', name: 'Grace Hopper', kind: 'reinvite' }));
    await mailer.send(invitation({ kind: 'reinvite' }));
    await mailer.close();

    const files = (await readdir(dir)).sort();
    expect(files).toEqual(['ada@example.com.2.eml', 'ada@example.com.eml', 'grace@example.com.eml']);
    expect(files.join('\n')).not.toContain('Abc123SecretTicketValue');

    const raw = await readFile(path.join(dir, 'ada@example.com.eml'));
    expect(raw.toString()).toMatch(/^Content-Type: multipart\/alternative;/m);
    expect(raw.toString()).not.toMatch(/[^\r]\n/); // CRLF line ends throughout
    const parsed = await parseMessage(raw);
    expect(addresses(parsed.to)).toEqual([{ name: 'Ada Lovelace', address: 'ada@example.com' }]);
    expect(addresses(parsed.from)).toEqual([{ name: 'Example Inc.', address: 'no-reply@example.com' }]);
    expect(parsed.subject).toBe("You're invited to Example");
    expect(parsed.date?.toISOString()).toBe(NOW);
    expect(parsed.messageId).toMatch(/^<.+@.+>$/);
    expect(parsed.text).toContain('https://tenant.example.com/u/reset-password?ticket=Abc123SecretTicketValue00000000#type=invite');
    expect(parsed.html).toContain('href="https://tenant.example.com/u/reset-password?ticket=Abc123SecretTicketValue00000000#type=invite"');

    const reminder = await parseMessage(await readFile(path.join(dir, 'ada@example.com.2.eml')));
    expect(reminder.text).toContain('previous invitation to Example expired');
  });

  it('refuses at once a sender that is not one address', async () => {
    const templates = await fixtureTemplates();
    for (const from of ['no-reply', 'a@example.com, b@example.com', '']) {
      expect(() => createMailer({ outboxDir: tmpdir(), templates: { ...templates, from }, now: () => NOW })).toThrow(/mail sender .* is not one email address/);
    }
    expect(() => createMailer({ outboxDir: tmpdir(), templates: { ...templates, from: 'no-reply@example.com' }, now: () => NOW })).not.toThrow();
  });

  it('fails with the recipient but not the link, and writes nothing, when the address is not plain', async () => {
    const dir = await freshDir();
    const mailer = createMailer({ outboxDir: dir, templates: await fixtureTemplates(), now: () => NOW });
    const error = await mailer.send(invitation({ email: 'eve@example.com>\r\nBcc: x@example.com' })).catch((e: unknown) => e as Error);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toContain('eve@example.com');
    expect((error as Error).message).not.toContain('Abc123SecretTicketValue');
    expect(await readdir(dir)).toEqual([]);
  });
});

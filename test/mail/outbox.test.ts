import { execFile, spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createMailer } from '../../reconciler/mail/mailer';
import { countOutboxMessages, outboxBaseName, outboxFileName, removeLeftovers, writeOutboxMessage } from '../../reconciler/mail/outbox';
import { addresses, invitation, NOW, parseMessage, fixtureTemplates } from './helpers';

const execFileAsync = promisify(execFile);
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

describe('the outbox check before the first write', () => {
  it('creates the folder, leaves no probe behind, and removes temp files of processes that no longer run', async () => {
    const dir = path.join(await freshDir(), 'new', '.outbox');
    const mailer = createMailer({ outboxDir: dir, templates: await fixtureTemplates(), now: () => NOW });
    await mailer.verify();
    expect(await readdir(dir)).toEqual([]);

    // A process that was killed mid-write, and one that still runs (this one's parent): only the first is removed.
    const dead = await deadPid();
    await writeFile(path.join(dir, `.partial-${dead}-0123abcd.tmp`), 'a live link');
    await writeFile(path.join(dir, `.partial-${process.ppid}-4567abcd.tmp`), 'still being written');
    await writeFile(path.join(dir, 'ada@example.com.eml'), 'a mail');
    expect(await removeLeftovers(dir)).toBe(1);
    expect((await readdir(dir)).sort()).toEqual([`.partial-${process.ppid}-4567abcd.tmp`, 'ada@example.com.eml']);
  });

  it('names a folder that cannot be written', async () => {
    const file = path.join(await freshDir(), 'not-a-folder');
    await writeFile(file, 'x');
    const mailer = createMailer({ outboxDir: file, templates: await fixtureTemplates(), now: () => NOW });
    await expect(mailer.verify()).rejects.toThrow(`The outbox folder ${file} (--outbox) is not writable (EEXIST). Nothing was sent.`);
  });

  it('a process that exits in the middle of a write leaves no temp file', async () => {
    const dir = await freshDir();
    // The child starts writing a large message and exits as soon as its temp file exists, before the write ends.
    const script = `
      import { readdirSync } from 'node:fs';
      import { writeOutboxMessage } from ${JSON.stringify(path.resolve('reconciler/mail/outbox.ts'))};
      void writeOutboxMessage(${JSON.stringify(dir)}, 'ada@example.com', Buffer.alloc(64 * 1024 * 1024, 'x'));
      const poll = () => readdirSync(${JSON.stringify(dir)}).some((f) => f.endsWith('.tmp')) ? (console.log('exiting mid-write'), process.exit(0)) : setImmediate(poll);
      poll();`;
    const { stdout } = await execFileAsync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script]);
    expect(stdout).toContain('exiting mid-write');
    expect(await readdir(dir)).toEqual([]);
  });
});

/** A pid no process has: that of a child that has already exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((resolve) => child.once('exit', resolve));
  return child.pid!;
}

// Delivery through a real SMTP server on loopback (smtp-server), read back with mailparser.
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMTPServer, type SMTPServerSession } from 'smtp-server';
import { createMailer } from '../../reconciler/mail/mailer';
import { parseSmtpUrl } from '../../reconciler/mail/smtp-url';
import { MailSendError } from '../../reconciler/mail/errors';
import { addresses, invitation, NOW, parseMessage, fixtureTemplates, rawHeaderNames } from './helpers';
import { composeInvitation } from '../../reconciler/mail/compose';

interface Received {
  from: string | undefined;
  to: string[];
  raw: Buffer;
}

const SECRET = 'Abc123SecretTicketValue00000000';

/** The ticket in any encoding or wrapping still shows 8 consecutive characters of itself. */
function expectNoPieceOfTheTicket(text: string): void {
  for (let i = 0; i + 8 <= SECRET.length; i++) expect(text).not.toContain(SECRET.slice(i, i + 8));
  expect(text).not.toContain('reset-password?ticket');
}

function startServer(options: { rejectDataWith?: (raw: string) => string } = {}): Promise<{ port: number; received: Received[]; stop: () => Promise<void> }> {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    secure: false,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session: SMTPServerSession, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        if (options.rejectDataWith) {
          // A server that quotes the message back in its refusal, as some do: the link must still not leak.
          const error = new Error(options.rejectDataWith(raw.toString())) as Error & { responseCode: number };
          error.responseCode = 554;
          callback(error);
          return;
        }
        const from = session.envelope.mailFrom === false ? undefined : session.envelope.mailFrom.address;
        received.push({ from, to: session.envelope.rcptTo.map((r) => r.address), raw });
        callback();
      });
    },
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.server.address();
      if (address === null || typeof address === 'string') return reject(new Error('no TCP address'));
      resolve({ port: address.port, received, stop: () => new Promise<void>((done) => server.close(() => done())) });
    });
  });
}

describe('createMailer over SMTP', () => {
  let accepting: Awaited<ReturnType<typeof startServer>>;
  let refusing: Awaited<ReturnType<typeof startServer>>;
  let quoting: Awaited<ReturnType<typeof startServer>>;

  beforeAll(async () => {
    accepting = await startServer();
    refusing = await startServer({ rejectDataWith: (raw) => `rejected, content was: ${raw.slice(0, 4000)}` });
    // Quotes the encoded link first thing, wrapped mid-ticket the way quoted-printable wraps it.
    quoting = await startServer({
      rejectDataWith: (raw) => `spam link ${raw.slice(raw.indexOf('https://tenant.example.com/u/reset-password?ticket=3D')).slice(0, 120)}`,
    });
  });
  afterAll(async () => {
    await accepting.stop();
    await refusing.stop();
    await quoting.stop();
  });

  it('delivers invitations whose recipients, subject, text and html bodies carry the link', async () => {
    const mailer = createMailer({ smtp: parseSmtpUrl(`smtp://127.0.0.1:${accepting.port}`), outboxDir: '/nonexistent-outbox-unused', templates: await fixtureTemplates(), now: () => NOW });
    await Promise.all([
      mailer.send(invitation()),
      mailer.send(invitation({ email: 'yamada@example.jp', name: '山田太郎', link: 'https://tenant.example.com/u/reset-password?ticket=SecondTicket#', kind: 'reinvite' })),
    ]);
    await mailer.close();

    expect(accepting.received).toHaveLength(2);
    const byRecipient = new Map(accepting.received.map((r) => [r.to.join(','), r]));
    expect([...byRecipient.keys()].sort()).toEqual(['ada@example.com', 'yamada@example.jp']);

    const ada = byRecipient.get('ada@example.com');
    expect(ada?.from).toBe('no-reply@example.com');
    const adaMail = await parseMessage(ada?.raw ?? '');
    expect(addresses(adaMail.to)).toEqual([{ name: 'Ada Lovelace', address: 'ada@example.com' }]);
    expect(adaMail.subject).toBe("You're invited to Example");
    expect(adaMail.text).toContain(`https://tenant.example.com/u/reset-password?ticket=${SECRET}#type=invite`);
    expect(adaMail.text).toContain('Hello Ada Lovelace,');
    expect(adaMail.text).toContain('Monday, 30 November 2026 at 20:07 UTC');
    expect(adaMail.html).toContain(`href="https://tenant.example.com/u/reset-password?ticket=${SECRET}#type=invite"`);
    expect(adaMail.html).toContain('Hello Ada Lovelace,');

    const yamada = await parseMessage(byRecipient.get('yamada@example.jp')?.raw ?? '');
    expect(addresses(yamada.to)).toEqual([{ name: '山田太郎', address: 'yamada@example.jp' }]);
    expect(yamada.text).toContain('https://tenant.example.com/u/reset-password?ticket=SecondTicket#type=invite');
    expect(yamada.text).toContain('previous invitation to Example expired');
    expect(yamada.text).not.toContain(SECRET);
  });

  it('carries over SMTP the same message the outbox would store', async () => {
    const templates = await fixtureTemplates();
    const before = accepting.received.length;
    const mailer = createMailer({ smtp: parseSmtpUrl(`smtp://127.0.0.1:${accepting.port}`), outboxDir: '/nonexistent-outbox-unused', templates, now: () => NOW });
    await mailer.send(invitation({ email: 'grace@example.com', name: 'Grace Hopper' }));
    await mailer.close();
    const overSmtp = accepting.received[before]?.raw ?? Buffer.alloc(0);
    const composed = (await composeInvitation(templates, invitation({ email: 'grace@example.com', name: 'Grace Hopper' }), NOW)).message;
    expect(rawHeaderNames(overSmtp)).toEqual(rawHeaderNames(composed));
    // Identical apart from the random Message-ID and MIME boundary.
    const normalise = (raw: Buffer) => raw.toString().replace(/^Message-ID: .*$/m, '').replace(/--_NmP-[0-9a-f]+-Part_\d+/g, 'BOUNDARY');
    expect(normalise(overSmtp)).toBe(normalise(composed));
  });

  it('lets sends in flight finish when closed', async () => {
    const before = accepting.received.length;
    const mailer = createMailer({ smtp: parseSmtpUrl(`smtp://127.0.0.1:${accepting.port}`), outboxDir: '/nonexistent-outbox-unused', templates: await fixtureTemplates(), now: () => NOW });
    const sends = ['a', 'b', 'c'].map((c) => mailer.send(invitation({ email: `${c}@example.com`, name: c })));
    await mailer.close();
    expect(accepting.received.length - before).toBe(3);
    await Promise.all(sends);
  });

  it('reports a refused message with the recipient and the SMTP code, never the link', async () => {
    const mailer = createMailer({ smtp: parseSmtpUrl(`smtp://127.0.0.1:${refusing.port}`), outboxDir: '/nonexistent-outbox-unused', templates: await fixtureTemplates(), now: () => NOW });
    const error = await mailer.send(invitation()).then(
      () => undefined,
      (e: unknown) => e,
    );
    await mailer.close();
    expect(error).toBeInstanceOf(MailSendError);
    const failure = error as MailSendError;
    expect(failure.message).toContain('ada@example.com');
    expect(failure.message).toContain('rejected, content was');
    expect(failure.recipient).toBe('ada@example.com');
    expect(failure.stage).toBe('smtp');
    expect(failure.responseCode).toBe(554);
    expect(failure.permanent).toBe(true);
    expect(failure.cause).toBeUndefined();
    const everything = `${failure.message}\n${failure.stack ?? ''}\n${JSON.stringify(failure)}\n${String(failure)}`;
    expectNoPieceOfTheTicket(everything);
  });

  it('withholds a refusal that quotes the encoded, wrapped link', async () => {
    const mailer = createMailer({ smtp: parseSmtpUrl(`smtp://127.0.0.1:${quoting.port}`), outboxDir: '/nonexistent-outbox-unused', templates: await fixtureTemplates(), now: () => NOW });
    const error = (await mailer.send(invitation()).catch((e: unknown) => e)) as MailSendError;
    await mailer.close();
    expect(error).toBeInstanceOf(MailSendError);
    expect(error.message).toBe('cannot send the invitation to ada@example.com (smtp): [server reply withheld: it quoted the invitation]');
    expect(error.responseCode).toBe(554);
    expectNoPieceOfTheTicket(`${error.message}\n${error.stack ?? ''}\n${JSON.stringify(error)}`);
  });

  it('reports an unreachable server with the recipient, never the link', async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = net.createServer().listen(0, '127.0.0.1', () => {
        const address = probe.address() as net.AddressInfo;
        probe.close(() => resolve(address.port));
      });
    });
    const mailer = createMailer({ smtp: parseSmtpUrl(`smtp://127.0.0.1:${port}`), outboxDir: '/nonexistent-outbox-unused', templates: await fixtureTemplates(), now: () => NOW });
    const error = (await mailer.send(invitation()).catch((e: unknown) => e)) as MailSendError;
    await mailer.close();
    expect(error).toBeInstanceOf(MailSendError);
    expect(error.message).toMatch(/^cannot send the invitation to ada@example\.com \(smtp\): /);
    expect(error.code).toBeDefined();
    expectNoPieceOfTheTicket(`${error.message}${error.stack ?? ''}`);
  });
});

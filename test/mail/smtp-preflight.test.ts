// SMTP_URL as operators write it (AWS SES passwords with `/`, `#`, `@`), the check before the first write (one
// login attempt, the cause named, the password never repeated), and 4xx replies retried with backoff.
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMTPServer } from 'smtp-server';
import { createMailer } from '../../reconciler/mail/mailer';
import { MailSendError } from '../../reconciler/mail/errors';
import { scrubber, SmtpCheckError } from '../../reconciler/mail/smtp';
import { parseSmtpUrl, SmtpUrlError } from '../../reconciler/mail/smtp-url';
import { freePort } from '../support/ports';
import { fixtureTemplates, invitation, NOW } from './helpers';

const USER = 'AKIAEXAMPLEUSER';
const PASSWORDS = ['Bz/9+kQ#wE@r4t/Yu=', 'plain-Password-1', 'with:colon%and spaces'];

interface Server {
  port: number;
  logins: { user: string; ok: boolean }[];
  delivered: string[];
  /** RCPT TO attempts answered 450 so far. */
  deferred: number;
  stop(): Promise<void>;
}

/** An SMTP server that requires a login with one of PASSWORDS, and can defer the first `defer` recipients. */
async function startServer(options: { defer?: number } = {}): Promise<Server> {
  const state = { logins: [] as Server['logins'], delivered: [] as string[], deferred: 0 };
  const server = new SMTPServer({
    secure: false,
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    authMethods: ['PLAIN', 'LOGIN'],
    logger: false,
    onAuth(auth, _session, callback) {
      const ok = auth.username === USER && PASSWORDS.includes(auth.password ?? '');
      state.logins.push({ user: auth.username ?? '', ok });
      // A careless server that quotes the credentials back in its refusal.
      if (!ok) return callback(Object.assign(new Error(`bad login ${auth.username}:${auth.password}`), { responseCode: 535 }));
      callback(null, { user: auth.username });
    },
    onRcptTo(address, _session, callback) {
      if (state.deferred < (options.defer ?? 0)) {
        state.deferred++;
        return callback(Object.assign(new Error('greylisted, try again later'), { responseCode: 450 }));
      }
      callback();
    },
    onData(stream, session, callback) {
      stream.resume();
      stream.on('end', () => {
        state.delivered.push(...session.envelope.rcptTo.map((r) => r.address));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as net.AddressInfo).port;
  return Object.assign(state, {
    port,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }) as Server;
}

const noWait = { attempts: 4, delayMs: () => 5 };

describe('parseSmtpUrl', () => {
  it('takes passwords with / # @ : as typed, and percent-encoded ones decoded', () => {
    expect(parseSmtpUrl('smtp://AKIA:Bz/9+kQ#wE@r4t@email-smtp.eu-west-1.amazonaws.com:587')).toEqual({
      url: 'smtp://email-smtp.eu-west-1.amazonaws.com:587/',
      host: 'email-smtp.eu-west-1.amazonaws.com:587',
      auth: { user: 'AKIA', pass: 'Bz/9+kQ#wE@r4t' },
    });
    expect(parseSmtpUrl('smtps://AKIA:Bz%2F9%2BkQ%23wE%40r4t@smtp.example.com').auth).toEqual({ user: 'AKIA', pass: 'Bz/9+kQ#wE@r4t' });
    expect(parseSmtpUrl('smtps://smtp.example.com')).toEqual({ url: 'smtps://smtp.example.com:465/', host: 'smtp.example.com:465' });
    expect(parseSmtpUrl('smtp://u:p:q@[::1]:2525/?tls.rejectUnauthorized=false#x')).toEqual({
      url: 'smtp://[::1]:2525/?tls.rejectUnauthorized=false',
      host: '[::1]:2525',
      auth: { user: 'u', pass: 'p:q' },
    });
  });

  it('fails naming SMTP_URL and the problem, never repeating the value', () => {
    const secret = 'Sup3r/Secret#Pass';
    for (const [value, problem] of [
      [`http://u:${secret}@smtp.example.com`, 'does not start with smtp://'],
      [`smtp://u:${secret}@smtp.example.com:58x7`, 'has a port that is not a number'],
      [`smtp://u:${secret}@smtp.example.com:70000`, 'has a port that is not a number'],
      [`smtp://u:${secret}@`, 'has no host name'],
      [`smtp://u:${secret}@smtp example.com`, 'has no host name'],
      [`smtp://:${secret}@smtp.example.com`, 'has a password but no user name'],
    ] as const) {
      const error = (() => {
        try {
          parseSmtpUrl(value);
        } catch (e) {
          return e;
        }
      })();
      expect(error, value).toBeInstanceOf(SmtpUrlError);
      expect((error as Error).message).toContain(`SMTP_URL ${problem}`);
      expect(JSON.stringify({ ...(error as object), message: (error as Error).message, stack: (error as Error).stack })).not.toContain('Secret');
    }
  });
});

describe('the SMTP check before the first write', () => {
  let server: Server;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.stop());

  it.each(PASSWORDS)('logs in once with the password %j as typed, and delivers', async (password) => {
    server.logins.length = 0;
    const mailer = createMailer({ smtp: parseSmtpUrl(`smtp://${USER}:${password}@127.0.0.1:${server.port}`), outboxDir: '/nonexistent-outbox-unused', templates: await fixtureTemplates(), now: () => NOW });
    await mailer.verify();
    await mailer.send(invitation({ email: `${password.length}@example.com` }));
    await mailer.close();
    expect(server.logins.filter((l) => !l.ok)).toEqual([]);
    expect(server.delivered).toContain(`${password.length}@example.com`);
  });

  it('a wrong password: one login attempt, and an error that never repeats the credentials the server quoted', async () => {
    server.logins.length = 0;
    const password = 'Wr0ng/Pass#word@1';
    const mailer = createMailer({ smtp: parseSmtpUrl(`smtp://${USER}:${password}@127.0.0.1:${server.port}`), outboxDir: '/nonexistent-outbox-unused', templates: await fixtureTemplates(), now: () => NOW });
    const error = (await mailer.verify().catch((e: unknown) => e)) as Error;
    await mailer.close();
    expect(error).toBeInstanceOf(SmtpCheckError);
    expect(error.message).toContain(`The mail server named by SMTP_URL (127.0.0.1:${server.port}) cannot be used: Invalid login: 535`);
    expect(error.message).toContain('Check the user name and password in SMTP_URL');
    expect(`${error.message}${error.stack}`).not.toContain(password);
    expect(`${error.message}${error.stack}`).not.toContain(USER);
    expect(server.logins).toEqual([{ user: USER, ok: false }]);
  });

  it('an unreachable server is named with its host and cause', async () => {
    const port = await freePort();
    const mailer = createMailer({ smtp: parseSmtpUrl(`smtp://${USER}:secret-pass@127.0.0.1:${port}`), outboxDir: '/unused', templates: await fixtureTemplates(), now: () => NOW });
    const error = (await mailer.verify().catch((e: unknown) => e)) as Error;
    await mailer.close();
    expect(error.message).toBe(
      `The mail server named by SMTP_URL (127.0.0.1:${port}) cannot be used: Cannot reach 127.0.0.1:${port} (SMTP_URL): the connection was refused, nothing listens on that port (ECONNREFUSED). Nothing was sent.`,
    );
  });
});

describe('transient SMTP replies', () => {
  it('a 450 is retried with backoff until the server takes the message: delivered once', async () => {
    const server = await startServer({ defer: 2 });
    try {
      const mailer = createMailer({ smtp: parseSmtpUrl(`smtp://${USER}:${PASSWORDS[1]}@127.0.0.1:${server.port}`), smtpRetry: noWait, outboxDir: '/unused', templates: await fixtureTemplates(), now: () => NOW });
      await mailer.send(invitation({ email: 'grey@example.com' }));
      await mailer.close();
      expect(server.deferred).toBe(2);
      expect(server.delivered).toEqual(['grey@example.com']);
    } finally {
      await server.stop();
    }
  });

  it('gives up after the last attempt, with the reply code', async () => {
    const server = await startServer({ defer: 100 });
    try {
      const mailer = createMailer({ smtp: parseSmtpUrl(`smtp://${USER}:${PASSWORDS[1]}@127.0.0.1:${server.port}`), smtpRetry: noWait, outboxDir: '/unused', templates: await fixtureTemplates(), now: () => NOW });
      const error = (await mailer.send(invitation({ email: 'grey@example.com' })).catch((e: unknown) => e)) as MailSendError;
      await mailer.close();
      expect(error).toBeInstanceOf(MailSendError);
      expect(error.responseCode).toBe(450);
      expect(error.permanent).toBe(false);
      expect(server.deferred).toBe(4);
      expect(server.delivered).toEqual([]);
    } finally {
      await server.stop();
    }
  });
});

describe('scrubber', () => {
  it('removes the password as typed, percent-encoded and in base64 as AUTH PLAIN and LOGIN send it', () => {
    const auth = { user: 'mailer-user', pass: 'Bz/9+kQ#wE@r4t' };
    const scrub = scrubber(auth);
    const plain = Buffer.from(`\u0000${auth.user}\u0000${auth.pass}`).toString('base64');
    const text = `535 no: ${auth.pass} ${encodeURIComponent(auth.pass)} ${plain} ${Buffer.from(auth.pass).toString('base64')} ${auth.user}`;
    const scrubbed = scrub(text);
    expect(scrubbed).toBe(`535 no: ${Array(5).fill('[credentials removed]').join(' ')}`);
  });
});

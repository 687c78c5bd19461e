// A local SMTP server (smtp-server) for tests that run the reconciler with SMTP_URL: it counts the mails each
// recipient received and every login attempt, and can require a password, answer slowly, or refuse.
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface SmtpServerOptions {
  /** Require this login (AUTH PLAIN or LOGIN over plain text, as a local test server may). */
  auth?: { user: string; pass: string };
  /** Milliseconds before each message is accepted: keeps mails in flight. */
  dataDelayMs?: number;
  /** Refuse every connection with this greeting reply (e.g. 554). */
  refuseWith?: number;
}

export interface TestSmtpServer {
  port: number;
  /** `smtp://user:pass@127.0.0.1:port` with the credentials as given (not encoded), or without any. */
  url(credentials?: { user: string; pass: string }): string;
  /** Mails received per recipient. */
  received: Map<string, number>;
  total(): number;
  /** Every login attempt: the user name, and whether it was accepted. */
  logins: { user: string; ok: boolean }[];
  stop(): Promise<void>;
}

export async function startSmtpServer(options: SmtpServerOptions = {}): Promise<TestSmtpServer> {
  const received = new Map<string, number>();
  const logins: TestSmtpServer['logins'] = [];
  const server = new SMTPServer({
    secure: false,
    disabledCommands: ['STARTTLS', ...(options.auth ? [] : ['AUTH'])],
    authOptional: !options.auth,
    allowInsecureAuth: true,
    logger: false,
    onConnect(_session, callback) {
      if (options.refuseWith) return callback(Object.assign(new Error('no service for you'), { responseCode: options.refuseWith }));
      callback();
    },
    onAuth(auth, _session, callback) {
      const ok = auth.username === options.auth?.user && auth.password === options.auth?.pass;
      logins.push({ user: auth.username ?? '', ok });
      // Careless, as some servers are: the refusal quotes what it was given.
      if (!ok) return callback(Object.assign(new Error(`authentication failed for ${auth.username}:${auth.password}`), { responseCode: 535 }));
      callback(null, { user: auth.username });
    },
    onData(stream, session, callback) {
      stream.resume();
      stream.on('end', () => {
        const done = (): void => {
          for (const { address } of session.envelope.rcptTo) received.set(address, (received.get(address) ?? 0) + 1);
          callback();
        };
        if (options.dataDelayMs) setTimeout(done, options.dataDelayMs);
        else done();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    url: (credentials) => `smtp://${credentials ? `${credentials.user}:${credentials.pass}@` : ''}127.0.0.1:${port}`,
    received,
    total: () => [...received.values()].reduce((sum, n) => sum + n, 0),
    logins,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

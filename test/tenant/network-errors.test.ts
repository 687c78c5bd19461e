// A tenant that cannot be reached is named: the variable that points at it, its host and the cause (DNS, refused,
// TLS, timeout), instead of Node's bare "fetch failed". Names that do not resolve and certificates that do not verify
// are not retried.
import { createServer as createHttpServer, type Server } from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clock } from '../../reconciler/clock';
import { describeNetworkError, NetworkError } from '../../reconciler/network-errors';
import { createPacedFetch } from '../../reconciler/tenant/paced-fetch';
import { Pacer } from '../../reconciler/tenant/pacer';
import { reconcile } from '../support/run';
import { freePort } from '../support/ports';
import { createWorkspace, type Workspace } from '../support/workspace';
import { FakeClock } from './fake-clock';

/** Retries without waiting: the causes, not the backoff, are under test. */
const instant: Clock = { now: () => Date.now(), sleep: async () => undefined };

let workspace: Workspace;
let plainHttp: Server;
let silent: net.Server;
const silentSockets = new Set<net.Socket>();
beforeAll(async () => {
  workspace = await createWorkspace({ prefix: 'network-', invitees: [{ email: 'ada@example.com' }] });
  plainHttp = createHttpServer((_req, res) => res.end('{}'));
  silent = net.createServer((socket) => void silentSockets.add(socket)); // accepts, never answers
  await Promise.all([plainHttp, silent].map((server) => new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))));
});
afterAll(async () => {
  plainHttp.closeAllConnections();
  for (const socket of silentSockets) socket.destroy();
  await Promise.all([plainHttp, silent].map((server) => new Promise((resolve) => server.close(resolve))));
  await workspace.remove();
});

const portOf = (server: net.Server | Server): number => (server.address() as AddressInfo).port;

const credentials = { AUTH0_CLIENT_ID: 'client', AUTH0_CLIENT_SECRET: 'secret-never-printed' };

async function dryRun(env: NodeJS.ProcessEnv) {
  const result = await reconcile(workspace, { ...credentials, ...env }, { dryRun: true, clock: instant });
  expect(result.exitCode).toBe(1);
  expect(result.stderr).not.toContain('fetch failed');
  expect(result.stderr).not.toContain('secret-never-printed');
  return result;
}

describe('an unreachable tenant', () => {
  it('AUTH0_DOMAIN that does not resolve: named with its host and "DNS", not retried', async () => {
    const result = await dryRun({ AUTH0_DOMAIN: 'no-such-tenant.invalid' });
    expect(result.stderr).toContain('Error: Cannot reach no-such-tenant.invalid (AUTH0_DOMAIN): DNS lookup failed');
    expect(result.stderr).toContain('(ENOTFOUND)');
    expect(result.stderr).not.toContain('retrying');
  });

  it('AUTH0_BASE_URL where nothing listens: "refused", after the retries', async () => {
    const port = await freePort();
    const result = await dryRun({ AUTH0_DOMAIN: 'tenant.example.com', AUTH0_BASE_URL: `http://127.0.0.1:${port}` });
    expect(result.stderr).toContain(`Error: Cannot reach 127.0.0.1:${port} (AUTH0_BASE_URL): the connection was refused`);
    expect(result.stderr.match(/retrying POST \/oauth\/token after a refused connection/g)).toHaveLength(5);
  });

  it('AUTH0_BASE_URL speaking TLS to a plain HTTP server: "TLS", not retried', async () => {
    const result = await dryRun({ AUTH0_DOMAIN: 'tenant.example.com', AUTH0_BASE_URL: `https://127.0.0.1:${portOf(plainHttp)}` });
    expect(result.stderr).toContain(`Error: Cannot reach 127.0.0.1:${portOf(plainHttp)} (AUTH0_BASE_URL): the TLS handshake failed`);
    expect(result.stderr).not.toContain('retrying');
  });

  it('a server that never answers: "timeout", naming the variable and host', async () => {
    const clock = new FakeClock();
    const fetch = createPacedFetch({
      origin: 'https://tenant.example.com',
      baseUrl: `http://127.0.0.1:${portOf(silent)}`,
      variable: 'AUTH0_BASE_URL',
      pacer: new Pacer({ perSecond: 1000, burst: 1000, share: 1, clock }),
      clock,
      maxAttempts: 1,
      timeoutMs: 100,
    });
    const error = await fetch('https://tenant.example.com/api/v2/users').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as Error).message).toBe(`Cannot reach 127.0.0.1:${portOf(silent)} (AUTH0_BASE_URL): no answer in time (timeout).`);
  });

  it('a mistyped AUTH0_DOMAIN or AUTH0_BASE_URL is refused before any request, without echoing it', async () => {
    const domain = await dryRun({ AUTH0_DOMAIN: 'example.eu.auth0.com/api v2' });
    expect(domain.stderr).toContain('AUTH0_DOMAIN is not a host name');
    const base = await dryRun({ AUTH0_DOMAIN: 'tenant.example.com', AUTH0_BASE_URL: 'http://user:hunter2@127.0.0.1:1' });
    expect(base.stderr).toContain('AUTH0_BASE_URL is not an http:// or https:// origin without credentials');
    expect(base.stderr).not.toContain('hunter2');
  });
});

describe('describeNetworkError', () => {
  it('reads the cause from the error chain, and from nodemailer\'s wording', () => {
    const target = { variable: 'SMTP_URL', host: 'smtp.example.com:587' };
    const wrapped = Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('x'), { code: 'CERT_HAS_EXPIRED' }) });
    expect(describeNetworkError(wrapped, target).reason).toBe('TLS');
    const nodemailer = Object.assign(new Error('connect ECONNREFUSED 10.0.0.1:587'), { code: 'ECONNECTION' });
    expect(describeNetworkError(nodemailer, target).message).toBe(
      'Cannot reach smtp.example.com:587 (SMTP_URL): the connection was refused, nothing listens on that port (ECONNREFUSED).',
    );
    expect(describeNetworkError(Object.assign(new Error('x'), { code: 'EDNS' }), target).reason).toBe('DNS');
    expect(describeNetworkError(new Error('odd'), target).reason).toBe('other');
  });
});

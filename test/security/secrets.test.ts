// Secrets never leave through outputs: a full run (invite, reinvite, a ticket that fails) in every output format,
// with every output captured, is searched for the client secret, each access token the tenant saw, and each
// ticket id and URL it issued; the CLI's output, Node's warnings included, is searched for SMTP_URL passwords
// holding / # @. Also: a client without a needed scope stops before any write, and a name with CR/LF cannot
// inject a mail header.
import { randomBytes } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../emulator/index';
import { systemClock, type Clock } from '../../reconciler/clock';
import type { OutputFormat } from '../../reconciler/render/output';
import { spawnReconcile, exitOf } from '../support/cli';
import { FAST } from '../support/config';
import { startSmtpServer } from '../support/smtp';
import { totalMails } from '../support/outbox';
import { writeRequests } from '../support/requests';
import { reconcile } from '../support/run';
import { startTenant, tenantEnv } from '../support/tenant';
import { cleanUpAfterEach } from '../support/cleanup';
import { createWorkspace } from '../support/workspace';

const cleanup = cleanUpAfterEach();

const later = (ms: number): Clock => ({ now: () => Date.now() + ms, sleep: systemClock.sleep });
const TICKET_ROUTE = 'POST /api/v2/tickets/password-change';

/** Records every bearer token the tenant verifies, and which route each API request is for. */
function watch(running: RunningEmulator): { tokens: Set<string>; failTickets(on: boolean): void } {
  const tokens = new Set<string>();
  const verifier = running.context.verifier;
  const verify = verifier.verify.bind(verifier);
  verifier.verify = (authorization) => {
    const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
    if (token) tokens.add(token);
    return verify(authorization);
  };
  // The fault injector is asked once per API request, just after the request was counted: inject 500s on the
  // ticket route only, when asked to.
  let lastRoute = '';
  let failing = false;
  const stats = running.context.stats;
  const count = stats.countRequest.bind(stats);
  stats.countRequest = (route: string) => {
    lastRoute = route;
    count(route);
  };
  const faults = running.context.faults;
  const next = faults.nextRequestFault.bind(faults);
  faults.nextRequestFault = () => (failing && lastRoute === TICKET_ROUTE ? 'error500' : next());
  return { tokens, failTickets: (on) => void (failing = on) };
}

describe('secrets in outputs', () => {
  it('no client secret, access token or ticket appears in stdout or stderr of any run, in any format', async () => {
    const clientSecret = `secret-${randomBytes(24).toString('hex')}`;
    const emulator = cleanup(await startTenant({ clientId: 'reconciler-under-test', clientSecret }));
    const tenant = watch(emulator);
    const workspace = cleanup(await createWorkspace({
      prefix: 'secrets-',
      invitees: [
        { email: 'ada@example.com', name: 'Ada Lovelace' },
        { email: 'grace@example.com', name: 'Grace Hopper' },
      ],
      config: { ...FAST, tickets: { ttl_seconds: 3600 } },
    }));
    const env = { ...tenantEnv(emulator), RECONCILE_DEBUG: '1' };
    const outputs: string[] = [];
    const record = (run: { stdout: string; stderr: string }): void => void outputs.push(run.stdout, run.stderr);
    const formats: OutputFormat[] = ['text', 'markdown', 'json'];

    // Invite two (text), dry runs in every format.
    for (const format of formats) record(await reconcile(workspace, env, { dryRun: true, format }));
    const invited = await reconcile(workspace, env);
    record(invited);
    expect(invited.exitCode, invited.stderr).toBe(0);

    // Two hours on: both invitations expired; reinvite them (markdown), and a new invitee whose tickets fail (json).
    const afterExpiry = later(2 * 3600 * 1000);
    const reinvited = await reconcile(workspace, env, { clock: afterExpiry, format: 'markdown' });
    record(reinvited);
    expect(reinvited.report?.reinvited).toBe(2);
    await workspace.writeInvitees([
      { email: 'ada@example.com', name: 'Ada Lovelace' },
      { email: 'grace@example.com', name: 'Grace Hopper' },
      { email: 'linus@example.com', name: 'Linus' },
    ]);
    tenant.failTickets(true);
    const failed = await reconcile(workspace, env, { clock: afterExpiry, format: 'json' });
    tenant.failTickets(false);
    record(failed);
    expect(failed.exitCode).toBe(3);
    expect(failed.report?.failures.map((f) => [f.email, f.stage])).toEqual([['linus@example.com', 'ticket']]);
    for (const format of formats) record(await reconcile(workspace, env, { clock: afterExpiry, dryRun: true, format, maskEmails: format !== 'text' }));

    // What must never appear.
    const tickets = emulator.state.data.tickets;
    expect(tickets).toHaveLength(4); // 2 invitations, 2 reinvitations (the failing ticket requests never reached the handler)
    const needles = new Map<string, string>([['client secret', clientSecret]]);
    expect(tenant.tokens.size).toBeGreaterThan(0);
    for (const token of tenant.tokens) {
      needles.set('access token', token);
      needles.set('access token signature', token.split('.')[2]!);
    }
    for (const ticket of tickets) {
      needles.set(`ticket id ${ticket.id}`, ticket.id);
      needles.set(`ticket url ${ticket.id}`, `${emulator.url}/u/reset-password?ticket=${ticket.id}`);
    }
    const everything = outputs.join('\n');
    expect(everything.length).toBeGreaterThan(1000);
    for (const [what, needle] of needles) expect(everything.includes(needle), `${what} leaked`).toBe(false);

    // Control: the mails do carry the tickets (the search would find them), and only the mails.
    const mails = await readdir(workspace.outbox);
    expect(mails.length).toBe(4);
    const mailed = new Set<string>();
    for (const file of mails) {
      const parsed = await simpleParser(await readFile(path.join(workspace.outbox, file)));
      const link = /ticket=([A-Za-z0-9]+)/.exec(parsed.text ?? '')?.[1];
      expect(link, file).toBeDefined();
      mailed.add(link!);
      expect(parsed.text?.includes(clientSecret)).toBe(false);
    }
    expect([...mailed].every((id) => tickets.some((t) => t.id === id))).toBe(true);
  });
});

describe('SMTP_URL passwords in outputs', () => {
  it('a password with / # @ never appears in any output of the CLI: delivering, refused, malformed, dry run', async () => {
    const user = 'AKIAIOSFODNN7EXAMPLE';
    const pass = 'Bz/9+kQ#wE@r4tYu/Z3#x';
    const emulator = cleanup(await startTenant());
    const smtp = await startSmtpServer({ auth: { user, pass } });
    const workspace = cleanup(await createWorkspace({ prefix: 'secrets-', invitees: [{ email: 'ada@example.com' }, { email: 'grace@example.com' }], config: FAST }));
    const env = { ...tenantEnv(emulator), RECONCILE_DEBUG: '1' };
    const outputs: string[] = [];
    const cli = async (smtpUrl: string, args: string[] = []): Promise<number | null> => {
      const child = spawnReconcile(workspace, { ...env, SMTP_URL: smtpUrl }, args);
      const { code } = await exitOf(child);
      await new Promise((resolve) => setImmediate(resolve));
      outputs.push(child.output.stdout, child.output.stderr);
      return code;
    };
    try {
      const host = `127.0.0.1:${smtp.port}`;
      // Malformed in every way a hand-typed URL can be: each refused before any request, naming SMTP_URL.
      for (const malformed of [`smtps:/${user}:${pass}@${host}`, `smtp://${user}:${pass}@${host.replace(/\d+$/, '25x')}`, `smtp://${user}:${pass}@`, `smtp://${user}:${pass}@smtp example.com`]) {
        expect(await cli(malformed)).toBe(1);
        expect(outputs.at(-1)).toMatch(/^Error: SMTP_URL /m);
      }
      expect(emulator.stats().requests).toEqual({});
      expect(await cli(`smtp://${user}:${pass}@${host}`, ['--dry-run'])).toBe(0);
      // Refused: the server quotes the credentials back in its reply.
      expect(await cli(`smtp://${user}:${pass.replace('Bz', 'Xx')}@${host}`)).toBe(1);
      expect(outputs.at(-1)).toContain('Check the user name and password in SMTP_URL');
      expect(await cli(`smtp://${user}:${pass}@${host}`)).toBe(0);
      expect(smtp.total()).toBe(2);
    } finally {
      await smtp.stop();
    }
    const everything = outputs.join('\n');
    expect(everything.length).toBeGreaterThan(500);
    const base64 = (text: string): string => Buffer.from(text).toString('base64');
    const wrongPass = pass.replace('Bz', 'Xx');
    for (const secret of [pass, wrongPass, encodeURIComponent(pass), base64(pass), base64(`\u0000${user}\u0000${pass}`), base64(`\u0000${user}\u0000${wrongPass}`)]) {
      expect(everything.includes(secret), `leaked: ${secret}`).toBe(false);
    }
  }, 90_000);
});

describe('a client missing a scope', () => {
  it('stops before any write, naming the missing scope', async () => {
    const emulator = cleanup(await startTenant({
      clients: [{ clientId: 'restricted', clientSecret: 'restricted-secret', scopes: ['read:users', 'create:users', 'update:users', 'read:connections'] }],
    }));
    const workspace = cleanup(await createWorkspace({ prefix: 'secrets-', invitees: [{ email: 'ada@example.com' }, { email: 'grace@example.com' }], config: FAST }));
    const result = await reconcile(workspace, tenantEnv(emulator, { clientId: 'restricted', clientSecret: 'restricted-secret' }));
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(/missing the scope create:user_tickets/);
    expect(result.stderr).toMatch(/Nothing was changed/);
    expect(writeRequests(emulator.stats())).toEqual({});
    expect(await totalMails(workspace.outbox)).toBe(0);
    expect(emulator.state.data.users).toHaveLength(0);
  });
});

describe('a name with CR/LF', () => {
  it('end to end: rejected by the loader, or delivered without an injected header', async () => {
    const emulator = cleanup(await startTenant());
    const workspace = cleanup(await createWorkspace({ prefix: 'secrets-', config: FAST }));
    const { writeFile } = await import('node:fs/promises');
    await writeFile(
      path.join(workspace.invitees, 'people.yaml'),
      'invitees:\n  - email: eve@example.com\n    name: "Eve\\r\\nBcc: attacker@evil.example\\r\\nSubject: pwned"\n',
    );
    const result = await reconcile(workspace, tenantEnv(emulator));
    if (result.exitCode === 1) {
      // Rejected: with its location, and nothing sent to the tenant.
      expect(result.stderr).toMatch(/people\.yaml:3:\d+/);
      expect(emulator.stats().requests).toEqual({});
      return;
    }
    expect(result.exitCode, result.stderr).toBe(0);
    const [file] = await readdir(workspace.outbox);
    const raw = await readFile(path.join(workspace.outbox, file!), 'utf8');
    const headerBlock = raw.slice(0, raw.search(/\r?\n\r?\n/));
    expect(headerBlock).not.toMatch(/^Bcc:/im);
    expect(headerBlock.match(/^Subject:/gim)).toHaveLength(1);
    const parsed = await simpleParser(raw);
    expect(parsed.bcc).toBeUndefined();
    expect(parsed.subject).not.toContain('pwned');
    const to = Array.isArray(parsed.to) ? parsed.to : [parsed.to];
    expect(to.flatMap((a) => a?.value ?? []).map((a) => a.address)).toEqual(['eve@example.com']);
  });
});

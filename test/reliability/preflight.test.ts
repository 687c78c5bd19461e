// The checks before the first write: a mail server that cannot be reached, refuses, or refuses our login, and a
// ticket client id the tenant does not know, each stop the run before any user is imported or any ticket link
// is minted; a good setup costs one login and, with a client id, one ticket request.
import { describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../emulator/index';
import { isLeaseAddress, LEASE_EMAIL } from '../../reconciler/lease/address';
import { cleanUpAfterEach } from '../support/cleanup';
import { CONNECTION, FAST, type ConfigOverrides } from '../support/config';
import { people } from '../support/invitees';
import { totalMails } from '../support/outbox';
import { ROUTES, writeRequests } from '../support/requests';
import { reconcile } from '../support/run';
import { startSmtpServer } from '../support/smtp';
import { startTenant, tenantEnv } from '../support/tenant';
import { declaredUsers, ticketsPerInvitee } from '../support/tenant-state';
import { freePort } from '../support/ports';
import { createWorkspace, type Workspace } from '../support/workspace';

const LOGIN = { user: 'mailer', pass: 'Corr3ct/Horse#Battery@Staple' };

const cleanup = cleanUpAfterEach();
let emulator: RunningEmulator | undefined;
let workspace: Workspace | undefined;

async function setUp(config: ConfigOverrides = {}) {
  emulator = cleanup(await startTenant());
  workspace = cleanup(await createWorkspace({ prefix: 'preflight-', invitees: people(12, 'pre'), config: { ...FAST, ...config } }));
  return tenantEnv(emulator);
}

/** Nothing was written: no lease, no import, no ticket request, no mail. */
function expectNothingWritten(): void {
  expect(writeRequests(emulator!.stats())).toEqual({});
  expect(ticketsPerInvitee(emulator!).size).toBe(0);
  expect(declaredUsers(emulator!)).toEqual([]);
}

describe('the mail transport, checked before the first write', () => {
  it('an unreachable SMTP server: exit 1 naming SMTP_URL, its host and the cause; 0 tickets, nothing written', async () => {
    const env = await setUp();
    const port = await freePort();
    const result = await reconcile(workspace!, { ...env, SMTP_URL: `smtp://${LOGIN.user}:${LOGIN.pass}@127.0.0.1:${port}` });
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain(`Cannot reach 127.0.0.1:${port} (SMTP_URL): the connection was refused`);
    expect(result.stderr).not.toContain(LOGIN.pass);
    expectNothingWritten();
  });

  it('a server that refuses us (554 greeting): exit 1, 0 tickets, nothing written', async () => {
    const env = await setUp();
    const smtp = cleanup(await startSmtpServer({ refuseWith: 554 }));
    const result = await reconcile(workspace!, { ...env, SMTP_URL: smtp.url() });
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain(`The mail server named by SMTP_URL (127.0.0.1:${smtp.port}) cannot be used`);
    expect(result.stderr).toContain('554');
    expectNothingWritten();
  });

  it('a wrong password: exactly one login attempt, exit 1, 0 tickets, nothing written', async () => {
    const env = await setUp();
    const smtp = cleanup(await startSmtpServer({ auth: LOGIN }));
    const wrong = { user: LOGIN.user, pass: 'Wr0ng/Pass#word@1' };
    const result = await reconcile(workspace!, { ...env, SMTP_URL: smtp.url(wrong) });
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain('Check the user name and password in SMTP_URL');
    expect(smtp.logins).toEqual([{ user: LOGIN.user, ok: false }]);
    expect(`${result.stdout}${result.stderr}`).not.toContain(wrong.pass);
    expectNothingWritten();
  });

  it('the right password, with / # @ in it as typed: delivered, after one login for the check', async () => {
    const env = await setUp();
    const smtp = cleanup(await startSmtpServer({ auth: LOGIN }));
    const result = await reconcile(workspace!, { ...env, SMTP_URL: smtp.url(LOGIN) });
    expect(result.exitCode, result.stderr).toBe(0);
    expect(smtp.total()).toBe(12);
    expect(smtp.logins.every((login) => login.ok)).toBe(true);
    expect(smtp.logins.length).toBeGreaterThanOrEqual(2); // the check, then the pool's own connection(s)
  });

  it('an outbox that cannot be written: exit 1 naming it, nothing written', async () => {
    const env = await setUp();
    const result = await reconcile({ ...workspace!, outbox: workspace!.config }, env);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain(`The outbox folder ${workspace!.config} (--outbox) is not writable`);
    expectNothingWritten();
  });
});

describe('tickets.client_id, checked before the first import', () => {
  it('a client id the tenant does not know: exit 1 naming the setting; one ticket request, 0 tickets, no import', async () => {
    const env = await setUp({ tickets: { ttl_seconds: 3600, client_id: 'NoSuchClientAtAll0000000000000000' } });
    const result = await reconcile(workspace!, env);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain('The tenant refuses tickets with this tickets.client_id');
    expect(result.stderr).toContain('The client does not exist');
    expect(emulator!.stats().requests[ROUTES.tickets]).toBe(1);
    expect(emulator!.state.data.tickets).toEqual([]);
    expect(emulator!.stats().requests[ROUTES.imports]).toBeUndefined();
    expect(declaredUsers(emulator!)).toEqual([]);
    expect(emulator!.state.userByEmail(CONNECTION, LEASE_EMAIL)).toBeUndefined();
    expect(await totalMails(workspace!.outbox)).toBe(0);
  });

  it('a client id the tenant knows: one ticket request more than the invitations, everyone invited', async () => {
    const env = await setUp({ tickets: { ttl_seconds: 3600, client_id: 'local-client' } });
    const result = await reconcile(workspace!, env);
    expect(result.exitCode, result.stderr).toBe(0);
    expect(emulator!.stats().requests[ROUTES.tickets]).toBe(13);
    // Twelve invitations, and the check's ticket for the lease user (now a released tombstone), never mailed.
    const tickets = [...ticketsPerInvitee(emulator!)];
    expect(tickets.filter(([email]) => !isLeaseAddress(email)).map(([, n]) => n)).toEqual(Array(12).fill(1));
    expect(tickets.filter(([email]) => isLeaseAddress(email)).map(([, n]) => n)).toEqual([1]);
    expect(await totalMails(workspace!.outbox)).toBe(12);
  });
});

// `mail.delivery: auth0` against the emulator: Auth0 sends its own Change Password email. Exact counts from the
// emulator's stats (rate limits off, job latency 0, one bookkeeping flush), and the mails as the emulator renders
// them from the template the stack deploys.
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../emulator/index';
import { writeBenchInvitees } from '../../bench/workspace';
import { AUTH0_DELIVERY, CONNECTION } from '../support/config';
import { people } from '../support/invitees';
import { countOf, difference, managementRequests, ROUTES, totalOf, type RouteCounts } from '../support/requests';
import { reconcile } from '../support/run';
import { startAuth0Tenant, tenantEnv } from '../support/tenant';
import { userOf } from '../support/tenant-state';
import { createWorkspace, type Workspace } from '../support/workspace';

const UNTHROTTLED = {
  rate_limit: { share: 1, per_second: 100_000, burst: 10_000, authentication: { per_second: 100_000, share: 1 } },
  // One bookkeeping job at the end of the run, however slow the machine: counts must not depend on timing.
  batching: { bookkeeping_flush_every: 5000, bookkeeping_flush_seconds: 3600 },
};


const counted = (emulator: RunningEmulator): RouteCounts => managementRequests(emulator.stats());

describe('inviting 2,000 people through Auth0\'s own email', () => {
  const N = 2000;
  let emulator: RunningEmulator;
  let workspace: Workspace;
  let first: RouteCounts;
  let rerun: RouteCounts;
  let changePasswords: { first: number; rerun: number };
  let firstRun: Awaited<ReturnType<typeof reconcile>>;

  beforeAll(async () => {
    workspace = await createWorkspace({ prefix: 'auth0-delivery-', config: { ...AUTH0_DELIVERY, ...UNTHROTTLED } });
    await writeBenchInvitees(workspace, N, 20);
    emulator = await startAuth0Tenant(workspace);
    const env = tenantEnv(emulator);
    firstRun = await reconcile(workspace, env);
    expect(firstRun.exitCode, firstRun.stderr).toBe(0);
    first = counted(emulator);
    const afterFirst = emulator.stats().requests;
    const again = await reconcile(workspace, env);
    expect(again.exitCode, again.stderr).toBe(0);
    rerun = difference(counted(emulator), first);
    changePasswords = {
      first: countOf(afterFirst, ROUTES.changePassword),
      rerun: countOf(emulator.stats().requests, ROUTES.changePassword) - countOf(afterFirst, ROUTES.changePassword),
    };
  }, 120_000);
  afterAll(async () => {
    await emulator?.stop();
    await workspace?.remove();
  });

  it('asks Auth0 for exactly one change-password email per invitee, and mints no ticket', () => {
    expect(changePasswords.first).toBe(N);
    expect(countOf(first, ROUTES.tickets)).toBe(0);
    expect(firstRun.report?.invited).toBe(N);
    expect(firstRun.report?.failures).toEqual([]);
    expect(firstRun.report?.delivery).toEqual({ name: 'auth0', changePasswordRequests: N });
    expect(emulator.context.emails.sent.length).toBe(1000); // the emulator keeps the last 1,000 in memory
  });

  it('costs at most 0.02 Management API requests per invitee: imports, bookkeeping, polls and a handful more', () => {
    // 3 import files of new users (500 KB each: every record also carries its managed-fields record) + 1
    // bookkeeping upsert, each polled once; token, connection, observation and the lease: 18 in all.
    expect(countOf(first, ROUTES.imports)).toBe(4);
    expect(countOf(first, ROUTES.job)).toBe(4);
    expect(totalOf(first)).toBeLessThanOrEqual(0.02 * N);
    expect(firstRun.report?.requests).toBe(totalOf(first));
  });

  it('writes one mail per invitee to the outbox, each reading as an invitation', async () => {
    const files = (await readdir(workspace.outbox)).filter((f) => f.endsWith('.eml'));
    expect(files.length).toBe(N);
    const one = await readFile(path.join(workspace.outbox, files[0]!), 'utf8');
    expect(one).toMatch(/^Subject: You're invited to Example/m);
  });

  it('leaves every invitee invited and marked, until they set a password', () => {
    const users = emulator.state.data.users.filter((u) => u.connection === CONNECTION && u.email.startsWith('person-'));
    expect(users.length).toBe(N);
    expect(users.every((u) => (u.app_metadata.invitation as { status: string; awaiting_password?: boolean }).status === 'invited')).toBe(true);
    expect(users.every((u) => (u.app_metadata.invitation as { awaiting_password?: boolean }).awaiting_password === true)).toBe(true);
  });

  it('sends nothing on a rerun', () => {
    expect(changePasswords.rerun).toBe(0);
    expect(countOf(rerun, ROUTES.imports)).toBe(0);
    expect(totalOf(rerun)).toBeLessThanOrEqual(10);
  });
});

describe('the Change Password email, rendered from the deployed template', () => {
  let emulator: RunningEmulator;
  let workspace: Workspace;
  const [ada] = people(1, 'mail');

  beforeAll(async () => {
    workspace = await createWorkspace({ prefix: 'auth0-mail-', config: { ...AUTH0_DELIVERY, ...UNTHROTTLED }, invitees: [ada!] });
    emulator = await startAuth0Tenant(workspace);
  });
  afterAll(async () => {
    await emulator?.stop();
    await workspace?.remove();
  });

  const lastMail = () => emulator.context.emails.sent.at(-1)!;
  const linkIn = (html: string): string => /href="([^"]*\/u\/reset-password[^"]*)"/.exec(html)![1]!.replace(/&amp;/g, '&');

  it('reads as an invitation for an invited user, and as a reset once the person has set a password', async () => {
    const env = tenantEnv(emulator);
    expect((await reconcile(workspace, env)).exitCode).toBe(0);
    const invitation = lastMail();
    expect(invitation.to).toBe(ada!.email);
    expect(invitation.subject).toBe("You're invited to Example");
    expect(invitation.html).toContain('Accept the invitation');
    expect(invitation.html).not.toContain('Reset your password');
    const link = linkIn(invitation.html);
    expect(link).toMatch(/#type=invite$/);

    // The person accepts: the link sets the password and opens the login gate.
    const accepted = await fetch(link.replace(/#.*$/, ''), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ password: 'Correct-Horse-Battery-9' }),
    });
    expect(accepted.status).toBe(200);
    const login = await fetch(`${emulator.url}/emulator/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: ada!.email, password: 'Correct-Horse-Battery-9', connection: CONNECTION }),
    });
    expect(await login.json()).toMatchObject({ result: 'allow' });

    // The next run sees the password set and clears the marker (the bookkeeping, not the Action).
    const next = await reconcile(workspace, env);
    expect(next.exitCode, next.stderr).toBe(0);
    expect(next.plan?.actions.map((a) => a.kind)).toEqual(['update']);
    const invitationState = userOf(emulator, ada!.email)!.app_metadata.invitation as Record<string, unknown>;
    expect(invitationState.status).toBe('invited');
    expect(invitationState).not.toHaveProperty('awaiting_password');
    expect((await reconcile(workspace, env)).plan?.actions.map((a) => a.kind)).toEqual(['unchanged']);

    // "Forgot password" later: the same template now reads as a reset.
    const forgot = await fetch(`${emulator.url}/dbconnections/change_password`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ client_id: AUTH0_DELIVERY_CLIENT, email: ada!.email, connection: CONNECTION }),
    });
    expect(forgot.status).toBe(200);
    const reset = lastMail();
    expect(reset.subject).toBe('Reset your password for Example');
    expect(reset.html).toContain('Reset your password');
    expect(reset.html).not.toContain('invited');
    expect(linkIn(reset.html)).toMatch(/#type=reset$/);
  });
});

const AUTH0_DELIVERY_CLIENT = (AUTH0_DELIVERY.tickets as { client_id: string }).client_id;

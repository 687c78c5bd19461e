// End to end against the emulated tenant: 50 people are invited, 20 set a password through their link (3 in a
// real browser on the tenant's reset page, the rest through the emulator's admin route), 10 of them log in, and
// 5 links expire. `reconcile status` reports exactly that in every format, the HTML page in Chromium shows the
// same numbers, and `reconcile preview` renders the very mail that was sent, apart from its link.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../emulator/index';
import { invitationLink } from '../../reconciler/mail/message';
import { outboxFileName } from '../../reconciler/mail/outbox';
import { PLACEHOLDER_LINK } from '../../reconciler/preview/preview';
import { runPreview } from '../../reconciler/preview/run-preview';
import type { StatusFormat } from '../../reconciler/render/output';
import type { JsonStatus } from '../../reconciler/render/status-json';
import { runStatus } from '../../reconciler/status/run-status';
import { startBrowser, type Browser } from '../support/browser';
import { FAST } from '../support/config';
import { inviteesYaml, people, type InviteeSpec } from '../support/invitees';
import { reconcile } from '../support/run';
import { steppedClock } from '../support/stepped-clock';
import { startTenant, tenantEnv } from '../support/tenant';
import { createWorkspace, type Workspace } from '../support/workspace';
import { Capture } from '../support/capture';
import { expectPageToShow, openStatusPage } from './status-page';

const DAY = 86_400_000;
const TTL_DAYS = 7;
const PASSWORD = 'A-long-enough-password-1';

const early = people(5, { prefix: 'early' }); // invited first: their links expire
const late = people(45, { prefix: 'late' }); // invited six days later
const accepting = late.slice(0, 20);
const inBrowser = accepting.slice(0, 3);
const loggingIn = accepting.slice(0, 10);

const clock = steppedClock();
let emulator: RunningEmulator;
let workspace: Workspace;
let browser: Browser;
let env: NodeJS.ProcessEnv;

async function linkOf(invitee: InviteeSpec): Promise<string> {
  const mail = await simpleParser(await readFile(path.join(workspace.outbox, outboxFileName(invitee.email, 1))));
  const link = /https?:\/\/\S+\/u\/reset-password\?ticket=[A-Za-z0-9]+#\S*/.exec(mail.text ?? '')?.[0];
  if (!link) throw new Error(`no link in the mail to ${invitee.email}`);
  return link;
}

async function status(format: StatusFormat, expiringWithinDays = 3): Promise<string> {
  const stdout = new Capture();
  const stderr = new Capture();
  const result = await runStatus({ invitees: workspace.invitees, config: workspace.config, format, maskEmails: false, expiringWithinDays, files: [], states: [], env, stdout, stderr, clock });
  expect(result.exitCode, stderr.text).toBe(0);
  return stdout.text;
}

beforeAll(async () => {
  emulator = await startTenant({ now: () => clock.now() });
  env = tenantEnv(emulator);
  // A budget the pacer never waits for: the clock stands still during a run (support/stepped-clock.ts).
  const unpaced = { rate_limit: { share: 1, per_second: 100_000, burst: 100_000 } };
  workspace = await createWorkspace({ prefix: 'rollout-', config: { ...FAST, ...unpaced, tickets: { ttl_seconds: TTL_DAYS * 86_400 }, reinvite: { expired: false } } });
  browser = await startBrowser();

  // Day 0: five people; day 6: 45 more, in two files.
  await workspace.writeInviteeFiles({ 'early.yaml': inviteesYaml(early) });
  expect((await reconcile(workspace, env, { clock })).report?.invited).toBe(5);
  clock.advance(6 * DAY);
  await workspace.writeInviteeFiles({ 'early.yaml': inviteesYaml(early), 'late.yaml': inviteesYaml(late.slice(0, 30)), 'later.yaml': inviteesYaml(late.slice(30)) });
  expect((await reconcile(workspace, env, { clock })).report?.invited).toBe(45);

  // Two hours later, 20 of the late ones set their password: three on the reset page in a browser...
  clock.advance(2 * 3_600_000);
  const page = await browser.context.newPage();
  for (const invitee of inBrowser) {
    await page.goto(await linkOf(invitee));
    await page.fill('input[name=password]', PASSWORD);
    await page.fill('input[name=password_confirmation]', PASSWORD);
    await page.click('button[type=submit]');
    await page.locator('h1', { hasText: 'Password changed' }).waitFor();
  }
  await page.close();
  // ...and the others through the admin route.
  for (const invitee of accepting.slice(inBrowser.length)) {
    const response = await fetch(`${emulator.url}/emulator/tickets/redeem`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ticket: await linkOf(invitee), password: PASSWORD }),
    });
    expect(response.status).toBe(200);
  }
  // Ten log in.
  for (const invitee of loggingIn) {
    const response = await fetch(`${emulator.url}/emulator/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: invitee.email, password: PASSWORD }) });
    expect(await response.json()).toMatchObject({ result: 'allow' });
  }
  // Day 8: the early links (day 0 + 7) have expired; the late ones (day 6 + 7) still work.
  clock.advance(2 * DAY);
});

afterAll(async () => {
  await browser?.stop();
  await emulator?.stop();
  await workspace?.remove();
});

describe('a roll-out of 50 invitations', () => {
  it('has exactly the numbers of what happened, in JSON', async () => {
    const before = emulator.stats().requests;
    const json = JSON.parse(await status('json')) as JsonStatus;
    expect(json.totals).toEqual({ declared: 50, pending: 0, invited: 25, expired: 5, accepted: 20, revoked: 0, unmanaged: 0 });
    expect(json.funnel).toEqual({ invited: 50, password_set: 20, logged_in: 10 });
    // Two hours from mail to password.
    expect(json.median_seconds_to_accept).toBe(7200);
    expect(json.files.map(({ file, ...counts }) => [path.basename(file ?? ''), counts.invited, counts.expired, counts.accepted])).toEqual([
      ['early.yaml', 0, 5, 0],
      ['late.yaml', 10, 0, 20],
      ['later.yaml', 15, 0, 0],
    ]);
    expect(json.invitees.filter((row) => row.state === 'expired').map((row) => row.email)).toEqual(early.map((p) => p.email));
    expect(json.invitees.filter((row) => row.logins > 0).map((row) => row.email).sort()).toEqual(loggingIn.map((p) => p.email).sort());
    expect(json.drift).toEqual({ undeclared: [], blocked: [], expiring: [] });
    // The late links run out on day 13: within 6 days of day 8, all 25 still open.
    expect((JSON.parse(await status('json', 6)) as JsonStatus).drift.expiring).toHaveLength(25);
    // One observation, read-only: no ticket, no import, no change to any user.
    const requests = Object.entries(emulator.stats().requests).filter(([route, n]) => n > (before[route] ?? 0)).map(([route]) => route);
    expect(requests.filter((route) => !route.startsWith('GET ') && route !== 'POST /oauth/token' && route !== 'POST /api/v2/jobs/users-exports')).toEqual([]);
  });

  it('has the same numbers in text, markdown and CSV', async () => {
    const text = await status('text');
    expect(text).toContain('Status at ');
    expect(text).toContain(': 50 declared.');
    expect(text).toContain('Funnel: invited 50 (100%) → password set 20 (40%) → logged in 10 (20%)');
    expect(text).toContain('States: pending 0, invited 25, expired 5, accepted 20, revoked 0, unmanaged 0');
    const markdown = await status('markdown');
    for (const line of ['**50** declared.', '| invited | 50 | 100% |', '| password set | 20 | 40% |', '| logged in | 10 | 20% |', '| invited | 25 |', '| expired | 5 |', '| accepted | 20 |']) {
      expect(markdown).toContain(line);
    }
    const [header, ...rows] = (await status('csv')).trimEnd().split('\r\n');
    const columns = header?.split(',') ?? [];
    const column = (name: string) => rows.map((row) => row.split(',')[columns.indexOf(name)]);
    expect(rows).toHaveLength(50);
    const count = (name: string, value: string) => column(name).filter((v) => v === value).length;
    expect([count('state', 'invited'), count('state', 'expired'), count('state', 'accepted')]).toEqual([25, 5, 20]);
    expect(column('password_set_at').filter((v) => v !== '')).toHaveLength(20);
    expect(column('logins').filter((v) => v !== '0')).toHaveLength(10);
  });

  it('shows the same numbers on the HTML page in Chromium', async () => {
    const json = JSON.parse(await status('json')) as JsonStatus;
    const file = path.join(workspace.dir, 'status.html');
    await writeFile(file, await status('html'));
    const opened = await openStatusPage(browser, file);
    await expectPageToShow(opened.page, json);
    await opened.page.screenshot({ path: path.join(workspace.dir, 'status.png'), fullPage: true });
    expect(opened.requests).toEqual([]);
    expect(opened.errors).toEqual([]);
  });

  it('previews the mail that was sent, apart from the link', async () => {
    const invitee = late[40]!;
    const sent = await simpleParser(await readFile(path.join(workspace.outbox, outboxFileName(invitee.email, 1))));
    const link = await linkOf(invitee);
    // The mail is worded at the instant its link was issued, which the bookkeeping records as expiry - lifetime.
    const row = (JSON.parse(await status('json')) as JsonStatus).invitees.find((r) => r.email === invitee.email);
    const issuedAt = Date.parse(row?.expires_at ?? '') - TTL_DAYS * DAY;
    const out = path.join(workspace.dir, 'preview');
    const stderr = new Capture();
    const result = await runPreview({
      invitees: workspace.invitees, config: workspace.config, invitee: invitee.email.toUpperCase(), kind: 'invite', out,
      env: {}, stdout: new Capture(), stderr, clock: { now: () => issuedAt, sleep: clock.sleep },
    });
    expect(result.exitCode, stderr.text).toBe(0);
    const read = (name: string) => readFile(path.join(out, name), 'utf8');
    const withSentLink = (text: string) => text.split(invitationLink(PLACEHOLDER_LINK)).join(link);
    expect(`${sent.subject}\n`).toBe(await read('subject.txt'));
    expect(sent.text?.replace(/\r\n/g, '\n')).toBe(withSentLink(await read('invitation.txt')));
    expect(sent.html).toBeTruthy();
    expect((sent.html as string).replace(/\r\n/g, '\n')).toBe(withSentLink(await read('invitation.html')));
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emailsOf, inviteesYaml, people, person } from '../support/invitees';
import { createHarness, type Harness } from '../support/reconcile-harness';
import { totalOf as total } from '../support/requests';
import { userOf as tenantUser } from '../support/tenant-state';

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await h.close();
});

const userOf = (email: string) => tenantUser(h.emulator, email);

describe('reconcile against the emulator', () => {
  it('with no invitees plans nothing and changes nothing', async () => {
    await h.writeInvitees({ 'empty.yaml': 'invitees: []\n' });
    const out = await h.reconcile();
    expect(out.exitCode).toBe(0);
    expect(out.stdout).toContain('Plan: 0 to invite, 0 to update, 0 to revoke, 0 unchanged.');
    const requests = h.takeRequests();
    expect(Object.keys(requests).filter((k) => !k.startsWith('GET') && k !== 'POST /oauth/token')).toEqual([]);
  });

  it('invites N people once each, then a rerun is a no-op', async () => {
    const invitees = people(40);
    const emails = emailsOf(invitees);
    await h.writeInvitees({ 'team.yaml': inviteesYaml(invitees) });
    const first = await h.reconcile();
    expect(first.stderr).not.toContain('Error');
    expect(first.exitCode).toBe(0);
    expect(first.report).toMatchObject({ invited: 40, failures: [] });
    const requests = h.takeRequests();
    expect(requests['POST /api/v2/tickets/password-change']).toBe(40);
    // One import creates the users, one upsert records the invitations.
    expect(requests['POST /api/v2/jobs/users-imports']).toBe(2);
    expect(requests['GET /api/v2/users-by-email']).toBeUndefined();
    expect(total(requests)).toBeLessThanOrEqual(40 + 10);
    // The report counts every request of the run, all included.
    expect(first.report!.requests).toBe(total(requests));

    const mails = await h.mailsPerInvitee();
    expect(mails.size).toBe(40);
    expect([...mails.values()].every((n) => n === 1)).toBe(true);
    for (const email of emails) {
      const user = userOf(email)!;
      expect(user.app_metadata.invitation).toMatchObject({ status: 'invited', sent: 1 });
      expect(user.email_verified).toBe(false);
    }

    const second = await h.reconcile();
    expect(second.exitCode).toBe(0);
    expect(second.stdout).toContain('Plan: 0 to invite, 0 to update, 0 to revoke, 40 unchanged.');
    const again = h.takeRequests();
    expect(total(again)).toBeLessThanOrEqual(3);
    expect(Object.keys(again).every((k) => k.startsWith('GET') || k === 'POST /oauth/token')).toBe(true);
    expect([...(await h.mailsPerInvitee()).values()].every((n) => n === 1)).toBe(true);
  });

  it('one added invitee costs exactly one ticket and one mail', async () => {
    const invitees = people(10);
    await h.writeInvitees({ 'team.yaml': inviteesYaml(invitees) });
    await h.reconcile();
    h.takeRequests();
    await h.writeInvitees({ 'team.yaml': inviteesYaml([...invitees, person('newcomer@example.com')]) });
    const out = await h.reconcile();
    expect(out.stdout).toContain('Plan: 1 to invite, 0 to update, 0 to revoke, 10 unchanged.');
    expect(out.stdout).toMatch(/\+ invite\s+newcomer@example.com \(.*team\.yaml:\d+\)/);
    const requests = h.takeRequests();
    expect(requests['POST /api/v2/tickets/password-change']).toBe(1);
    const mails = await h.mailsPerInvitee();
    expect(mails.get('newcomer@example.com')).toBe(1);
    expect([...mails.values()].reduce((a, b) => a + b, 0)).toBe(11);
  });

  it('a removed invitee is blocked under the block policy, and unblocked when declared again', async () => {
    const invitees = people(10);
    const emails = emailsOf(invitees);
    await h.writeInvitees({ 'team.yaml': inviteesYaml(invitees) });
    await h.reconcile();
    await h.writeInvitees({ 'team.yaml': inviteesYaml(invitees.slice(1)) });
    const out = await h.reconcile();
    expect(out.stdout).toContain('1 to revoke');
    expect(out.report).toMatchObject({ revoked: 1, failures: [] });
    expect(userOf(emails[0]!)!.blocked).toBe(true);
    const rerun = await h.reconcile();
    expect(rerun.stdout).toContain('0 to revoke');

    await h.writeInvitees({ 'team.yaml': inviteesYaml(invitees) });
    const back = await h.reconcile();
    expect(back.report?.failures).toEqual([]);
    expect(userOf(emails[0]!)!.blocked).toBe(false);
  });

  it('deletes under the delete policy and leaves users alone under ignore', async () => {
    const invitees = people(10);
    const emails = emailsOf(invitees);
    await h.writeInvitees({ 'team.yaml': inviteesYaml(invitees) });
    await h.reconcile();
    await h.writeInvitees({ 'team.yaml': inviteesYaml(invitees.slice(1)) });

    await h.writeConfig({ revoke: { policy: 'ignore' } });
    const ignored = await h.reconcile();
    expect(ignored.stdout).toContain('0 to revoke');
    expect(userOf(emails[0]!)).toBeDefined();

    await h.writeConfig({ revoke: { policy: 'delete' } });
    const deleted = await h.reconcile();
    expect(deleted.report).toMatchObject({ revoked: 1, failures: [] });
    expect(userOf(emails[0]!)).toBeUndefined();
  });

  it('refuses a mass removal unless allowed', async () => {
    const invitees = people(10);
    await h.writeInvitees({ 'team.yaml': inviteesYaml(invitees) });
    await h.reconcile();
    await h.writeInvitees({ 'team.yaml': inviteesYaml(invitees.slice(6)) });
    h.takeRequests();
    const refused = await h.reconcile();
    expect(refused.exitCode).toBe(1);
    expect(refused.stderr).toContain('--allow-mass-removal');
    // The pull request's dry run shows the refusal and fails, before the merge.
    const dry = await h.reconcile({ dryRun: true, format: 'markdown', detailedExitcode: true });
    expect(dry.exitCode).toBe(1);
    expect(dry.stdout).toContain('> [!CAUTION]\n> **Refusing to apply: the plan revokes 6 of 10');
    expect(Object.keys(h.takeRequests()).every((k) => k.startsWith('GET') || k === 'POST /oauth/token')).toBe(true);
    const allowed = await h.reconcile({ allowMassRemoval: true });
    expect(allowed.report).toMatchObject({ revoked: 6 });
  });

  it('updates declared profile and metadata through upserts without touching the rest', async () => {
    await h.writeInvitees({ 'team.yaml': 'invitees:\n  - email: ada@example.com\n    name: Ada\n    app_metadata: { team: eng }\n' });
    await h.reconcile();
    const before = userOf('ada@example.com')!;
    await h.writeInvitees({ 'team.yaml': 'invitees:\n  - email: ada@example.com\n    name: Ada Lovelace\n    app_metadata: { team: design }\n    user_metadata: { locale: en-GB }\n' });
    h.takeRequests();
    const out = await h.reconcile();
    expect(out.stdout).toContain('1 to update');
    expect(out.report).toMatchObject({ updated: 1, invited: 0, failures: [] });
    const after = userOf('ada@example.com')!;
    expect(after.name).toBe('Ada Lovelace');
    expect(after.user_metadata).toEqual({ locale: 'en-GB' });
    expect(after.app_metadata).toEqual({ team: 'design', invitation: before.app_metadata.invitation });
    const requests = h.takeRequests();
    expect(requests['POST /api/v2/tickets/password-change']).toBeUndefined();
    expect(requests['POST /api/v2/jobs/users-imports']).toBe(1);
    expect((await h.mailsPerInvitee()).get('ada@example.com')).toBe(1);
  });

  it('adopts an existing account without mailing it', async () => {
    // An account created outside the tool (e.g. by hand) in the same connection.
    await h.writeInvitees({ 'team.yaml': inviteesYaml([person('someone@example.com')]) });
    await h.reconcile();
    const user = userOf('someone@example.com')!;
    delete user.app_metadata.invitation;
    await h.writeInvitees({ 'team.yaml': inviteesYaml([person('someone@example.com')]) });
    const out = await h.reconcile();
    expect(out.stdout).toContain('1 to adopt');
    expect(out.report).toMatchObject({ adopted: 1, invited: 0 });
    expect(userOf('someone@example.com')!.app_metadata.invitation).toMatchObject({ status: 'adopted' });
    expect((await h.mailsPerInvitee()).get('someone@example.com')).toBe(1);
  });

  it('--dry-run makes zero writes and sends no mail; --detailed-exitcode says whether there are changes', async () => {
    await h.writeInvitees({ 'team.yaml': inviteesYaml(people(5)) });
    h.takeRequests();
    const out = await h.reconcile({ dryRun: true, detailedExitcode: true });
    expect(out.exitCode).toBe(2);
    expect(out.stdout).toContain('Plan: 5 to invite');
    const requests = h.takeRequests();
    expect(Object.keys(requests).sort()).toEqual(['GET /api/v2/connections', 'GET /api/v2/users', 'POST /oauth/token']);
    expect((await h.mailsPerInvitee()).size).toBe(0);
    await h.reconcile();
    expect((await h.reconcile({ dryRun: true, detailedExitcode: true })).exitCode).toBe(0);
  });

  it('prints JSON and markdown plans', async () => {
    await h.writeInvitees({ 'team.yaml': inviteesYaml(people(2)) });
    const json = await h.reconcile({ dryRun: true, format: 'json' });
    const parsed = JSON.parse(json.stdout) as { schema_version: number };
    expect(parsed.schema_version).toBe(1);
    const md = await h.reconcile({ dryRun: true, format: 'markdown' });
    expect(md.stdout).toContain('<details>');
  });

  it('names the connection when it does not exist', async () => {
    await h.writeInvitees({ 'team.yaml': inviteesYaml(people(1)) });
    await h.writeConfig({ connection: 'Missing' });
    const out = await h.reconcile();
    expect(out.exitCode).toBe(1);
    expect(out.stderr).toContain('The connection "Missing" does not exist');
  });

  it('fails cleanly with bad credentials, printing no secret', async () => {
    await h.writeInvitees({ 'team.yaml': inviteesYaml(people(1)) });
    const out = await h.reconcile({ env: { AUTH0_CLIENT_SECRET: 'wrong-secret-value' } });
    expect(out.exitCode).toBe(1);
    expect(out.stderr).toContain('Authentication with the tenant failed');
    expect(out.stderr + out.stdout).not.toContain('wrong-secret-value');
  });
});

describe('JSON output of an apply', () => {
  it('is one document holding the plan and the report, valid against the documented schema', async () => {
    const { readFileSync } = await import('node:fs');
    const { default: Ajv } = await import('ajv');
    const schema = JSON.parse(readFileSync(new URL('../../docs/json-output.schema.json', import.meta.url), 'utf8')) as object;
    const validate = new Ajv({ allErrors: true, strict: true, strictRequired: false }).compile(schema);
    await h.writeInvitees({ 'team.yaml': inviteesYaml(people(3)) });
    const applied = await h.reconcile({ format: 'json' });
    const document = JSON.parse(applied.stdout) as { type: string; plan: { summary: { invite: number } }; report: { summary: { invited: number } } };
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
    expect(document.type).toBe('apply');
    expect(document.plan.summary.invite).toBe(3);
    expect(document.report.summary.invited).toBe(3);
    const noop = JSON.parse((await h.reconcile({ format: 'json' })).stdout) as { report: { summary: { invited: number } } };
    expect(validate(noop)).toBe(true);
    expect(noop.report.summary.invited).toBe(0);
  });
});

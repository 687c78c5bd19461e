// The YAML is the desired state of what it declares (issue 9, item 5) and the tenant's own data is handled with
// care (issue 10), end to end against the emulator: removing a profile field or a metadata key plans and applies
// its removal, a file in a subfolder is read, unreadable bookkeeping is a finding and resumed, a block by someone
// else is held, and names from files and keys can forge no plan line.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inviteesYaml, person } from '../support/invitees';
import { createHarness, type Harness } from '../support/reconcile-harness';
import { userOf as tenantUser } from '../support/tenant-state';

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await h.close();
});

const userOf = (email: string) => tenantUser(h.emulator, email)!;
const ADA = 'ada@example.com';
/** PATCHes of the lease user in a short apply: its release. */
const LEASE_PATCHES = 1;

interface JsonPlan {
  summary: Record<string, number>;
  actions: { action: string; email: string; held_reason: string | null; changes: { field: string; op: string; from?: unknown; to?: unknown }[] }[];
  findings: { kind: string; file: string | null; email: string | null; message: string }[];
}
const jsonPlan = async (): Promise<JsonPlan> => JSON.parse((await h.reconcile({ dryRun: true, format: 'json' })).stdout) as JsonPlan;

describe('the invitee files are the desired state of what they declare', () => {
  it('removing a declared profile field plans its removal in every format, applies it, and touches nothing else', async () => {
    await h.writeInvitees({ 'team.yaml': inviteesYaml([{ email: ADA, name: 'Ada Lovelace', given_name: 'Ada', family_name: 'Lovelace' }]) });
    expect((await h.reconcile()).report).toMatchObject({ invited: 1, failures: [] });
    expect(userOf(ADA)).toMatchObject({ given_name: 'Ada', family_name: 'Lovelace' });

    await h.writeInvitees({ 'team.yaml': inviteesYaml([{ email: ADA, name: 'Ada Lovelace', family_name: 'Lovelace' }]) });
    const text = await h.reconcile({ dryRun: true });
    expect(text.stdout).toContain('Plan: 0 to invite, 1 to update, 0 to revoke, 0 unchanged.');
    expect(text.stdout).toContain('      - given_name: "Ada"\n');
    const markdown = await h.reconcile({ dryRun: true, format: 'markdown' });
    expect(markdown.stdout).toContain('| ada@example.com | ');
    expect(markdown.stdout).toContain('- given\\_name: "Ada"');
    const json = await jsonPlan();
    expect(json.actions).toEqual([{ action: 'update', email: ADA, source: expect.any(Object), revoke_mode: null, held_reason: null, changes: [{ field: 'given_name', op: 'remove', from: 'Ada' }], grants: [] }]);

    h.takeRequests();
    const applied = await h.reconcile();
    expect(applied.report).toMatchObject({ updated: 1, failures: [] });
    // One PATCH removes the field (an upsert cannot) and records what is managed now (the lease's release is a
    // PATCH too); no import job, no mail.
    const requests = h.takeRequests();
    expect(requests['PATCH /api/v2/users/{id}']).toBe(1 + LEASE_PATCHES);
    expect(requests['POST /api/v2/jobs/users-imports']).toBeUndefined();
    expect(userOf(ADA).given_name).toBeUndefined();
    expect(userOf(ADA)).toMatchObject({ name: 'Ada Lovelace', family_name: 'Lovelace' });
    expect((userOf(ADA).app_metadata.invitation as { managed: unknown }).managed).toEqual({ profile: ['name', 'family_name'], user_metadata: [], app_metadata: [] });
    expect((await h.mailsPerInvitee()).get(ADA)).toBe(1);
    expect((await h.reconcile({ dryRun: true })).stdout).toContain('Plan: 0 to invite, 0 to update, 0 to revoke, 1 unchanged.');
  });

  it('removing a declared metadata key (or writing it null) removes it; keys never declared are never touched', async () => {
    const declared = { email: ADA, name: 'Ada', user_metadata: { locale: 'en-GB', theme: 'dark' }, app_metadata: { team: 'engines', role: 'lead' } };
    await h.writeInvitees({ 'team.yaml': inviteesYaml([declared]) });
    await h.reconcile();
    // Keys set outside the files: by an admin, and by the user.
    userOf(ADA).app_metadata.support_ticket = 'T-1';
    userOf(ADA).user_metadata!.timezone = 'Europe/London';

    await h.writeInvitees({ 'team.yaml': inviteesYaml([{ ...declared, user_metadata: { locale: 'en-GB' }, app_metadata: { team: 'engines', role: null } }]) });
    const json = await jsonPlan();
    expect(json.summary).toMatchObject({ update: 1, unchanged: 0 });
    expect(json.actions[0]?.changes).toEqual([
      { field: 'user_metadata.theme', op: 'remove', from: 'dark' },
      { field: 'app_metadata.role', op: 'remove', from: 'lead' },
    ]);
    const text = await h.reconcile({ dryRun: true });
    expect(text.stdout).toContain('      - user_metadata.theme: "dark"\n      - app_metadata.role: "lead"\n');

    expect((await h.reconcile()).report).toMatchObject({ updated: 1, failures: [] });
    const after = userOf(ADA);
    expect(after.user_metadata).toEqual({ locale: 'en-GB', timezone: 'Europe/London' });
    expect(after.app_metadata).toMatchObject({ team: 'engines', support_ticket: 'T-1' });
    expect(Object.hasOwn(after.app_metadata, 'role')).toBe(false);
    expect((await h.reconcile({ dryRun: true })).stdout).toContain('1 unchanged.');
  });

  it('a user written before the record was kept gets one on its first run, and nothing is removed', async () => {
    await h.writeInvitees({ 'team.yaml': inviteesYaml([{ email: ADA, name: 'Ada', user_metadata: { locale: 'en-GB' } }]) });
    await h.reconcile();
    delete (userOf(ADA).app_metadata.invitation as { managed?: unknown }).managed;

    await h.writeInvitees({ 'team.yaml': inviteesYaml([{ email: ADA, name: 'Ada' }]) });
    const json = await jsonPlan();
    expect(json.actions[0]?.changes).toEqual([
      { field: 'app_metadata.invitation.managed', op: 'add', to: { profile: ['name'], user_metadata: [], app_metadata: [] } },
    ]);
    expect((await h.reconcile()).report).toMatchObject({ updated: 1, failures: [] });
    expect(userOf(ADA).user_metadata).toEqual({ locale: 'en-GB' });
    expect((userOf(ADA).app_metadata.invitation as { managed: unknown }).managed).toEqual({ profile: ['name'], user_metadata: [], app_metadata: [] });
    expect((await h.reconcile({ dryRun: true })).stdout).toContain('1 unchanged.');
  });

  it('a file added in a subfolder is read: its people are invited, nobody is revoked, and other files are named', async () => {
    await h.writeInvitees({ 'team.yaml': inviteesYaml([person(ADA)]) });
    await h.reconcile();
    await h.writeInvitees({
      'team.yaml': inviteesYaml([person(ADA)]),
      'berlin/design/team.yaml': inviteesYaml([person('dieter@example.com')]),
      'berlin/notes.txt': 'who is next?',
    });
    const text = await h.reconcile({ dryRun: true });
    expect(text.stdout).toContain('Plan: 1 to invite, 0 to update, 0 to revoke, 1 unchanged.');
    expect(text.stdout).toContain(`  + invite   dieter@example.com (${join(h.workspace.invitees, 'berlin/design/team.yaml')}:2)`);
    expect(text.stdout).toContain(`Warnings:\n  ! ${join(h.workspace.invitees, 'berlin/notes.txt')}: not read:`);
    expect((await jsonPlan()).findings).toEqual([{ kind: 'unloaded-file', file: join(h.workspace.invitees, 'berlin/notes.txt'), email: null, message: expect.stringContaining('not read') }]);
    expect((await h.reconcile({ dryRun: true, format: 'markdown' })).stdout).toContain('> [!WARNING]');

    expect((await h.reconcile()).report).toMatchObject({ invited: 1, revoked: 0, failures: [] });
    expect(userOf('dieter@example.com').app_metadata.invitation).toMatchObject({ status: 'invited', sent: 1 });
    const mails = await h.mailsPerInvitee();
    expect([mails.get(ADA), mails.get('dieter@example.com')]).toEqual([1, 1]);
  });
});

describe('the tenant\'s data is read with care', () => {
  it('unreadable bookkeeping is a finding: the user is resumed (mailed once), never adopted', async () => {
    await h.writeInvitees({ 'team.yaml': inviteesYaml([person(ADA)]) });
    await h.reconcile({ dryRun: true });
    // Imported by hand (or by a run that crashed) and its bookkeeping edited by hand.
    await h.reconcile();
    const user = userOf(ADA);
    user.app_metadata.invitation = { status: 'Pending' };
    const mailedBefore = (await h.mailsPerInvitee()).get(ADA);

    const json = await jsonPlan();
    expect(json.summary).toMatchObject({ resume: 1, adopt: 0 });
    expect(json.findings).toEqual([
      { kind: 'unreadable-bookkeeping', file: null, email: ADA, message: expect.stringContaining('app_metadata.invitation cannot be read (it has the status "Pending"') },
    ]);
    expect((await h.reconcile({ dryRun: true })).stdout).toContain(`  ! ${ADA}: app_metadata.invitation cannot be read`);

    expect((await h.reconcile()).report).toMatchObject({ resumed: 1, adopted: 0, failures: [] });
    expect(userOf(ADA).app_metadata.invitation).toMatchObject({ status: 'invited', sent: 1 });
    expect((await h.mailsPerInvitee()).get(ADA)).toBe((mailedBefore ?? 0) + 1);
    await h.reconcile();
    expect((await h.mailsPerInvitee()).get(ADA)).toBe((mailedBefore ?? 0) + 1);
  });

  it('a declared user blocked by someone else is held, run after run; one the reconciler revoked is unblocked when declared again', async () => {
    await h.writeInvitees({ 'team.yaml': inviteesYaml([person(ADA), person('bob@example.com')]) });
    await h.reconcile();
    // An admin's emergency block.
    userOf(ADA).blocked = true;
    const json = await jsonPlan();
    expect(json.summary).toMatchObject({ held: 1, update: 0, unchanged: 1 });
    expect(json.actions.find((a) => a.email === ADA)).toMatchObject({ action: 'held', held_reason: 'blocked', changes: [] });
    expect((await h.reconcile({ dryRun: true })).stdout).toContain(`  ! held     ${ADA} (`);
    h.takeRequests();
    for (let run = 0; run < 2; run++) expect((await h.reconcile()).exitCode).toBe(0);
    expect(userOf(ADA).blocked).toBe(true);
    expect(h.takeRequests()['PATCH /api/v2/users/{id}']).toBeUndefined();

    // The reconciler's own block (a revocation) is marked, and undone when the person is declared again.
    await h.writeInvitees({ 'team.yaml': inviteesYaml([person(ADA)]) });
    await h.reconcile();
    expect(userOf('bob@example.com')).toMatchObject({ blocked: true, app_metadata: { invitation: { revoked_at: expect.any(String) } } });
    await h.writeInvitees({ 'team.yaml': inviteesYaml([person(ADA), person('bob@example.com')]) });
    expect((await h.reconcile()).report).toMatchObject({ updated: 1, failures: [] });
    expect(userOf('bob@example.com').blocked).toBe(false);
    expect(userOf('bob@example.com').app_metadata.invitation).not.toHaveProperty('revoked_at');
    expect(userOf(ADA).blocked).toBe(true);
  });

  it('a newline or ESC in a file name or a metadata key forges no plan line, in any format', async () => {
    const key = 'a\u001b[2K\n  + invite   evil@example';
    await h.writeInvitees({ 'team.yaml': inviteesYaml([{ email: ADA }]) });
    await h.reconcile();
    await h.writeInvitees({ 'team.yaml': `invitees:\n  - email: ${ADA}\n    user_metadata:\n      ${JSON.stringify(key)}: "x\u202ey"\n` });
    await writeFile(join(h.workspace.invitees, 'x\u001b[1A\n  + invite   forged@example.com (invitees\u202e.txt'), 'nothing');
    for (const format of ['text', 'markdown', 'json'] as const) {
      const run = await h.reconcile({ dryRun: true, format });
      expect(run.exitCode, run.stderr).toBe(0);
      const out = run.stdout;
      expect(out, format).not.toMatch(/[\u001b\u202e]/);
      expect(out, format).not.toMatch(/^\s*\+ invite\s+(evil|forged)@/m);
      expect(out, format).toContain('\\u001b');
    }
    const json = await jsonPlan();
    // The JSON carries the exact values: the escaping is in its text only.
    expect(json.actions[0]?.changes).toEqual([{ field: `user_metadata.${key}`, op: 'add', to: 'x\u202ey' }]);
  });
});

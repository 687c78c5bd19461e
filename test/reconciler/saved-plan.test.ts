// `reconcile --dry-run --out FILE` then `reconcile --plan FILE` against the emulator: a fresh plan applies exactly;
// a plan made stale by the tenant or by the files is refused, naming what changed, with no write at all.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inviteesYaml, person, writeFiles } from '../support/invitees';
import { createHarness, type Harness } from '../support/reconcile-harness';
import { changingRequests as writes, ROUTES } from '../support/requests';
import { declaredUsers, invitationStatus, userOf } from '../support/tenant-state';

let h: Harness;
let planFile: string;
beforeEach(async () => {
  h = await createHarness();
  planFile = path.join(h.workspace.dir, 'plan.json');
  await h.writeInvitees({ 'team.yaml': inviteesYaml([person('ada@example.com'), person('bob@example.com')]) });
});
afterEach(() => h.close());


async function savePlan(): Promise<void> {
  const dry = await h.reconcile({ dryRun: true, out: planFile });
  expect(dry.exitCode, dry.stderr).toBe(0);
  h.takeRequests();
}

describe('a saved plan', () => {
  it('is a versioned document with the actions, the files digest and the users it relied on, and no secret', async () => {
    await savePlan();
    const text = await readFile(planFile, 'utf8');
    const saved = JSON.parse(text);
    expect(saved).toMatchObject({ format: 'reconcile-plan', version: 1 });
    expect(saved.plan.actions.map((a: { kind: string; email: string }) => `${a.kind} ${a.email}`)).toEqual(['invite ada@example.com', 'invite bob@example.com']);
    expect(Object.keys(saved.inputs)).toContain(h.workspace.config);
    expect(Object.keys(saved.inputs)).toContain(path.join(h.workspace.invitees, 'team.yaml'));
    expect(text).not.toMatch(/ticket=|reset-password|client_secret/i);
    expect(text).not.toContain(h.emulator.clientSecret);
    expect(writes(h.takeRequests())).toEqual({});
  });

  it('applies exactly its actions when nothing changed', async () => {
    await savePlan();
    const applied = await h.reconcile({ plan: planFile });
    expect(applied.exitCode, applied.stderr).toBe(0);
    expect(applied.report).toMatchObject({ invited: 2, failures: [] });
    expect(declaredUsers(h.emulator).map((u) => invitationStatus(u))).toEqual(['invited', 'invited']);
    expect(h.takeRequests()[ROUTES.tickets]).toBe(2);
  });

  it('is refused with no write when a user it touches changed in the tenant', async () => {
    await savePlan();
    // Someone else invites bob meanwhile (a run of the files with bob only).
    const other = await h.reconcile({ invitees: await bobOnly() });
    expect(other.exitCode, other.stderr).toBe(0);
    h.takeRequests();
    const refused = await h.reconcile({ plan: planFile });
    expect(refused.exitCode).toBe(1);
    expect(refused.stderr).toContain('bob@example.com now exists in the tenant');
    expect(refused.stderr).toContain('the plan is stale');
    expect(writes(h.takeRequests())).toEqual({});
    expect(userOf(h.emulator, 'ada@example.com')).toBeUndefined();
  });

  it('is refused with no request at all when an input file changed', async () => {
    await savePlan();
    await h.writeInvitees({ 'team.yaml': inviteesYaml([person('ada@example.com'), person('carol@example.com')]) });
    const refused = await h.reconcile({ plan: planFile });
    expect(refused.exitCode).toBe(1);
    expect(refused.stderr).toContain(`${path.join(h.workspace.invitees, 'team.yaml')} changed`);
    expect(h.takeRequests()).toEqual({});
  });

  it('is refused when the config changed, and when it is not a saved plan', async () => {
    await savePlan();
    await h.writeConfig({ reinvite: { expired: false } });
    const refused = await h.reconcile({ plan: planFile });
    expect(refused.exitCode).toBe(1);
    expect(refused.stderr).toContain(`${h.workspace.config} changed`);
    await writeFile(planFile, '{"format":"something else"}');
    const wrong = await h.reconcile({ plan: planFile });
    expect(wrong.exitCode).toBe(1);
    expect(wrong.stderr).toContain('is not a plan saved by reconcile --dry-run --out');
    expect(writes(h.takeRequests())).toEqual({});
  });
});

/** A second invitee folder declaring bob alone. */
async function bobOnly(): Promise<string> {
  const dir = path.join(h.workspace.dir, 'bob-only');
  await writeFiles(dir, { 'bob.yaml': inviteesYaml([person('bob@example.com')]) });
  return dir;
}

// Bad input at the CLI boundary: every case of test/fixtures/bad/ through run() against a live tenant gives
// exit code 1, each expected error with its location on stderr, and not one request to the tenant. The good
// fixtures (valid but unusual) reconcile.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, open, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../emulator/index';
import { configYaml, FAST } from '../support/config';
import { totalMails } from '../support/outbox';
import { PROJECT_FIXTURE, ROOT } from '../support/paths';
import { reconcile } from '../support/run';
import { startTenant, tenantEnv } from '../support/tenant';
import { declaredUsers, invitationStatus } from '../support/tenant-state';
import { createWorkspace, type Workspace } from '../support/workspace';

const BAD = path.join(ROOT, 'test/fixtures/bad');
const GOOD = path.join(ROOT, 'test/fixtures/good');

interface ExpectedError {
  file: string;
  line: number;
  column: number;
  message: string;
}

let emulator: RunningEmulator;
let workspace: Workspace;
beforeAll(async () => {
  emulator = await startTenant();
  workspace = await createWorkspace({ prefix: 'bad-input-', config: FAST });
});
afterAll(async () => {
  await emulator.stop();
  await workspace.remove();
});

describe('bad input at the CLI', () => {
  const cases = readdirSync(BAD).sort();

  it('has the corpus', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  it.each(cases)('%s: exit 1, located message, no request', async (name) => {
    const caseDir = path.join(BAD, name);
    const expected = JSON.parse(readFileSync(path.join(caseDir, 'expected.json'), 'utf8')) as { errors: ExpectedError[]; maxRecordBytes?: number };
    const badConfig = existsSync(path.join(caseDir, 'invitation.config.yaml'));
    emulator.reset();
    // The CLI takes the record limit from batching.import_max_bytes (minus the 2 bytes of the file's brackets).
    const config = expected.maxRecordBytes === undefined ? workspace.config : path.join(workspace.dir, `limit-${expected.maxRecordBytes}.yaml`);
    if (expected.maxRecordBytes !== undefined) {
      await writeFile(config, configYaml(FAST, { batching: { import_max_bytes: Math.max(1024, expected.maxRecordBytes + 2) } }));
    }
    const result = await reconcile(workspace, tenantEnv(emulator), {
      // A bad config is run with the fixture project's invitees, bad invitees with the workspace's good config.
      config: badConfig ? path.join(caseDir, 'invitation.config.yaml') : config,
      invitees: badConfig ? path.join(PROJECT_FIXTURE, 'invitees') : path.join(caseDir, 'invitees'),
    });
    expect(result.exitCode, result.stderr).toBe(1);
    expect(result.stdout).toBe('');
    for (const want of expected.errors) {
      const where = want.line > 0 ? `${want.file}:${want.line}:${want.column}` : want.file;
      expect(result.stderr, name).toContain(`${path.join(caseDir, where)}`);
    }
    expect(result.stderr).toMatch(/nothing was sent to the tenant/);
    expect(emulator.stats().requests).toEqual({});
  });

  it('a 50 MB invitee file: exit 1, no request', async () => {
    const dir = path.join(workspace.dir, 'huge-invitees');
    await mkdir(dir, { recursive: true });
    const handle = await open(path.join(dir, 'huge.yaml'), 'w');
    await handle.truncate(50 * 1024 * 1024);
    await handle.close();
    await writeFile(path.join(dir, 'fine.yaml'), 'invitees:\n  - email: ada@example.com\n');
    emulator.reset();
    const result = await reconcile(workspace, tenantEnv(emulator), { invitees: dir });
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain(path.join(dir, 'huge.yaml'));
    expect(emulator.stats().requests).toEqual({});
  });
});

describe('valid but unusual input at the CLI', () => {
  const cases = existsSync(GOOD) ? readdirSync(GOOD).sort() : [];

  it.each(cases)('%s reconciles', async (name) => {
    const expected = JSON.parse(readFileSync(path.join(GOOD, name, 'expected.json'), 'utf8')) as { invitees: { email: string }[] };
    emulator.reset();
    const local = await createWorkspace({ prefix: 'good-input-', config: FAST });
    try {
      const result = await reconcile(local, tenantEnv(emulator), { invitees: path.join(GOOD, name, 'invitees') });
      expect(result.exitCode, result.stderr).toBe(0);
      expect(await totalMails(local.outbox)).toBe(expected.invitees.length);
      const users = declaredUsers(emulator);
      expect(users.map((u) => u.email).sort()).toEqual(expected.invitees.map((i) => i.email).sort());
      expect(users.every((u) => invitationStatus(u) === 'invited')).toBe(true);
    } finally {
      await local.remove();
    }
  });

  it('unicode names and plus-addressing, written here', async () => {
    emulator.reset();
    const local = await createWorkspace({ prefix: 'good-input-', config: FAST, invitees: [
      { email: 'Zoë.Ångström+onboarding@Example.com'.normalize('NFC').replace(/[^\x00-\x7f]/g, 'x'), name: 'Zoë Ångström' },
      { email: 'li.wei+test@example.org', name: '李伟' },
      { email: 'o.brien@example.co.uk', name: "Seán Ó Briain" },
    ] });
    try {
      const result = await reconcile(local, tenantEnv(emulator));
      expect(result.exitCode, result.stderr).toBe(0);
      expect(await totalMails(local.outbox)).toBe(3);
      const names = Object.fromEntries(declaredUsers(emulator).map((u) => [u.email, u.name]));
      expect(names).toEqual({ 'zox.xngstrxm+onboarding@example.com': 'Zoë Ångström', 'li.wei+test@example.org': '李伟', 'o.brien@example.co.uk': 'Seán Ó Briain' });
    } finally {
      await local.remove();
    }
  });
});

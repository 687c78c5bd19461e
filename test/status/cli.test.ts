// `reconcile status` and `reconcile preview` as a user runs them: the real CLI in a child process.
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { cleanUpAfterEach } from '../support/cleanup';
import { runCli } from '../support/cli';
import { people } from '../support/invitees';
import { AUTH0_DELIVERY, FAST } from '../support/config';
import { difference, managementRequests } from '../support/requests';
import { reconcile } from '../support/run';
import { startTenant, tenantEnv } from '../support/tenant';
import { createWorkspace } from '../support/workspace';

const schema = JSON.parse(readFileSync(new URL('../../docs/status-output.schema.json', import.meta.url), 'utf8')) as object;
const ajv = new Ajv({ strict: true, strictRequired: false, allowUnionTypes: true });
addFormats.default(ajv);
const validate = ajv.compile(schema);
const ended = cleanUpAfterEach();

describe('reconcile status', () => {
  it('prints the JSON of its schema, filtered by file and state, with the read-only planner client', async () => {
    const emulator = ended(await startTenant({ clients: ['planner:planner-secret:read:users,read:connections'] }));
    const workspace = ended(await createWorkspace({ prefix: 'status-cli-', config: FAST }));
    await workspace.writeInvitees(people(3));
    expect((await reconcile(workspace, tenantEnv(emulator))).exitCode).toBe(0);
    const input = ['--invitees', workspace.invitees, '--config', workspace.config];
    const planner = tenantEnv(emulator, { clientId: 'planner', clientSecret: 'planner-secret' });
    const all = await runCli(['status', ...input, '--format', 'json'], { env: planner });
    expect(all.code, all.stderr).toBe(0);
    const json = JSON.parse(all.stdout);
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(json.totals).toMatchObject({ declared: 3, invited: 3 });
    const none = await runCli(['status', ...input, '--format', 'csv', '--state', 'accepted,expired', '--file', 'people.yaml'], { env: planner });
    expect(none.code, none.stderr).toBe(0);
    expect(none.stdout.trimEnd().split('\r\n')).toHaveLength(1);
  });

  it('writes every format from one observation with --out, as the scheduled workflow keeps them', async () => {
    const emulator = ended(await startTenant({ clients: ['planner:planner-secret:read:users,read:connections'] }));
    const workspace = ended(await createWorkspace({ prefix: 'status-cli-', config: FAST }));
    await workspace.writeInvitees(people(3));
    expect((await reconcile(workspace, tenantEnv(emulator))).exitCode).toBe(0);
    const input = ['--invitees', workspace.invitees, '--config', workspace.config, '--mask-emails'];
    const planner = tenantEnv(emulator, { clientId: 'planner', clientSecret: 'planner-secret' });
    const before = managementRequests(emulator.stats());
    const one = await runCli(['status', ...input, '--format', 'json'], { env: planner });
    const middle = managementRequests(emulator.stats());
    const out = path.join(workspace.dir, 'status');
    const all = await runCli(['status', ...input, '--out', out], { env: planner });
    expect(all.code, all.stderr).toBe(0);
    // The same requests as one status in one format: every file comes from the one observation.
    expect(difference(managementRequests(emulator.stats()), middle)).toEqual(difference(middle, before));
    expect((await readdir(out)).sort()).toEqual(['status.csv', 'status.html', 'status.json', 'status.md', 'status.txt']);
    const json = JSON.parse(readFileSync(path.join(out, 'status.json'), 'utf8'));
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect({ ...json, generated_at: 'x' }).toEqual({ ...JSON.parse(one.stdout), generated_at: 'x' });
    expect(readFileSync(path.join(out, 'status.md'), 'utf8')).toContain('| invited |');
    expect(all.stdout).toBe(readFileSync(path.join(out, 'status.txt'), 'utf8'));
    expect(all.stderr).toContain('Wrote the status to');
    const blocked = await runCli(['status', ...input, '--out', path.join(out, 'status.json', 'sub')], { env: planner });
    expect(blocked.code).toBe(1);
    expect(blocked.stderr).toContain(`cannot write the status to ${path.join(out, 'status.json', 'sub')} (--out): ENOTDIR`);
  });

  it('exits 1 naming what is missing, before any request', async () => {
    const workspace = ended(await createWorkspace({ prefix: 'status-cli-' }));
    const result = await runCli(['status', '--invitees', workspace.invitees, '--config', workspace.config]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('AUTH0_DOMAIN is not set');
    const bad = await runCli(['status', '--state', 'happy']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('unknown state happy');
  });
});

describe('reconcile preview', () => {
  it('renders a declared invitee\'s mail offline, to stdout or to a folder', async () => {
    const workspace = ended(await createWorkspace({ prefix: 'preview-cli-', invitees: [{ email: 'ada@example.com', name: 'Ada <b>Lovelace</b>' }] }));
    const input = ['--invitees', workspace.invitees, '--config', workspace.config];
    const printed = await runCli(['preview', ...input]);
    expect(printed.code, printed.stderr).toBe(0);
    expect(printed.stdout).toContain("Subject: You're invited to Example");
    expect(printed.stdout).toContain('Hello Ada <b>Lovelace</b>,');
    expect(printed.stdout).toContain('Hello Ada &lt;b&gt;Lovelace&lt;/b&gt;,');
    expect(printed.stdout).toContain('ticket=PREVIEW-PLACEHOLDER#type=invite');
    const out = path.join(workspace.dir, 'preview');
    const written = await runCli(['preview', ...input, '--invitee', 'ADA@example.com', '--kind', 'reinvite', '--out', out]);
    expect(written.code, written.stderr).toBe(0);
    expect((await readdir(out)).sort()).toEqual(['invitation.html', 'invitation.txt', 'subject.txt']);
    expect(readFileSync(path.join(out, 'invitation.txt'), 'utf8')).toContain('your previous invitation to Example expired');
    const unknown = await runCli(['preview', ...input, '--invitee', 'nobody@example.com']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('nobody@example.com is not declared');
  });

  it('renders the template Auth0 sends when mail.delivery is auth0, as the invited person gets it', async () => {
    const workspace = ended(await createWorkspace({ prefix: 'preview-cli-', config: AUTH0_DELIVERY, invitees: [{ email: 'ada@example.com', name: 'Ada Lovelace' }] }));
    const input = ['--invitees', workspace.invitees, '--config', workspace.config];
    const printed = await runCli(['preview', ...input]);
    expect(printed.code, printed.stderr).toBe(0);
    expect(printed.stdout).toContain("Subject: You're invited to Example");
    expect(printed.stdout).toContain('rendered and sent by Auth0');
    expect(printed.stdout).toContain('Hello Ada Lovelace,');
    expect(printed.stdout).toContain('ticket=PREVIEW-PLACEHOLDER#type=invite');
    expect(printed.stdout).not.toContain('Reset your password');
    expect(printed.stdout).not.toContain('----- text part');
    const out = path.join(workspace.dir, 'preview');
    const written = await runCli(['preview', ...input, '--out', out]);
    expect(written.code, written.stderr).toBe(0);
    expect((await readdir(out)).sort()).toEqual(['invitation.html', 'subject.txt']);
    expect(readFileSync(path.join(out, 'invitation.html'), 'utf8')).toContain('<strong>ada@example.com</strong>; all it needs is a password');
  });
});

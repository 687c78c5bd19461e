// `reconcile validate` and the input check of every run: offline, every error at once with file:line:column
// (config, templates and invitee files together), and on stdout in markdown and JSON so that a pull-request
// comment shows them.
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv } from 'ajv';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli';
import { configYaml } from '../support/config';
import { inviteesYaml, people } from '../support/invitees';
import { ROOT } from '../support/paths';
import { createWorkspace, type Workspace } from '../support/workspace';

const schema = JSON.parse(readFileSync(path.join(ROOT, 'docs/json-output.schema.json'), 'utf8')) as object;
const validDocument = new Ajv({ allErrors: true, strict: true, strictRequired: false }).compile(schema);

let workspace: Workspace;
beforeEach(async () => {
  workspace = await createWorkspace({ prefix: 'validate-', invitees: people(3) });
});
afterEach(() => workspace.remove());

/** The CLI in the workspace with no variable but PATH and CI: no credentials, no tenant. */
const cli = (...args: string[]) => runCli(args, { cwd: workspace.dir });

const BROKEN_YAML = 'invitees:\n  - email: ada@example.com\n    name: "Ada\n';

describe('reconcile validate', () => {
  it('passes good input offline, and tells a workflow the environments', async () => {
    const text = await cli('validate');
    expect(text).toMatchObject({ code: 0, stderr: '', stdout: 'The config, the mail templates and 3 invitees are valid.\n' });
    const json = await cli('validate', '--format', 'json');
    expect(json.code).toBe(0);
    const document = JSON.parse(json.stdout);
    expect(validDocument(document), JSON.stringify(validDocument.errors)).toBe(true);
    expect(document).toEqual({ schema_version: 1, type: 'validation', valid: true, emails_masked: false, invitees: 3, environments: ['production'], errors: [] });
  });

  it('reports template and invitee errors together, each with file:line:column, on stderr in text', async () => {
    await writeFile(workspace.config, configYaml({}, { mail: { subject: 'Hi {{ nme }}' } }));
    await writeFile(path.join(workspace.dir, 'templates', 'invitation.html.liquid'), '<p>no link here</p>\n');
    await workspace.writeInviteeFiles({ 'a.yaml': BROKEN_YAML, 'b.yaml': inviteesYaml([{ email: 'not-an-address' }]) });
    const result = await cli('validate');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines.length, result.stderr).toBe(5);
    expect(lines.at(-1)).toBe('4 errors in the input; nothing was sent to the tenant.');
    expect(lines.slice(0, -1).map((line) => line.replace(/:\d+:\d+:.*/, ''))).toEqual(['invitation.config.yaml', 'invitees/a.yaml', 'invitees/b.yaml', 'templates/invitation.html.liquid']);
    expect(result.stderr).toMatch(/^invitation\.config\.yaml:\d+:\d+: mail\.subject: Liquid: undefined variable: nme$/m);
    expect(result.stderr).toMatch(/^invitees\/a\.yaml:4:1: YAML syntax error/m);
    expect(result.stderr).toMatch(/^invitees\/b\.yaml:\d+:\d+: invitees\[0\]\.email: .*not-an-address/m);
    expect(result.stderr).toMatch(/^templates\/invitation\.html\.liquid:1:1: does not output \{\{ link \}\}/m);
  });

  it('reports config errors and invitee errors together', async () => {
    await writeFile(workspace.config, configYaml({}, { revoke: { policy: 'erase' } }));
    await workspace.writeInviteeFiles({ 'a.yaml': BROKEN_YAML });
    const result = await cli('validate');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^invitation\.config\.yaml:\d+:\d+: revoke\.policy: /m);
    expect(result.stderr).toMatch(/^invitees\/a\.yaml:4:1: YAML syntax error/m);
    expect(result.stderr).toContain('2 errors in the input');
  });
});

describe('a YAML error', () => {
  beforeEach(() => workspace.writeInviteeFiles({ 'team.yaml': BROKEN_YAML }).then(() => undefined));

  it.each([[['validate']], [['--dry-run']]])('reaches stdout as markdown from %j, and the check fails', async (command) => {
    const result = await cli(...command, '--format', 'markdown');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('### Invitation input is invalid');
    expect(result.stdout).toContain('| `invitees/team.yaml:4:1` |  | YAML syntax error: missing closing "quote');
    expect(result.stderr).toBe('');
  });

  it.each([[['validate']], [['--dry-run']]])('reaches stdout as JSON under the documented schema from %j', async (command) => {
    const result = await cli(...command, '--format', 'json');
    expect(result.code).toBe(1);
    const document = JSON.parse(result.stdout);
    expect(validDocument(document), JSON.stringify(validDocument.errors)).toBe(true);
    expect(document).toMatchObject({ type: 'validation', valid: false, invitees: null, environments: null });
    expect(document.errors).toEqual([expect.objectContaining({ file: 'invitees/team.yaml', line: 4, column: 1, field: null })]);
  });

  it('is masked with --mask-emails', async () => {
    await workspace.writeInviteeFiles({ 'team.yaml': inviteesYaml([{ email: 'grace@example.com' }, { email: 'Grace@example.com' }]) });
    const plain = await cli('validate', '--format', 'markdown');
    expect(plain.stdout).toMatch(/grace@example\.com/i);
    const masked = await cli('validate', '--format', 'markdown', '--mask-emails');
    expect(masked.code).toBe(1);
    expect(masked.stdout).not.toMatch(/grace@/i);
    expect(masked.stdout).toMatch(/g\\\*\\\*\\\*@e\\\*\\\*\\\*\.com/i);
  });
});

// The documentation says what the program does: every flag and command of `reconcile --help` is in the README's
// table and every one there is a real flag, every variable and exit code of --help is documented, the README's
// sample of `reconcile validate` is what the program prints, and every relative link resolves to a file here.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli';
import { configYaml } from '../support/config';
import { ROOT } from '../support/paths';
import { createWorkspace, type Workspace } from '../support/workspace';

const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');

/** The README section that documents `reconcile`, up to the next heading. */
function reconcileSection(): string {
  const start = readme.indexOf('### `reconcile`\n');
  return readme.slice(start, readme.indexOf('\n## ', start));
}

function flagsIn(text: string): Set<string> {
  return new Set([...text.matchAll(/(?<![\w-])--[a-z][a-z-]+/g)].map(([flag]) => flag));
}

let help: string;
let validateHelp: string;
beforeAll(async () => {
  help = (await runCli(['--help'])).stdout;
  validateHelp = (await runCli(['validate', '--help'])).stdout;
});

describe('the README', () => {
  it('documents exactly the flags of reconcile --help and reconcile validate --help, and both commands', () => {
    const table = reconcileSection().split('\n').filter((line) => line.startsWith('| `'));
    const documented = flagsIn(table.map((line) => line.split(' | ')[0]).join('\n'));
    const actual = flagsIn(`${help}\n${validateHelp}`);
    expect([...documented].sort()).toEqual([...actual].sort());
    expect(actual.size).toBeGreaterThan(10);
    expect(help).toMatch(/^\s+apply \[options\]/m);
    expect(help).toMatch(/^\s+validate \[options\]/m);
    for (const command of ['`reconcile [apply]`', '`reconcile validate`']) expect(table.join('\n')).toContain(command);
  });

  it('documents every variable and exit code of --help', () => {
    const variables = new Set([...help.matchAll(/\b(AUTH0_[A-Z_]+|SMTP_URL|MAIL_FROM|RECONCILE_[A-Z_]+)\b/g)].map(([name]) => name));
    expect(variables.size).toBeGreaterThanOrEqual(9);
    for (const name of variables) expect(readme, name).toContain(name);
    const codes = [...help.slice(help.indexOf('Exit codes:')).matchAll(/^ {2}(\d+(?:, \d+)?) /gm)].flatMap(([, list]) => list!.split(', '));
    expect(codes).toEqual(['0', '1', '2', '3', '130', '143']);
    const exitParagraph = reconcileSection().slice(reconcileSection().indexOf('Exit codes:'));
    for (const code of codes) expect(exitParagraph, code).toContain(`\`${code}\``);
  });

  describe('the sample of reconcile validate', () => {
    let workspace: Workspace;
    beforeAll(async () => {
      workspace = await createWorkspace({ prefix: 'readme-validate-' });
      await writeFile(workspace.config, configYaml({}, { mail: { subject: 'Hi {{ nme }}' } }));
      await workspace.writeInviteeFiles({ 'design.yaml': 'invitees:\n  - email: "x@\n' });
      await writeFile(path.join(workspace.dir, 'templates', 'invitation.txt.liquid'), 'Hello\n{% if %}\n');
    });
    afterAll(() => workspace.remove());

    it('is what it prints (positions in the config aside, which depend on its comments)', async () => {
      const sample = /```text\n\$ npx reconcile validate\n([\s\S]*?)```/.exec(readme)?.[1];
      expect(sample).toBeDefined();
      const result = await runCli(['validate'], { cwd: workspace.dir });
      expect(result.code).toBe(1);
      const shape = (text: string) => text.replace(/^(invitation\.config\.yaml):\d+:\d+:/m, '$1:L:C:');
      expect(shape(result.stderr)).toBe(shape(sample!));
    });
  });
});

describe('the documentation', () => {
  const documents = [
    'README.md',
    'SECURITY.md',
    'BENCHMARKS.md',
    'emulator/README.md',
    'templates/README.md',
    ...readdirSync(path.join(ROOT, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`),
  ];

  it.each(documents)('%s: every relative link resolves to a file or folder of this repository', (document) => {
    const text = readFileSync(path.join(ROOT, document), 'utf8');
    const links = [...text.matchAll(/\]\(([^)\s]+)\)/g)].map(([, target]) => target!).filter((target) => !/^[a-z]+:/.test(target) && !target.startsWith('#'));
    for (const link of links) {
      const file = path.resolve(path.dirname(path.join(ROOT, document)), decodeURIComponent(link.split('#')[0]!));
      expect(file.startsWith(ROOT), `${document}: ${link} leaves the repository`).toBe(true);
      expect(existsSync(file), `${document}: ${link}`).toBe(true);
    }
  });

  it.each(documents)('%s: cites no file outside this repository', (document) => {
    const text = readFileSync(path.join(ROOT, document), 'utf8');
    expect(text).not.toMatch(/auth0-facts\.md|DESIGN\.md|auth0-examples\/|\/work\/shared/);
  });
});

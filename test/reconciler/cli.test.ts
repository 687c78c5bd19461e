import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli';
import { people } from '../support/invitees';
import { createWorkspace, type Workspace } from '../support/workspace';

// Run in a workspace, not the checkout: the CLI's default paths (./invitees, ./invitation.config.yaml) then name
// the fixture project, never the user's own files.
let workspace: Workspace;
beforeAll(async () => {
  workspace = await createWorkspace({ prefix: 'cli-', invitees: people(2) });
});
afterAll(() => workspace.remove());

const cli = (...args: string[]) => runCli(args, { cwd: workspace.dir });

describe('reconcile CLI', () => {
  it('--help documents the flags, the environment and the exit codes', async () => {
    const result = await cli('--help');
    expect(result.code).toBe(0);
    for (const text of ['--dry-run', '--format', '--mask-emails', '--detailed-exitcode', '--allow-mass-removal', 'AUTH0_DOMAIN', 'SMTP_URL', 'Exit codes', '130, 143  stopped by SIGINT (Ctrl-C) or SIGTERM']) {
      expect(result.stdout).toContain(text);
    }
  });

  it('rejects unknown flags and arguments with exit 1 and a pointer to --help', async () => {
    for (const args of [['--nope'], ['extra'], ['--format', 'yaml']]) {
      const result = await cli(...args);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('--help');
    }
  });

  it('without credentials says which variable is missing, after validating the input', async () => {
    const result = await cli('--dry-run');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('AUTH0_DOMAIN is not set');
  });
});

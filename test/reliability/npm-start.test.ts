// `npm start` passes a SIGTERM on to the reconciler it runs (through npm and its shell) and waits for its clean
// stop: the partial report, the lease released, exit 143. Run in a copy of the repository, so that its build and
// its .tenant/ are the copy's, on invitees of a workspace (never the user's own).
import { spawn } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEASE_EMAIL } from '../../reconciler/lease/address';
import { people } from '../support/invitees';
import { totalMails } from '../support/outbox';
import { copyRepository } from '../support/repository-copy';
import { createWorkspace, type Workspace } from '../support/workspace';

let repo: string;
let workspace: Workspace;
beforeAll(async () => {
  repo = await copyRepository({ prefix: 'npm-start-', linkBuild: false });
  // 200 invitees at 20 requests/s: the tickets take about 10 s, so the signal lands in the middle of them.
  workspace = await createWorkspace({ prefix: 'npm-start-data-', invitees: people(200, 'start'), config: { rate_limit: { share: 1, per_second: 20, burst: 5 } } });
}, 60_000);
afterAll(async () => {
  await workspace?.remove();
  await rm(repo, { recursive: true, force: true });
});

describe('npm start', () => {
  it('passes SIGTERM on to the reconciler, which stops cleanly (exit 143, lease released)', async () => {
    const child = spawn('npm', ['start', '--', '--invitees', workspace.invitees, '--config', workspace.config, '--outbox', workspace.outbox], {
      cwd: repo,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, CI: 'true' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const closed = new Promise<number | null>((resolve) => child.once('close', resolve));
    // Once the first mails are out (the outbox fills as the tickets go), npm is sent SIGTERM, as a supervisor would.
    while ((await totalMails(workspace.outbox)) === 0) {
      if (child.exitCode !== null) throw new Error(`npm start ended first:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    child.kill('SIGTERM');
    const code = await closed;
    // npm reports the script's own exit: the reconciler's 143, once it has stopped.
    expect(code, output).toBe(143);
    expect(output).toContain('Stopping: no new invitations');
    expect(output).toMatch(/Applied: \d+ invited, .*, \d+ not started\./);
    expect(output).toContain('Stopped early: interrupted by SIGTERM');
    const state = JSON.parse(await readFile(path.join(repo, '.tenant', 'state.json'), 'utf8')) as { users: Array<{ email: string }> };
    const emails = state.users.map((user) => user.email);
    expect(emails.length).toBeGreaterThan(0);
    expect(emails.every((email) => typeof email === 'string')).toBe(true);
    expect(emails).not.toContain(LEASE_EMAIL);
  }, 120_000);
});

// On a terminal `reconcile` shows the plan and asks for `yes` before its first write, as `terraform apply` does.
// The question is answered through a real pseudo-terminal (util-linux `script`), and in-process for the case where
// the tenant changes while the question waits.
import { spawn } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONFIRM_QUESTION } from '../../reconciler/process/confirm';
import { inviteesYaml, person } from '../support/invitees';
import { RECONCILE_BIN } from '../support/paths';
import { createHarness, type Harness } from '../support/reconcile-harness';
import { changingRequests as writes, ROUTES } from '../support/requests';
import { declaredUsers, invitationStatus } from '../support/tenant-state';
import { tenantEnv } from '../support/tenant';

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
  await h.writeInvitees({ 'team.yaml': inviteesYaml([person('ada@example.com'), person('bob@example.com')]) });
  h.takeRequests();
});
afterEach(() => h.close());


const quote = (word: string): string => `'${word.replace(/'/g, `'\\''`)}'`;

/** `reconcile` on a pseudo-terminal (stdin, stdout and stderr all the terminal), answering the question with `answer`. */
async function onTerminal(answer: string, args: string[] = []): Promise<{ code: number | null; output: string }> {
  const { workspace } = h;
  const command = [process.execPath, RECONCILE_BIN, '--invitees', workspace.invitees, '--config', workspace.config, '--outbox', workspace.outbox, ...args].map(quote).join(' ');
  const child = spawn('script', ['-qfec', command, '/dev/null'], {
    env: { PATH: process.env.PATH, TERM: 'dumb', ...tenantEnv(h.emulator) },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  let answered = false;
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    if (!answered && output.includes('Enter a value:')) {
      answered = true;
      child.stdin.write(`${answer}\n`);
    }
  });
  const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
  return { code, output };
}

describe('on a terminal', () => {
  it('shows the plan, asks, and applies on "yes"', async () => {
    const { code, output } = await onTerminal('yes');
    expect(output).toContain('Plan: 2 to invite');
    expect(output).toContain(CONFIRM_QUESTION);
    expect(output.indexOf('Plan: 2 to invite')).toBeLessThan(output.indexOf(CONFIRM_QUESTION));
    expect(code, output).toBe(0);
    expect(declaredUsers(h.emulator).map((user) => invitationStatus(user))).toEqual(['invited', 'invited']);
  });

  it('changes nothing on any other answer, and exits 1 as terraform does', async () => {
    const { code, output } = await onTerminal('no');
    expect(output).toContain(CONFIRM_QUESTION);
    expect(output).toContain('Apply cancelled: nothing was changed.');
    expect(code).toBe(1);
    expect(writes(h.takeRequests())).toEqual({});
    expect(declaredUsers(h.emulator)).toEqual([]);
  });

  it('does not ask with --auto-approve', async () => {
    const { code, output } = await onTerminal('', ['--auto-approve']);
    expect(output).not.toContain(CONFIRM_QUESTION);
    expect(code, output).toBe(0);
    expect(declaredUsers(h.emulator)).toHaveLength(2);
  });
});

describe('the answer', () => {
  it('approves only the plan shown: a tenant changed while the question waited is refused with no write but the lease', async () => {
    const out = await h.reconcile({
      confirm: async () => {
        // Another run invites bob while the person reads the plan.
        await h.writeInvitees({ 'team.yaml': inviteesYaml([person('bob@example.com')]) });
        const other = await h.reconcile();
        expect(other.exitCode, other.stderr).toBe(0);
        await h.writeInvitees({ 'team.yaml': inviteesYaml([person('ada@example.com'), person('bob@example.com')]) });
        h.takeRequests();
        return true;
      },
    });
    expect(out.exitCode).toBe(1);
    expect(out.stderr).toContain('differs from the one shown above');
    expect(declaredUsers(h.emulator).map((user) => user.email)).toEqual(['bob@example.com']);
    // Only the lease was taken and released: no user was created, mailed or changed.
    const written = writes(h.takeRequests());
    expect(written[ROUTES.tickets]).toBeUndefined();
    expect(written[ROUTES.imports]).toBeUndefined();
    expect(Object.keys(written).length).toBeGreaterThan(0);
  });

  it('is asked only when a run has something to apply', async () => {
    let asked = 0;
    const dry = await h.reconcile({ dryRun: true, confirm: async () => (asked++, true) });
    expect(dry.exitCode).toBe(0);
    await h.writeInvitees({ 'team.yaml': 'invitees: []\n' });
    const nothing = await h.reconcile({ confirm: async () => (asked++, true) });
    expect(nothing.exitCode).toBe(0);
    expect(asked).toBe(0);
  });
});

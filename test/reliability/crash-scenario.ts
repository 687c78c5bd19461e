// Crash and resume: the real CLI is killed with SIGKILL at seeded points of an apply of 500 invitees (the
// emulated tenant, with its state file, lives on in the test's process), and rerun each time. Nobody may be lost,
// and duplicates may only come from mails whose bookkeeping had not reached the tenant when the process died. The
// same for both deliveries: mails the reconciler writes (smtp, to the outbox) and Auth0's own (auth0: the
// emulator writes the Change Password emails it sends to the same folder). One test file per delivery
// (crash.test.ts, crash-auth0.test.ts), so that the two can run side by side.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../emulator/index';
import { crashWindow } from '../../reconciler/apply/flush-policy';
import { exitOf, spawnReconcile } from '../support/cli';
import { AUTH0_DELIVERY } from '../support/config';
import { people } from '../support/invitees';
import { mailsPerInvitee, totalMails } from '../support/outbox';
import { seeded } from '../support/random';
import { startTenant, tenantEnv } from '../support/tenant';
import { declaredUsers, expireLease, invitationStatus } from '../support/tenant-state';
import { createWorkspace, type Workspace } from '../support/workspace';

const INVITEES = 500;
const FLUSH_EVERY = 10;
const TICKET_CONCURRENCY = 4;
const WINDOW = crashWindow({ bookkeeping_flush_every: FLUSH_EVERY, ticket_concurrency: TICKET_CONCURRENCY });

let emulator: RunningEmulator | undefined;
let workspace: Workspace | undefined;
const cleanUp = async (): Promise<void> => {
  await emulator?.stop();
  await workspace?.remove();
  emulator = undefined;
  workspace = undefined;
};
afterAll(cleanUp);

async function outboxCount(dir: string): Promise<number> {
  try {
    return (await readdir(dir)).filter((f) => f.endsWith('.eml')).length;
  } catch {
    return 0;
  }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Registers the scenario for one delivery, with `killPoints` kill points. */
export function describeCrashAndResume(delivery: 'smtp' | 'auth0', killPoints: number): void {
  describe(`crash and resume, mail.delivery ${delivery}`, () => {
    it(`SIGKILL at ${killPoints} seeded points of an apply of ${INVITEES}: everyone invited, duplicates bounded by the flush window`, async () => {
      await cleanUp();
      const invitees = people(INVITEES, 'crash');
      workspace = await createWorkspace({
        prefix: 'crash-',
        invitees,
        config: {
          ...(delivery === 'auth0' ? AUTH0_DELIVERY : {}),
          // 100 requests/s: the 500 tickets (or change-password calls) take several seconds, so the kills land all
          // over the apply.
          rate_limit: { share: 1, per_second: 100, burst: 20, authentication: { per_second: 100, share: 1 } },
          batching: { bookkeeping_flush_every: FLUSH_EVERY, bookkeeping_flush_seconds: 1, ticket_concurrency: TICKET_CONCURRENCY },
        },
      });
      emulator = await startTenant({
        statePath: path.join(workspace.dir, 'tenant.json'),
        rateLimit: '20/100',
        jobLatencyMs: 50,
        ...(delivery === 'auth0' ? { configPath: workspace.config, emailOutbox: workspace.outbox, changePasswordRateLimit: '20/100' } : {}),
      });
      const env = tenantEnv(emulator);
      const random = seeded(6);

      const kills: { at: string; mailsBefore: number; mailsAfter: number }[] = [];
      let finishedEarly = 0;
      for (let i = 0; i < killPoints; i++) {
        const before = await outboxCount(workspace.outbox);
        const child = spawnReconcile(workspace, env);
        const exited = exitOf(child);
        // Half of the kill points wait for a number of new mails (the apply's middle), the other half for a random
        // time after the start (start-up, observation, imports, the first tickets).
        const byMails = random() < 0.5;
        const target = byMails ? 1 + Math.floor(random() * 30) : 600 + Math.floor(random() * 2000);
        const started = Date.now();
        let done = false;
        void exited.then(() => (done = true));
        while (!done) {
          if (byMails ? (await outboxCount(workspace.outbox)) - before >= target : Date.now() - started >= target) break;
          await sleep(byMails ? 5 : 20);
        }
        if (done) {
          finishedEarly++;
        } else {
          child.kill('SIGKILL');
        }
        const { code, signal } = await exited;
        if (signal !== 'SIGKILL') expect([0, 3], child.output.stderr).toContain(code);
        kills.push({ at: byMails ? `${target} mails` : `${target} ms`, mailsBefore: before, mailsAfter: await outboxCount(workspace.outbox) });
        // The killed holder's lease would expire after RECONCILE_LEASE_SECONDS; let that time "pass".
        expireLease(emulator);
      }

      const mailsBeforeFinal = await outboxCount(workspace.outbox);
      // Rerun to completion; a run that was killed leaves nothing that blocks it.
      let final = spawnReconcile(workspace, env);
      let result = await exitOf(final);
      expect(result.code, final.output.stderr).toBe(0);
      // And the run after that has nothing to do.
      final = spawnReconcile(workspace, env);
      result = await exitOf(final);
      expect(result.code, final.output.stderr).toBe(0);
      expect(final.output.stdout).toMatch(/0 to invite/);

      const mails = await mailsPerInvitee(workspace.outbox, invitees);
      const counts = [...mails.values()];
      const duplicates = counts.reduce((sum, n) => sum + Math.max(0, n - 1), 0);
      const twiceOrMore = counts.filter((n) => n > 1).length;
      const killed = kills.length - finishedEarly;
      console.log(
        `crash (${delivery}): ${killPoints} kill points (${killed} killed, ${finishedEarly} finished first), ${INVITEES} invitees, ` +
          `${mailsBeforeFinal} mails before the final run, ${await totalMails(workspace.outbox)} in all, ${duplicates} duplicates (${twiceOrMore} invitees mailed more than once, max ${Math.max(...counts)}), ` +
          `bound ${WINDOW} per kill (${killed * WINDOW} in all); kills at ${kills.map((k) => k.at).join(', ')}`,
      );

      // Everyone received at least one invitation.
      expect(counts.filter((n) => n === 0)).toEqual([]);
      // The bound: a kill can only repeat mails whose bookkeeping had not been written: the applier lets mail run
      // ahead of bookkeeping by fewer than 2 × bookkeeping_flush_every rows (one batch filling, one being written;
      // UpsertBatcher.room), plus the mails in flight when it died (ticket_concurrency). So at most
      // WINDOW = 2 × FLUSH_EVERY + TICKET_CONCURRENCY duplicates per kill.
      expect(duplicates).toBeLessThanOrEqual(killed * WINDOW);
      // A second copy needs a kill inside that invitee's window; no invitee gets more than one per kill.
      expect(Math.max(...counts)).toBeLessThanOrEqual(1 + killed);

      // The tenant ends with exactly the declared users, all invited.
      const users = declaredUsers(emulator);
      expect(users.map((u) => u.email).sort()).toEqual(invitees.map((i) => i.email).sort());
      expect(users.filter((u) => invitationStatus(u) !== 'invited').map((u) => u.email)).toEqual([]);
    }, 180_000);
  });
}

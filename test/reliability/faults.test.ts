// Fault injection against the emulator: a flaky tenant (5xx, dropped connections after the handler ran, 429
// storms) and failing import jobs. Nothing may be lost and nobody may be mailed twice.
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NO_FAULTS } from '../../emulator/index';
import { FAST } from '../support/config';
import { people } from '../support/invitees';
import { mailsPerInvitee, totalMails } from '../support/outbox';
import { reconcile } from '../support/run';
import { startTenant, tenantEnv } from '../support/tenant';
import { declaredUsers, invitationStatus, ticketsPerInvitee } from '../support/tenant-state';
import { cleanUpAfterEach } from '../support/cleanup';
import { createWorkspace } from '../support/workspace';

const cleanup = cleanUpAfterEach();

/** The ticket id in each outbox message, by file name. */
async function mailedTicketIds(dir: string): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const file of await readdir(dir)) {
    if (!file.endsWith('.eml')) continue;
    const text = (await readFile(path.join(dir, file), 'utf8')).replace(/=\r?\n/g, '').replace(/=3D/g, '=');
    const match = /ticket=([A-Za-z0-9]+)/.exec(text);
    if (match?.[1]) ids.set(file, match[1]);
  }
  return ids;
}

describe('a flaky tenant', () => {
  it('5% 5xx, 5% dropped connections and 429 storms: every invitee is mailed exactly once', async () => {
    const emulator = cleanup(await startTenant({ faults: '500=0.025,503=0.025,drop=0.05,storm=0.01/6', seed: 20251123 }));
    const invitees = people(100);
    const workspace = cleanup(await createWorkspace({ prefix: 'faults-', invitees, config: FAST }));
    const result = await reconcile(workspace, tenantEnv(emulator));

    expect(result.stderr).toMatch(/retrying .* after (HTTP 5\d\d|a dropped connection|HTTP 429)/);
    expect(result.exitCode, result.stderr).toBe(0);
    const mails = await mailsPerInvitee(workspace.outbox, invitees);
    expect([...mails.values()].every((n) => n === 1), JSON.stringify([...mails].filter(([, n]) => n !== 1))).toBe(true);
    expect(await totalMails(workspace.outbox)).toBe(100);

    // A ticket request whose answer was dropped is retried, so a few invitees have an extra ticket that nobody
    // ever saw; the mailed one is always a ticket of that invitee.
    const tickets = ticketsPerInvitee(emulator);
    for (const invitee of invitees) expect(tickets.get(invitee.email) ?? 0).toBeGreaterThanOrEqual(1);
    const ticketOwner = new Map(emulator.state.data.tickets.map((t) => [t.id, emulator.state.usersById.get(t.user_id)?.email]));
    for (const [file, id] of await mailedTicketIds(workspace.outbox)) expect(`${ticketOwner.get(id)}.eml`).toBe(file);
    const extraTickets = [...tickets.values()].reduce((sum, n) => sum + n - 1, 0);
    console.log(`faults: 100 invitees, 100 mails, ${emulator.state.data.tickets.length} tickets (${extraTickets} unseen extra after dropped answers), statuses ${JSON.stringify(emulator.stats().statuses)}`);

    const users = declaredUsers(emulator);
    expect(users).toHaveLength(100);
    expect(users.every((u) => invitationStatus(u) === 'invited')).toBe(true);

    // And the next run has nothing to do.
    emulator.context.faults.configure(NO_FAULTS);
    const again = await reconcile(workspace, tenantEnv(emulator));
    expect(again.exitCode, again.stderr).toBe(0);
    expect(await totalMails(workspace.outbox)).toBe(100);
  });
});

describe('an import job that fails', () => {
  it('is reported with its job id for each invitee, mails nobody, and a rerun without faults completes', async () => {
    const emulator = cleanup(await startTenant({ faults: 'jobfail=1', seed: 7 }));
    const invitees = people(6, 'failjob');
    const workspace = cleanup(await createWorkspace({ prefix: 'faults-', invitees, config: FAST }));
    const result = await reconcile(workspace, tenantEnv(emulator), { format: 'json' });

    expect(result.exitCode, result.stderr).toBe(3);
    const failures = result.report?.failures ?? [];
    expect(failures.map((f) => f.email).sort()).toEqual(invitees.map((i) => i.email).sort());
    const jobIds = new Set(failures.map((f) => f.jobId));
    expect(jobIds.size).toBe(1);
    const [jobId] = [...jobIds];
    expect(jobId).toMatch(/^job_/);
    expect(failures.every((f) => f.stage === 'import' && f.message.includes(jobId!) && f.message.includes('failed'))).toBe(true);
    const job = emulator.state.jobsById.get(jobId!);
    expect(job?.status).toBe('failed');
    expect(job?.summary).toBeUndefined();
    // The JSON output names each affected invitee and the job.
    const output = JSON.parse(result.stdout) as { report: { failures: { email: string; job_id: string | null; stage: string }[] } };
    expect(output.report.failures.map((f) => [f.email, f.job_id, f.stage])).toEqual(invitees.map((i) => [i.email, jobId, 'import']));

    // A failed job may have written part of its file (Auth0 promises nothing about who): those users stay
    // `pending`, and nobody is mailed, since the reconciler cannot know who exists.
    expect(declaredUsers(emulator).every((u) => invitationStatus(u) === 'pending')).toBe(true);
    expect(await totalMails(workspace.outbox)).toBe(0);

    emulator.context.faults.configure(NO_FAULTS);
    const rerun = await reconcile(workspace, tenantEnv(emulator));
    expect(rerun.exitCode, rerun.stderr).toBe(0);
    const mails = await mailsPerInvitee(workspace.outbox, invitees);
    expect([...mails.values()]).toEqual(invitees.map(() => 1));
    expect(declaredUsers(emulator).every((u) => invitationStatus(u) === 'invited')).toBe(true);
  });
});

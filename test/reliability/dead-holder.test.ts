// A lease whose holder is provably dead on this host (same host, boot and pid namespace; no process with its pid,
// or one that started at another time) is taken over at once instead of being waited out; anything less than
// proof (another host, a live process, a record without the facts) still waits.
import { describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../emulator/index';
import { systemClock } from '../../reconciler/clock';
import { credentialsFromEnv } from '../../reconciler/environment';
import { acquireLease, LeaseHeldError } from '../../reconciler/lease/protocol';
import type { LeasePort } from '../../reconciler/lease/record';
import { currentProcess, isProvablyDead, type ProcessIdentity, type ProcessTable } from '../../reconciler/process/identity';
import { openManagementSession } from '../../reconciler/tenant/session';
import { Auth0Tenant } from '../../reconciler/tenant/tenant';
import { cleanUpAfterEach } from '../support/cleanup';
import { exitOf, spawnReconcile } from '../support/cli';
import { CONNECTION, FAST } from '../support/config';
import { people } from '../support/invitees';
import { mailsPerInvitee, totalMails } from '../support/outbox';
import { startTenant, tenantEnv } from '../support/tenant';
import { createWorkspace } from '../support/workspace';

const cleanup = cleanUpAfterEach();

/** A process table as the kernel would show it: these pids run, started at these ticks. */
function table(running: Record<number, string>, overrides: Partial<ProcessTable> = {}): ProcessTable {
  return {
    hostname: () => 'build-host',
    bootId: () => 'boot-1',
    pidNamespace: () => 'pid:[4026531836]',
    startTicks: (pid) => running[pid],
    exists: (pid) => pid in running,
    ...overrides,
  };
}

const holder = (overrides: Partial<ProcessIdentity> = {}): ProcessIdentity => ({
  hostname: 'build-host',
  pid: 4242,
  boot_id: 'boot-1',
  pid_namespace: 'pid:[4026531836]',
  start_ticks: '1000',
  ...overrides,
});

describe('isProvablyDead', () => {
  it('is true only with proof: no such pid, a reused pid, or a reboot since', () => {
    const self = { [process.pid]: '1' };
    expect(isProvablyDead(holder(), table({ ...self }))).toBe(true); // no process 4242
    expect(isProvablyDead(holder(), table({ ...self, 4242: '2000' }))).toBe(true); // 4242 is another process now
    expect(isProvablyDead(holder({ boot_id: 'boot-0' }), table({ ...self, 4242: '1000' }))).toBe(true); // rebooted

    expect(isProvablyDead(holder(), table({ ...self, 4242: '1000' }))).toBe(false); // still running
    expect(isProvablyDead(holder({ hostname: 'other-host' }), table({ ...self }))).toBe(false);
    expect(isProvablyDead(holder({ pid_namespace: 'pid:[4026532000]' }), table({ ...self }))).toBe(false); // another container
    expect(isProvablyDead(holder({ boot_id: undefined }), table({ ...self }))).toBe(false);
    expect(isProvablyDead(holder(), table({ ...self }, { bootId: () => undefined }))).toBe(false); // no /proc here
    expect(isProvablyDead(holder({ start_ticks: undefined }), table({ ...self, 4242: '2000' }))).toBe(false);
  });

  it('knows this process as alive, on this machine', () => {
    expect(isProvablyDead(currentProcess())).toBe(false);
  });
});

function leasePort(running: RunningEmulator): LeasePort {
  const session = openManagementSession(credentialsFromEnv(tenantEnv(running)), { clock: systemClock, rate: { perSecond: 1000, burst: 100, share: 1 } });
  return new Auth0Tenant(session, systemClock, { requestsPerSecond: 1000 }).leasePort(CONNECTION);
}

describe('taking over the lease of a dead holder', () => {
  it('at once when the holder is provably dead, with a warning; never when it may be alive', async () => {
    let emulator = cleanup(await startTenant());
    const port = leasePort(emulator);
    const options = { ttlMs: 120_000, clock: systemClock };
    const proof = table({ [process.pid]: '1' });
    await acquireLease(port, { ...options, holder: 'alive-elsewhere', process: holder({ hostname: 'other-host' }) });
    const refused = await acquireLease(port, { ...options, holder: 'me', isHolderDead: (h) => isProvablyDead(h, proof) }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(LeaseHeldError);

    emulator = cleanup(await startTenant());
    const fresh = leasePort(emulator);
    await acquireLease(fresh, { ...options, holder: 'killed-run', process: holder() });
    const warnings: string[] = [];
    const taken = await acquireLease(fresh, { ...options, holder: 'me', isHolderDead: (h) => isProvablyDead(h, proof), onWarning: (line) => warnings.push(line) });
    expect(taken.holder).toBe('me');
    expect(warnings).toEqual(['Taking over the tenant lease of killed-run: that process no longer runs on this host.']);
    await taken.release();
  });

  it('a CLI killed with SIGKILL mid-apply: the next run starts at once (lease of 120 s) and completes', async () => {
    const emulator = cleanup(await startTenant({ jobLatencyMs: 100 }));
    const invitees = people(60, 'killed');
    const workspace = cleanup(await createWorkspace({
      prefix: 'dead-holder-',
      invitees,
      config: { ...FAST, rate_limit: { share: 1, per_second: 40, burst: 5 }, batching: { bookkeeping_flush_every: 10, bookkeeping_flush_seconds: 1, ticket_concurrency: 2 } },
    }));
    const env = { ...tenantEnv(emulator), RECONCILE_LEASE_SECONDS: '120' };
    const first = spawnReconcile(workspace, env);
    while ((await totalMails(workspace.outbox)) < 5 && first.exitCode === null) await new Promise((resolve) => setTimeout(resolve, 20));
    first.kill('SIGKILL');
    expect((await exitOf(first)).signal).toBe('SIGKILL');

    const second = spawnReconcile(workspace, env);
    const { code } = await exitOf(second);
    expect(code, second.output.stderr).toBe(0);
    expect(second.output.stderr).toMatch(/Taking over the tenant lease of \S+ pid \d+: that process no longer runs on this host\./);
    const mails = await mailsPerInvitee(workspace.outbox, invitees);
    expect([...mails.values()].filter((n) => n === 0)).toEqual([]);
  });
});

// Issue 12, target 2: crash duplicates at each plan's real limits. The reconciler runs in its own process
// (bench/reconcile-process.ts) on the tenant's scaled clock, with the shipped settings and the plan's limits; it is
// killed with SIGKILL once it has sent a given number of mails, then run again (after the killed holder's lease has
// run out: both clocks move on by its lifetime) until a run finishes. Nobody may be lost, and the mails sent twice
// may not exceed the configured window per kill (2 × bookkeeping_flush_every + ticket_concurrency).
import { fork } from 'node:child_process';
import path from 'node:path';
import { crashWindow } from '../../reconciler/apply/flush-policy';
import { leaseTtlMs } from '../../reconciler/lease/timing';
import { paceOf, rateOf } from '../../reconciler/run-policy';
import { exitOf } from '../../test/support/cli';
import { mailsPerInvitee, totalMails } from '../../test/support/outbox';
import { ROOT } from '../../test/support/paths';
import { JOB_TIMING, type PlanLimits } from '../../test/support/plans';
import { BARE, tenantEnv } from '../../test/support/tenant';
import { tenantTime, timeScale, type TimeScale } from '../../test/support/time-scale';
import type { Workspace } from '../../test/support/workspace';
import { spawnEmulator, type EmulatorHandle } from '../emulator-handle';
import type { ReconcileProcessArgs } from '../reconcile-process';
import { benchPeople, createBenchWorkspace, writeBenchInvitees } from '../workspace';
import { configAt } from './plan-rates';

export interface PlanCrashScenario {
  plan: PlanLimits;
  n: number;
  factor: number;
  /** Kill each run after it has sent this share of N mails; one kill per entry. */
  killAfter: number[];
}

export interface PlanCrashRun {
  plan: PlanLimits['name'];
  label: string;
  n: number;
  factor: number;
  kills: number;
  /** Mails each killed run had sent when it was killed. */
  mailsAtKill: number[];
  /** Mails beyond one per invitee, over all runs. */
  duplicates: number;
  /** The configured bound per kill. */
  window: number;
  /** Invitees without any mail at the end (must be 0). */
  lost: number;
  /** A run after the last one planned no change (everyone recorded `invited`). */
  settled: boolean;
}

export async function measurePlanCrash({ plan, n, factor, killAfter }: PlanCrashScenario): Promise<PlanCrashRun> {
  const config = configAt(plan);
  const workspace = await createBenchWorkspace(`bench-crash-${plan.name}-`);
  await workspace.writeConfig({ rate_limit: config.rate_limit });
  await writeBenchInvitees(workspace, n, Math.max(1, Math.round(n / 100)));
  const scale = timeScale(factor);
  const emulator = await spawnEmulator({ ...BARE, ...JOB_TIMING, rateLimit: plan.rateLimit, ...tenantTime(scale) });
  // After a kill, the next run starts once the dead holder's lease has run out: on both clocks, without waiting.
  const leaseMs = leaseTtlMs(paceOf(rateOf(config))) + 1000;
  let offsetMs = 0;
  try {
    const mailsAtKill: number[] = [];
    for (const share of killAfter) {
      const before = await totalMails(workspace.outbox);
      const killed = await runUntil(workspace, emulator, scale, offsetMs, before + Math.round(share * n));
      if (!killed) throw new Error(`${plan.label}: the run finished before ${Math.round(share * n)} mails; kill earlier`);
      mailsAtKill.push((await totalMails(workspace.outbox)) - before);
      await emulator.advance(leaseMs);
      offsetMs += leaseMs;
    }
    if (await runUntil(workspace, emulator, scale, offsetMs, Number.POSITIVE_INFINITY)) throw new Error('unreachable');
    const settledRun = await runToEnd(workspace, emulator, scale, offsetMs);
    const mails = [...(await mailsPerInvitee(workspace.outbox, benchPeople(n))).values()];
    return {
      plan: plan.name,
      label: plan.label,
      n,
      factor,
      kills: killAfter.length,
      mailsAtKill,
      duplicates: mails.reduce((sum, m) => sum + Math.max(0, m - 1), 0),
      window: crashWindow(config.batching),
      lost: mails.filter((m) => m === 0).length,
      settled: /Plan: 0 to invite, 0 to update, 0 to revoke/.test(settledRun) && !/to resume|to reinvite/.test(settledRun),
    };
  } finally {
    await emulator.stop();
    await workspace.remove();
  }
}

function spawnRun(workspace: Workspace, emulator: EmulatorHandle, scale: TimeScale, offsetMs: number) {
  const args: ReconcileProcessArgs = { invitees: workspace.invitees, config: workspace.config, outbox: workspace.outbox, env: tenantEnv(emulator), scale, offsetMs };
  const child = fork(path.join(ROOT, 'bench/reconcile-process.ts'), [JSON.stringify(args)], { cwd: ROOT, execArgv: ['--import', 'tsx'], stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output };
}

/** Runs the reconciler; kills it with SIGKILL once the outbox holds `mails` mails. True when it was killed. */
async function runUntil(workspace: Workspace, emulator: EmulatorHandle, scale: TimeScale, offsetMs: number, mails: number): Promise<boolean> {
  const { child, output } = spawnRun(workspace, emulator, scale, offsetMs);
  const exited = exitOf(child);
  let done = false;
  void exited.then(() => (done = true));
  while (!done) {
    if ((await totalMails(workspace.outbox)) >= mails) {
      child.kill('SIGKILL');
      await exited;
      return true;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const { code } = await exited;
  if (code !== 0) throw new Error(`a crash-bench run exited ${code}:\n${output().trim().split('\n').slice(-5).join('\n')}`);
  return false;
}

async function runToEnd(workspace: Workspace, emulator: EmulatorHandle, scale: TimeScale, offsetMs: number): Promise<string> {
  const { child, output } = spawnRun(workspace, emulator, scale, offsetMs);
  const { code } = await exitOf(child);
  if (code !== 0) throw new Error(`the settling run exited ${code}:\n${output()}`);
  return output();
}

// One reconciler run in-process through `run()` from reconciler/run.ts (the whole CLI: load, validate, token,
// observe, plan, apply, mail), against an emulator, with the config the scenario needs written to its workspace.
import { writeFile } from 'node:fs/promises';
import { Writable } from 'node:stream';
import { systemClock } from '../reconciler/clock';
import { run, type RunResult } from '../reconciler/run';
import { epochNow } from './request-log';
import { configYaml, type BatchingConfig, type RateLimitConfig, type Workspace } from './workspace';

export interface ReconcileTarget {
  url: string;
  clientId: string;
  clientSecret: string;
}

export interface ReconcileOutcome extends RunResult {
  /** Epoch ms around the whole run (comparable with the emulator's request log). */
  startedAt: number;
  endedAt: number;
  wallMs: number;
  /** What the CLI wrote to stderr (progress, retries, errors): for diagnosing a failed scenario. */
  stderr: string;
}

export interface ReconcileOptions {
  workspace: Workspace;
  target: ReconcileTarget;
  rateLimit: RateLimitConfig;
  batching?: Partial<BatchingConfig>;
}

/** Collects a stream's text; the plan and the report go here instead of the terminal. */
function sink(): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, callback) {
      chunks.push(String(chunk));
      callback();
    },
  });
  return { stream, text: () => chunks.join('') };
}

export async function reconcile(options: ReconcileOptions): Promise<ReconcileOutcome> {
  const { workspace, target, rateLimit, batching } = options;
  await writeFile(workspace.configPath, configYaml({ rateLimit, batching }));
  const out = sink();
  const err = sink();
  const startedAt = epochNow();
  const result = await run({
    invitees: workspace.inviteesDir,
    config: workspace.configPath,
    dryRun: false,
    format: 'text',
    maskEmails: false,
    detailedExitcode: false,
    allowMassRemoval: false,
    outbox: workspace.outbox,
    env: {
      AUTH0_DOMAIN: 'tenant.bench.local',
      AUTH0_BASE_URL: target.url,
      AUTH0_CLIENT_ID: target.clientId,
      AUTH0_CLIENT_SECRET: target.clientSecret,
    },
    stdout: out.stream,
    stderr: err.stream,
    isTTY: false,
    clock: systemClock,
  });
  const endedAt = epochNow();
  return { ...result, startedAt, endedAt, wallMs: endedAt - startedAt, stderr: err.text() };
}

/** Throws with the CLI's own words when a run that should succeed did not. */
export function assertSucceeded(outcome: ReconcileOutcome, what: string): void {
  if (outcome.exitCode !== 0) {
    const tail = outcome.stderr.trim().split('\n').slice(-5).join('\n');
    throw new Error(`${what}: the reconciler exited ${outcome.exitCode}\n${tail}`);
  }
}

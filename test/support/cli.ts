// The real CLI as a child process (`node bin/reconcile.js`): for tests that kill it, race two of them, or check
// what the shell sees (flags, exit codes).
import { spawn, type ChildProcess } from 'node:child_process';
import { RECONCILE_BIN, ROOT } from './paths';
import type { Workspace } from './workspace';

export type CliProcess = ChildProcess & { output: { stdout: string; stderr: string } };

/** `reconcile ARGS` in `cwd` with only PATH, CI and `env` in its environment. */
export function spawnCli(args: readonly string[], options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): CliProcess {
  const child = spawn(process.execPath, [RECONCILE_BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env: { PATH: process.env.PATH, CI: 'true', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  }) as CliProcess;
  child.output = { stdout: '', stderr: '' };
  child.stdout?.on('data', (chunk: Buffer) => (child.output.stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (child.output.stderr += chunk.toString()));
  return child;
}

/** The CLI on a workspace's invitees, config and outbox. */
export function spawnReconcile(workspace: Pick<Workspace, 'invitees' | 'config' | 'outbox'>, env: NodeJS.ProcessEnv, args: readonly string[] = []): CliProcess {
  return spawnCli(['--invitees', workspace.invitees, '--config', workspace.config, '--outbox', workspace.outbox, ...args], { env });
}

export function exitOf(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
}

/** Runs the CLI to its end: exit code and everything it printed. */
export async function runCli(args: readonly string[], options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawnCli(args, options);
  // 'close', not 'exit': by then both output streams have been read to their end.
  const code = await new Promise<number | null>((resolve) => child.once('close', (exitCode) => resolve(exitCode)));
  return { code, ...child.output };
}

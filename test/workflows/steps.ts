// The workflows' own scripts, run here as GitHub runs them: a step's `run:` in a file, executed by `bash -e`
// (GitHub's default shell on Linux runners), with the environment the step's `env:` would give it. (github-script
// bodies: github-script.ts.)
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFileSync, writeFile } from 'node:fs';
import { symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'yaml';
import { ROOT } from '../support/paths';

export interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
}

interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, { steps: Step[] }>;
}

export function workflow(file: string): Workflow {
  return parse(readFileSync(path.join(ROOT, '.github/workflows', file), 'utf8')) as Workflow;
}

export function stepOf(file: string, job: string, name: string): Step {
  const step = workflow(file).jobs[job]?.steps.find((candidate) => candidate.name === name);
  if (!step) throw new Error(`${file}: job ${job} has no step "${name}"`);
  return step;
}

/** A folder where `node bin/reconcile.js` runs this checkout's CLI, as a step's working directory would. */
export async function linkBin(dir: string): Promise<void> {
  await symlink(path.join(ROOT, 'bin'), path.join(dir, 'bin'));
}

export type StepProcess = ChildProcess & { output: { stdout: string; stderr: string } };

/** Starts the step's script with `bash -e` in `cwd`, with only PATH and `env` in its environment. */
export async function startStep(step: Step, options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<StepProcess> {
  if (step.run === undefined) throw new Error(`step "${step.name}" has no run script`);
  const dir = await promisify(mkdtemp)(path.join(tmpdir(), 'step-'));
  const script = path.join(dir, 'step.sh');
  await promisify(writeFile)(script, step.run);
  const child = spawn('bash', ['-e', script], { cwd: options.cwd, env: { PATH: process.env.PATH, CI: 'true', ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] }) as StepProcess;
  child.output = { stdout: '', stderr: '' };
  child.stdout?.on('data', (chunk: Buffer) => (child.output.stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (child.output.stderr += chunk.toString()));
  return child;
}

export async function runStep(step: Step, options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = await startStep(step, options);
  const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
  return { code, ...child.output };
}

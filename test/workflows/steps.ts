// The workflows' own scripts, run here as GitHub runs them: a step's `run:` in a file, executed by `bash -e`
// (GitHub's default shell on Linux runners), with the environment the step's `env:` would give it; and the
// github-script body, run against a fake `github` object.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtemp, readdirSync, readFileSync, writeFile } from 'node:fs';
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

export interface FakeComment {
  id: number;
  body: string;
  user: { type: 'Bot' | 'User'; login: string };
}

/** Just enough of Octokit for the comment script: list (paginated), create and update issue comments. */
export function fakeGithub(comments: FakeComment[]) {
  const calls: string[] = [];
  const listComments = async () => ({ data: comments });
  return {
    calls,
    github: {
      paginate: async (method: unknown) => (method === listComments ? [...comments] : []),
      rest: {
        issues: {
          listComments,
          createComment: async ({ body }: { body: string }) => {
            calls.push('create');
            comments.push({ id: comments.length + 1, body, user: { type: 'Bot', login: 'github-actions[bot]' } });
          },
          updateComment: async ({ comment_id, body }: { comment_id: number; body: string }) => {
            calls.push(`update ${comment_id}`);
            const comment = comments.find((candidate) => candidate.id === comment_id);
            if (!comment) throw new Error(`no comment ${comment_id}`);
            comment.body = body;
          },
        },
      },
    },
  };
}

/** Runs a github-script body as actions/github-script does: an async function of require, github, context. */
export async function runGithubScript(script: string, options: { cwd: string; env: Record<string, string>; github: unknown }): Promise<void> {
  const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (...args: string[]) => (...values: unknown[]) => Promise<void>;
  const context = { repo: { owner: 'team', repo: 'tenant' }, issue: { number: 7 } };
  const fakeProcess = { env: options.env };
  // The script reads its files from the working directory, as on the runner: its `fs` resolves names there.
  const at = (name: string): string => path.resolve(options.cwd, name);
  const fs = {
    existsSync: (name: string) => existsSync(at(name)),
    readFileSync: (name: string, encoding: BufferEncoding) => readFileSync(at(name), encoding),
    readdirSync: (name: string) => readdirSync(at(name)),
  };
  const require = (name: string): unknown => {
    if (name === 'node:fs' || name === 'fs') return fs;
    throw new Error(`the comment script requires ${name}, which this test does not provide`);
  };
  await new AsyncFunction('require', 'github', 'context', 'process', script)(require, options.github, context, fakeProcess);
}

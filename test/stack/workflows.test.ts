// The GitHub workflows cannot run here; check that they parse and use only what exists: npm scripts of
// package.json, the reconcile CLI's flags and environment, secrets kept from forks, one deploy per tenant at a time.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { loadStackConfig } from '../../stack/config.js';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const workflowDir = path.join(projectRoot, '.github/workflows');

const RECONCILE_FLAGS = new Set([
  '--dry-run',
  '--format',
  '--mask-emails',
  '--detailed-exitcode',
  '--allow-mass-removal',
  '--invitees',
  '--config',
  '--outbox',
]);
const RECONCILE_ENV = new Set(['AUTH0_DOMAIN', 'AUTH0_CLIENT_ID', 'AUTH0_CLIENT_SECRET', 'SMTP_URL', 'MAIL_FROM']);
const FORMATS = new Set(['text', 'markdown', 'json']);
const NPM_BUILTINS = new Set(['ci', 'test']);
const FORK_GUARD = 'github.event.pull_request.head.repo.full_name == github.repository';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
}
interface Job {
  if?: string;
  needs?: string | string[];
  environment?: string;
  concurrency?: { group?: string; 'cancel-in-progress'?: boolean } | string;
  strategy?: { matrix?: { tenant?: string[] } };
  steps: Step[];
}
interface Workflow {
  name: string;
  on: Record<string, unknown>;
  jobs: Record<string, Job>;
}

const files = readdirSync(workflowDir).filter((f) => f.endsWith('.yml') || f.endsWith('.yaml'));
const workflows = files.map((file) => ({
  file,
  text: readFileSync(path.join(workflowDir, file), 'utf8'),
  doc: parse(readFileSync(path.join(workflowDir, file), 'utf8')) as Workflow,
}));
const scripts = (JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> })
  .scripts;

function steps(): Array<{ where: string; job: Job; step: Step }> {
  return workflows.flatMap(({ file, doc }) =>
    Object.entries(doc.jobs).flatMap(([jobName, job]) =>
      job.steps.map((step, i) => ({ where: `${file} ${jobName} step ${step.name ?? i}`, job, step })),
    ),
  );
}

/** Shell commands of a run block, one per line, with comments and continuation lines joined. */
function commands(run: string): string[] {
  return run
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

function words(command: string): string[] {
  return command.split(/\s+/);
}

/** The arguments after `npx reconcile` or `npm run reconcile --` in a command, or undefined. */
function reconcileArgs(command: string): string[] | undefined {
  const w = words(command);
  const npx = w.findIndex((word, i) => word === 'reconcile' && w[i - 1] === 'npx');
  if (npx >= 0) return w.slice(npx + 1);
  const run = w.findIndex((word, i) => word === 'reconcile' && w[i - 1] === 'run' && w[i - 2] === 'npm');
  if (run >= 0) return w.slice(run + 1).filter((word) => word !== '--');
  return undefined;
}

describe('workflows', () => {
  it('exist for pull requests and for pushes to main, and parse', () => {
    expect(files.sort()).toEqual(['deploy.yml', 'pull-request.yml']);
    const triggers = workflows.map(({ doc }) => Object.keys(doc.on));
    expect(triggers).toContainEqual(['push']);
    expect(triggers).toContainEqual(['pull_request']);
  });

  it('reference only npm scripts that exist in package.json', () => {
    const used: string[] = [];
    for (const { where, step } of steps()) {
      for (const command of commands(step.run ?? '')) {
        const w = words(command);
        w.forEach((word, i) => {
          if (word !== 'npm') return;
          const sub = w[i + 1];
          const script = sub === 'run' ? w[i + 2] : sub;
          if (!script) throw new Error(`${where}: bare npm`);
          used.push(script);
          if (sub !== 'run' && NPM_BUILTINS.has(script) && script !== 'test') return;
          expect(scripts, `${where}: npm script "${script}"`).toHaveProperty(script);
        });
      }
    }
    expect(new Set(used)).toEqual(new Set(['ci', 'test', 'synth']));
  });

  it('call reconcile only with its documented flags and environment', () => {
    let calls = 0;
    for (const { where, step } of steps()) {
      for (const command of commands(step.run ?? '')) {
        const args = reconcileArgs(command);
        if (!args) continue;
        calls++;
        for (const [i, arg] of args.entries()) {
          if (!arg.startsWith('-')) continue;
          expect(RECONCILE_FLAGS.has(arg), `${where}: reconcile flag ${arg}`).toBe(true);
          if (arg === '--format') expect(FORMATS.has(args[i + 1] ?? ''), `${where}: --format value`).toBe(true);
        }
        for (const name of Object.keys(step.env ?? {})) {
          expect(RECONCILE_ENV.has(name), `${where}: environment ${name} for reconcile`).toBe(true);
        }
      }
    }
    expect(calls).toBe(2);
  });

  it('post the dry run as markdown with a detailed exit code on pull requests, updating one comment', () => {
    const pr = workflows.find(({ doc }) => 'pull_request' in doc.on)!;
    expect(pr.text).toContain('npx reconcile --dry-run --format markdown --mask-emails --detailed-exitcode');
    expect(pr.text).toContain('updateComment');
    expect(pr.text).toContain('<!-- reconcile-dry-run:');
  });

  it('give no secrets to jobs of pull requests from forks', () => {
    for (const { file, doc, text } of workflows) {
      expect(Object.keys(doc.on), `${file}: pull_request_target runs fork code with secrets`).not.toContain(
        'pull_request_target',
      );
      if (!('pull_request' in doc.on)) continue;
      for (const [jobName, job] of Object.entries(doc.jobs)) {
        const usesSecrets = JSON.stringify(job).includes('secrets.');
        if (usesSecrets) expect(job.if, `${file} ${jobName} uses secrets`).toContain(FORK_GUARD);
      }
      expect(text).toContain('secrets.');
    }
  });

  it('deploy with cdktf then reconcile, one run per tenant at a time', () => {
    const deployWorkflow = workflows.find(({ doc }) => 'push' in doc.on)!;
    expect(deployWorkflow.doc.on.push).toEqual({ branches: ['main'] });
    const deploy = deployWorkflow.doc.jobs.deploy!;
    expect(deploy.concurrency).toEqual({ group: 'deploy-${{ matrix.tenant }}', 'cancel-in-progress': false });
    const runs = deploy.steps.flatMap((s) => commands(s.run ?? ''));
    const cdktf = runs.findIndex((c) => c.startsWith('npx --yes cdktf-cli@0.21.0 deploy ${{ matrix.tenant }} --auto-approve'));
    const reconcile = runs.findIndex((c) => reconcileArgs(c) !== undefined);
    expect(cdktf).toBeGreaterThanOrEqual(0);
    expect(reconcile).toBeGreaterThan(cdktf);
    expect(reconcileArgs(runs[reconcile]!)).not.toContain('--dry-run');
  });

  it('have one matrix tenant per environment of invitation.config.yaml', async () => {
    const environments = (await loadStackConfig(path.join(projectRoot, 'invitation.config.yaml'))).stack.environments.map(
      (e) => e.name,
    );
    const matrices = Object.values(workflows.flatMap(({ doc }) => Object.values(doc.jobs)))
      .map((job) => job.strategy?.matrix?.tenant)
      .filter((tenants): tenants is string[] => tenants !== undefined);
    expect(matrices.length).toBe(2);
    for (const tenants of matrices) expect(tenants).toEqual(environments);
  });
});

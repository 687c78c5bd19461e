// The GitHub workflows cannot run here; check that they parse and use only what exists: npm scripts of
// package.json, the reconcile CLI's flags and environment, secrets kept from forks, one deploy per tenant at a time.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { Step } from './steps';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const workflowDir = path.join(projectRoot, '.github/workflows');

/** Flags and --format values per subcommand ('' is `reconcile` itself). */
const RECONCILE_FLAGS: Record<string, Set<string>> = {
  '': new Set(['--dry-run', '--format', '--mask-emails', '--detailed-exitcode', '--allow-mass-removal', '--invitees', '--config', '--outbox', '--auto-approve', '--out', '--plan']),
  validate: new Set(['--format', '--mask-emails', '--invitees', '--config']),
  status: new Set(['--format', '--out', '--mask-emails', '--expiring-within', '--file', '--state', '--invitees', '--config']),
  preview: new Set(['--invitee', '--kind', '--out', '--invitees', '--config']),
};
/** The reconciler's variables, and those a step's script reads itself. */
const RECONCILE_ENV = new Set(['AUTH0_DOMAIN', 'AUTH0_CLIENT_ID', 'AUTH0_CLIENT_SECRET', 'SMTP_URL', 'MAIL_FROM', 'TENANT', 'ALLOW_MASS_REMOVAL']);
const FORMATS: Record<string, Set<string>> = {
  '': new Set(['text', 'markdown', 'json']),
  validate: new Set(['text', 'markdown', 'json']),
  status: new Set(['text', 'markdown', 'json', 'csv', 'html']),
};
const NPM_BUILTINS = new Set(['ci', 'test']);
const FORK_GUARD = 'github.event.pull_request.head.repo.full_name == github.repository';
/** The only secrets a pull request's code may see: the tenant domain and the read-only planner client. */
const PLAN_SECRETS = new Set(['AUTH0_DOMAIN', 'PLANNER_CLIENT_ID', 'PLANNER_CLIENT_SECRET']);

/** Names of the secrets a piece of workflow references (`secrets.NAME`). */
function secretNames(value: unknown): string[] {
  return [...JSON.stringify(value ?? null).matchAll(/secrets\.([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]!);
}

interface Job {
  if?: string;
  needs?: string | string[];
  environment?: string;
  permissions?: Record<string, string> | string;
  env?: Record<string, string>;
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

/** `validate`, `status`, `preview`, or '' for `reconcile` itself. */
function subcommand(args: readonly string[]): string {
  const first = args[0] ?? '';
  return first in RECONCILE_FLAGS && first !== '' ? first : '';
}

/** A reconcile call that needs the tenant (everything but the offline preview and validate). */
function reachesTenant(run: string | undefined): boolean {
  return commands(run ?? '').some((c) => {
    const args = reconcileArgs(c);
    return args !== undefined && subcommand(args) !== 'preview' && subcommand(args) !== 'validate';
  });
}

/** The arguments after `node bin/reconcile.js`, `npx reconcile` or `npm run reconcile --` in a command, or undefined. */
function reconcileArgs(command: string): string[] | undefined {
  const w = words(command);
  const node = w.findIndex((word, i) => word === 'bin/reconcile.js' && w[i - 1] === 'node');
  if (node >= 0) return w.slice(node + 1);
  const npx = w.findIndex((word, i) => word === 'reconcile' && w[i - 1] === 'npx');
  if (npx >= 0) return w.slice(npx + 1);
  const run = w.findIndex((word, i) => word === 'reconcile' && w[i - 1] === 'run' && w[i - 2] === 'npm');
  if (run >= 0) return w.slice(run + 1).filter((word) => word !== '--');
  return undefined;
}

describe('workflows', () => {
  it('exist for pull requests and for pushes to main, and parse', () => {
    expect(files.sort()).toEqual(['deploy.yml', 'pull-request.yml', 'status.yml']);
    const triggers = workflows.map(({ doc }) => Object.keys(doc.on));
    expect(triggers).toContainEqual(['push', 'schedule', 'workflow_dispatch']);
    expect(triggers).toContainEqual(['pull_request']);
    expect(triggers).toContainEqual(['schedule', 'workflow_dispatch']);
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
    // The deploy needs only the checks of the user's data, not the project's own test suite.
    const deploy = workflows.find(({ doc }) => 'push' in doc.on)!;
    expect(deploy.text).not.toContain('npm test');
    expect(deploy.doc.jobs.deploy!.needs).toBe('check');
  });

  it('call reconcile only with its documented flags and environment', () => {
    let calls = 0;
    for (const { where, step } of steps()) {
      for (const command of commands(step.run ?? '')) {
        const args = reconcileArgs(command);
        if (!args) continue;
        calls++;
        const sub = subcommand(args);
        for (const [i, arg] of args.entries()) {
          if (!arg.startsWith('-')) continue;
          expect(RECONCILE_FLAGS[sub]?.has(arg), `${where}: reconcile ${sub} flag ${arg}`).toBe(true);
          if (arg === '--format') expect(FORMATS[sub]?.has(args[i + 1] ?? ''), `${where}: --format value`).toBe(true);
        }
        for (const name of Object.keys(step.env ?? {})) {
          expect(RECONCILE_ENV.has(name), `${where}: environment ${name} for reconcile`).toBe(true);
        }
      }
    }
    // validate: 3 in the pull request's check, 2 in the deploy's and in the status's; the dry run; two previews;
    // the deploy's reconcile; status once, writing every format.
    expect(calls).toBe(12);
  });

  it('run the reconciler that applies or plans with exec, so that a cancelled run\'s signal reaches it', () => {
    let runs = 0;
    for (const { where, step } of steps()) {
      for (const command of commands(step.run ?? '')) {
        const args = reconcileArgs(command);
        if (!args || subcommand(args) !== '') continue;
        runs++;
        expect(command, where).toMatch(/^exec node bin\/reconcile\.js /);
      }
    }
    expect(runs).toBe(2);
  });

  it('post the dry run as markdown on pull requests, failing on a refusal, updating one comment', () => {
    const pr = workflows.find(({ doc }) => 'pull_request' in doc.on)!;
    expect(pr.text).toContain('exec node bin/reconcile.js --dry-run --format markdown --mask-emails > "reconcile-plan-$TENANT.md"');
    // A refusal (exit 1) fails the check: no status is swallowed.
    expect(pr.text).not.toContain('--detailed-exitcode');
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

  it('give pull requests only the read-only planner environment, never the deploy or reconciler secrets', () => {
    const pr = workflows.find(({ doc }) => 'pull_request' in doc.on)!;
    expect(new Set(secretNames(pr.doc))).toEqual(PLAN_SECRETS);
    for (const [jobName, job] of Object.entries(pr.doc.jobs)) {
      const where = `${pr.file} ${jobName}`;
      // Secrets only in the env of the step that runs reconcile: not in the job's env, not for npm ci.
      expect(secretNames(job.env), `${where}: job-level env with secrets`).toEqual([]);
      for (const step of job.steps) {
        const usesSecrets = secretNames(step).length > 0;
        expect(usesSecrets, `${where} step ${step.name ?? step.uses ?? step.run}: secrets outside the dry run`).toBe(
          reachesTenant(step.run),
        );
      }
      if (secretNames(job).length > 0) expect(job.environment, `${where}: environment`).toBe('${{ matrix.tenant }}-plan');
      else expect(job.environment, `${where}: an environment without a reason`).toBeUndefined();
    }
    const deploy = workflows.find(({ doc }) => 'push' in doc.on)!;
    expect(deploy.doc.jobs.deploy!.environment).toBe('${{ matrix.tenant }}');
    expect(secretNames(deploy.doc)).not.toContain('PLANNER_CLIENT_SECRET');
  });

  it('never give a write token to a job that runs the pull request\'s code, and post the plan from an artifact', () => {
    const pr = workflows.find(({ doc }) => 'pull_request' in doc.on)!;
    const permissionsOf = (job: Job) => job.permissions ?? (pr.doc as unknown as { permissions?: unknown }).permissions;
    expect((pr.doc as unknown as { permissions?: unknown }).permissions).toEqual({ contents: 'read' });
    const writers: string[] = [];
    for (const [jobName, job] of Object.entries(pr.doc.jobs)) {
      const permissions = permissionsOf(job);
      expect(typeof permissions, `${jobName}: permissions must be explicit, never read-all/write-all`).toBe('object');
      const writes = Object.values(permissions as Record<string, string>).includes('write');
      if (!writes) continue;
      writers.push(jobName);
      expect(secretNames(job), `${jobName}: secrets in a job with a write token`).toEqual([]);
      expect(job.steps.some((step) => step.run !== undefined), `${jobName}: runs commands`).toBe(false);
      expect(job.steps.some((step) => step.uses?.startsWith('actions/checkout')), `${jobName}: checks out code`).toBe(false);
    }
    expect(writers).toEqual(['comment']);
    const dryRun = pr.doc.jobs['dry-run']!;
    const comment = pr.doc.jobs.comment!;
    expect(comment.needs).toEqual(['check', 'dry-run']);
    expect(comment.if).toContain(FORK_GUARD);
    const upload = dryRun.steps.find((step) => step.uses?.startsWith('actions/upload-artifact'));
    const download = comment.steps.find((step) => step.uses?.startsWith('actions/download-artifact'));
    expect(upload?.with?.name).toBe('reconcile-plan-${{ matrix.tenant }}');
    expect(upload?.with?.path).toBe('reconcile-plan-${{ matrix.tenant }}.md');
    expect(download?.with?.pattern).toBe('reconcile-*');
  });

  it('cancel an older dry run and comment of the same pull request and tenant', () => {
    const pr = workflows.find(({ doc }) => 'pull_request' in doc.on)!;
    for (const jobName of ['dry-run', 'comment']) {
      const concurrency = pr.doc.jobs[jobName]!.concurrency;
      expect(typeof concurrency, `${jobName}: concurrency`).toBe('object');
      const { group, 'cancel-in-progress': cancel } = concurrency as { group: string; 'cancel-in-progress': boolean };
      expect(group).toContain('${{ github.event.pull_request.number }}');
      if (jobName === 'dry-run') expect(group).toContain('${{ matrix.tenant }}');
      expect(cancel).toBe(true);
    }
  });

  it('deploy with an explicit Terraform version', () => {
    const deployWorkflow = workflows.find(({ doc }) => 'push' in doc.on)!;
    const setup = deployWorkflow.doc.jobs.deploy!.steps.find((step) => step.uses?.startsWith('hashicorp/setup-terraform'));
    expect(String(setup?.with?.terraform_version)).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('deploy with cdktf then reconcile, one run per tenant at a time', () => {
    const deployWorkflow = workflows.find(({ doc }) => 'push' in doc.on)!;
    expect(deployWorkflow.doc.on.push).toEqual({ branches: ['main'] });
    const deploy = deployWorkflow.doc.jobs.deploy!;
    expect(deploy.concurrency).toEqual({ group: 'deploy-${{ matrix.tenant }}', 'cancel-in-progress': false });
    const runs = deploy.steps.flatMap((s) => commands(s.run ?? ''));
    const cdktf = runs.findIndex((c) => c.startsWith('exec npx --yes cdktf-cli@0.21.0 deploy "$TENANT" --auto-approve'));
    const reconcile = runs.findIndex((c) => reconcileArgs(c) !== undefined);
    expect(cdktf).toBeGreaterThanOrEqual(0);
    expect(reconcile).toBeGreaterThan(cdktf);
    expect(reconcileArgs(runs[reconcile]!)).not.toContain('--dry-run');
  });

  it('take their tenants from the config through reconcile validate, never from a list kept by hand', () => {
    const matrices = workflows.flatMap(({ doc }) => Object.values(doc.jobs)).filter((job) => job.strategy?.matrix?.tenant !== undefined);
    expect(matrices.length).toBe(4); // deploy, dry-run, status, drift-issue
    for (const job of matrices) {
      expect(job.strategy?.matrix?.tenant).toBe('${{ fromJSON(needs.check.outputs.tenants) }}');
      expect([job.needs].flat()).toContain('check');
    }
    for (const { doc } of workflows) {
      const validate = doc.jobs.check!.steps.find((step) => step.name?.startsWith('Validate'));
      expect(validate?.run).toContain('node bin/reconcile.js validate --format json > validation.json');
    }
  });

  it('observe the tenant on a schedule with the read-only planner client only, and write the issue from an artifact', () => {
    const status = workflows.find(({ file }) => file === 'status.yml')!;
    expect(new Set(secretNames(status.doc))).toEqual(PLAN_SECRETS);
    const observe = status.doc.jobs.status!;
    expect(observe.environment).toBe('${{ matrix.tenant }}-plan');
    expect(observe.permissions).toEqual({ contents: 'read' });
    for (const step of observe.steps) expect(secretNames(step).length > 0, `status step ${step.name ?? step.uses}`).toBe(reachesTenant(step.run));
    const runs = observe.steps.flatMap((step) => commands(step.run ?? ''));
    // One observation of the tenant per run, every format written from it.
    expect(runs.filter((run) => run.startsWith('npx reconcile status'))).toEqual(['npx reconcile status --mask-emails --out status > /dev/null']);
    expect(runs).toContain('cat status/status.md >> "$GITHUB_STEP_SUMMARY"');
    const issue = status.doc.jobs['drift-issue']!;
    expect(issue.permissions).toEqual({ issues: 'write' });
    expect(secretNames(issue)).toEqual([]);
    expect(issue.steps.some((step) => step.run !== undefined || step.uses?.startsWith('actions/checkout'))).toBe(false);
    const upload = observe.steps.find((step) => step.uses?.startsWith('actions/upload-artifact'));
    const download = issue.steps.find((step) => step.uses?.startsWith('actions/download-artifact'));
    expect(download?.with?.name).toBe(upload?.with?.name);
  });

  it('preview the invitation mail on pull requests that change it, without secrets', () => {
    const pr = workflows.find(({ doc }) => 'pull_request' in doc.on)!;
    const test = pr.doc.jobs.check!;
    const preview = test.steps.find((step) => commands(step.run ?? '').some((c) => reconcileArgs(c)?.[0] === 'preview'));
    expect(preview?.if).toBe("steps.mail.outputs.changed == 'true'");
    expect(secretNames(test)).toEqual([]);
    const upload = test.steps.find((step) => step.uses?.startsWith('actions/upload-artifact') && step.with?.name === 'mail-preview');
    expect(upload?.if).toBe("steps.mail.outputs.changed == 'true'");
  });
});

// The workflows' scripts, run: the plan comment updated in place, the refusal of local Terraform state, a manual
// run that allows a mass removal and says who ran it and why, the daily schedule, and a cancelled run whose
// SIGTERM reaches the reconciler.
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../emulator/index';
import { LEASE_EMAIL } from '../../reconciler/lease/address';
import { cleanUpAfterEach } from '../support/cleanup';
import { CONNECTION } from '../support/config';
import { emailsOf, inviteesYaml, people } from '../support/invitees';
import { totalMails } from '../support/outbox';
import { ROOT } from '../support/paths';
import { reconcile } from '../support/run';
import { startTenant, tenantEnv } from '../support/tenant';
import { declaredUsers } from '../support/tenant-state';
import { createWorkspace, type Workspace } from '../support/workspace';
import { FakeGitHub, githubScript, runGithubScript } from './github-script';
import { linkBin, runStep, startStep, stepOf, workflow } from './steps';

const cleanup = cleanUpAfterEach();

describe('the pull-request comment script', () => {
  const script = githubScript('pull-request.yml', 'comment');
  const bodies = (github: FakeGitHub) => github.comments.map((comment) => comment.body);
  const writes = (github: FakeGitHub) => github.calls.filter((call) => call.method !== 'issues.listComments').map((call) => `${call.method} ${String(call.params.comment_id ?? '')}`.trim());

  it('posts one comment per tenant, then updates it in place on every push, leaving people\'s comments alone', async () => {
    const github = new FakeGitHub([], [{ id: 1, body: '<!-- reconcile-dry-run:production -->\nquoted by a person', user: { type: 'User' } }]);
    const validation = { 'reconcile-validation.md': 'valid' };
    await runGithubScript(script, github, { files: { ...validation, 'reconcile-plan-production.md': 'Plan: 1 to invite', 'reconcile-plan-staging.md': 'Plan: 2 to invite' }, env: { VALID: 'true' } });
    expect(writes(github)).toEqual(['issues.createComment', 'issues.createComment']);
    await runGithubScript(script, github, { files: { ...validation, 'reconcile-plan-production.md': 'Plan: 3 to invite', 'reconcile-plan-staging.md': 'Plan: 2 to invite' }, env: { VALID: 'true' } });
    expect(writes(github)).toEqual(['issues.createComment', 'issues.createComment', 'issues.updateComment 2', 'issues.updateComment 3']);
    expect(bodies(github)).toEqual([
      '<!-- reconcile-dry-run:production -->\nquoted by a person',
      '<!-- reconcile-dry-run:production -->\n### Invitations for `production`\n\nPlan: 3 to invite',
      '<!-- reconcile-dry-run:staging -->\n### Invitations for `staging`\n\nPlan: 2 to invite',
    ]);
  });

  it('posts the validation errors when the input is invalid, and says so once they are fixed', async () => {
    const github = new FakeGitHub();
    await runGithubScript(script, github, { files: { 'reconcile-validation.md': '| `invitees/a.yaml:3:1` | YAML syntax error |' }, env: { VALID: 'false' } });
    expect(writes(github)).toEqual(['issues.createComment']);
    expect(bodies(github)[0]).toBe('<!-- reconcile-validation -->\n### Invitation input\n\n| `invitees/a.yaml:3:1` | YAML syntax error |');
    await runGithubScript(script, github, { files: { 'reconcile-validation.md': 'The input is valid.', 'reconcile-plan-production.md': 'Plan' }, env: { VALID: 'true' } });
    expect(writes(github)).toEqual(['issues.createComment', 'issues.updateComment 1', 'issues.createComment']);
    expect(bodies(github)[0]).toContain('The input is valid.');
  });

  it('truncates a plan to fit a GitHub comment', async () => {
    const github = new FakeGitHub();
    await runGithubScript(script, github, { files: { 'reconcile-plan-production.md': 'x'.repeat(70_000) }, env: { VALID: 'true' } });
    expect(bodies(github)[0]!.length).toBeLessThan(65_536);
    expect(bodies(github)[0]).toContain('truncated');
  });
});

describe('the deploy', () => {
  const refuse = stepOf('deploy.yml', 'deploy', 'Refuse local Terraform state');

  it('refuses local Terraform state and says what to set', async () => {
    const refused = await runStep(refuse, { cwd: ROOT, env: { TF_CLOUD_ORGANIZATION: '', TF_BACKEND_S3_BUCKET: '', TF_BACKEND_S3_REGION: '' } });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Refusing to deploy: Terraform state would be a local file on this runner');
    for (const name of ['TF_CLOUD_ORGANIZATION', 'TF_TOKEN_app_terraform_io', 'TF_BACKEND_S3_BUCKET', 'docs/stack.md']) expect(refused.stderr).toContain(name);
  });

  it('goes ahead with HCP Terraform or S3', async () => {
    const cloud = await runStep(refuse, { cwd: ROOT, env: { TF_CLOUD_ORGANIZATION: 'team' } });
    expect(cloud.code, cloud.stderr).toBe(0);
    expect(cloud.stdout).toContain('HCP Terraform organization team');
    const s3 = await runStep(refuse, { cwd: ROOT, env: { TF_BACKEND_S3_BUCKET: 'team-state', TF_BACKEND_S3_REGION: 'eu-west-1' } });
    expect(s3.code, s3.stderr).toBe(0);
    expect(s3.stdout).toContain('s3://team-state/auth0-invitations/');
  });

  it('runs daily on a schedule, which reconciles without deploying', () => {
    const deploy = workflow('deploy.yml');
    const schedule = deploy.on.schedule as Array<{ cron: string }>;
    expect(schedule).toHaveLength(1);
    expect(schedule[0]!.cron).toMatch(/^\d{1,2} \d{1,2} \* \* \*$/);
    const steps = deploy.jobs.deploy!.steps;
    for (const name of ['Refuse local Terraform state', 'Deploy the tenant configuration']) {
      expect(steps.find((step) => step.name === name)?.if).toBe("github.event_name != 'schedule'");
    }
    expect(steps.find((step) => step.name === 'Reconcile invitees')?.if).toBeUndefined();
  });
});

describe('a manual run of the deploy workflow', () => {
  it('asks for a reason and whether to allow a mass removal, and prints who ran it and why', async () => {
    const inputs = (workflow('deploy.yml').on.workflow_dispatch as { inputs: Record<string, { required?: boolean; type: string; default?: unknown }> }).inputs;
    expect(inputs.reason).toMatchObject({ required: true, type: 'string' });
    expect(inputs.allow_mass_removal).toMatchObject({ type: 'boolean', default: false });
    const who = await runStep(stepOf('deploy.yml', 'deploy', 'Who started this run, and why'), {
      cwd: tmpdir(),
      env: { EVENT: 'workflow_dispatch', ACTOR: 'ada', REASON: 'the design team moved to another tenant; $(not run)', ALLOW_MASS_REMOVAL: 'true' },
    });
    expect(who.code).toBe(0);
    expect(who.stdout).toBe('Started by ada (workflow_dispatch)\nReason: the design team moved to another tenant; $(not run)\nMass removal allowed: true\n');
  });

  it('applies a mass removal only with allow_mass_removal', async () => {
    const emulator = cleanup(await startTenant({ rateLimit: 'off', jobLatencyMs: 0 }));
    const team = people(4, 'leavers');
    const workspace = cleanup(await createWorkspace({ prefix: 'dispatch-', invitees: team, config: { revoke: { max_fraction: 0.1 } } }));
    await linkBin(workspace.dir);
    expect((await reconcile(workspace, tenantEnv(emulator))).exitCode).toBe(0);
    await workspace.writeInvitees(team.slice(0, 1));
    const summary = path.join(workspace.dir, 'summary.md');
    const reconcileStep = stepOf('deploy.yml', 'deploy', 'Reconcile invitees');
    const env = (allow: string) => ({ ...tenantEnv(emulator), GITHUB_STEP_SUMMARY: summary, ALLOW_MASS_REMOVAL: allow });

    const refused = await runStep(reconcileStep, { cwd: workspace.dir, env: env('') });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('--allow-mass-removal');
    expect(blocked(emulator)).toEqual([]);

    const allowed = await runStep(reconcileStep, { cwd: workspace.dir, env: env('true') });
    expect(allowed.code, allowed.stderr).toBe(0);
    expect(blocked(emulator)).toEqual(emailsOf(team.slice(1)).sort());
    expect(await readFile(summary, 'utf8')).toContain('### Invitation plan');
  }, 60_000);
});

function blocked(emulator: RunningEmulator): string[] {
  return declaredUsers(emulator).filter((user) => user.blocked).map((user) => user.email).sort();
}

describe('a cancelled run', () => {
  it('stops the reconciler of the step cleanly: SIGTERM reaches it, exit 143, lease released', async () => {
    const emulator = cleanup(await startTenant({ jobLatencyMs: 20 }));
    const workspace: Workspace = cleanup(await createWorkspace({
      prefix: 'cancel-',
      invitees: people(80, 'cancelled'),
      config: { rate_limit: { share: 1, per_second: 40, burst: 5 }, batching: { bookkeeping_flush_every: 10, bookkeeping_flush_seconds: 1, ticket_concurrency: 4 } },
    }));
    await linkBin(workspace.dir);
    await writeFile(path.join(workspace.dir, 'summary.md'), '');
    const step = await startStep(stepOf('deploy.yml', 'deploy', 'Reconcile invitees'), {
      cwd: workspace.dir,
      env: { ...tenantEnv(emulator), GITHUB_STEP_SUMMARY: path.join(workspace.dir, 'summary.md'), RECONCILE_LEASE_SECONDS: '120' },
    });
    while ((await totalMails(path.join(workspace.dir, '.outbox'))) < 10) {
      if (step.exitCode !== null) throw new Error(`the step ended first:\n${step.output.stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    // The runner signals the step's process: the shell, which exec made the reconciler.
    step.kill('SIGTERM');
    const code = await new Promise<number | null>((resolve) => step.once('close', resolve));
    expect(code, step.output.stderr).toBe(143);
    expect(step.output.stderr).toContain('Stopping: no new invitations');
    expect(await readFile(path.join(workspace.dir, 'summary.md'), 'utf8')).toContain('Stopped early: interrupted by SIGTERM');
    expect(emulator.state.userByEmail(CONNECTION, LEASE_EMAIL)).toBeUndefined();
  }, 60_000);
});

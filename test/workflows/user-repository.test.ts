// The repository is the user's: with their own invitees (a new team file, a subfolder), their own settings
// (`revoke.policy: delete`, other mail settings, a second environment) and their own template, a copy of this
// repository passes every check CI runs on the user's data: the check job's validation step, the synth of main.ts
// (its output valid against the Auth0 provider's schema) and the dry-run step against a tenant.
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../emulator/index';
import { readProviderSchema } from '../../tooling/provider/schema';
import { AUTH0_PROVIDER_FQPN } from '../../tooling/provider/schema-filter';
import { validateSynthesizedStack } from '../../tooling/provider/validate';
import { copyRepository } from '../support/repository-copy';
import { startTenant, tenantEnv } from '../support/tenant';
import { runStep, stepOf } from './steps';

const CONFIG = `connection: Invitees
tickets:
  ttl_seconds: 259200
mail:
  from: "Acme People Team <people@acme.test>"
  app_name: Acme
  subject: "Welcome to {{ app_name }}, {{ name }}"
  html_template: mail/welcome.html.liquid
  text_template: mail/welcome.txt.liquid
revoke:
  policy: delete
  max_fraction: 0.5
reinvite:
  expired: false
stack:
  environments:
    - name: staging
      enabled_clients: []
    - name: production
      enabled_clients: []
`;

const INVITEES: Record<string, string> = {
  'platform.yaml': 'defaults:\n  app_metadata: { team: platform }\ninvitees:\n  - email: linus@acme.test\n    name: Linus\n',
  'sales/emea.yaml': 'invitees:\n  - email: margaret@acme.test\n    name: Margaret\n    user_metadata: { region: emea }\n',
};

const TEMPLATES: Record<string, string> = {
  'mail/welcome.html.liquid': '<p>Hello {{ name }}, join {{ app_name }}: <a href="{{ link }}">accept</a> (until {{ expires_at }})</p>\n',
  'mail/welcome.txt.liquid': 'Hello {{ name }},\n\njoin {{ app_name }}: {{ link }}\n',
};

let repo: string;
let emulator: RunningEmulator;

beforeAll(async () => {
  repo = await copyRepository({ prefix: 'user-repository-', linkBuild: true });
  // The user's data replaces the examples.
  await rm(path.join(repo, 'invitees'), { recursive: true, force: true });
  await rm(path.join(repo, 'templates'), { recursive: true, force: true });
  await writeFile(path.join(repo, 'invitation.config.yaml'), CONFIG);
  for (const [name, text] of Object.entries({ ...prefixed('invitees', INVITEES), ...TEMPLATES })) {
    await mkdir(path.dirname(path.join(repo, name)), { recursive: true });
    await writeFile(path.join(repo, name), text);
  }
  emulator = await startTenant({ configPath: path.join(repo, 'invitation.config.yaml') });
}, 120_000);

afterAll(async () => {
  await emulator?.stop();
  await rm(repo, { recursive: true, force: true });
});

function prefixed(folder: string, files: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(files).map(([name, text]) => [path.join(folder, name), text]));
}

describe("a copy of the repository with the user's own data", () => {
  it('passes the check job: validation (tenants from the config) and the synth', async () => {
    const outputs = path.join(repo, 'github-output');
    await writeFile(outputs, '');
    const validate = await runStep(stepOf('pull-request.yml', 'check', 'Validate the invitees, the config and the templates (offline)'), {
      cwd: repo,
      env: { GITHUB_OUTPUT: outputs },
    });
    expect(validate.code, validate.stderr).toBe(0);
    expect(validate.stderr).toBe('');
    expect(await readFile(outputs, 'utf8')).toBe('tenants=["staging","production"]\nvalid=true\n');
    expect(await readFile(path.join(repo, 'reconcile-validation.md'), 'utf8')).toContain('### Invitation input is valid');

    const synth = await runStep(stepOf('pull-request.yml', 'check', 'Synthesize the tenant configuration (no credentials needed)'), { cwd: repo, env: { HOME: process.env.HOME } });
    expect(synth.code, synth.stderr).toBe(0);
    const stacks = await readdir(path.join(repo, 'cdktf.out', 'stacks'));
    expect(stacks.sort()).toEqual(['production', 'staging']);
    for (const stack of stacks) {
      const doc = JSON.parse(await readFile(path.join(repo, 'cdktf.out', 'stacks', stack, 'cdk.tf.json'), 'utf8'));
      expect(validateSynthesizedStack(doc, readProviderSchema(), AUTH0_PROVIDER_FQPN, 'auth0'), stack).toEqual([]);
    }
  }, 120_000);

  it('passes the dry-run job against a tenant, and the deploy job validates too', async () => {
    const dryRun = await runStep(stepOf('pull-request.yml', 'dry-run', 'Plan invitations (dry run)'), {
      cwd: repo,
      env: { ...tenantEnv(emulator), TENANT: 'staging' },
    });
    expect(dryRun.code, dryRun.stderr).toBe(0);
    const plan = await readFile(path.join(repo, 'reconcile-plan-staging.md'), 'utf8');
    expect(plan).toContain('### Invitation plan');
    expect(plan).toContain('l\\*\\*\\*@a\\*\\*\\*.test');
    expect(plan).not.toContain('linus@acme.test');

    const deployCheck = await runStep(stepOf('deploy.yml', 'check', 'Validate the invitees, the config and the templates (offline)'), {
      cwd: repo,
      env: { GITHUB_OUTPUT: path.join(repo, 'deploy-output') },
    });
    expect(deployCheck.code, deployCheck.stderr).toBe(0);
    expect(await readFile(path.join(repo, 'deploy-output'), 'utf8')).toBe('tenants=["staging","production"]\n');
  }, 120_000);
});

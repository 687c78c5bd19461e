// Runs main.ts as `npm run synth` does and inspects what it writes, including that no credential leaks into it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadStackConfig } from '../../stack/config';
import { readProviderSchema } from '../../tooling/provider/schema';
import { AUTH0_PROVIDER_FQPN } from '../../tooling/provider/schema-filter';
import { validateSynthesizedStack } from '../../tooling/provider/validate';
import { BASE_CONFIG } from '../support/paths';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const tsxCli = path.join(projectRoot, 'node_modules/tsx/dist/cli.mjs');
const SECRET = 'sentinel-client-secret-0123456789';
const CLIENT_ID = 'sentinel-client-id-abcdef';
const API_TOKEN = 'sentinel-api-token-xyz';

const providerSchema = readProviderSchema();

let workDir: string;

function synth(env: Record<string, string>): string {
  const outdir = mkdtempSync(path.join(workDir, 'out-'));
  execFileSync(process.execPath, [tsxCli, path.join(projectRoot, 'main.ts')], {
    cwd: projectRoot,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', CDKTF_OUTDIR: outdir, ...env },
    stdio: 'pipe',
  });
  return outdir;
}

function allFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

beforeAll(() => {
  workDir = mkdtempSync(path.join(tmpdir(), 'stack-synth-'));
});

afterAll(() => {
  rmSync(workDir, { recursive: true, force: true });
});

describe('main.ts', () => {
  it('writes one cdk.tf.json per environment and no credential from the environment', () => {
    const configFile = path.join(workDir, 'two-envs.yaml');
    writeFileSync(
      configFile,
      [
        'connection: Invitees',
        'stack:',
        '  environments:',
        '    - { name: staging, enabled_clients: [stagingApp] }',
        '    - { name: production, enabled_clients: [prodApp] }',
        '',
      ].join('\n'),
    );
    const outdir = synth({
      INVITATION_CONFIG: configFile,
      AUTH0_DOMAIN: 'tenant.example.auth0.com',
      AUTH0_CLIENT_ID: CLIENT_ID,
      AUTH0_CLIENT_SECRET: SECRET,
      AUTH0_API_TOKEN: API_TOKEN,
    });
    for (const env of ['staging', 'production']) {
      const doc = JSON.parse(readFileSync(path.join(outdir, 'stacks', env, 'cdk.tf.json'), 'utf8')) as {
        variable: { auth0_domain: { default: string } };
      };
      expect(doc.variable.auth0_domain.default).toBe('tenant.example.auth0.com');
    }
    const files = allFiles(outdir);
    expect(files.length).toBeGreaterThan(2);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const credential of [SECRET, CLIENT_ID, API_TOKEN]) {
        expect(text.includes(credential), `${credential} in ${path.relative(outdir, file)}`).toBe(false);
      }
    }
  });

  it('synthesizes a config without any environment variable', () => {
    const outdir = synth({ INVITATION_CONFIG: BASE_CONFIG });
    const doc = JSON.parse(readFileSync(path.join(outdir, 'stacks', 'production', 'cdk.tf.json'), 'utf8')) as {
      resource: Record<string, unknown>;
    };
    expect(Object.keys(doc.resource).sort()).toEqual([
      'auth0_action',
      'auth0_client',
      'auth0_client_grant',
      'auth0_connection',
      'auth0_connection_clients',
      'auth0_trigger_action',
    ]);
  });

  // The shipped example's config (a fixture: the checkout's own invitation.config.yaml is the user's, and
  // test/workflows/user-repository.test.ts runs this on other user data).
  it('synthesizes the example config into stacks that fit the provider schema', async () => {
    const outdir = synth({ INVITATION_CONFIG: BASE_CONFIG });
    const environments = (await loadStackConfig(BASE_CONFIG)).stack.environments.map((e) => e.name);
    const stacks = existsSync(path.join(outdir, 'stacks')) ? readdirSync(path.join(outdir, 'stacks')).sort() : [];
    expect(stacks).toEqual([...environments].sort());
    for (const stack of stacks) {
      const doc = JSON.parse(readFileSync(path.join(outdir, 'stacks', stack, 'cdk.tf.json'), 'utf8')) as unknown;
      expect(validateSynthesizedStack(doc, providerSchema, AUTH0_PROVIDER_FQPN, 'auth0'), stack).toEqual([]);
    }
  });

  it('fails with the file name when the config is invalid', () => {
    const configFile = path.join(workDir, 'bad.yaml');
    writeFileSync(configFile, 'connection: Invitees\nstack:\n  password_policy: superb\n');
    let stderr = '';
    try {
      synth({ INVITATION_CONFIG: configFile });
    } catch (error) {
      stderr = String((error as { stderr?: Buffer }).stderr ?? '');
    }
    expect(stderr).toContain(`${configFile}:3:`);
    expect(stderr).toContain('stack.password_policy');
  });
});

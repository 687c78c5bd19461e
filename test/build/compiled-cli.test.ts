// The programs behind bin/ are JavaScript compiled into dist/ (by the tests' global set-up, as by `npm ci`):
// `reconcile --help` loads none of the reconciler's heavy packages, a dry run works end to end, and the validators
// compiled ahead of time find what the sources find.
import { execFile, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatInputError } from '../../reconciler/desired/errors';
import { loadConfig } from '../../reconciler/desired/load-config';
import { loadDesired } from '../../reconciler/desired/load-invitees';
import { DIST } from '../../scripts/build';
import { inviteesYaml, person } from '../support/invitees';
import { ROOT } from '../support/paths';
import { createHarness, type Harness } from '../support/reconcile-harness';
import { tenantEnv } from '../support/tenant';

const run = promisify(execFile);

/** The files of dist/ that `file` loads before it runs: itself and, transitively, the chunks it imports statically. */
function loadedAtStart(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const [, specifier = ''] of readFileSync(file, 'utf8').matchAll(/^import\s(?:[^;]*?\sfrom\s)?"([^"]+)";/gm)) {
    if (specifier.startsWith('.')) loadedAtStart(path.resolve(path.dirname(file), specifier), seen);
  }
  return seen;
}

/** The packages bundled into a file of dist/ (esbuild names each bundled module in a comment). */
function bundledPackages(file: string): Set<string> {
  return new Set([...readFileSync(file, 'utf8').matchAll(/^\/\/ node_modules\/((?:@[^/]+\/)?[^/]+)\//gm)].map(([, name]) => name ?? ''));
}

const HEAVY = ['auth0', 'nodemailer', 'liquidjs', 'ajv'];

describe('the compiled reconcile command', () => {
  it('starts with commander alone; the Auth0 SDK, mailer, template engine and schema compiler load once the arguments are read', () => {
    const entry = path.join(DIST, 'reconcile.js');
    const atStart = [...loadedAtStart(entry)];
    expect([...new Set(atStart.flatMap((file) => [...bundledPackages(file)]))]).toEqual(['commander']);
    // They are in the chunks the command imports dynamically (the run's, shared in part with validate, status and
    // preview).
    const lazy = /await import\("\.\.?\/(?:chunks\/)?(run-[A-Z0-9]+\.js)"\)/.exec(atStart.map((file) => readFileSync(file, 'utf8')).join('\n'))?.[1];
    expect(lazy).toBeDefined();
    const runChunks = [...loadedAtStart(path.join(DIST, 'chunks', lazy ?? ''))];
    const later = new Set(runChunks.flatMap((file) => [...bundledPackages(file)]));
    for (const name of HEAVY) expect(later.has(name), name).toBe(true);
    // The schemas' validators come compiled (scripts/precompiled-validators.ts).
    const code = runChunks.map((file) => readFileSync(file, 'utf8')).join('\n');
    for (const name of ['invitees', 'config']) expect(code).toContain(`// precompiled-validator:${name}\n`);
  });

  it('answers --help through bin/', async () => {
    const { stdout } = await run(process.execPath, [path.join(ROOT, 'bin', 'reconcile.js'), '--help'], { cwd: ROOT });
    expect(stdout).toContain('Usage: reconcile [options]');
  });

  describe('a dry run of 5 invitees against a running tenant', () => {
    let harness: Harness;
    const env = (): NodeJS.ProcessEnv => ({ PATH: process.env.PATH, ...tenantEnv(harness.emulator) });
    beforeAll(async () => {
      harness = await createHarness();
      await harness.writeInvitees({ 'people.yaml': inviteesYaml(Array.from({ length: 5 }, (_, index) => person(`person${index}@example.com`))) });
    });
    afterAll(async () => {
      await harness.close();
    });

    /** Runs the compiled CLI with a dry run against the harness's tenant; resolves with its output and exit code. */
    async function dryRun(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
      try {
        const { stdout, stderr } = await run(process.execPath, [path.join(ROOT, 'bin', 'reconcile.js'), '--dry-run', '--outbox', harness.workspace.outbox, ...args], { cwd: harness.workspace.dir, env: env() });
        return { code: 0, stdout, stderr };
      } catch (error) {
        const failed = error as { code: number; stdout: string; stderr: string };
        return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
      }
    }

    it('validates invitee files and the config exactly as the sources do (its validators are compiled ahead)', async () => {
      const invitees = path.join(ROOT, 'test', 'fixtures', 'bad', 'many-errors-one-run', 'invitees');
      const expected = (await loadDesired(invitees, { maxRecordBytes: 500_000 - 2 })).errors.map(formatInputError);
      const compiled = await dryRun(['--config', harness.workspace.config, '--invitees', invitees]);
      expect(compiled.code).toBe(1);
      expect(expected.length).toBeGreaterThan(3);
      for (const line of expected) expect(compiled.stderr).toContain(line);

      const config = path.join(ROOT, 'test', 'fixtures', 'bad', 'config-out-of-range', 'invitation.config.yaml');
      const configErrors = (await loadConfig(config)).errors.map(formatInputError);
      const refused = await dryRun(['--config', config, '--invitees', harness.workspace.invitees]);
      expect(refused.code).toBe(1);
      expect(configErrors.length).toBeGreaterThan(1);
      for (const line of configErrors) expect(refused.stderr).toContain(line);
    });

    it('plans all five and writes nothing', async () => {
      harness.takeRequests();
      const { code, stdout } = await dryRun(['--config', harness.workspace.config, '--invitees', harness.workspace.invitees]);
      expect(code).toBe(0);
      expect(stdout).toContain('Plan: 5 to invite, 0 to update, 0 to revoke, 0 unchanged.');
      for (let index = 0; index < 5; index++) expect(stdout).toContain(`person${index}@example.com`);
      const writes = Object.keys(harness.takeRequests()).filter((route) => !route.startsWith('GET ') && !route.includes('oauth/token'));
      expect(writes).toEqual([]);
    });
  });
});

describe('the compiled emulator (bin/emulator.js)', () => {
  it('finds its OpenAPI documents from dist/ and answers a token request as the source does', async () => {
    const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'emulator.js'), '--port', '0', '--no-action'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let output = '';
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const found = /listening on (http:\/\/\S+)/.exec(output)?.[1];
          if (found) resolve(found);
        });
        child.once('exit', (code) => reject(new Error(`the emulator exited (${code}) before listening:\n${output}`)));
      });
      const token = (body: object): Promise<Response> => fetch(`${url}/oauth/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      const granted = await token({ grant_type: 'client_credentials', client_id: 'local-client', client_secret: 'local-secret', audience: 'https://tenant.test.local/api/v2/' });
      expect(granted.status).toBe(200);
      // A body the Authentication API's document refuses is refused from the compiled program too.
      const refused = await token({ grant_type: 'client_credentials', client_id: 7 });
      expect(refused.status).toBeGreaterThanOrEqual(400);
      expect(refused.status).toBeLessThan(500);
    } finally {
      child.kill();
    }
  });
});

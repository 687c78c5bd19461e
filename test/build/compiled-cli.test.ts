// The programs behind bin/ are JavaScript compiled into dist/ (by the tests' global set-up, as by `npm ci`):
// `reconcile --help` loads none of the reconciler's heavy packages, and a dry run works end to end.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST } from '../../scripts/build';
import { createHarness, inviteesYaml, ROOT, type Harness } from '../support/reconcile-harness';

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
    // They are in the chunk the command imports dynamically.
    const lazy = /await import\("\.\/(chunks\/run-[A-Z0-9]+\.js)"\)/.exec(readFileSync(entry, 'utf8'))?.[1];
    expect(lazy).toBeDefined();
    const later = bundledPackages(path.join(DIST, lazy ?? ''));
    for (const name of HEAVY) expect(later.has(name), name).toBe(true);
  });

  it('answers --help through bin/', async () => {
    const { stdout } = await run(process.execPath, [path.join(ROOT, 'bin', 'reconcile.js'), '--help'], { cwd: ROOT });
    expect(stdout).toContain('Usage: reconcile [options]');
  });

  describe('a dry run of 5 invitees against a running tenant', () => {
    let harness: Harness;
    beforeAll(async () => {
      harness = await createHarness();
      await harness.writeInvitees({ 'people.yaml': inviteesYaml(Array.from({ length: 5 }, (_, index) => `person${index}@example.com`)) });
    });
    afterAll(async () => {
      await harness.close();
    });

    it('plans all five and writes nothing', async () => {
      harness.takeRequests();
      const { stdout } = await run(
        process.execPath,
        [path.join(ROOT, 'bin', 'reconcile.js'), '--dry-run', '--config', path.join(harness.dir, 'invitation.config.yaml'), '--invitees', path.join(harness.dir, 'invitees'), '--outbox', harness.outbox],
        {
          cwd: harness.dir,
          env: {
            PATH: process.env.PATH,
            AUTH0_DOMAIN: 'tenant.test.local',
            AUTH0_BASE_URL: harness.emulator.url,
            AUTH0_CLIENT_ID: harness.emulator.clientId,
            AUTH0_CLIENT_SECRET: harness.emulator.clientSecret,
          },
        },
      );
      expect(stdout).toContain('Plan: 5 to invite, 0 to update, 0 to revoke, 0 unchanged.');
      for (let index = 0; index < 5; index++) expect(stdout).toContain(`person${index}@example.com`);
      const writes = Object.keys(harness.takeRequests()).filter((route) => !route.startsWith('GET ') && !route.includes('oauth/token'));
      expect(writes).toEqual([]);
    });
  });
});

// The bindings in .gen/ (written by `npm ci` through `prepare`) are exactly what a fresh `npm run gen` writes from
// the kept schema: the generation is deterministic, and .gen/ is not stale after a change of the schema.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateProviderBindings } from '../../tooling/provider/generate';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const installed = path.join(projectRoot, '.gen/providers/auth0');
const outRoot = mkdtempSync(path.join(tmpdir(), 'gen-provider-'));

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

afterAll(() => {
  rmSync(outRoot, { recursive: true, force: true });
});

describe('npm run gen', () => {
  it('regenerates byte-identical bindings (run npm run gen after changing the schema or generator)', async () => {
    await generateProviderBindings(outRoot);
    const fresh = path.join(outRoot, 'providers/auth0');
    const files = filesUnder(fresh);
    expect(filesUnder(installed)).toEqual(files);
    expect(files).toContain('connection/index.ts');
    for (const file of files) {
      const same = readFileSync(path.join(fresh, file)).equals(readFileSync(path.join(installed, file)));
      expect(same, `.gen/providers/auth0/${file} differs from a fresh \`npm run gen\``).toBe(true);
    }
  });
});

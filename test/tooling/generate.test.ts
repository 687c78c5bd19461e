// The committed bindings in .gen/ are exactly what `npm run gen` writes from the committed schema.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateProviderBindings } from '../../tooling/provider/generate';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const committed = path.join(projectRoot, '.gen/providers/auth0');
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
  it('regenerates byte-identical bindings (commit .gen/ after changing the schema or generator)', async () => {
    await generateProviderBindings(outRoot);
    const fresh = path.join(outRoot, 'providers/auth0');
    const files = filesUnder(fresh);
    expect(filesUnder(committed)).toEqual(files);
    expect(files).toContain('connection/index.ts');
    for (const file of files) {
      const same = readFileSync(path.join(fresh, file)).equals(readFileSync(path.join(committed, file)));
      expect(same, `.gen/providers/auth0/${file} differs from a fresh \`npm run gen\``).toBe(true);
    }
  });
});

// Bounded descriptors: the loader lists folders and opens files one at a time, so 10,000 invitee files in nested
// folders load under `ulimit -n 256` (issue 10 found 500 files failing with EMFILE when all were opened at once).
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/paths';

const FILES = 10_000;

describe('10,000 invitee files', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'many-files-'));
    // 100 team folders of 100 files: subfolders are walked too.
    for (let team = 0; team < 100; team++) {
      const dir = join(folder, 'invitees', `team-${String(team).padStart(3, '0')}`);
      await mkdir(dir, { recursive: true });
      await Promise.all(
        Array.from({ length: FILES / 100 }, (_, i) => {
          const n = team * 100 + i;
          return writeFile(join(dir, `p${String(n).padStart(5, '0')}.yaml`), `invitees:\n  - email: person${n}@example.com\n`);
        }),
      );
    }
  }, 120_000);
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('load in a process limited to 256 open files, every invitee and no error', () => {
    const child = join(ROOT, 'test/support/load-invitees-child.ts');
    const script = `ulimit -n 256 && exec "$0" --import tsx "$1" "$2"`;
    const out = execFileSync('sh', ['-c', script, process.execPath, child, join(folder, 'invitees')], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    expect(JSON.parse(out)).toEqual({ invitees: FILES, errors: 0 });
    // The limit really applies in such a child.
    expect(execFileSync('sh', ['-c', 'ulimit -n 256 && ulimit -n'], { encoding: 'utf8' }).trim()).toBe('256');
  }, 120_000);
});

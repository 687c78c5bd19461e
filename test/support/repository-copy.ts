// A copy of this repository as a user's clone has it: the files git tracks, as they are in this checkout, with
// node_modules and the generated provider bindings (what `npm ci` makes) linked, and optionally the build.
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from './paths';

export async function copyRepository(options: { prefix: string; linkBuild: boolean }): Promise<string> {
  const repo = await mkdtemp(path.join(tmpdir(), options.prefix));
  const { stdout } = await promisify(execFile)('git', ['ls-files', '-z'], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
  for (const file of stdout.split('\0').filter(Boolean)) {
    await mkdir(path.dirname(path.join(repo, file)), { recursive: true });
    await cp(path.join(ROOT, file), path.join(repo, file)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error; // deleted in this checkout and not committed yet
    });
  }
  await symlink(path.join(ROOT, 'node_modules'), path.join(repo, 'node_modules'));
  await symlink(path.join(ROOT, '.gen'), path.join(repo, '.gen'));
  if (options.linkBuild) await symlink(path.join(ROOT, 'dist'), path.join(repo, 'dist'));
  return repo;
}

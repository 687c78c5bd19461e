// `npm run build` (run by `npm ci` through `prepare`, by `npm test` before the tests, by `npm start` and by the
// benchmark): the two command-line programs compiled to JavaScript in dist/, which bin/ runs, so that no
// TypeScript is compiled at run time. Each program is one module plus chunks that load only when needed:
// `reconcile --help` never loads the Auth0 SDK, the mailer or the template engine. Packages stay in
// node_modules. The new build is written next to dist/ and swapped in, so a program starting meanwhile never
// reads half a build.
import { build as esbuild } from 'esbuild';
import { readFileSync } from 'node:fs';
import { readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DIST = path.join(ROOT, 'dist');

/**
 * Packages loaded from node_modules at run time. The Auth0 SDK is bundled instead: it is 755 modules, and
 * loading them one by one took half a second of every run.
 */
const EXTERNAL = Object.keys((JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies).filter((name) => name !== 'auth0');

/** The programs: output name in dist/ and the TypeScript entry. */
const PROGRAMS: Readonly<Record<string, string>> = { reconcile: 'reconciler/cli.ts', emulator: 'emulator/cli.ts' };

/** Compiles `programs` (output name → TypeScript entry, from the project root) into `out` (default: dist/). */
export async function build(programs = PROGRAMS, out = DIST): Promise<void> {
  const next = `${out}.next-${process.pid}`;
  await esbuild({
    absWorkingDir: ROOT,
    entryPoints: { ...programs },
    outdir: next,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20.19',
    external: EXTERNAL,
    chunkNames: 'chunks/[name]-[hash]',
    sourcemap: true,
    logLevel: 'warning',
  });
  const previous = `${out}.previous-${process.pid}`;
  await rename(out, previous).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
  await rename(next, out);
  // Replaced builds, and those of builds that were interrupted (their process is gone).
  const folder = path.dirname(out);
  const name = path.basename(out);
  const leftovers = (await readdir(folder)).filter((entry) => {
    const match = /^(.+)\.(next|previous)-(\d+)$/.exec(entry);
    return match !== null && match[1] === name && (match[2] === 'previous' || !isRunning(Number(match[3])));
  });
  await Promise.all(leftovers.map((entry) => rm(path.join(folder, entry), { recursive: true, force: true })));
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await build();

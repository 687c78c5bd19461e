// `npm run build` (run by `npm ci` through `prepare`, by `npm test` before the tests, by `npm start` and by the
// benchmark): the two command-line programs compiled to JavaScript in dist/, which bin/ runs, so that no
// TypeScript is compiled at run time. Each program is one module plus chunks that load only when needed:
// `reconcile --help` never loads the Auth0 SDK, the mailer or the template engine, and no run compiles the JSON
// Schemas (they are compiled here). The new build is written next to dist/ and swapped in, so a program starting
// meanwhile never reads half a build.
import { build as esbuild } from 'esbuild';
import { readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { precompiledValidators } from './precompiled-validators';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DIST = path.join(ROOT, 'dist');

export interface Program {
  /** The TypeScript entry, from the project root. */
  entry: string;
  /**
   * `bundle`: the packages it uses are compiled in, for start-up time (loading the Auth0 SDK's 755 modules one by
   * one took half a second of every run, the mailer, the template engine and the schema compiler another tenth);
   * `external`: they are loaded from node_modules.
   */
  packages: 'bundle' | 'external';
}

const PROGRAMS: Readonly<Record<string, Program>> = {
  reconcile: { entry: 'reconciler/cli.ts', packages: 'bundle' },
  emulator: { entry: 'emulator/cli.ts', packages: 'external' },
};

/** Bundled CommonJS packages require Node's built-in modules; an ES module has no `require` of its own. */
const REQUIRE = "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";

/** Compiles `programs` (output name → program) into `out` (default: dist/). */
export async function build(programs = PROGRAMS, out = DIST): Promise<void> {
  const next = `${out}.next-${process.pid}`;
  for (const packages of ['bundle', 'external'] as const) {
    const entryPoints = Object.fromEntries(Object.entries(programs).filter(([, program]) => program.packages === packages).map(([name, program]) => [name, program.entry]));
    if (Object.keys(entryPoints).length === 0) continue;
    await esbuild({
      absWorkingDir: ROOT,
      entryPoints,
      outdir: next,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20.19',
      ...(packages === 'external' ? { packages: 'external' as const } : { banner: { js: REQUIRE } }),
      chunkNames: 'chunks/[name]-[hash]',
      plugins: [precompiledValidators(ROOT)],
      sourcemap: true,
      logLevel: 'warning',
    });
  }
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

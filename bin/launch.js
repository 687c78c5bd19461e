// Runs one of the programs compiled into dist/ by `npm run build` (which `npm ci` runs), or says how to build it.
import { existsSync } from 'node:fs';
import module from 'node:module';

export async function launch(program, command) {
  const file = new URL(`../dist/${program}.js`, import.meta.url);
  if (!existsSync(file)) {
    process.stderr.write(`${command}: dist/ is missing; run "npm run build" in the project folder (npm ci does it)\n`);
    process.exit(1);
  }
  // Stack traces point into the TypeScript sources; Node 22 and later also keep compiled code between runs.
  process.setSourceMapsEnabled(true);
  module.enableCompileCache?.();
  await import(file.href);
}

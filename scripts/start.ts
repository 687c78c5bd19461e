// `npm start`: the main job on the embedded emulator. Builds the CLI from the current sources, starts a local
// tenant that looks deployed (its state kept in .tenant/ so that a second run sees the first), then runs the real
// CLI against it over HTTP, exactly as CI would run it against Auth0. Extra arguments go to `reconcile`, e.g.
// `npm start -- --dry-run`.
import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { startEmulator } from '../emulator/index';
import { ignoreClosedOutput } from '../reconciler/process/output-streams';
import { build } from './build';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
// `npm start | head` must not end this process (and with it the tenant) under a reconciler that is applying.
ignoreClosedOutput(process.stdout, process.stderr);
await build();
await mkdir('.tenant', { recursive: true });

// With mail.delivery auth0, the mails Auth0 would send land in .outbox/ too, rendered from templates/.
const emulator = await startEmulator({ statePath: path.join('.tenant', 'state.json'), configPath: 'invitation.config.yaml', emailOutbox: '.outbox' });
process.stderr.write(`Local Auth0 emulator at ${emulator.url} (state in .tenant/, mail to .outbox/)\n`);

const child = spawn(process.execPath, [path.join('bin', 'reconcile.js'), ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: {
    ...process.env,
    AUTH0_DOMAIN: 'tenant.emulator.local',
    AUTH0_BASE_URL: emulator.url,
    AUTH0_CLIENT_ID: 'local-client',
    AUTH0_CLIENT_SECRET: 'local-secret',
  },
});
// The reconciler stops cleanly on Ctrl-C, and needs its tenant to do so: this process stays up (and keeps the
// emulator up) until the reconciler has exited. Ctrl-C reaches the reconciler from the terminal itself (one
// process group), so SIGINT is not passed on, which would make it a second Ctrl-C; a SIGTERM sent to this
// process alone is.
process.on('SIGINT', () => undefined);
process.on('SIGTERM', () => child.kill('SIGTERM'));
const code: number = await new Promise((resolve) =>
  child.on('exit', (status, signal) => resolve(status ?? (signal === 'SIGTERM' ? 143 : signal === 'SIGINT' ? 130 : 1))),
);
await emulator.stop();
process.exitCode = code;

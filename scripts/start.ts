// `npm start`: the main job on the embedded emulator. Builds the CLI from the current sources, starts a local
// tenant that looks deployed (its state kept in .tenant/ so that a second run sees the first), then runs the real
// CLI against it over HTTP, exactly as CI would run it against Auth0. Extra arguments go to `reconcile`, e.g.
// `npm start -- --dry-run`. It applies without asking (--auto-approve).
import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { startEmulator } from '../emulator/index';
import { ignoreClosedOutput } from '../reconciler/process/output-streams';
import { build } from './build';
import { exitStatusOf, forwardStopSignals } from './forward-signals';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
// `npm start | head` must not end this process (and with it the tenant) under a reconciler that is applying.
ignoreClosedOutput(process.stdout, process.stderr);
await build();
await mkdir('.tenant', { recursive: true });

// With mail.delivery auth0, the mails Auth0 would send land in .outbox/ too, rendered from templates/.
const emulator = await startEmulator({ statePath: path.join('.tenant', 'state.json'), configPath: 'invitation.config.yaml', emailOutbox: '.outbox' });
process.stderr.write(`Local Auth0 emulator at ${emulator.url} (state in .tenant/, mail to .outbox/)\n`);

// --auto-approve: `npm start` is the quick local try-out, with no question before applying to the local tenant.
const args = process.argv.slice(2);
const otherCommand = args[0] !== undefined && !args[0].startsWith('-') && args[0] !== 'apply';
const child = spawn(process.execPath, [path.join('bin', 'reconcile.js'), ...args, ...(otherCommand ? [] : ['--auto-approve'])], {
  // Its own process group: the signals reach it through forwardStopSignals only, once each. No stdin: it asks nothing.
  detached: true,
  stdio: ['ignore', 'inherit', 'inherit'],
  env: {
    ...process.env,
    AUTH0_DOMAIN: 'tenant.emulator.local',
    AUTH0_BASE_URL: emulator.url,
    AUTH0_CLIENT_ID: 'local-client',
    AUTH0_CLIENT_SECRET: 'local-secret',
  },
});
// The reconciler stops cleanly on Ctrl-C or SIGTERM, and needs its tenant to do so: this process passes the signal
// on and stays up (with the emulator) until the reconciler has exited.
forwardStopSignals(child);
const code = await exitStatusOf(child);
await emulator.stop();
process.exitCode = code;

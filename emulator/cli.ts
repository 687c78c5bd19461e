// `npm run emulator -- --port 4010 [options]`: a local Auth0 tenant until Ctrl-C.
import { Command, InvalidArgumentError } from 'commander';
import { startEmulator, type EmulatorOptions } from './index';

const collect = (value: string, previous: string[]): string[] => [...previous, value];

function integer(name: string) {
  return (value: string): number => {
    const parsed = Number(value);
    if (!Number.isInteger(parsed) || parsed < 0) throw new InvalidArgumentError(`${name} must be a non-negative integer`);
    return parsed;
  };
}

const program = new Command()
  .name('auth0-emulator')
  .description('A local emulator of the Auth0 Management API (users, jobs, tickets, connections), a ticket page and login simulation.')
  .option('--port <port>', 'port on 127.0.0.1 (0 picks a free one)', integer('--port'), 4010)
  .option('--host <host>', 'address to bind', '127.0.0.1')
  .option('--client-id <id>', 'client id of the default (all scopes) client', 'local-client')
  .option('--client-secret <secret>', 'client secret of the default client', 'local-secret')
  .option('--client <id:secret:scopes>', 'register another client, e.g. ro:ro-secret:read:users (scopes comma-separated; repeatable)', collect, [])
  .option('--rate-limit <spec>', 'a plan\'s limits (free, essentials, enterprise, enterprise-nonprod), a token bucket BURST/PER_SECOND, or off', 'enterprise')
  .option('--change-password-rate-limit <spec>', 'per-tenant limit of POST /dbconnections/change_password, BURST/PER_SECOND or off (default: the plan\'s)')
  .option('--email-outbox <dir>', 'write the Change Password emails Auth0 sends here, one .eml file each')
  .option('--faults <spec>', 'fault injection, e.g. 500=0.02,503=0.02,drop=0.01,storm=0.01/10,jobfail=0.1')
  .option('--seed <n>', 'seed for fault injection', integer('--seed'), 1)
  .option('--job-latency <ms>', 'time a job stays pending', integer('--job-latency'), 0)
  .option('--job-per-user <ms>', 'processing time per user in a job (realistic imports: 250)', integer('--job-per-user'), 0)
  .option('--search-lag <ms>', 'GET /api/v2/users answers from the users as they were this long ago (Auth0 search lags)', integer('--search-lag'), 0)
  .option('--max-per-page <n>', 'largest per_page of GET /api/v2/users (OAS: 100; Public Cloud docs: 50)', integer('--max-per-page'), 100)
  .option('--state <file>', 'persist the tenant to this JSON file (atomic writes) and load it on start')
  .option('--action <file>', 'post-login Action module (default: stack/action/login-gate.cjs when it exists)')
  .option('--no-action', 'run logins without any post-login Action')
  .option('--action-secret <KEY=VALUE>', 'add an Action secret (repeatable)', collect, [])
  .option('--connection <name>', 'create another database connection (repeatable)', collect, [])
  .option('--config <file>', 'project config to read (default: invitation.config.yaml when it exists)')
  .option('--password-min-length <n>', 'minimum password length (default: the config\'s, else 8)', integer('--password-min-length'));

program.parse();
const opts = program.opts<{
  port: number; host: string; clientId: string; clientSecret: string; client: string[]; rateLimit: string; faults?: string;
  seed: number; jobLatency: number; jobPerUser: number; searchLag: number; maxPerPage: number; state?: string; action?: string | false; actionSecret: string[];
  connection: string[]; config?: string; passwordMinLength?: number; changePasswordRateLimit: string; emailOutbox?: string;
}>();

const actionSecrets: Record<string, string> = {};
for (const pair of opts.actionSecret) {
  const at = pair.indexOf('=');
  if (at <= 0) program.error(`--action-secret "${pair}": expected KEY=VALUE`);
  actionSecrets[pair.slice(0, at)] = pair.slice(at + 1);
}

const options: EmulatorOptions = {
  port: opts.port,
  host: opts.host,
  clientId: opts.clientId,
  clientSecret: opts.clientSecret,
  clients: opts.client,
  rateLimit: opts.rateLimit,
  changePasswordRateLimit: opts.changePasswordRateLimit,
  seed: opts.seed,
  jobLatencyMs: opts.jobLatency,
  jobPerUserMs: opts.jobPerUser,
  searchLagMs: opts.searchLag,
  maxPerPage: opts.maxPerPage,
  actionSecrets,
  connections: opts.connection,
};
if (opts.faults !== undefined) options.faults = opts.faults;
if (opts.state !== undefined) options.statePath = opts.state;
if (opts.emailOutbox !== undefined) options.emailOutbox = opts.emailOutbox;
if (opts.action === false) options.actionPath = null;
else if (typeof opts.action === 'string') options.actionPath = opts.action;
if (opts.config !== undefined) options.configPath = opts.config;
if (opts.passwordMinLength !== undefined) options.passwordMinLength = opts.passwordMinLength;

try {
  const emulator = await startEmulator(options);
  const connections = Object.entries(emulator.connections).map(([name, id]) => `${name} (${id})`).join(', ');
  // Only the client id: secrets are never printed.
  console.log(`Auth0 emulator listening on ${emulator.url}`);
  console.log(`  client id: ${emulator.clientId}; connections: ${connections}`);
  console.log(`  action: ${emulator.context.action?.path ?? 'none'}; rate limit: ${opts.rateLimit}`);
  const shutdown = async (): Promise<void> => {
    await emulator.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown());
  process.on('SIGTERM', () => void shutdown());
} catch (error) {
  console.error(`auth0 emulator: ${(error as Error).message}`);
  process.exit(1);
}

// The emulated tenant every test and benchmark talks to, and the environment that points the reconciler at it.
// The emulator itself is loaded only by startTenant(): the benchmarks take the options and the environment from
// here into processes (the reconciler's) that must not carry a second server.
import type { Workspace } from './workspace';
import type { EmulatorOptions, RunningEmulator } from '../../emulator/index';
import { CONNECTION } from './config';
import { BASE_CONFIG, LOGIN_GATE } from './paths';

/**
 * A tenant as `cdktf deploy` leaves it for the fixture config: its connection, password rules and the login
 * gate Action. Rate limit off unless asked.
 */
export const DEPLOYED: EmulatorOptions = { configPath: BASE_CONFIG, actionPath: LOGIN_GATE, rateLimit: 'off' };

/** Only the connection, no Action; rate limit off and import jobs done at once, so counts do not depend on timing. */
export const BARE: EmulatorOptions = { configPath: null, actionPath: null, connections: [CONNECTION], rateLimit: 'off', jobLatencyMs: 0 };

/** Starts an emulator in this process: `DEPLOYED` with these options on top (pass `BARE` for a bare tenant). */
export async function startTenant(...options: EmulatorOptions[]): Promise<RunningEmulator> {
  const { startEmulator } = await import('../../emulator/index');
  return startEmulator(Object.assign({}, DEPLOYED, ...options));
}

/** What the reconciler needs to reach a tenant (an in-process emulator or one in its own process). */
export interface TenantAddress {
  url: string;
  clientId: string;
  clientSecret: string;
}

export function tenantEnv(tenant: TenantAddress, credentials?: { clientId: string; clientSecret: string }): NodeJS.ProcessEnv {
  return {
    AUTH0_DOMAIN: 'tenant.test.local',
    AUTH0_BASE_URL: tenant.url,
    AUTH0_CLIENT_ID: credentials?.clientId ?? tenant.clientId,
    AUTH0_CLIENT_SECRET: credentials?.clientSecret ?? tenant.clientSecret,
  };
}

/** A tenant deployed from the workspace's config (its connection, its application, its Change Password template). */
export function startAuth0Tenant(workspace: Pick<Workspace, 'config' | 'outbox'>, options: EmulatorOptions = {}): Promise<RunningEmulator> {
  return startTenant({
    configPath: workspace.config,
    connections: [CONNECTION],
    rateLimit: 'off',
    changePasswordRateLimit: 'off',
    jobLatencyMs: 0,
    emailOutbox: workspace.outbox,
    ...options,
  });
}

// `startEmulator(options)`: a local Auth0 tenant on 127.0.0.1 for tests, benchmarks and `npm start`.
// Started from the project root, the tenant looks deployed: the connection named in `invitation.config.yaml`
// exists next to `Username-Password-Authentication`, and `stack/action/login-gate.cjs` is the post-login Action.
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { PostLoginAction } from './simulation/action-runner';
import { Auth0Emails, DEFAULT_CHANGE_PASSWORD_TEMPLATE, type ChangePasswordTemplate } from './simulation/auth0-emails';
import { CHANGE_PASSWORD_PLANS, ChangePasswordLimits, parseChangePasswordLimit } from './simulation/change-password-limits';
import type { BucketLimit } from './simulation/rate-limit';
import { ALL_SCOPES, parseClientSpec, TokenVerifier, type ClientRecord } from './http/auth';
import type { EmulatorContext } from './http/context';
import type { RuntimeSettings } from './simulation/settings';
import { FaultInjector, NO_FAULTS, parseFaults, type FaultSpec } from './simulation/faults';
import { newDatabaseConnection } from './domain/connections';
import { seedAccess } from './domain/access/seed';
import { JobRunner } from './domain/jobs/runner';
import { SearchView } from './domain/users/search-view';
import { DebouncedStateWriter, loadStateFile } from './simulation/persistence';
import { readProjectSettings, type ProjectSettings } from './simulation/project-config';
import { DEFAULT_RATE_LIMIT, parseRateLimit, RateLimiter, simplePlan, type RateLimitSetting, type RatePlan } from './simulation/rate-limit';
import { scaledNow } from './simulation/time-scale';
import { buildServer } from './http/server';
import { TenantState, type StateData } from './domain/state';
import { RequestStats, type StatsSnapshot } from './simulation/stats';

export const DEFAULT_CONNECTION = 'Username-Password-Authentication';
export const DEFAULT_CLIENT_ID = 'local-client';
export const DEFAULT_CLIENT_SECRET = 'local-secret';

export interface ClientOption {
  clientId: string;
  clientSecret: string;
  /** Defaults to every scope the emulator checks. */
  scopes?: string[];
}

export interface EmulatorOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  clientId?: string;
  clientSecret?: string;
  /** Extra clients, e.g. one with fewer scopes; `id:secret:scope1,scope2` strings or objects. */
  clients?: Array<ClientOption | string>;
  /** Identifiers of APIs besides the Management API that client-credentials tokens may name as audience. */
  apis?: string[];
  /**
   * A plan's limits (`free`, `essentials`, `enterprise`, `enterprise-nonprod`: simulation/rate-limit.ts),
   * `BURST/PER_SECOND`, `off`, or `{burst, perSecond}`. Default `enterprise` (50/16, Auth0 Enterprise production).
   */
  rateLimit?: string | RateLimitSetting | 'off';
  /**
   * The Authentication API's per-tenant change-password limit: a plan's (`free` 300 per minute, `essentials` 25/s,
   * `enterprise` 100/s), `BURST/PER_SECOND` or `off`. Default: the plan `rateLimit` names, else `enterprise`.
   */
  changePasswordRateLimit?: string | RateLimitSetting | 'off';
  /** Where the Change Password emails Auth0 sends are written (`.eml`); unset: kept in memory only. */
  emailOutbox?: string;
  /** The deployed Change Password template; default: the project config's (with `mail.delivery: auth0`), else Auth0's default. */
  changePasswordTemplate?: Partial<ChangePasswordTemplate>;
  /** Fault spec string (see faults.ts) or a partial spec. */
  faults?: string | Partial<FaultSpec>;
  seed?: number;
  jobLatencyMs?: number;
  jobPerUserMs?: number;
  /** Persist the tenant here (atomic writes); loaded on start when it exists. */
  statePath?: string;
  /** Post-login Action file; null: none. Default: `stack/action/login-gate.cjs` next to the config, if present. */
  actionPath?: string | null;
  /** Extra or overriding `event.secrets`. */
  actionSecrets?: Record<string, string>;
  /** Extra database connections to create. */
  connections?: string[];
  /** Roles to create (besides those the config declares). */
  roles?: string[];
  /** Organizations to create (besides those the config declares), each with the configured connection enabled. */
  organizations?: string[];
  /** The project config; default `invitation.config.yaml` in `cwd` when it exists; null: read none. */
  configPath?: string | null;
  cwd?: string;
  /** Clock in epoch milliseconds; tests inject one to expire tickets and export links without waiting. */
  now?: () => number;
  /**
   * The tenant's time runs this many times faster than real time from `timeOrigin` (epoch ms, default: the start):
   * its clock, rate-limit refills, job latency and per-user time alike, so that a plan's real limits can be
   * benchmarked in a fraction of the time. A client on a clock scaled the same way (same factor and origin) sees a
   * tenant at the plan's real rates. With `now` given, that is the clock and only the job timers are scaled.
   * Default 1.
   */
  timeScale?: number;
  timeOrigin?: number;
  /** Used in export file names. Default `tenant`. */
  tenantName?: string;
  /** `GET /api/v2/users` answers from the users as they were this many ms ago (Auth0's search lags). Default 0. */
  searchLagMs?: number;
  /** `GET /api/v2/users` answers 503 when a query runs longer than this. Default 2000 (Auth0's timeout). */
  searchTimeoutMs?: number;
  /** Largest `per_page` for `GET /api/v2/users`. Default 100 (the OAS); Public Cloud's docs say 50. */
  maxPerPage?: number;
  /** Minimum password length for tickets, POST and PATCH. Default: the config's `stack.password_min_length`, else 8. */
  passwordMinLength?: number;
}

export interface RunningEmulator {
  /** e.g. `http://127.0.0.1:4010` (no trailing slash). */
  url: string;
  port: number;
  /** Default client credentials. */
  clientId: string;
  clientSecret: string;
  /** Connections by name → id (includes the configured one). */
  connections: Record<string, string>;
  /** Live tenant data, for assertions. */
  state: TenantState;
  context: EmulatorContext;
  stats(): StatsSnapshot;
  reset(): void;
  stop(): Promise<void>;
}

function runtimeSettingsOf(options: EmulatorOptions, project: ProjectSettings, passwordMinLength: number): RuntimeSettings {
  return {
    jobLatencyMs: options.jobLatencyMs ?? 0,
    jobPerUserMs: options.jobPerUserMs ?? 0,
    actionSecrets: {
      GATED_CONNECTION: project.connection ?? '',
      REQUIRE_RESET_FOR_IMPORTED_HASHES: String(project.requireResetForImportedHashes),
      ...(options.actionSecrets ?? {}),
    },
    passwordMinLength,
    searchTimeoutMs: options.searchTimeoutMs ?? 2000,
    maxPerPage: options.maxPerPage ?? 100,
  };
}

/** The Change Password email as the project's stack deploys it, unless the options say otherwise. */
function changePasswordTemplateOf(options: EmulatorOptions, project: ProjectSettings): ChangePasswordTemplate {
  const deployed = project.changePassword;
  return {
    ...DEFAULT_CHANGE_PASSWORD_TEMPLATE,
    ...(deployed ? { path: deployed.templatePath, subject: deployed.subject!, from: deployed.from!, applicationName: deployed.applicationName!, urlLifetimeSeconds: deployed.urlLifetimeSeconds! } : {}),
    ...(options.changePasswordTemplate ?? {}),
  };
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const cwd = options.cwd ?? process.cwd();
  const timeScale = options.timeScale ?? 1;
  if (!(timeScale > 0)) throw new Error(`timeScale must be a positive number (got ${options.timeScale})`);
  const now = options.now ?? (timeScale === 1 ? Date.now : scaledNow(timeScale, options.timeOrigin ?? Date.now()));
  const project = readProjectSettings(options.configPath, cwd);
  const clientId = options.clientId ?? DEFAULT_CLIENT_ID;
  const clientSecret = options.clientSecret ?? DEFAULT_CLIENT_SECRET;

  const clients = clientsOf(options, clientId, clientSecret);
  const statePath = options.statePath !== undefined ? resolve(cwd, options.statePath) : undefined;
  const passwordMinLength = options.passwordMinLength ?? project.passwordMinLength ?? 8;
  const state = new TenantState(tenantData(statePath, options, project, clientId, passwordMinLength));

  const rateLimit = rateLimitOf(options.rateLimit);
  const faultSpec = typeof options.faults === 'string' ? parseFaults(options.faults) : { ...NO_FAULTS, ...(options.faults ?? {}) };
  const faults = new FaultInjector(faultSpec, options.seed ?? 1);
  const limiter = new RateLimiter(rateLimit, now);
  const settings = runtimeSettingsOf(options, project, passwordMinLength);
  const actionPath = options.actionPath === null ? undefined : options.actionPath !== undefined ? resolve(cwd, options.actionPath) : project.actionPath;
  const nowIso = (): string => new Date(now()).toISOString();
  const template = changePasswordTemplateOf(options, project);
  const jobs = new JobRunner(state, faults, () => ({ latencyMs: settings.jobLatencyMs, perUserMs: settings.jobPerUserMs }), nowIso, now, timeScale);
  const search = new SearchView(state, now, options.searchLagMs ?? 0);
  const stats = new RequestStats();
  let baseUrl = '';
  const ctx: EmulatorContext = {
    state, settings, clients, apis: new Set(options.apis ?? []), rateLimit: limiter, faults, stats, jobs, search,
    verifier: new TokenVerifier(() => state.data.signing_secret, now),
    action: actionPath !== undefined ? new PostLoginAction(actionPath) : undefined,
    changePasswordLimits: new ChangePasswordLimits(changePasswordLimitOf(options), now),
    emails: new Auth0Emails(template, options.emailOutbox !== undefined ? resolve(cwd, options.emailOutbox) : undefined, options.tenantName ?? 'tenant'),
    baseUrl: () => baseUrl,
    now,
    nowIso,
    tenantName: options.tenantName ?? 'tenant',
    defaultClientId: clientId,
  };

  const writer = statePath !== undefined ? new DebouncedStateWriter(statePath, () => state.data) : undefined;
  if (writer) state.addChangeListener(() => writer.schedule());

  const reset = (): void => {
    jobs.clear();
    state.clear();
    search.configure(search.lag);
    stats.reset();
    limiter.configure(limiter.current);
    ctx.changePasswordLimits.reset();
    faults.configure(faults.current.spec);
  };
  // The clients are fixed once started: one set, not one per ticket or change-password request.
  const ids = new Set([...clients.keys(), ...(project.ticketClientId ? [project.ticketClientId] : [])]);
  const app = await buildServer(ctx, { reset }, () => ids);
  await app.listen({ port: options.port ?? 0, host: options.host ?? '127.0.0.1' });
  const address = app.server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  baseUrl = `http://${host}:${address.port}`;
  jobs.resumeUnfinished();
  writer?.schedule();

  return {
    url: baseUrl,
    port: address.port,
    clientId,
    clientSecret,
    connections: Object.fromEntries(state.data.connections.map((c) => [c.name, c.id])),
    state,
    context: ctx,
    stats: () => stats.snapshot(),
    reset,
    stop: async () => {
      jobs.stop();
      await app.close();
      writer?.flush();
    },
  };
}

function rateLimitOf(option: EmulatorOptions['rateLimit']): RatePlan | 'off' {
  if (option === undefined) return DEFAULT_RATE_LIMIT;
  if (typeof option === 'string') return parseRateLimit(option);
  return simplePlan(option);
}

function changePasswordLimitOf(options: EmulatorOptions): BucketLimit | 'off' {
  const option = options.changePasswordRateLimit;
  if (typeof option === 'string') return parseChangePasswordLimit(option);
  if (option !== undefined) return { ...option, refillEveryMs: 0 };
  const plan = typeof options.rateLimit === 'string' ? CHANGE_PASSWORD_PLANS[options.rateLimit.trim()] : undefined;
  return plan ?? CHANGE_PASSWORD_PLANS.enterprise!;
}

/** The default client (every scope) and the extra ones. */
function clientsOf(options: EmulatorOptions, clientId: string, clientSecret: string): Map<string, ClientRecord> {
  const clients = new Map<string, ClientRecord>();
  clients.set(clientId, { client_id: clientId, client_secret: clientSecret, scopes: [...ALL_SCOPES] });
  for (const client of options.clients ?? []) {
    const record = typeof client === 'string'
      ? parseClientSpec(client)
      : { client_id: client.clientId, client_secret: client.clientSecret, scopes: client.scopes ?? [...ALL_SCOPES] };
    clients.set(record.client_id, record);
  }
  return clients;
}

/** The state file's tenant (or a new one), with the database connections the options and the config ask for. */
function tenantData(statePath: string | undefined, options: EmulatorOptions, project: ProjectSettings, clientId: string, passwordMinLength: number): StateData {
  const loaded = statePath !== undefined ? loadStateFile(statePath) : undefined;
  const data: StateData = loaded ?? { version: 1, signing_secret: randomBytes(32).toString('hex'), connections: [], users: [], jobs: [], tickets: [], mails: [] };
  const wanted = [DEFAULT_CONNECTION, ...(project.connection ? [project.connection] : []), ...(options.connections ?? [])];
  for (const name of wanted) {
    if (!data.connections.some((c) => c.name === name)) data.connections.push(newDatabaseConnection(name, clientId, passwordMinLength, name === project.connection));
  }
  seedAccess(data, {
    roles: [...project.roles, ...(options.roles ?? [])],
    organizations: [...project.organizations, ...(options.organizations ?? [])],
    connectionName: project.connection ?? options.connections?.[0],
  });
  return data;
}

export type { TenantState } from './domain/state';
export type { StatsSnapshot } from './simulation/stats';
export type { FaultSpec } from './simulation/faults';
export type { RateLimitSetting, RatePlan } from './simulation/rate-limit';
export { PLANS } from './simulation/rate-limit';
export { NO_FAULTS } from './simulation/faults';
export { hashPassword } from './domain/users/passwords';

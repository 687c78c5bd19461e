// Everything a route needs at run time, in one object built by `startEmulator`. It satisfies the narrower
// interfaces the domain and the simulation ask for (TicketTenant, LoginContext, ...).
import type { PostLoginAction } from '../simulation/action-runner';
import type { Auth0Emails } from '../simulation/auth0-emails';
import type { ChangePasswordLimits } from '../simulation/change-password-limits';
import type { ClientRecord, TokenVerifier } from './auth';
import type { FaultInjector } from '../simulation/faults';
import type { JobRunner } from '../domain/jobs/runner';
import type { SearchView } from '../domain/users/search-view';
import type { RateLimiter } from '../simulation/rate-limit';
import type { TenantState } from '../domain/state';
import type { RuntimeSettings } from '../simulation/settings';
import type { RequestStats } from '../simulation/stats';

export interface EmulatorContext {
  state: TenantState;
  settings: RuntimeSettings;
  clients: Map<string, ClientRecord>;
  /** Identifiers of the tenant's APIs besides the Management API (token audiences). */
  apis: Set<string>;
  rateLimit: RateLimiter;
  faults: FaultInjector;
  verifier: TokenVerifier;
  stats: RequestStats;
  jobs: JobRunner;
  /** The (possibly lagging) users `GET /api/v2/users` searches. */
  search: SearchView;
  action: PostLoginAction | undefined;
  /** The Authentication API's change-password limits (per tenant, per IP and email). */
  changePasswordLimits: ChangePasswordLimits;
  /** The mails Auth0 itself sends, from the deployed Change Password template. */
  emails: Auth0Emails;
  /** Public origin, e.g. `http://127.0.0.1:4010`; known once the server listens. */
  baseUrl(): string;
  now(): number;
  nowIso(): string;
  tenantName: string;
  defaultClientId: string;
}

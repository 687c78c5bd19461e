// The tenant as a run reaches it: the Management API session (with what its retries are told), the adapter over
// it and the managed connection; and the lease one applier per tenant holds (lease/protocol.ts).
import type { Clock } from './clock';
import type { InvitationConfig } from './config';
import { ciRunFrom, credentialsFromEnv, leaseSecondsFrom } from './environment';
import { holderName } from './lease/holder';
import { acquireLease, type HeldLease } from './lease/protocol';
import type { Connection } from './model';
import type { NetworkCause } from './network-errors';
import { currentProcess, isProvablyDead } from './process/identity';
import { leaseTtlMs } from './lease/timing';
import { paceOf, rateOf } from './run-policy';
import { checkScopes, PLANNER_SCOPES } from './tenant/scopes';
import { openManagementSession, type ManagementSession } from './tenant/session';
import { AccessTenant } from './tenant/access';
import { Auth0Tenant } from './tenant/tenant';

type Say = (line: string) => void;

export interface OpenTenant {
  session: ManagementSession;
  tenant: Auth0Tenant;
  /** Roles and organizations: observed and written only by runs whose invitee files use them. */
  access: AccessTenant;
  connection: Connection;
}

/** Opens the session, checks that it may read what a plan needs, and finds the managed connection. */
export async function openTenant(config: InvitationConfig, options: { env: NodeJS.ProcessEnv; clock: Clock }, say: Say): Promise<OpenTenant> {
  const session = openManagementSession(credentialsFromEnv(options.env), {
    clock: options.clock,
    rate: rateOf(config),
    onRetry: ({ method, path: route, status, waitMs, network }) =>
      say(`retrying ${method} ${route} after ${status === 0 ? FAILED_CONNECTION[network ?? 'other'] : `HTTP ${status}`} in ${Math.round(waitMs)} ms`),
  });
  const tenant = new Auth0Tenant(session, options.clock, { requestsPerSecond: paceOf(rateOf(config)) });
  await checkScopes(session, PLANNER_SCOPES);
  return { session, tenant, access: new AccessTenant(session.sdk), connection: await tenant.findConnection(config.connection) };
}

const FAILED_CONNECTION: Record<NetworkCause, string> = {
  DNS: 'a DNS failure',
  refused: 'a refused connection',
  TLS: 'a TLS failure',
  timeout: 'a timeout',
  dropped: 'a dropped connection',
  unreachable: 'an unreachable network',
  other: 'a failed connection',
};

/**
 * One applier per tenant, renewed in the background while the run applies; it lasts as long as
 * RECONCILE_LEASE_SECONDS says, else a time that follows the pace (lease/timing.ts). The record names this process,
 * so that if it is killed a later run on this host can prove it gone and take the lease over at once.
 */
export function takeLease(
  { tenant, connection }: OpenTenant,
  config: Pick<InvitationConfig, 'rate_limit'>,
  options: { env: NodeJS.ProcessEnv; clock: Clock },
  say: Say,
): Promise<HeldLease> {
  const seconds = leaseSecondsFrom(options.env);
  return acquireLease(tenant.leasePort(connection.name), {
    holder: holderName(ciRunFrom(options.env)),
    ttlMs: seconds !== undefined ? seconds * 1000 : leaseTtlMs(paceOf(rateOf(config))),
    clock: options.clock,
    autoRenew: true,
    process: currentProcess(),
    isHolderDead: (holder) => isProvablyDead(holder),
    onWarning: say,
  });
}

/** Releasing is a courtesy to the next run: a lease that is not released expires by itself. Safe to repeat. */
export async function releaseLease(lease: HeldLease | undefined, say: Say): Promise<void> {
  await lease?.release().catch((error: unknown) => say(`Warning: could not release the tenant lease (it expires by itself): ${error instanceof Error ? error.message : String(error)}`));
}

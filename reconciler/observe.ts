// Observation: the users of the managed connection, as the planner gets them, with the roles and organization
// memberships the run cares about (observe-access.ts).
import { isLeaseAddress } from './lease/address';
import type { Connection, Desired, Observed, ObservedAccess } from './model';
import { observeAccess, type AccessPort } from './observe-access';
import type { Auth0Tenant } from './tenant/tenant';

/**
 * Every user of the connection but the lease user and its tombstones: the reconciler's own, never planned or
 * reported. With `access` (the run's desired state and the port), roles and memberships are observed too.
 */
export async function observe(
  tenant: Pick<Auth0Tenant, 'listUsers'>,
  connection: Connection,
  access?: { port: AccessPort; desired: Desired; known?: ObservedAccess },
): Promise<Observed> {
  const users = (await tenant.listUsers(connection)).filter((user) => !isLeaseAddress(user.email));
  if (access === undefined) return { connection, users };
  const observed = await observeAccess(access.port, access.desired, users, access.known);
  return observed.access === undefined ? { connection, users } : { connection, users: observed.users, access: observed.access };
}

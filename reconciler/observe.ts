// Observation: the users of the managed connection, as the planner gets them.
import { isLeaseAddress } from './lease/address';
import type { Connection, Observed } from './model';
import type { Auth0Tenant } from './tenant/tenant';

/** Every user of the connection but the lease user and its tombstones: the reconciler's own, never planned or reported. */
export async function observe(tenant: Pick<Auth0Tenant, 'listUsers'>, connection: Connection): Promise<Observed> {
  const users = await tenant.listUsers(connection);
  return { connection, users: users.filter((user) => !isLeaseAddress(user.email)) };
}

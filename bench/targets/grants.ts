// Issue 15: inviting people with roles and organization memberships, counted by the emulator: the first run
// against 1.01 × N + the bulk calls + one per member with organization roles, and a rerun with nothing to do
// against 10 + the member-list pages.
import { spawnEmulator } from '../emulator-handle';
import { assertSucceeded, reconcile } from '../reconcile';
import { ACCESS_SHAPE, accessInviteesYaml, GRANT_ROUTES, membersWithOrganizationRoles } from '../../test/support/access-invitees';
import { countOf, difference, managementRequests, totalOf, type RouteCounts } from '../../test/support/requests';
import { BARE } from '../../test/support/tenant';
import { createBenchWorkspace } from '../workspace';
import { UNTHROTTLED } from './requests';

export interface GrantMeasurement {
  n: number;
  roles: number;
  organizations: number;
  first: { total: number; bulk: number; memberRoles: number; expectedMemberRoles: number; failures: number; byRoute: RouteCounts };
  rerun: { total: number; pages: number; changes: number; byRoute: RouteCounts };
}

const ROUTE = GRANT_ROUTES;

export async function measureGrants(n = ACCESS_SHAPE.n): Promise<GrantMeasurement> {
  const shape = { ...ACCESS_SHAPE, n };
  const workspace = await createBenchWorkspace('bench-grants-');
  await workspace.writeInviteeFiles({ 'people.yaml': accessInviteesYaml(shape) });
  const emulator = await spawnEmulator({ ...BARE, roles: [...shape.roles], organizations: [...shape.organizations] });
  try {
    const target = { url: emulator.url, clientId: emulator.clientId, clientSecret: emulator.clientSecret };
    // Bookkeeping written once, at the end: how often the time-based flush fires depends on the machine's speed
    // (the issue-5 rows measure it); these rows count what roles and organizations cost.
    const batching = { bookkeeping_flush_every: n, bookkeeping_flush_seconds: 3600 };
    const invite = await reconcile({ workspace, target, rateLimit: UNTHROTTLED, batching });
    assertSucceeded(invite, `inviting ${n} with roles and organizations`);
    const first = managementRequests(await emulator.stats());
    const again = await reconcile({ workspace, target, rateLimit: UNTHROTTLED, batching });
    assertSucceeded(again, `rerunning ${n} with roles and organizations`);
    const rerun = difference(managementRequests(await emulator.stats()), first);
    return {
      n,
      roles: shape.roles.length,
      organizations: shape.organizations.length,
      first: {
        total: totalOf(first),
        bulk: countOf(first, ROUTE.assignRole) + countOf(first, ROUTE.addMembers),
        memberRoles: countOf(first, ROUTE.memberRoles),
        expectedMemberRoles: membersWithOrganizationRoles(n),
        failures: invite.report?.failures.length ?? Number.NaN,
        byRoute: first,
      },
      rerun: {
        total: totalOf(rerun),
        pages: countOf(rerun, ROUTE.roleUsers) + countOf(rerun, ROUTE.members),
        changes: again.plan?.actions.filter((a) => a.kind !== 'unchanged').length ?? Number.NaN,
        byRoute: rerun,
      },
    };
  } finally {
    await emulator.stop();
    await workspace.remove();
  }
}

// The request budget of roles and organizations (issue 15) as exact counts: 2,000 invitees across 5 roles and
// 3 organizations, invited and assigned, then a rerun with nothing to do. Counted by the emulator, rate limit off.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../support/reconcile-harness';
import { ACCESS_SHAPE, accessInviteesYaml, GRANT_ROUTES, membersWithOrganizationRoles as withOrganizationRoles } from '../support/access-invitees';
import { countOf, ROUTES, totalOf, type RouteCounts } from '../support/requests';

const { n: N, roles: ROLES, organizations: ORGANIZATIONS } = ACCESS_SHAPE;
const BATCH = 50;

const ROUTE = { ...GRANT_ROUTES, imports: ROUTES.imports };

let h: Harness;
let first: RouteCounts;
let rerun: RouteCounts;
let firstReport: unknown;

beforeAll(async () => {
  h = await createHarness({ roles: [...ROLES], organizations: [...ORGANIZATIONS] });
  // One bookkeeping job at the end of the run, however slow the machine: counts must not depend on timing.
  await h.writeConfig({ batching: { bookkeeping_flush_every: N, bookkeeping_flush_seconds: 3600, grant_batch_size: BATCH } });
  await h.writeInvitees({ 'people.yaml': accessInviteesYaml(ACCESS_SHAPE) });
  const run = await h.reconcile();
  if (run.exitCode !== 0) throw new Error(`first run failed: ${run.stderr}`);
  firstReport = run.report;
  first = h.takeRequests();
  const again = await h.reconcile();
  if (again.exitCode !== 0 || !again.stdout.includes('No changes')) throw new Error(`rerun was not a no-op: ${again.stdout}${again.stderr}`);
  rerun = h.takeRequests();
}, 300_000);
afterAll(() => h?.close());

describe(`${N} invitees across ${ROLES.length} roles and ${ORGANIZATIONS.length} organizations`, () => {
  const membersWithOrganizationRoles = withOrganizationRoles(N);

  it('invites and assigns everyone', () => {
    expect(firstReport).toMatchObject({ invited: N, failures: [] });
    const state = h.emulator.state.data;
    expect(state.roles!.map((r) => r.users.length)).toEqual(ROLES.map(() => N / ROLES.length));
    expect(state.organizations!.map((o) => o.members.length).reduce((a, b) => a + b, 0)).toBe(N);
    expect(state.organizations!.flatMap((o) => o.members).filter((m) => m.roles.length > 0)).toHaveLength(membersWithOrganizationRoles);
  });

  it('assigns in bulk: one call per role or organization and batch of users of an import file', () => {
    const importFiles = countOf(first, ROUTE.imports) - 1; // the last one records the invitations
    expect(countOf(first, ROUTE.assignRole)).toBeLessThanOrEqual(importFiles * ROLES.length + Math.ceil(N / BATCH));
    expect(countOf(first, ROUTE.addMembers)).toBeLessThanOrEqual(importFiles * ORGANIZATIONS.length + Math.ceil(N / BATCH));
    expect(countOf(first, ROUTE.memberRoles)).toBe(membersWithOrganizationRoles);
    expect(countOf(first, 'GET /api/v2/users-by-email')).toBe(0);
  });

  it('costs at most 1.01 × N, plus the bulk calls, plus one per member with organization roles', () => {
    const bulk = countOf(first, ROUTE.assignRole) + countOf(first, ROUTE.addMembers);
    expect(totalOf(first), JSON.stringify(first)).toBeLessThanOrEqual(Math.floor(1.01 * N) + bulk + membersWithOrganizationRoles);
  });

  it('reruns with nothing to do for at most 10 requests plus the member-list pages', () => {
    const pages = countOf(rerun, ROUTE.roleUsers) + countOf(rerun, ROUTE.members);
    // 400 users per role, 667 members per organization, 100 per page.
    expect(pages).toBe(ROLES.length * Math.ceil(N / ROLES.length / 100) + ORGANIZATIONS.length * Math.ceil(N / ORGANIZATIONS.length / 100));
    expect(totalOf(rerun) - pages).toBeLessThanOrEqual(10);
  });
});

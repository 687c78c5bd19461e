// Roles and organization memberships as declared state, against the emulator: what a first run grants, what a
// rerun costs, that removing one role removes exactly that role, and that grants made by hand stay.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../emulator/index';
import { createHarness, type Harness } from '../support/reconcile-harness';
import { totalOf } from '../support/requests';
import { userOf } from '../support/tenant-state';

let h: Harness;
beforeEach(async () => {
  h = await createHarness({ roles: ['editor', 'viewer', 'billing', 'auditor'], organizations: ['acme', 'globex'] });
});
afterEach(async () => {
  await h.close();
});

const TEAM = `defaults:
  roles: [viewer]
invitees:
  - email: ada@example.com
    roles: [editor]
    organizations:
      - name: acme
        roles: [billing]
  - email: grace@example.com
    organizations:
      - name: acme
      - name: globex
  - email: linus@example.com
`;

function rolesOf(emulator: RunningEmulator, email: string): string[] {
  const user = userOf(emulator, email);
  return (emulator.state.data.roles ?? []).filter((r) => user && r.users.includes(user.user_id)).map((r) => r.name).sort();
}

function membershipsOf(emulator: RunningEmulator, email: string): Record<string, string[]> {
  const user = userOf(emulator, email);
  const roleName = (id: string) => emulator.state.data.roles?.find((r) => r.id === id)?.name;
  const entries = (emulator.state.data.organizations ?? []).flatMap((org) => {
    const member = org.members.find((m) => m.user_id === user?.user_id);
    return member ? [[org.name, member.roles.map((id) => roleName(id) ?? id).sort()] as const] : [];
  });
  return Object.fromEntries(entries);
}

function grantByHand(emulator: RunningEmulator, email: string, role: string): void {
  const user = userOf(emulator, email)!;
  emulator.state.data.roles!.find((r) => r.name === role)!.users.push(user.user_id);
}

describe('roles and organizations per invitee', () => {
  it('grants declared roles, memberships and member roles in bulk, and links tickets to the organization', async () => {
    await h.writeInvitees({ 'team.yaml': TEAM });
    const run = await h.reconcile();
    expect(run.stderr).not.toContain('Error');
    expect(run.exitCode).toBe(0);
    expect(run.report).toMatchObject({ invited: 3, failures: [] });
    expect(rolesOf(h.emulator, 'ada@example.com')).toEqual(['editor', 'viewer']);
    expect(rolesOf(h.emulator, 'linus@example.com')).toEqual(['viewer']);
    expect(membershipsOf(h.emulator, 'ada@example.com')).toEqual({ acme: ['billing'] });
    expect(membershipsOf(h.emulator, 'grace@example.com')).toEqual({ acme: [], globex: [] });
    const requests = h.takeRequests();
    // One call per role and per organization for all their users; member roles one call per member that has some.
    expect(requests['POST /api/v2/roles/{id}/users']).toBe(2);
    expect(requests['POST /api/v2/organizations/{id}/members']).toBe(2);
    expect(requests['POST /api/v2/organizations/{id}/members/{user_id}/roles']).toBe(1);
    expect(requests['GET /api/v2/users-by-email']).toBeUndefined();
    // The person lands in their (first) organization's login.
    const acme = h.emulator.state.data.organizations!.find((o) => o.name === 'acme')!.id;
    const ticketOrg = (email: string) => h.emulator.state.data.tickets.find((t) => t.user_id === userOf(h.emulator, email)?.user_id)?.organization_id;
    expect(ticketOrg('ada@example.com')).toBe(acme);
    expect(ticketOrg('grace@example.com')).toBe(acme);
    expect(ticketOrg('linus@example.com')).toBeUndefined();
  });

  it('reruns with nothing to do for a handful of requests plus one member-list page per role and organization', async () => {
    await h.writeInvitees({ 'team.yaml': TEAM });
    expect((await h.reconcile()).exitCode).toBe(0);
    h.takeRequests();
    const rerun = await h.reconcile();
    expect(rerun.exitCode).toBe(0);
    expect(rerun.stdout).toContain('No changes');
    const requests = h.takeRequests();
    const pages = (requests['GET /api/v2/roles/{id}/users'] ?? 0) + (requests['GET /api/v2/organizations/{id}/members'] ?? 0);
    // The tenant roles editor and viewer, the organizations acme and globex (with member roles): one page each.
    expect(pages).toBe(4);
    expect(totalOf(requests) - pages).toBeLessThanOrEqual(10);
    expect(Object.keys(requests).filter((route) => !route.startsWith('GET') && route !== 'POST /oauth/token')).toEqual([]);
  });

  it('removing one role from one invitee plans and applies exactly that removal', async () => {
    await h.writeInvitees({ 'team.yaml': TEAM });
    expect((await h.reconcile()).exitCode).toBe(0);
    await h.writeInvitees({ 'team.yaml': TEAM.replace('    roles: [editor]\n', '') });
    h.takeRequests();
    const dry = await h.reconcile({ dryRun: true, format: 'json' });
    const plan = JSON.parse(dry.stdout) as { summary: Record<string, number>; actions: { email: string; action: string; grants: unknown[] }[] };
    const changing = plan.actions.filter((a) => a.action !== 'unchanged');
    expect(changing).toEqual([expect.objectContaining({ email: 'ada@example.com', action: 'update', grants: [{ op: 'remove', kind: 'role', role: 'editor' }] })]);
    h.takeRequests();
    const run = await h.reconcile();
    expect(run.exitCode).toBe(0);
    expect(run.report, run.stderr + run.stdout).toMatchObject({ updated: 1, failures: [] });
    const requests = h.takeRequests();
    expect(requests['DELETE /api/v2/users/{id}/roles']).toBe(1);
    expect(Object.keys(requests).filter((r) => !r.startsWith('GET') && r !== 'POST /oauth/token').sort()).toEqual([
      'DELETE /api/v2/users/{id}/roles',
      // the grant record, and the lease
      'PATCH /api/v2/users/{id}',
      'POST /api/v2/jobs/users-imports',
      'POST /api/v2/users',
    ]);
    expect(rolesOf(h.emulator, 'ada@example.com')).toEqual(['viewer']);
    expect(membershipsOf(h.emulator, 'ada@example.com')).toEqual({ acme: ['billing'] });
    expect((await h.reconcile()).stdout).toContain('No changes');
  });

  it('never removes a role granted by hand, declared or not', async () => {
    await h.writeInvitees({ 'team.yaml': TEAM });
    expect((await h.reconcile()).exitCode).toBe(0);
    grantByHand(h.emulator, 'linus@example.com', 'editor'); // a role the files use for someone else
    grantByHand(h.emulator, 'linus@example.com', 'auditor'); // a role no file names
    const rerun = await h.reconcile();
    expect(rerun.stdout).toContain('No changes');
    // Declared for a while and then not any more: still the hand's grant, still kept.
    await h.writeInvitees({ 'team.yaml': TEAM.replace('  - email: linus@example.com\n', '  - email: linus@example.com\n    roles: [editor]\n') });
    expect((await h.reconcile()).stdout).toContain('No changes');
    await h.writeInvitees({ 'team.yaml': TEAM });
    expect((await h.reconcile()).stdout).toContain('No changes');
    expect(rolesOf(h.emulator, 'linus@example.com')).toEqual(['auditor', 'editor', 'viewer']);
  });

  it('refuses a role the tenant does not have, naming file and line, and changes nothing', async () => {
    await h.writeInvitees({ 'team.yaml': TEAM.replace('roles: [editor]', 'roles: [editr]') });
    const run = await h.reconcile();
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toMatch(/team\.yaml:5:\d+: role: the role "editr" does not exist in the tenant/);
    expect(Object.keys(h.takeRequests()).filter((r) => !r.startsWith('GET') && r !== 'POST /oauth/token')).toEqual([]);
  });
});

describe('convergence', () => {
  it('a run that stopped after the import and before the grants is finished by the next run', async () => {
    await h.writeInvitees({ 'team.yaml': TEAM });
    expect((await h.reconcile()).exitCode).toBe(0);
    // As a crash would leave Ada: imported (`pending`, grants recorded at import), never granted, never mailed.
    const ada = userOf(h.emulator, 'ada@example.com')!;
    for (const role of h.emulator.state.data.roles!) role.users = role.users.filter((id) => id !== ada.user_id);
    for (const org of h.emulator.state.data.organizations!) org.members = org.members.filter((m) => m.user_id !== ada.user_id);
    const invitation = ada.app_metadata.invitation as Record<string, unknown>;
    ada.app_metadata.invitation = { status: 'pending', grants: invitation.grants };
    const rerun = await h.reconcile();
    expect(rerun.report).toMatchObject({ resumed: 1, failures: [] });
    expect(rolesOf(h.emulator, 'ada@example.com')).toEqual(['editor', 'viewer']);
    expect(membershipsOf(h.emulator, 'ada@example.com')).toEqual({ acme: ['billing'] });
    expect((await h.reconcile()).stdout).toContain('No changes');
  });
});

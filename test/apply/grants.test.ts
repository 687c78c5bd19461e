// apply/grants.ts without a server: bulk calls per role and organization, member roles per member, and a failed
// call named against each invitee it touched, its grant left out of the record.
import { describe, expect, it } from 'vitest';
import { applyGrants, type GrantJob, type GrantsPort } from '../../reconciler/apply/grants';
import { ApplyTally } from '../../reconciler/apply/report';
import type { Invitee } from '../../reconciler/model';
import { initialGrants } from '../../reconciler/plan/grants';

const access = {
  roles: [{ id: 'rol_e', name: 'editor' }, { id: 'rol_b', name: 'billing' }],
  organizations: [{ id: 'org_a', name: 'acme' }],
};

function job(i: number, declared: Pick<Invitee, 'roles' | 'organizations'>): GrantJob {
  const invitee: Invitee = { email: `p${i}@example.com`, profile: {}, user_metadata: {}, app_metadata: {}, source: { file: 'invitees/a.yaml', line: i + 2, column: 5 }, ...declared };
  return { invitee, action: 'invite', userId: `auth0|${i}`, plan: initialGrants(invitee)! };
}

function recordingPort(fail: (call: string) => boolean): { port: GrantsPort; calls: string[] } {
  const calls: string[] = [];
  const record = (call: string): Promise<void> => {
    calls.push(call);
    return fail(call) ? Promise.reject(Object.assign(new Error('HTTP 400: nope'), { code: 'invalid_body' })) : Promise.resolve();
  };
  return {
    calls,
    port: {
      assignRole: (role, ids) => record(`assign ${role.name} ${ids.join(',')}`),
      removeRoles: (id, roles) => record(`unassign ${id} ${roles.map((r) => r.name).join(',')}`),
      addMembers: (org, ids) => record(`members ${org.name} ${ids.join(',')}`),
      removeMembers: (org, ids) => record(`leave ${org.name} ${ids.join(',')}`),
      assignMemberRoles: (org, id, roles) => record(`member-roles ${org.name} ${id} ${roles.map((r) => r.name).join(',')}`),
      removeMemberRoles: (org, id, roles) => record(`member-unroles ${org.name} ${id} ${roles.map((r) => r.name).join(',')}`),
    },
  };
}

describe('applyGrants', () => {
  it('assigns a role to a batch of users per call, and member roles per member', async () => {
    const jobs = [0, 1, 2].map((i) => job(i, { roles: ['editor'], organizations: [{ name: 'acme', roles: i === 0 ? ['billing'] : [] }] }));
    const { port, calls } = recordingPort(() => false);
    const tally = new ApplyTally();
    await applyGrants(jobs, { port, access, batchSize: 2, concurrency: 4, tally });
    expect(calls.sort()).toEqual([
      'assign editor auth0|0,auth0|1',
      'assign editor auth0|2',
      'member-roles acme auth0|0 billing',
      'members acme auth0|0,auth0|1',
      'members acme auth0|2',
    ]);
    expect(tally.finish(0, 0).failures).toEqual([]);
  });

  it('names each invitee of a failed call, keeps the failed grant out of its record, and skips member roles without membership', async () => {
    const jobs = [0, 1].map((i) => job(i, { roles: ['editor'], organizations: [{ name: 'acme', roles: ['billing'] }] }));
    const { port, calls } = recordingPort((call) => call.startsWith('members '));
    const tally = new ApplyTally();
    const outcomes = await applyGrants(jobs, { port, access, batchSize: 50, concurrency: 4, tally });
    expect(calls.filter((c) => c.startsWith('member-roles'))).toEqual([]);
    const failures = tally.finish(0, 0).failures;
    expect(failures.map((f) => [f.email, f.stage, f.source?.line, f.message])).toEqual([
      ['p0@example.com', 'grant', 2, 'add membership of acme: HTTP 400: nope'],
      ['p0@example.com', 'grant', 2, 'add role billing in acme: not a member of organization acme (adding the membership failed)'],
      ['p1@example.com', 'grant', 3, 'add membership of acme: HTTP 400: nope'],
      ['p1@example.com', 'grant', 3, 'add role billing in acme: not a member of organization acme (adding the membership failed)'],
    ]);
    expect(outcomes.get('p0@example.com')).toEqual({ record: { roles: ['editor'] }, failedMemberships: new Set(['acme']) });
  });
});

describe('grantRequests (the estimate of the plan)', () => {
  it('counts the calls applyGrants makes: bulk per entity and batch, per user for role removals and member roles', async () => {
    const jobs = [0, 1, 2].map((i) => job(i, { roles: ['editor'], organizations: [{ name: 'acme', roles: i === 0 ? ['billing'] : [] }] }));
    const { port, calls } = recordingPort(() => false);
    await applyGrants(jobs, { port, access, batchSize: 2, concurrency: 4, tally: new ApplyTally() });
    const { grantRequests } = await import('../../reconciler/apply/grants');
    expect(grantRequests(jobs.map((j) => ({ email: j.invitee.email, changes: j.plan.changes })), 2)).toBe(calls.length);
    const removals = [{ email: 'a', changes: [{ op: 'remove', kind: 'role', role: 'editor' }, { op: 'remove', kind: 'role', role: 'billing' }] as const }];
    expect(grantRequests(removals.map((r) => ({ ...r, changes: [...r.changes] })), 50)).toBe(1);
  });
});

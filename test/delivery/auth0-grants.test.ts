// Auth0's own email together with roles and organizations, against the emulator: an invitee imported with the
// invitation marker and a chosen user id is granted its role and membership, mailed by Auth0, and recorded with
// both the marker and the grant record; a rerun has nothing to do.
import { readdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../emulator/index';
import { AUTH0_DELIVERY } from '../support/config';
import { reconcile } from '../support/run';
import { startAuth0Tenant, tenantEnv } from '../support/tenant';
import { userOf } from '../support/tenant-state';
import { createWorkspace, type Workspace } from '../support/workspace';

const TEAM = `invitees:
  - email: ada@example.com
    roles: [editor]
    organizations:
      - name: acme
  - email: linus@example.com
`;

describe('Auth0\'s own email with roles and organizations', () => {
  let emulator: RunningEmulator;
  let workspace: Workspace;
  let first: Awaited<ReturnType<typeof reconcile>>;
  let rerun: Awaited<ReturnType<typeof reconcile>>;

  beforeAll(async () => {
    workspace = await createWorkspace({
      prefix: 'auth0-grants-',
      config: {
        ...AUTH0_DELIVERY,
        roles: [{ name: 'editor' }],
        organizations: [{ name: 'acme' }],
        rate_limit: { share: 1, per_second: 100_000, burst: 10_000, authentication: { per_second: 100_000, share: 1 } },
      },
    });
    await workspace.writeInviteeFiles({ 'team.yaml': TEAM });
    emulator = await startAuth0Tenant(workspace);
    first = await reconcile(workspace, tenantEnv(emulator));
    rerun = await reconcile(workspace, tenantEnv(emulator));
  }, 120_000);

  afterAll(async () => {
    await emulator?.stop();
    await workspace?.remove();
  });

  it('invites both through Auth0 and grants the declared role and membership', async () => {
    expect(first.exitCode, first.stderr).toBe(0);
    expect(first.report).toMatchObject({ invited: 2, failures: [] });
    const ada = userOf(emulator, 'ada@example.com')!;
    expect(emulator.state.data.roles?.find((r) => r.name === 'editor')?.users).toEqual([ada.user_id]);
    expect(emulator.state.data.organizations?.find((o) => o.name === 'acme')?.members.map((m) => m.user_id)).toEqual([ada.user_id]);
    expect((await readdir(workspace.outbox)).filter((f) => f.endsWith('.eml'))).toHaveLength(2);
  });

  it('records the marker and the grant record side by side, and plans nothing more on a rerun', () => {
    expect(userOf(emulator, 'ada@example.com')?.app_metadata.invitation).toMatchObject({
      status: 'invited',
      awaiting_password: true,
      grants: { roles: ['editor'], organizations: ['acme'] },
    });
    expect(userOf(emulator, 'linus@example.com')?.app_metadata.invitation).not.toHaveProperty('grants');
    expect(rerun.exitCode, rerun.stderr).toBe(0);
    expect(rerun.stdout).toContain('No changes');
  });
});

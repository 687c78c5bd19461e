// Expired, never-used invitations are sent again only when the policy says so; a person who set a password is
// never invited again, however old their invitation.
import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../emulator/index';
import { systemClock, type Clock } from '../../reconciler/clock';
import { FAST } from '../support/config';
import { mailsPerInvitee } from '../support/outbox';
import { reconcile } from '../support/run';
import { startTenant, tenantEnv } from '../support/tenant';
import { createWorkspace, type Workspace } from '../support/workspace';

let emulator: RunningEmulator | undefined;
let workspace: Workspace | undefined;
afterEach(async () => {
  await emulator?.stop();
  await workspace?.remove();
});

const TTL_SECONDS = 3600;
const later = (ms: number): Clock => ({ now: () => Date.now() + ms, sleep: systemClock.sleep });

async function ticketOf(file: string): Promise<string> {
  const text = (await readFile(file, 'utf8')).replace(/=\r?\n/g, '').replace(/=3D/g, '=');
  const match = /ticket=([A-Za-z0-9]+)/.exec(text);
  if (!match?.[1]) throw new Error(`no ticket in ${file}`);
  return match[1];
}

describe('expired invitations', () => {
  it('are resent only under reinvite.expired, and never to someone who set a password', async () => {
    emulator = await startTenant();
    const invitees = [
      { email: 'idle@example.com', name: 'Never Opened' },
      { email: 'accepted@example.com', name: 'Set A Password' },
    ];
    workspace = await createWorkspace({ prefix: 'expiry-', invitees, config: { ...FAST, tickets: { ttl_seconds: TTL_SECONDS }, reinvite: { expired: false } } });
    const env = tenantEnv(emulator);
    expect((await reconcile(workspace, env)).exitCode).toBe(0);

    // The accepting invitee uses the link from the mail on the tenant's ticket page.
    const ticket = await ticketOf(`${workspace.outbox}/accepted@example.com.eml`);
    const redeemed = await fetch(`${emulator.url}/u/reset-password?ticket=${ticket}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ password: 'A-long-enough-password-1', password_confirmation: 'A-long-enough-password-1' }),
    });
    expect(redeemed.status).toBe(200);

    // Two hours on, both tickets have expired. Policy off: nobody is mailed.
    const afterExpiry = later(2 * TTL_SECONDS * 1000);
    const off = await reconcile(workspace, env, { clock: afterExpiry });
    expect(off.exitCode, off.stderr).toBe(0);
    expect(Object.fromEntries(await mailsPerInvitee(workspace.outbox, invitees))).toEqual({ 'idle@example.com': 1, 'accepted@example.com': 1 });

    // Policy on: one new mail to the idle invitee, none to the one who accepted.
    await workspace.writeConfig({ reinvite: { expired: true } });
    const on = await reconcile(workspace, env, { clock: afterExpiry });
    expect(on.exitCode, on.stderr).toBe(0);
    expect(on.report?.reinvited).toBe(1);
    expect(Object.fromEntries(await mailsPerInvitee(workspace.outbox, invitees))).toEqual({ 'idle@example.com': 2, 'accepted@example.com': 1 });

    // Run again at the same time: the fresh invitation has not expired, nothing more is sent.
    expect((await reconcile(workspace, env, { clock: afterExpiry })).exitCode).toBe(0);
    // Much later still: the idle one is reinvited once more; the one with a password never is.
    const muchLater = later(10 * TTL_SECONDS * 1000);
    expect((await reconcile(workspace, env, { clock: muchLater })).exitCode).toBe(0);
    expect(Object.fromEntries(await mailsPerInvitee(workspace.outbox, invitees))).toEqual({ 'idle@example.com': 3, 'accepted@example.com': 1 });
  });
});

// The reconciler against the emulator as the recorded Auth0 traffic corrected it (test/emulator/replay.test.ts):
// a PATCH with `"app_metadata": {}` clears metadata while a non-empty one merges one level deep, and a search
// without `search_engine` is answered by v3 (the reconciler names v3 itself, so its requests do not change).
import { afterEach, describe, expect, it } from 'vitest';
import { inviteesYaml, person } from '../support/invitees';
import { createHarness, type Harness } from '../support/reconcile-harness';

let h: Harness;
afterEach(async () => {
  await h.close();
});

/** The reserved address of the tenant lease (SECURITY.md). */
const LEASE_EMAIL = 'lease@reconciler-lease.invalid';

const userOf = (email: string) => [...h.emulator.state.usersById.values()].find((u) => u.email === email && u.connection === 'Invitees');

/** A Management API call with the emulator's default client, as an administrator would make it. */
async function adminCall(method: string, path: string, body?: unknown): Promise<Record<string, unknown>> {
  const { emulator } = h;
  const tokenResponse = await fetch(`${emulator.url}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ grant_type: 'client_credentials', client_id: emulator.clientId, client_secret: emulator.clientSecret, audience: 'https://tenant.local/api/v2/' }),
  });
  const { access_token: token } = (await tokenResponse.json()) as { access_token: string };
  const response = await fetch(`${emulator.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  expect(response.ok, `${method} ${path}: ${response.status}`).toBe(true);
  return (await response.json()) as Record<string, unknown>;
}

describe('the reconciler against recorded Auth0 behaviour', () => {
  it('restores a managed user whose metadata an administrator cleared, without a second mail', async () => {
    h = await createHarness();
    const ada = { ...person('ada@example.com'), app_metadata: { team: 'eng' }, user_metadata: { locale: 'en-GB' } };
    await h.writeInvitees({ 'team.yaml': inviteesYaml([ada, person('grace@example.com')]) });
    expect((await h.reconcile()).report).toMatchObject({ invited: 2, failures: [] });
    const adaUser = userOf('ada@example.com')!;
    const invitation = adaUser.app_metadata.invitation;

    // As recorded: `{}` clears; Auth0 then shows `"user_metadata": {}` and no app_metadata at all.
    const cleared = await adminCall('PATCH', `/api/v2/users/${encodeURIComponent(adaUser.user_id)}`, { app_metadata: {}, user_metadata: {} });
    expect(cleared.app_metadata).toBeUndefined();
    expect(cleared.user_metadata).toEqual({});

    // Without its invitation bookkeeping Ada is an existing account to adopt (declared metadata restored),
    // not a new invitee: nobody is mailed again, and Grace is untouched.
    const out = await h.reconcile();
    expect(out.stdout).toContain('Plan: 0 to invite, 0 to update, 1 to adopt, 0 to revoke, 1 unchanged.');
    expect(out.report).toMatchObject({ adopted: 1, invited: 0, failures: [] });
    const restored = userOf('ada@example.com')!;
    expect(restored.app_metadata).toMatchObject({ team: 'eng', invitation: { status: 'adopted' } });
    expect(restored.user_metadata).toEqual({ locale: 'en-GB' });
    expect(invitation).toMatchObject({ status: 'invited' });
    expect(Object.fromEntries(await h.mailsPerInvitee())).toEqual({ 'ada@example.com': 1, 'grace@example.com': 1 });
    expect((await h.reconcile()).stdout).toContain('Plan: 0 to invite, 0 to update, 0 to revoke, 2 unchanged.');
  });

  it('takes over an expired lease by a PATCH that keeps the lease user\'s other app_metadata keys', async () => {
    h = await createHarness();
    const past = new Date(Date.now() - 3_600_000).toISOString();
    const crashed = { holder: 'a crashed run', token: 'crashed-token', acquired_at: past, expires_at: past };
    const seeded = await adminCall('POST', '/api/v2/users', {
      connection: 'Invitees', email: LEASE_EMAIL, password: 'a-long-random-password-1!', blocked: true,
      app_metadata: { reconciler_lease: crashed, note: 'kept by the administrators' },
    });
    await h.writeInvitees({ 'team.yaml': inviteesYaml(['ada@example.com'].map(person)) });
    expect((await h.reconcile()).report).toMatchObject({ invited: 1, failures: [] });

    // The expired lease user was renamed to a tombstone with a one-level merge: the other key stays.
    const tombstone = h.emulator.state.usersById.get(seeded.user_id as string)!;
    expect(tombstone.email).not.toBe(LEASE_EMAIL);
    expect(tombstone.app_metadata).toEqual({ reconciler_lease: crashed, note: 'kept by the administrators' });
    // The run's own lease was released the same way, and the address is free for the next run.
    const released = [...h.emulator.state.usersById.values()].filter((u) => u.email.endsWith('@reconciler-lease.invalid') && u !== tombstone);
    expect(released).toHaveLength(1);
    expect(released[0]!.app_metadata.reconciler_lease).toMatchObject({ released_at: expect.any(String) });
    expect(userOf(LEASE_EMAIL)).toBeUndefined();
  });

  it('observes the tenant through paged v3 search and plans every user unchanged', async () => {
    h = await createHarness();
    const emails = Array.from({ length: 120 }, (_, i) => `p${String(i).padStart(3, '0')}@example.com`);
    await h.writeInvitees({ 'team.yaml': inviteesYaml(emails.map(person)) });
    expect((await h.reconcile()).report).toMatchObject({ invited: 120, failures: [] });
    h.takeRequests();
    const out = await h.reconcile();
    expect(out.stdout).toContain('Plan: 0 to invite, 0 to update, 0 to revoke, 120 unchanged.');
    // More users than one page holds: the observation read several pages of the same search.
    expect(h.takeRequests()['GET /api/v2/users']).toBeGreaterThan(1);
  });
});

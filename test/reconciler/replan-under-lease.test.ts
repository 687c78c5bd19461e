// A run plans once before it takes the tenant lease and once more under it: another run may have applied in
// between, and only the second observation is current. Here another run does apply in between (it runs to its end
// just before the first run's request that takes the lease), and the first run must act on what it finds then.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LEASE_EMAIL } from '../../reconciler/lease/address';
import { inviteesYaml, person } from '../support/invitees';
import { createHarness, type Harness } from '../support/reconcile-harness';
import type { CapturedRun } from '../support/run';

let h: Harness | undefined;
afterEach(async () => {
  vi.restoreAllMocks();
  await h?.close();
  h = undefined;
});

/** The request that takes the lease: the create of the lease user. */
function takesLease(input: string | URL | Request, init: RequestInit | undefined): boolean {
  const body = init?.body;
  const text = typeof body === 'string' ? body : body instanceof ArrayBuffer || ArrayBuffer.isView(body) ? new TextDecoder().decode(body as ArrayBuffer) : '';
  return (init?.method ?? 'GET').toUpperCase() === 'POST' && new URL(input instanceof Request ? input.url : input).pathname === '/api/v2/users' && text.includes(LEASE_EMAIL);
}

describe('the plan under the lease', () => {
  it('is made on a fresh observation: what another run did before the lease was taken is not done again', async () => {
    h = await createHarness();
    const harness = h;
    await harness.writeInvitees({ 'team.yaml': inviteesYaml(['ada@example.com', 'grace@example.com'].map(person)) });
    const realFetch = globalThis.fetch;
    let other: Promise<CapturedRun> | undefined;
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
      if (other === undefined && takesLease(input, init)) {
        other = harness.reconcile();
        expect((await other).report).toMatchObject({ invited: 2, failures: [] });
      }
      return realFetch(input, init);
    });

    const late = await harness.reconcile();
    expect(other).toBeDefined();
    expect(late.exitCode, late.stderr).toBe(0);
    expect(late.plan?.counts).toMatchObject({ invite: 0, unchanged: 2 });
    expect(late.stdout).toContain('Plan: 0 to invite, 0 to update, 0 to revoke, 2 unchanged.');
    expect(late.report).toBeUndefined();
    expect([...(await harness.mailsPerInvitee()).values()]).toEqual([1, 1]);
  });
});

// The lease's lifetime follows the pace, and its renewals run on the run's clock until it is released.
import { describe, expect, it } from 'vitest';
import { acquireLease } from '../../reconciler/lease/protocol';
import type { LeasePort, LeaseRecord, LeaseUser } from '../../reconciler/lease/record';
import { LEASE_EMAIL } from '../../reconciler/lease/address';
import { LEASE_RENEW_EVERY_REQUESTS, leaseTtlMs } from '../../reconciler/lease/timing';
import { ManualClock } from '../tenant/fake-clock';

/** A lease port in memory that counts the updates (renewals and the release). */
function memoryPort(): LeasePort & { updates: number } {
  let user: LeaseUser | undefined;
  const port = {
    updates: 0,
    async create(email: string, record: LeaseRecord) {
      if (user) return 'exists' as const;
      user = { user_id: 'auth0|lease', email, lease: record };
      return user;
    },
    async findByEmail() {
      return user;
    },
    async update(_id: string, change: { email?: string; record: LeaseRecord }) {
      port.updates++;
      user = { user_id: 'auth0|lease', email: change.email ?? LEASE_EMAIL, lease: change.record };
      return user;
    },
  };
  return port;
}

describe('lease timing', () => {
  it('lasts three renewal intervals of 1,000 requests at the pace, at least two minutes', () => {
    expect(LEASE_RENEW_EVERY_REQUESTS).toBe(1000);
    expect(leaseTtlMs(8)).toBe(375_000); // Enterprise production at share 0.5: renewed every 125 s
    expect(leaseTtlMs(1.25)).toBe(2_400_000); // Essentials (150/min) at share 0.5: 40 min
    expect(leaseTtlMs(1)).toBe(3_000_000); // Free at share 0.5: 50 min
    expect(leaseTtlMs(1000)).toBe(120_000);
  });

  it('renews every third of its lifetime on the run\'s clock, and stops when released', async () => {
    const clock = new ManualClock();
    const port = memoryPort();
    const lease = await acquireLease(port, { holder: 'me', ttlMs: 300_000, clock, autoRenew: true });
    await clock.advance(99_999);
    expect(port.updates).toBe(0);
    await clock.advance(1);
    expect(port.updates).toBe(1);
    expect(lease.expiresAtMs).toBe(clock.now() + 300_000);
    await clock.advance(100_000);
    expect(port.updates).toBe(2);
    await lease.release();
    expect(port.updates).toBe(3); // the release itself
    expect(clock.waiting).toBe(0); // no renewal left waiting: nothing keeps the process alive
    await clock.advance(1_000_000);
    expect(port.updates).toBe(3);
  });
});

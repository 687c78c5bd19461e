import { describe, expect, it } from 'vitest';
import { Pacer, readRateLimitHeaders } from '../../reconciler/tenant/pacer';
import { FakeClock } from './fake-clock';

describe('Pacer', () => {
  it('lets a burst through at once, then spaces requests at share × rate', async () => {
    const clock = new FakeClock();
    const pacer = new Pacer({ perSecond: 10, burst: 4, share: 0.5, clock });
    const start = clock.now();
    // share 0.5 of burst 4 = 2 immediate requests, then one every 200 ms (5/s).
    await pacer.acquire();
    await pacer.acquire();
    expect(clock.now() - start).toBe(0);
    await pacer.acquire();
    await pacer.acquire();
    expect(clock.now() - start).toBe(400);
  });

  it('sustains exactly the allowed rate over many requests', async () => {
    const clock = new FakeClock();
    const pacer = new Pacer({ perSecond: 500, burst: 50, share: 0.8, clock });
    const start = clock.now();
    for (let i = 0; i < 4040; i++) await pacer.acquire();
    // 40 burst tokens, then 4000 more at 400/s = 10 s.
    expect(clock.now() - start).toBeCloseTo(10_000, 0);
  });

  it('holds everyone until the reset when the server bucket is empty', async () => {
    const clock = new FakeClock(1_700_000_000_000);
    const pacer = new Pacer({ perSecond: 1000, burst: 1000, share: 1, clock });
    pacer.observe({ limit: 50, remaining: 0, reset: 1_700_000_003 });
    await pacer.acquire();
    expect(clock.now()).toBe(1_700_000_003_000);
  });

  it('ignores a reset while tokens remain', async () => {
    const clock = new FakeClock();
    const pacer = new Pacer({ perSecond: 1000, burst: 1000, share: 1, clock });
    pacer.observe({ limit: 50, remaining: 3, reset: Math.floor(clock.now() / 1000) + 5 });
    const before = clock.now();
    await pacer.acquire();
    expect(clock.now()).toBe(before);
  });

  it('reads x-ratelimit headers as numbers', () => {
    const headers = new Headers({ 'x-ratelimit-limit': '50', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1700000003' });
    expect(readRateLimitHeaders(headers)).toEqual({ limit: 50, remaining: 0, reset: 1700000003 });
    expect(readRateLimitHeaders(new Headers())).toEqual({ limit: undefined, remaining: undefined, reset: undefined });
  });
});

import { describe, expect, it } from 'vitest';
import { Pacer, readRateLimitHeaders } from '../../reconciler/tenant/pacer';
import { FakeClock, ManualClock } from './fake-clock';

describe('Pacer', () => {
  it('lets most of a burst through at once, then spaces requests at (a hair under) share × rate', async () => {
    const clock = new FakeClock();
    // share 0.5 of burst 20 = 10, kept at 90% = 9 immediate requests; then one every 1000 / (10 × 0.5 × 0.99) ms.
    const pacer = new Pacer({ perSecond: 10, burst: 20, share: 0.5, clock });
    const start = clock.now();
    for (let i = 0; i < 9; i++) await pacer.acquire();
    expect(clock.now() - start).toBeLessThan(0.01);
    await pacer.acquire();
    expect(clock.now() - start).toBeCloseTo(1000 / 4.95, 2);
  });

  it('sustains 99% of the allowed rate over many requests', async () => {
    const clock = new FakeClock();
    const pacer = new Pacer({ perSecond: 500, burst: 50, share: 0.8, clock });
    const start = clock.now();
    // 36 burst tokens (50 × 0.8 × 0.9), then 3,960 more at 396/s = 10 s.
    for (let i = 0; i < 3996; i++) await pacer.acquire();
    expect(clock.now() - start).toBeCloseTo(10_000, 0);
  });

  it('after an empty bucket, holds everyone for one refill, never past the reset', async () => {
    const clock = new FakeClock(1_700_000_000_000);
    const pacer = new Pacer({ perSecond: 16, burst: 1000, share: 1, clock });
    pacer.observe({ limit: 50, remaining: 0, reset: 1_700_000_003 });
    await pacer.acquire();
    expect(clock.now()).toBe(1_700_000_000_000 + 62.5);

    const slow = new Pacer({ perSecond: 0.1, burst: 1000, share: 1, clock });
    const at = clock.now();
    slow.observe({ limit: 50, remaining: 0, reset: Math.ceil(at / 1000) + 1 });
    await slow.acquire();
    expect(clock.now()).toBe((Math.ceil(at / 1000) + 1) * 1000);
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

describe('Pacer after a stall', () => {
  it('lets waiting callers go at most a burst at a time when they all wake late, never all at once', async () => {
    const clock = new ManualClock(1_700_000_000_000);
    // Free at share 0.5: 1 request a second (×0.99), no burst.
    const pacer = new Pacer({ perSecond: 2, burst: 2, share: 0.5, clock });
    await pacer.acquire();
    const sent: number[] = [];
    for (let i = 0; i < 5; i++) void pacer.acquire().then(() => sent.push(clock.now()));
    // The event loop stalls for 10 s: every waiter's time has passed when they wake.
    clock.t += 10_000;
    await clock.advance(0);
    expect(sent).toHaveLength(1);
    await clock.advance(4 * 1011);
    expect(sent).toHaveLength(5);
    // A quarter interval of slack (the tenant's bucket of 2 takes it), then the pace again.
    expect(sent[1]! - sent[0]!).toBeCloseTo((1010.1 * 3) / 4, 0);
    for (let i = 2; i < sent.length; i++) expect(sent[i]! - sent[i - 1]!).toBeCloseTo(1010.1, 0);
  });

  it('does not lose rate to timers that fire late, with a burst of one (Free at share 0.5)', async () => {
    const late = new FakeClock();
    const sleep = late.sleep.bind(late);
    late.sleep = async (ms: number) => sleep(ms + 40); // every wait 40 ms longer than asked
    const pacer = new Pacer({ perSecond: 2, burst: 2, share: 0.5, clock: late });
    const start = late.now();
    for (let i = 0; i < 101; i++) await pacer.acquire();
    // 100 intervals of 1010 ms, not 1050: lateness is caught up within the slack.
    expect((late.now() - start) / 100).toBeLessThan(1015);
  });
});

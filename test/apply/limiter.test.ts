import { describe, expect, it } from 'vitest';
import { Limiter } from '../../reconciler/apply/limiter';

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('Limiter', () => {
  it('never runs more than its concurrency, even when tasks arrive while one finishes', async () => {
    const limiter = new Limiter(2);
    let active = 0;
    let peak = 0;
    const task = async () => {
      active++;
      peak = Math.max(peak, active);
      await tick();
      active--;
    };
    const all: Promise<void>[] = [];
    for (let i = 0; i < 20; i++) {
      all.push(limiter.run(task));
      // New arrivals interleaved with completions: the moment a slot is being handed over.
      if (i % 3 === 0) await Promise.resolve();
    }
    await Promise.all(all);
    expect(peak).toBe(2);
  });

  it('starts waiting tasks by priority, then in arrival order', async () => {
    const limiter = new Limiter(1);
    const order: string[] = [];
    let release!: () => void;
    const first = limiter.run(() => new Promise<void>((resolve) => (release = resolve)));
    const runs = [
      limiter.run(async () => void order.push('create-1'), 0),
      limiter.run(async () => void order.push('create-2'), 0),
      limiter.run(async () => void order.push('upsert-1'), 1),
      limiter.run(async () => void order.push('upsert-2'), 1),
    ];
    release();
    await Promise.all([first, ...runs]);
    expect(order).toEqual(['upsert-1', 'upsert-2', 'create-1', 'create-2']);
  });
});

import type { Clock } from '../../reconciler/clock';

/** A clock that moves only when someone sleeps: deterministic pacing tests without real waiting. */
export class FakeClock implements Clock {
  constructor(public t = 1_700_000_000_000) {}
  readonly sleeps: number[] = [];
  now(): number {
    return this.t;
  }
  async sleep(ms: number): Promise<void> {
    this.sleeps.push(ms);
    this.t += Math.max(0, ms);
  }
}

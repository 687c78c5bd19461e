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

/** A clock that moves only when the test says: sleepers wake (in time order) as `advance` passes their time. */
export class ManualClock implements Clock {
  private sleepers: { at: number; wake: () => void }[] = [];
  constructor(public t = 1_700_000_000_000) {}
  now(): number {
    return this.t;
  }
  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      if (signal?.aborted) return resolve();
      const sleeper = { at: this.t + Math.max(0, ms), wake: resolve };
      this.sleepers.push(sleeper);
      signal?.addEventListener('abort', () => {
        this.sleepers = this.sleepers.filter((s) => s !== sleeper);
        resolve();
      });
    });
  }
  /** Sleepers still waiting. */
  get waiting(): number {
    return this.sleepers.length;
  }
  /** Moves time forward by `ms`, waking each sleeper at its time and letting it run before the next. */
  async advance(ms: number): Promise<void> {
    const end = this.t + ms;
    for (;;) {
      const next = this.sleepers.filter((s) => s.at <= end).sort((a, b) => a.at - b.at)[0];
      if (!next) break;
      this.sleepers = this.sleepers.filter((s) => s !== next);
      this.t = Math.max(this.t, next.at);
      next.wake();
      await new Promise((resolve) => setImmediate(resolve));
    }
    this.t = end;
  }
}

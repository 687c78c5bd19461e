// One clock for the reconciler and the emulated tenant that moves only when someone sleeps (for as long as they
// sleep, really waiting too) or when the test says so: days pass at once, and a mail is worded at the instant
// its link was issued, so what a test compares does not depend on how fast the machine is.
import type { Clock } from '../../reconciler/clock';

export interface SteppedClock extends Clock {
  /** Days (or any time) pass at once, for links to expire. */
  advance(ms: number): void;
}

export function steppedClock(start = Date.now()): SteppedClock {
  let now = start;
  return {
    now: () => now,
    async sleep(ms) {
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
      now += Math.max(0, ms);
    },
    advance(ms) {
      now += ms;
    },
  };
}

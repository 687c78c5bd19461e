// One clock for the reconciler and the emulated tenant that stands still until the test moves it: days pass at
// once for links to expire, and every step of a run happens at one instant, so a mail is worded at the very
// instant its link was issued and what a test compares does not depend on how fast or loaded the machine is.
// Sleeps still wait (in real time), so polls and timers behave; give the run a rate budget it never has to wait
// for (a pacer waiting on a clock that stands still would wait forever).
import type { Clock } from '../../reconciler/clock';

export interface SteppedClock extends Clock {
  /** Time passes at once, for links to expire. */
  advance(ms: number): void;
}

export function steppedClock(start = Date.now()): SteppedClock {
  let now = start;
  return {
    now: () => now,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms))),
    advance(ms) {
      now += ms;
    },
  };
}

// Time scaling for runs at a real plan's limits that would take too long: the emulated tenant and the reconciler
// share one clock that runs `factor` times faster than real time. The reconciler is told the plan's real limits and
// the tenant enforces exactly those, per second of that clock; every wait (pacing, flush age, lease renewal, job
// polls, retries, job latency) is on the same clock, so all of them scale by the same factor.
import type { Clock } from '../../reconciler/clock';
import { systemClock } from '../../reconciler/clock';
import type { EmulatorOptions } from '../../emulator/index';
import { scaledNow } from '../../emulator/simulation/time-scale';

export interface TimeScale {
  /** Virtual seconds per real second. */
  factor: number;
  /** Epoch ms at which virtual and real time agree. */
  origin: number;
}

export function timeScale(factor: number): TimeScale {
  return { factor, origin: performance.timeOrigin + performance.now() };
}

/** The reconciler's clock at this scale (pass it to run()). */
export function scaledClock(scale: TimeScale): Clock {
  return { now: scaledNow(scale.factor, scale.origin), sleep: (ms, signal) => systemClock.sleep(ms / scale.factor, signal) };
}

/** The emulator's options for the same clock. */
export function tenantTime(scale: TimeScale): Pick<EmulatorOptions, 'timeScale' | 'timeOrigin'> {
  return { timeScale: scale.factor, timeOrigin: scale.origin };
}

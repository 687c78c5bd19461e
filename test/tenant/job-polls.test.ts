// Job polls: spaced by the pace, then as long as the job says it still needs, else doubling.
import { describe, expect, it } from 'vitest';
import { nextPollDelay, POLL_EVERY_REQUESTS, pollFloorMs } from '../../reconciler/tenant/job-polls';

describe('job polls', () => {
  it('never poll one job more often than once per 10 requests\' worth of time at the pace, nor under 200 ms', () => {
    expect(POLL_EVERY_REQUESTS).toBe(10);
    expect(pollFloorMs(1)).toBe(10_000); // Free at share 0.5
    expect(pollFloorMs(1.25)).toBe(8_000); // Essentials at share 0.5
    expect(pollFloorMs(8)).toBe(1_250); // Enterprise at share 0.5
    expect(pollFloorMs(1000)).toBe(200);
  });

  it('wait as long as a processing job says it still needs, or twice the last wait, never under the floor', () => {
    expect(nextPollDelay(1250, { timeLeftSeconds: 42 }, 1250)).toBe(42_000);
    expect(nextPollDelay(1250, { timeLeftSeconds: 0 }, 1250)).toBe(1250);
    expect(nextPollDelay(1250, {}, 1250)).toBe(2500);
    expect(nextPollDelay(20_000, {}, 1250)).toBe(30_000);
    expect(nextPollDelay(80_000, {}, 10_000)).toBe(100_000); // Free: a long job without an estimate, every 100 requests' time
    expect(nextPollDelay(1250, { timeLeftSeconds: 3600 }, 1250)).toBe(300_000);
  });
});

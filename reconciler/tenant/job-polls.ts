// When to look at a running job again. Every poll is a request taken from the same budget as the tickets, so polls
// are spaced by the pace (at most one per POLL_EVERY_REQUESTS requests' worth of time while a job runs), and
// otherwise follow the job: as long as it says it still needs (`time_left_seconds` while processing), or doubling
// while it says nothing, up to 30 s or ten times the floor (a slow tenant's long job is not polled every 30 s). A
// job that takes longer than the first look costs two or three polls, whatever the pace. The price: a job that
// ends early is seen up to one floor late (10 requests' time), so a tiny apply takes a second or two longer.

/** A poll may take at most one request slot in this many (at the configured pace) while its job runs. */
export const POLL_EVERY_REQUESTS = 10;
/**
 * Polls a job takes, as the plan's estimate counts them: one when it should be done and, at a fast pace (where
 * the floor is short), one more as it says.
 */
export const EXPECTED_POLLS_PER_JOB = 2;
/** The shortest wait before a poll, however fast the pace. */
const MIN_POLL_MS = 200;
/** The longest wait between polls of a job that gives no time estimate (or ten floors, when longer). */
const MAX_BACKOFF_MS = 30_000;
/** The longest wait on a job's own estimate (it may be wrong). */
const MAX_ESTIMATE_MS = 5 * 60_000;

/** The shortest wait between two polls of one job at this pace (requests per second). */
export function pollFloorMs(requestsPerSecond: number): number {
  return Math.max(MIN_POLL_MS, (POLL_EVERY_REQUESTS / Math.max(requestsPerSecond, 0.001)) * 1000);
}

/** What a poll saw of a job that has not ended. */
export interface RunningJob {
  /** Seconds the job says it still needs (Auth0 sends `time_left_seconds` while processing). */
  timeLeftSeconds?: number;
}

/** The wait before the next poll: the job's own estimate, or twice the last wait; never under the floor. */
export function nextPollDelay(previousMs: number, job: RunningJob, floorMs: number): number {
  const maxBackoffMs = Math.max(MAX_BACKOFF_MS, 10 * floorMs);
  const wanted = job.timeLeftSeconds !== undefined ? Math.min(job.timeLeftSeconds * 1000, MAX_ESTIMATE_MS) : Math.min(previousMs * 2, maxBackoffMs);
  return Math.max(floorMs, wanted);
}

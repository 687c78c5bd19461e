import type { Clock } from '../clock';

/** What a Management API response says about the tenant's rate limit (https://auth0.com/docs/troubleshoot/customer-support/operational-policies/rate-limit-policy/management-api-endpoint-rate-limits). */
export interface RateLimitHeaders {
  /** Bucket size. */
  limit?: number;
  remaining?: number;
  /** UNIX epoch seconds when more requests are added. */
  reset?: number;
}

export interface PacerOptions {
  /** The tenant's sustained Management API rate (requests per second). */
  perSecond: number;
  /** The tenant's burst (bucket size). */
  burst: number;
  /** Share (0..1] of that budget this process may use; the rest is left to the tenant's real traffic. */
  share: number;
  clock: Clock;
}

/**
 * Client-side pacing: a token bucket at `share` of the tenant's limit, kept as a GCRA (a theoretical arrival
 * time). Callers go in turn, each taking its slot only when it may go, and looking again when it wakes: after a
 * stall (a busy event loop, a slow disk) the waiting callers go at most a burst at a time, never all at once. The
 * server's own headers can only slow it down further: an empty bucket or a 429 holds every caller until the bucket
 * refills.
 */
export class Pacer {
  private readonly intervalMs: number;
  private readonly toleranceMs: number;
  private theoreticalArrival = 0;
  private holdUntil = 0;
  /** Whether a caller is taking its slot; the others wait in line, in order. */
  private serving = false;
  private readonly inLine: Array<() => void> = [];
  /** How often the tenant's bucket gains a request: the wait after it ran dry. */
  readonly refillMs: number;

  constructor(private readonly options: PacerOptions) {
    // A little headroom below the configured figures absorbs timer jitter and arrival bunching, so a client
    // given the whole limit (share 1) keeps the server's bucket above empty instead of sitting on the edge.
    const rate = Math.max(options.perSecond * options.share * RATE_HEADROOM, 0.001);
    this.intervalMs = 1000 / rate;
    const burst = Math.max(1, Math.floor(options.burst * options.share * BURST_HEADROOM));
    // A burst of one allows no slack at all, so every late timer would be rate lost for good (Free at share 0.5:
    // 1 request a second). Where the tenant's bucket holds more than ours, a quarter interval of slack lets a late
    // request's successor catch up; two requests still come at least 3/4 of an interval apart.
    const slack = burst < options.burst ? this.intervalMs / 4 : 0;
    this.toleranceMs = Math.max((burst - 1) * this.intervalMs, slack);
    this.refillMs = 1000 / Math.max(options.perSecond, 0.001);
  }

  /** Resolves when one more request may be sent. Callers are served in turn; only the first in line waits. */
  async acquire(): Promise<void> {
    if (this.serving) await new Promise<void>((turn) => this.inLine.push(turn));
    else this.serving = true;
    try {
      await this.takeSlot();
    } finally {
      const next = this.inLine.shift();
      if (next) next();
      else this.serving = false;
    }
  }

  private async takeSlot(): Promise<void> {
    const { clock } = this.options;
    for (;;) {
      const now = clock.now();
      if (this.holdUntil > now) {
        await clock.sleep(this.holdUntil - now);
        continue;
      }
      const arrival = Math.max(this.theoreticalArrival, now);
      const wait = arrival - this.toleranceMs - now;
      if (wait <= 0) {
        this.theoreticalArrival = arrival + this.intervalMs;
        return;
      }
      // Looked at again on waking: a late wake-up takes the slot it finds then, not the one it was promised.
      await clock.sleep(wait);
    }
  }

  /**
   * Learns from a response: an empty server-side bucket holds everyone until it refills. `x-ratelimit-reset`
   * is whole epoch seconds, so it is an upper bound: the bucket gains a request every `refillMs`.
   */
  observe(headers: RateLimitHeaders): void {
    if (headers.remaining === 0 && headers.reset !== undefined) {
      this.hold(Math.min(headers.reset * 1000, this.options.clock.now() + this.refillMs));
    }
  }

  /** Holds every caller until `epochMs` (after a 429, or an empty bucket). */
  hold(epochMs: number): void {
    const now = this.options.clock.now();
    // Never hold longer than a minute on one header.
    this.holdUntil = Math.max(this.holdUntil, Math.min(epochMs, now + 60_000));
  }
}

/** Share of the configured rate and burst actually used (see the constructor). */
const RATE_HEADROOM = 0.99;
const BURST_HEADROOM = 0.9;

export function readRateLimitHeaders(headers: Headers): RateLimitHeaders {
  const num = (name: string): number | undefined => {
    const value = headers.get(name);
    if (value === null || value.trim() === '') return undefined;
    const parsed = Number(value);
    return Number.isFinite(parsed) ? parsed : undefined;
  };
  return { limit: num('x-ratelimit-limit'), remaining: num('x-ratelimit-remaining'), reset: num('x-ratelimit-reset') };
}

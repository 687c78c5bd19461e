// One token bucket per tenant (auth0-facts.md §5): the burst is the bucket size, the sustained rate refills it
// continuously. `x-ratelimit-reset` is epoch seconds of when the next request token is available.

export interface RateLimitSetting {
  burst: number;
  perSecond: number;
}

export const DEFAULT_RATE_LIMIT: RateLimitSetting = { burst: 50, perSecond: 16 };

/** Parses `BURST/PER_SECOND` (e.g. `50/16`) or `off`. */
export function parseRateLimit(spec: string): RateLimitSetting | 'off' {
  const trimmed = spec.trim();
  if (trimmed === 'off' || trimmed === 'none') return 'off';
  const match = /^(\d+(?:\.\d+)?)\/(\d+(?:\.\d+)?)$/.exec(trimmed);
  if (!match) throw new Error(`invalid rate limit "${spec}": expected BURST/PER_SECOND (e.g. 50/16) or off`);
  const burst = Number(match[1]);
  const perSecond = Number(match[2]);
  if (burst < 1 || perSecond <= 0) throw new Error(`invalid rate limit "${spec}": burst must be >= 1 and rate > 0`);
  return { burst, perSecond };
}

export interface RateLimitVerdict {
  allowed: boolean;
  headers: { 'x-ratelimit-limit': string; 'x-ratelimit-remaining': string; 'x-ratelimit-reset': string };
}

export class TokenBucket {
  private tokens: number;
  private updatedAt: number;

  constructor(
    private setting: RateLimitSetting | 'off',
    private readonly now: () => number,
  ) {
    this.tokens = setting === 'off' ? 0 : setting.burst;
    this.updatedAt = now();
  }

  configure(setting: RateLimitSetting | 'off'): void {
    this.setting = setting;
    this.tokens = setting === 'off' ? 0 : setting.burst;
    this.updatedAt = this.now();
  }

  get current(): RateLimitSetting | 'off' {
    return this.setting;
  }

  /** Takes one token when `consume`; otherwise only reports (the token endpoint shows headers, spends nothing). */
  take(consume: boolean): RateLimitVerdict {
    const now = this.now();
    if (this.setting === 'off') {
      // Headers still appear so clients can rely on them; a large constant bucket that never empties.
      return { allowed: true, headers: headers(1_000_000, 1_000_000, Math.ceil(now / 1000)) };
    }
    const { burst, perSecond } = this.setting;
    this.tokens = Math.min(burst, this.tokens + ((now - this.updatedAt) / 1000) * perSecond);
    this.updatedAt = now;
    let allowed = true;
    if (consume) {
      if (this.tokens >= 1) this.tokens -= 1;
      else allowed = false;
    }
    const missing = Math.max(0, 1 - this.tokens);
    const nextTokenAt = now + (missing / perSecond) * 1000;
    // At least the next whole second: clients compute `reset*1000 - now` and must never get a negative wait.
    const reset = Math.max(Math.ceil(nextTokenAt / 1000), Math.floor(now / 1000) + 1);
    return { allowed, headers: headers(burst, Math.floor(this.tokens), reset) };
  }
}

function headers(limit: number, remaining: number, reset: number): RateLimitVerdict['headers'] {
  return {
    'x-ratelimit-limit': String(limit),
    'x-ratelimit-remaining': String(remaining),
    'x-ratelimit-reset': String(reset),
  };
}

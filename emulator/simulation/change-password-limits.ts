// The Authentication API's change-password limits (auth0-facts.md §5), apart from the Management API's buckets:
// one token bucket per tenant (by plan: Free 300 per minute, Essentials 25/s, Enterprise 100/s) and one per IP
// and email address (a burst of 10, then 1 per minute). Answers carry the `x-ratelimit-*` headers of the bucket
// that refused, else of the tenant's.
import { parseRateLimit, TokenBucket, type BucketLimit, type RateLimitHeaders } from './rate-limit';

/** Auth0 publishes no burst for this endpoint: a minute's (Free) or a second's worth. */
export const CHANGE_PASSWORD_PLANS: Record<string, BucketLimit> = {
  free: { burst: 300, perSecond: 300 / 60, refillEveryMs: 1000 },
  essentials: { burst: 25, perSecond: 25, refillEveryMs: 0 },
  enterprise: { burst: 100, perSecond: 100, refillEveryMs: 0 },
  'enterprise-nonprod': { burst: 100, perSecond: 100, refillEveryMs: 0 },
};

/** Per IP and email: a burst of 10, then 1 per minute. */
export const PER_EMAIL_LIMIT: BucketLimit = { burst: 10, perSecond: 1 / 60, refillEveryMs: 1000 };

/** A plan name (this endpoint's limit of that plan), `BURST/PER_SECOND`, or `off`. */
export function parseChangePasswordLimit(spec: string): BucketLimit | 'off' {
  const plan = CHANGE_PASSWORD_PLANS[spec.trim()];
  if (plan) return plan;
  // Every plan name is taken above: what is left is a bucket or `off`, read as for the Management API.
  const parsed = parseRateLimit(spec);
  return parsed === 'off' ? 'off' : parsed.apiWide!;
}

/** More addresses than this and the per-address buckets start afresh (a bounded map, not a leak). */
const MAX_TRACKED = 100_000;

export interface ChangePasswordVerdict {
  allowed: boolean;
  headers?: RateLimitHeaders;
}

export class ChangePasswordLimits {
  private tenant: TokenBucket | undefined;
  private readonly perEmail = new Map<string, TokenBucket>();

  constructor(
    private readonly limit: BucketLimit | 'off',
    private readonly now: () => number,
  ) {
    this.reset();
  }

  /** Spends one request of the tenant's bucket, then one of the address's. */
  take(ip: string, email: string): ChangePasswordVerdict {
    if (this.tenant && !this.tenant.take(true)) return { allowed: false, headers: this.tenant.headers() };
    const key = `${ip}\n${email}`;
    let bucket = this.perEmail.get(key);
    if (!bucket) {
      if (this.perEmail.size >= MAX_TRACKED) this.perEmail.clear();
      bucket = new TokenBucket(PER_EMAIL_LIMIT, this.now);
      this.perEmail.set(key, bucket);
    }
    if (!bucket.take(true)) return { allowed: false, headers: bucket.headers() };
    return { allowed: true, ...(this.tenant ? { headers: this.tenant.headers() } : {}) };
  }

  reset(): void {
    this.perEmail.clear();
    this.tenant = this.limit === 'off' ? undefined : new TokenBucket(this.limit, this.now);
  }
}

// The Authentication API's change-password limits (auth0-facts.md §5), apart from the Management API's bucket:
// one token bucket per tenant (by plan: Free 300 per minute, Essentials 25/s, Enterprise 100/s) and one per IP
// and email address (a burst of 10, then 1 per minute). Answers carry that bucket's `x-ratelimit-*` headers.
import { TokenBucket, type RateLimitSetting, type RateLimitVerdict } from './rate-limit';

/** Enterprise: 100 per second, a second's worth of burst (Auth0 publishes no burst for it). */
export const DEFAULT_CHANGE_PASSWORD_LIMIT: RateLimitSetting = { burst: 100, perSecond: 100 };
/** Per IP and email: a burst of 10, then 1 per minute. */
export const PER_EMAIL_LIMIT: RateLimitSetting = { burst: 10, perSecond: 1 / 60 };

/** More addresses than this and buckets that have refilled are forgotten (they would answer like new ones). */
const MAX_TRACKED = 100_000;

export class ChangePasswordLimits {
  readonly tenant: TokenBucket;
  private readonly perEmail = new Map<string, TokenBucket>();

  constructor(
    setting: RateLimitSetting | 'off',
    private readonly now: () => number,
  ) {
    this.tenant = new TokenBucket(setting, now);
  }

  /** Spends one request of the tenant's bucket, then one of the address's; the verdict of the first that refuses. */
  take(ip: string, email: string): RateLimitVerdict {
    const tenant = this.tenant.take(true);
    if (!tenant.allowed) return tenant;
    const key = `${ip}\n${email}`;
    let bucket = this.perEmail.get(key);
    if (!bucket) {
      if (this.perEmail.size >= MAX_TRACKED) this.perEmail.clear();
      bucket = new TokenBucket(PER_EMAIL_LIMIT, this.now);
      this.perEmail.set(key, bucket);
    }
    const own = bucket.take(true);
    return own.allowed ? tenant : own;
  }

  reset(): void {
    this.perEmail.clear();
    this.tenant.configure(this.tenant.current);
  }
}

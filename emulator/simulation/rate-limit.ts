// The tenant's Management API rate limit as Auth0's plans state it (https://auth0.com/docs/troubleshoot/customer-support/operational-policies/rate-limit-policy/management-api-endpoint-rate-limits): token buckets whose burst
// is the bucket size and whose sustained rate refills it; per-second buckets refill continuously (Auth0: every
// millisecond), per-minute buckets once a second. A plan has an API-wide bucket (Free, Enterprise), endpoint
// buckets (Essentials: the users endpoints, and one for "all other endpoints combined"), or both. A request spends
// from the API-wide bucket first, then from its endpoint's, as Auth0 checks them; a token spent on the first stays
// spent when the second refuses. Every answer carries `x-ratelimit-limit` (the bucket size), `-remaining` and
// `-reset` (epoch seconds when more requests are added) of the bucket that refused, else of the one with the
// fewest requests left.

/** The simple form `BURST/PER_SECOND`: one API-wide per-second bucket. */
export interface RateLimitSetting {
  burst: number;
  perSecond: number;
}

export interface BucketLimit {
  burst: number;
  /** Sustained rate, in requests per second (a per-minute limit divided by 60). */
  perSecond: number;
  /** 0: refilled continuously (per-second limits); 1000: refilled once a second (per-minute limits). */
  refillEveryMs: 0 | 1000;
}

/** Which endpoint bucket a request falls in. */
export type EndpointClass = 'users-read' | 'users-write' | 'users-delete' | 'other';

export interface RatePlan {
  /** `free`, `essentials`, `enterprise`, `enterprise-nonprod`, or `BURST/PER_SECOND`. */
  name: string;
  apiWide?: BucketLimit;
  /** Endpoint buckets; `other` is "all other endpoints combined". Classes without a bucket spend only API-wide. */
  endpoints: Partial<Record<EndpointClass, BucketLimit>>;
}

const perSecond = (burst: number, rate: number): BucketLimit => ({ burst, perSecond: rate, refillEveryMs: 0 });
const perMinute = (burst: number, rate: number): BucketLimit => ({ burst, perSecond: rate / 60, refillEveryMs: 1000 });

/** Auth0's public plans (rate-limit-configurations/*, as summarised in https://auth0.com/docs/troubleshoot/customer-support/operational-policies/rate-limit-policy/management-api-endpoint-rate-limits). */
export const PLANS: Record<string, RatePlan> = {
  free: { name: 'free', apiWide: perSecond(2, 2), endpoints: {} },
  essentials: {
    name: 'essentials',
    endpoints: { 'users-read': perMinute(40, 500), 'users-write': perMinute(20, 200), 'users-delete': perMinute(20, 200), other: perMinute(10, 150) },
  },
  enterprise: { name: 'enterprise', apiWide: perSecond(50, 16), endpoints: {} },
  'enterprise-nonprod': { name: 'enterprise-nonprod', apiWide: perSecond(10, 2), endpoints: {} },
};

export const DEFAULT_RATE_LIMIT: RatePlan = PLANS.enterprise!;

/** Parses a plan name, `BURST/PER_SECOND` (e.g. `50/16`) or `off`. */
export function parseRateLimit(spec: string): RatePlan | 'off' {
  const trimmed = spec.trim();
  if (trimmed === 'off' || trimmed === 'none') return 'off';
  const plan = PLANS[trimmed];
  if (plan) return plan;
  const match = /^(\d+(?:\.\d+)?)\/(\d+(?:\.\d+)?)$/.exec(trimmed);
  if (!match) throw new Error(`invalid rate limit "${spec}": expected ${Object.keys(PLANS).join(', ')}, BURST/PER_SECOND (e.g. 50/16) or off`);
  return simplePlan({ burst: Number(match[1]), perSecond: Number(match[2]) });
}

export function simplePlan({ burst, perSecond: rate }: RateLimitSetting): RatePlan {
  if (burst < 1 || rate <= 0) throw new Error(`invalid rate limit "${burst}/${rate}": burst must be >= 1 and rate > 0`);
  return { name: `${burst}/${rate}`, apiWide: perSecond(burst, rate), endpoints: {} };
}

/** The users endpoints have buckets of their own on some plans; everything else is "all other endpoints". */
export function endpointClass(method: string, path: string): EndpointClass {
  if (!/^\/api\/v2\/users(\/|$)/.test(path)) return 'other';
  if (method === 'GET' || method === 'HEAD') return 'users-read';
  return method === 'DELETE' ? 'users-delete' : 'users-write';
}

export type RateLimitHeaders = Record<'x-ratelimit-limit' | 'x-ratelimit-remaining' | 'x-ratelimit-reset', string>;

export interface RateLimitVerdict {
  allowed: boolean;
  headers: RateLimitHeaders;
}

/** One token bucket on the tenant's clock. */
export class TokenBucket {
  private tokens: number;
  private updatedAt: number;

  constructor(
    readonly limit: BucketLimit,
    private readonly now: () => number,
  ) {
    this.tokens = limit.burst;
    this.updatedAt = now();
  }

  /** Takes one token when `consume` and one is there; says whether it did. */
  take(consume: boolean): boolean {
    this.refill();
    if (!consume) return true;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }

  get remaining(): number {
    return Math.floor(this.tokens);
  }

  headers(): RateLimitHeaders {
    const now = this.now();
    const { burst, perSecond: rate, refillEveryMs } = this.limit;
    let reset: number;
    if (refillEveryMs === 0) {
      const nextTokenAt = now + (Math.max(0, 1 - this.tokens) / rate) * 1000;
      // At least the next whole second: clients compute `reset*1000 - now` and must never get a negative wait.
      reset = Math.max(Math.ceil(nextTokenAt / 1000), Math.floor(now / 1000) + 1);
    } else {
      // Tokens come at whole seconds: the next one, or as many as it takes to reach one token.
      reset = Math.floor(now / 1000) + Math.max(1, Math.ceil((1 - this.tokens) / rate));
    }
    return { 'x-ratelimit-limit': String(burst), 'x-ratelimit-remaining': String(this.remaining), 'x-ratelimit-reset': String(reset) };
  }

  private refill(): void {
    const now = this.now();
    const { burst, perSecond: rate, refillEveryMs } = this.limit;
    const gained = refillEveryMs === 0 ? ((now - this.updatedAt) / 1000) * rate : (Math.floor(now / 1000) - Math.floor(this.updatedAt / 1000)) * rate;
    this.tokens = Math.min(burst, this.tokens + Math.max(0, gained));
    this.updatedAt = now;
  }
}

/** The tenant's buckets under one plan, or none (`off`). */
export class RateLimiter {
  private apiWide: TokenBucket | undefined;
  private endpoints = new Map<EndpointClass, TokenBucket>();

  constructor(
    private plan: RatePlan | 'off',
    private readonly now: () => number,
  ) {
    this.configure(plan);
  }

  /** Switches to another plan with full buckets. */
  configure(plan: RatePlan | 'off'): void {
    this.plan = plan;
    this.apiWide = plan !== 'off' && plan.apiWide ? new TokenBucket(plan.apiWide, this.now) : undefined;
    this.endpoints = new Map();
    if (plan === 'off') return;
    for (const [kind, limit] of Object.entries(plan.endpoints) as [EndpointClass, BucketLimit][]) this.endpoints.set(kind, new TokenBucket(limit, this.now));
  }

  get current(): RatePlan | 'off' {
    return this.plan;
  }

  /**
   * One request: spends a token from each bucket it falls in, unless `consume` is false (the token endpoint shows
   * the tenant's headers but spends nothing). 429 when a bucket is empty.
   */
  take(request: { method: string; path: string }, consume: boolean): RateLimitVerdict {
    if (this.plan === 'off') {
      // Headers still appear so clients can rely on them; a large constant bucket that never empties.
      const reset = String(Math.ceil(this.now() / 1000));
      return { allowed: true, headers: { 'x-ratelimit-limit': '1000000', 'x-ratelimit-remaining': '1000000', 'x-ratelimit-reset': reset } };
    }
    const buckets = [this.apiWide, this.endpoints.get(endpointClass(request.method, request.path))].filter((b): b is TokenBucket => b !== undefined);
    for (const bucket of buckets) {
      if (!bucket.take(consume)) return { allowed: false, headers: bucket.headers() };
    }
    const tightest = buckets.reduce<TokenBucket | undefined>((least, b) => (least === undefined || b.remaining < least.remaining ? b : least), undefined);
    return { allowed: true, headers: tightest?.headers() ?? { 'x-ratelimit-limit': '0', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '0' } };
  }
}

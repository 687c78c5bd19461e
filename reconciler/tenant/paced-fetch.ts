import type { Clock } from '../clock';
import { describeNetworkError, isPermanentNetworkFailure, networkCauseOf, type NetworkCause } from '../network-errors';
import { readRateLimitHeaders, type Pacer } from './pacer';

/**
 * The reconciler owns its retry policy: the SDK's own retries are off (it would resend POSTs blindly),
 * and every request of the SDK, the token request included, goes through this fetch. It
 * - sends requests for `https://<AUTH0_DOMAIN>` to `baseUrl` when one is set (the emulator),
 * - paces them with the shared Pacer and learns from `x-ratelimit-*` headers,
 * - retries 429 (never giving up on those within `patienceMs`), 5xx and dropped connections with backoff, but not a
 *   name that does not resolve or a certificate that does not verify, and names the setting, host and cause of a
 *   connection that keeps failing (network-errors.ts).
 * Retrying a POST is safe for this tool: tickets are only mailed once a response arrives, imports of
 * existing users come back as DUPLICATED_USER (handled), and bookkeeping upserts are idempotent.
 */
export interface PacedFetchOptions {
  /** `https://<AUTH0_DOMAIN>`: the origin the SDK calls. */
  origin: string;
  /** Where to send those requests instead (AUTH0_BASE_URL), e.g. `http://127.0.0.1:4010`. */
  baseUrl?: string;
  /** The setting that points at the tenant, named in network errors: AUTH0_BASE_URL or AUTH0_DOMAIN. */
  variable?: string;
  pacer: Pacer;
  clock: Clock;
  /** Attempts for 5xx and network errors (429s are retried for as long as `patienceMs`). */
  maxAttempts?: number;
  /** How long to keep retrying 429s before giving up. */
  patienceMs?: number;
  /** Per-attempt timeout. */
  timeoutMs?: number;
  /** Jitter source in [0, 1); injectable for deterministic tests. */
  random?: () => number;
  /** Called once per attempt, with the status (or 0 for a network error). */
  onAttempt?: (attempt: { method: string; path: string; status: number }) => void;
  /** Told about each retry, without URLs' query strings or bodies (they may hold personal data). */
  onRetry?: (info: RetryInfo) => void;
}

export interface RetryInfo {
  method: string;
  path: string;
  /** The HTTP status, or 0 when the connection failed. */
  status: number;
  waitMs: number;
  /** Why the connection failed, when it did. */
  network?: NetworkCause;
}

const RETRYABLE = (status: number): boolean => status === 408 || status === 429 || status >= 500;

export function createPacedFetch(options: PacedFetchOptions): typeof fetch {
  const maxAttempts = options.maxAttempts ?? 6;
  const patienceMs = options.patienceMs ?? 15 * 60_000;
  const timeoutMs = options.timeoutMs ?? 60_000;
  const random = options.random ?? Math.random;
  const { clock, pacer } = options;

  const rewrite = (url: string): string =>
    options.baseUrl && url.startsWith(options.origin) ? options.baseUrl.replace(/\/$/, '') + url.slice(options.origin.length) : url;

  const pacedFetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request ? input : undefined;
    const url = rewrite(request ? request.url : input.toString());
    const method = (init?.method ?? request?.method ?? 'GET').toUpperCase();
    const path = new URL(url).pathname;
    // A streamed body can be sent once only: buffer it so that a retry sends the same bytes.
    let body = init?.body ?? (request ? await request.arrayBuffer() : undefined);
    if (body instanceof ReadableStream) body = await new Response(body).arrayBuffer();
    const headers = new Headers(init?.headers ?? request?.headers);
    const started = clock.now();

    // 429s say "not processed, come back later": they are waited out, not counted against maxAttempts.
    let failures = 0;
    let busyRetries = 0;
    for (;;) {
      await pacer.acquire();
      let response: Response | undefined;
      let networkError: unknown;
      try {
        response = await fetch(url, { method, headers, body, signal: AbortSignal.timeout(timeoutMs) });
      } catch (error) {
        networkError = error;
      }
      const status = response?.status ?? 0;
      options.onAttempt?.({ method, path, status });
      if (response) pacer.observe(readRateLimitHeaders(response.headers));
      if (response && !RETRYABLE(status)) return response;

      // A 429 with tokens left is not the rate limit but another one, such as Auth0's two concurrent import
      // jobs: it backs off on its own (slowly growing) schedule and must not hold everyone else's requests.
      const tooMany = status === 429;
      const busy = tooMany && (readRateLimitHeaders(response!.headers).remaining ?? 0) > 0;
      if (busy) busyRetries++;
      else if (!tooMany) failures++;
      const outOfAttempts = tooMany ? clock.now() - started > patienceMs : failures >= maxAttempts;
      if (outOfAttempts || (!response && isPermanentNetworkFailure(networkError))) {
        if (response) return response;
        throw describeNetworkError(networkError, { variable: options.variable ?? 'the Management API', host: new URL(url).host });
      }
      const waitMs = busy ? busyDelay(busyRetries, random) : retryDelay(response, Math.max(1, failures), clock.now(), random, pacer.refillMs);
      if (tooMany && !busy) pacer.hold(clock.now() + waitMs);
      // Drain the body so the connection can be reused.
      await response?.arrayBuffer().catch(() => undefined);
      options.onRetry?.({ method, path, status, waitMs, ...(response ? {} : { network: networkCauseOf(networkError).reason }) });
      await clock.sleep(waitMs);
    }
  };
  return pacedFetch as typeof fetch;
}

/**
 * Retry-After first; then, for an empty bucket, the rate-limit reset (epoch seconds; with `refillMs` known, no
 * longer than a couple of refills, since whole seconds overstate the wait); then exponential backoff with jitter.
 */
export function retryDelay(response: Response | undefined, attempt: number, nowMs: number, random: () => number, refillMs?: number): number {
  const cap = 30_000;
  const retryAfter = response?.headers.get('retry-after');
  if (retryAfter) {
    const seconds = Number(retryAfter);
    const at = Number.isFinite(seconds) ? nowMs + seconds * 1000 : Date.parse(retryAfter);
    if (Number.isFinite(at)) return Math.min(cap, Math.max(0, at - nowMs));
  }
  if (response?.status === 429) {
    const { remaining, reset } = readRateLimitHeaders(response.headers);
    if (remaining === 0 && reset !== undefined) {
      const untilReset = Math.max(0, reset * 1000 - nowMs);
      const wait = refillMs === undefined ? untilReset : Math.min(untilReset, 2 * refillMs);
      return Math.min(cap, wait) + random() * Math.min(100, 2 * (refillMs ?? 50));
    }
  }
  const base = Math.min(cap, 250 * 2 ** (attempt - 1));
  return base * (0.8 + random() * 0.4);
}

/** Waiting for a busy resource (an import slot): 1 s, 2 s, 4 s … up to 30 s, with jitter. */
export function busyDelay(retry: number, random: () => number): number {
  return Math.min(30_000, 1000 * 2 ** (retry - 1)) * (0.8 + random() * 0.4);
}

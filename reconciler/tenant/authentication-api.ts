// The Authentication API's change-password call (`POST /dbconnections/change_password`), the one request of
// `mail.delivery: auth0`: Auth0 then sends its own Change Password email. The auth0 SDK (v7) has no
// Authentication API client, and this endpoint's limits are not the Management API's (auth0-facts.md §5): per
// tenant by plan, and per IP and email a burst of 10, then 1 per minute. So it has its own pacer, at its own
// share of the tenant's limit, and its own answer to a 429: wait until the limit says (Retry-After, else
// x-ratelimit-reset: up to a minute for one address), holding everyone else only for a short, tenant-wide wait.
import type { Clock } from '../clock';
import type { TenantCredentials } from '../environment';
import { describeNetworkError, isPermanentNetworkFailure } from '../network-errors';
import { Pacer, readRateLimitHeaders } from './pacer';

export interface AuthenticationApiOptions {
  credentials: Pick<TenantCredentials, 'domain' | 'baseUrl'>;
  /** The tenant's change-password limit (requests per second) and this tool's share of it. */
  rate: { perSecond: number; share: number };
  clock: Clock;
  /** Attempts for 5xx and dropped connections (429s are waited out for as long as `patienceMs`). */
  maxAttempts?: number;
  patienceMs?: number;
  timeoutMs?: number;
  random?: () => number;
  onRetry?: (info: { status: number; waitMs: number }) => void;
}

export interface ChangePasswordRequest {
  clientId: string;
  email: string;
  /** The database connection's name (not its id). */
  connection: string;
}

export interface AuthenticationApi {
  changePassword(request: ChangePasswordRequest): Promise<void>;
  /** Requests sent, every attempt counted. */
  readonly requests: { total: number };
}

/** The Authentication API refused a change-password request; says which invitee's and why (never a link). */
export class ChangePasswordError extends Error {
  constructor(
    readonly email: string,
    readonly statusCode: number,
    readonly code: string | undefined,
    description: string,
  ) {
    super(`Auth0 refused to send the change-password email to ${email} (HTTP ${statusCode}${code ? ` ${code}` : ''}): ${description}`);
  }
}

/** A wait this short after a 429 is the tenant's bucket refilling: everyone waits. Longer ones are one address's. */
const TENANT_WAIT_MS = 2_000;
const MAX_WAIT_MS = 61_000;

export function openAuthenticationApi(options: AuthenticationApiOptions): AuthenticationApi {
  const { clock, credentials } = options;
  const maxAttempts = options.maxAttempts ?? 6;
  const patienceMs = options.patienceMs ?? 15 * 60_000;
  const timeoutMs = options.timeoutMs ?? 60_000;
  const random = options.random ?? Math.random;
  const origin = (credentials.baseUrl ?? `https://${credentials.domain}`).replace(/\/+$/, '');
  const url = `${origin}/dbconnections/change_password`;
  const variable = credentials.baseUrl ? 'AUTH0_BASE_URL' : 'AUTH0_DOMAIN';
  // The endpoint publishes no burst: allow one second's worth.
  const pacer = new Pacer({ perSecond: options.rate.perSecond, burst: Math.max(1, options.rate.perSecond), share: options.rate.share, clock });
  const requests = { total: 0 };

  async function changePassword({ clientId, email, connection }: ChangePasswordRequest): Promise<void> {
    const body = JSON.stringify({ client_id: clientId, email, connection });
    const started = clock.now();
    for (let failures = 0; ; ) {
      await pacer.acquire();
      let response: Response | undefined;
      let networkError: unknown;
      try {
        response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body, signal: AbortSignal.timeout(timeoutMs) });
      } catch (error) {
        networkError = error;
      }
      requests.total++;
      if (response?.ok) {
        await response.arrayBuffer().catch(() => undefined);
        return;
      }
      let waitMs: number;
      if (response?.status === 429) {
        waitMs = limitWait(response, clock.now(), pacer.refillMs) + random() * 100;
        if (clock.now() - started + waitMs > patienceMs) throw await refusal(email, response);
        if (waitMs <= TENANT_WAIT_MS) pacer.hold(clock.now() + waitMs);
      } else if (response === undefined || response.status >= 500) {
        failures++;
        if (failures >= maxAttempts || (response === undefined && isPermanentNetworkFailure(networkError))) {
          if (response) throw await refusal(email, response);
          throw describeNetworkError(networkError, { variable, host: new URL(url).host });
        }
        waitMs = Math.min(30_000, 250 * 2 ** (failures - 1)) * (0.8 + random() * 0.4);
      } else {
        throw await refusal(email, response);
      }
      await response?.arrayBuffer().catch(() => undefined);
      options.onRetry?.({ status: response?.status ?? 0, waitMs });
      await clock.sleep(waitMs);
    }
  }

  return { changePassword, requests };
}

/** How long a 429 asks to wait: Retry-After, else until x-ratelimit-reset (epoch seconds), within [refill, 61 s]. */
export function limitWait(response: Response, nowMs: number, refillMs: number): number {
  const retryAfter = Number(response.headers.get('retry-after') ?? Number.NaN);
  if (Number.isFinite(retryAfter)) return Math.min(MAX_WAIT_MS, Math.max(0, retryAfter * 1000));
  const { reset } = readRateLimitHeaders(response.headers);
  const untilReset = reset === undefined ? 1000 : reset * 1000 - nowMs;
  return Math.min(MAX_WAIT_MS, Math.max(refillMs, untilReset));
}

async function refusal(email: string, response: Response): Promise<ChangePasswordError> {
  const text = await response.text().catch(() => '');
  let parsed: { error?: unknown; error_description?: unknown; description?: unknown; message?: unknown } = {};
  try {
    parsed = JSON.parse(text) as typeof parsed;
  } catch {
    // Not JSON: the text itself (shortened) says it.
  }
  const description = [parsed.error_description, parsed.description, parsed.message].find((v) => typeof v === 'string') as string | undefined;
  const code = typeof parsed.error === 'string' ? parsed.error : undefined;
  return new ChangePasswordError(email, response.status, code, description ?? (text.slice(0, 200) || response.statusText || 'no reason given'));
}

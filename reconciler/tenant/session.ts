// The HTTP session with the Management API: one SDK client whose every request (the token request included) goes
// through the paced, retrying fetch, the access token's granted scopes, and a count of the requests sent.
import { ManagementClient } from 'auth0';
import type { Clock } from '../clock';
import { ConfigurationError, type TenantCredentials } from '../environment';
import { createPacedFetch, type RetryInfo } from './paced-fetch';
import { Pacer } from './pacer';

export interface RequestLog {
  /** Management API requests sent, every attempt counted (token request included). */
  total: number;
}

export interface ManagementSession {
  sdk: ManagementClient;
  /** Scopes granted to the access token (from the token response), or undefined when unknown. */
  scopes(): Promise<Set<string> | undefined>;
  requests: RequestLog;
}

export interface SessionOptions {
  clock: Clock;
  rate: { perSecond: number; burst: number; share: number };
  onRetry?: (info: RetryInfo) => void;
}

export function openManagementSession(credentials: TenantCredentials, options: SessionOptions): ManagementSession {
  const origin = `https://${credentials.domain}`;
  const pacer = new Pacer({ ...options.rate, clock: options.clock });
  const requests: RequestLog = { total: 0 };
  const fetch = createPacedFetch({
    origin,
    baseUrl: credentials.baseUrl,
    variable: credentials.baseUrl ? 'AUTH0_BASE_URL' : 'AUTH0_DOMAIN',
    pacer,
    clock: options.clock,
    onRetry: options.onRetry,
    onAttempt: () => {
      requests.total++;
    },
  });
  const tokens = credentials.apiToken ? staticToken(credentials.apiToken) : clientCredentials(credentials, origin, fetch, options.clock);
  const sdk = new ManagementClient({ domain: credentials.domain, fetch, maxRetries: 0, token: () => tokens.token() });
  return { sdk, scopes: () => tokens.scopes(), requests };
}

interface TokenSource {
  token(): Promise<string>;
  scopes(): Promise<Set<string> | undefined>;
}

function staticToken(token: string): TokenSource {
  return { token: async () => token, scopes: async () => scopesOfJwt(token) };
}

/**
 * The client-credentials grant, done here rather than by the SDK so that the token request is paced and
 * retried like every other request, and so that the granted scopes can be checked before any write.
 */
function clientCredentials(credentials: TenantCredentials, origin: string, fetch: typeof globalThis.fetch, clock: Clock): TokenSource {
  let current: { token: string; scopes?: Set<string>; expiresAt: number } | undefined;
  let pending: Promise<NonNullable<typeof current>> | undefined;
  const request = async (): Promise<NonNullable<typeof current>> => {
    const response = await fetch(`${origin}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: credentials.clientId!,
        client_secret: credentials.clientSecret!,
        audience: `${origin}/api/v2/`,
      }).toString(),
    });
    const body = (await response.json().catch(() => ({}))) as { access_token?: string; scope?: string; expires_in?: number; error_description?: string; message?: string };
    if (!response.ok || !body.access_token) {
      // The body of a failed token request names the problem (e.g. "Unauthorized"); it holds no secret.
      throw new ConfigurationError(`Authentication with the tenant failed (HTTP ${response.status}): ${body.error_description ?? body.message ?? 'no access token returned'}. Check AUTH0_CLIENT_ID and AUTH0_CLIENT_SECRET.`);
    }
    const scopes = typeof body.scope === 'string' ? new Set(body.scope.split(/\s+/).filter(Boolean)) : scopesOfJwt(body.access_token);
    return { token: body.access_token, scopes, expiresAt: clock.now() + Math.max(60, (body.expires_in ?? 86400) - 60) * 1000 };
  };
  const get = async (): Promise<NonNullable<typeof current>> => {
    if (current && clock.now() < current.expiresAt) return current;
    pending ??= request().finally(() => (pending = undefined));
    current = await pending;
    return current;
  };
  return { token: async () => (await get()).token, scopes: async () => (await get()).scopes };
}

/** The `scope` claim of a JWT access token, read without verification (the tenant verifies it). */
function scopesOfJwt(token: string): Set<string> | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { scope?: unknown };
    return typeof claims.scope === 'string' ? new Set(claims.scope.split(/\s+/).filter(Boolean)) : undefined;
  } catch {
    return undefined;
  }
}

// Shared test helpers: start an emulator, an auth0 SDK client pointed at it, raw HTTP with a token, and (from
// openapi-check.ts) response validation against the emulator's copy of Auth0's OpenAPI documents.
import { ManagementClient } from 'auth0';
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '../../emulator/index';

export const SDK_DOMAIN = 'tenant.local';

/** A bare tenant (no project config, no Action) with the rate limit off, unless the test says otherwise. */
export function startTestEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  return startEmulator({ configPath: null, actionPath: null, rateLimit: 'off', ...options });
}

/** Rewrites `https://tenant.local` (API and token endpoint alike) to the emulator's origin. */
export function redirectingFetch(emulatorUrl: string): typeof fetch {
  return (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    return fetch(url.replace(`https://${SDK_DOMAIN}`, emulatorUrl), init);
  };
}

export function sdkClient(emulator: RunningEmulator, credentials?: { clientId: string; clientSecret: string }, maxRetries = 0): ManagementClient {
  return new ManagementClient({
    domain: SDK_DOMAIN,
    clientId: credentials?.clientId ?? emulator.clientId,
    clientSecret: credentials?.clientSecret ?? emulator.clientSecret,
    fetch: redirectingFetch(emulator.url),
    maxRetries,
  });
}

export async function accessToken(emulator: RunningEmulator, clientId = emulator.clientId, clientSecret = emulator.clientSecret): Promise<string> {
  const response = await fetch(`${emulator.url}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret, audience: `https://${SDK_DOMAIN}/api/v2/` }),
  });
  if (response.status !== 200) throw new Error(`token request failed: ${response.status} ${await response.text()}`);
  const body = (await response.json()) as { access_token: string };
  return body.access_token;
}

/** Raw API call with a bearer token; JSON body when given an object. */
export async function api(emulator: RunningEmulator, token: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Response> {
  const init: RequestInit = { method, headers: { authorization: `Bearer ${token}`, ...headers } };
  if (body instanceof FormData) {
    init.body = body;
  } else if (body !== undefined) {
    init.body = typeof body === 'string' ? body : JSON.stringify(body);
    (init.headers as Record<string, string>)['content-type'] ??= 'application/json';
  }
  return fetch(`${emulator.url}${path}`, init);
}

export async function admin(emulator: RunningEmulator, method: string, path: string, body?: unknown): Promise<Response> {
  const init: RequestInit = { method };
  if (body !== undefined) {
    init.body = JSON.stringify(body);
    init.headers = { 'content-type': 'application/json' };
  }
  return fetch(`${emulator.url}${path}`, init);
}

/** Polls a job through the SDK until it stops being pending/processing. */
export async function waitForJob(client: ManagementClient, id: string): Promise<Awaited<ReturnType<ManagementClient['jobs']['get']>>> {
  for (let attempt = 0; attempt < 500; attempt += 1) {
    const job = await client.jobs.get(id);
    if (job.status !== 'pending' && job.status !== 'processing') return job;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`job ${id} did not finish`);
}

export function usersFile(users: unknown[]): Blob {
  return new Blob([JSON.stringify(users)], { type: 'application/json' });
}

export { expectComponentValid, expectOasValid } from './openapi-check';

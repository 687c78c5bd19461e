// The naive flow from the original forum thread, as the baseline the reconciler is measured against:
// token, connection look-up, a users-imports job (upsert=false) polled until done, then for every person one
// `GET /users-by-email` to learn the user_id and one password-change ticket by that user_id. Through the real
// auth0 SDK with the SDK's own token handling, its origin redirected to the emulator.
//
// Deviation from "one import job": Auth0 refuses files over 512,000 bytes, so a working naive script must cut
// the file too; it cuts at the same 500,000 bytes the reconciler uses. No mail is sent (it costs no request).
import { ManagementClient } from 'auth0';
import type { Invitee } from '../reconciler/model';

export interface NaiveOptions {
  /** The emulator's origin, e.g. http://127.0.0.1:4010. */
  url: string;
  clientId: string;
  clientSecret: string;
  connectionName: string;
  invitees: readonly Invitee[];
  /** Look-ups and tickets in flight at once (the reconciler's default ticket concurrency is 8). */
  concurrency?: number;
  /** Time between job polls. */
  pollMs?: number;
}

export interface NaiveOutcome {
  tickets: number;
  importJobs: number;
  /** People the flow could not find or ticket (should stay 0 against a clean tenant). */
  failures: number;
  wallMs: number;
}

const DOMAIN = 'tenant.naive.local';
const MAX_IMPORT_BYTES = 500_000;

/** Sends `https://tenant.naive.local/...` (API and token endpoint) to the emulator, as reconciler/tenant/session.ts does. */
function redirectingFetch(url: string): typeof fetch {
  const origin = `https://${DOMAIN}`;
  return (input, init) => {
    const href = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    return fetch(href.startsWith(origin) ? url + href.slice(origin.length) : href, init);
  };
}

interface NaiveRecord {
  email: string;
  email_verified: boolean;
  name?: string;
  given_name?: string;
  family_name?: string;
  user_metadata?: Record<string, unknown>;
  app_metadata?: Record<string, unknown>;
}

function recordOf(invitee: Invitee): NaiveRecord {
  return {
    email: invitee.email,
    email_verified: false,
    ...invitee.profile,
    ...(Object.keys(invitee.user_metadata).length > 0 ? { user_metadata: invitee.user_metadata } : {}),
    ...(Object.keys(invitee.app_metadata).length > 0 ? { app_metadata: invitee.app_metadata } : {}),
  };
}

/** Cuts records into JSON arrays of at most `maxBytes` bytes. */
export function chunkBySize<T>(records: readonly T[], maxBytes: number): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let bytes = 2; // "[" and "]"
  for (const record of records) {
    const size = Buffer.byteLength(JSON.stringify(record)) + 1; // and its comma
    if (current.length > 0 && bytes + size > maxBytes) {
      chunks.push(current);
      current = [];
      bytes = 2;
    }
    current.push(record);
    bytes += size;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/** Runs `task` over `items`, at most `concurrency` at once. */
async function forEachLimited<T>(items: readonly T[], concurrency: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next++]!;
      await task(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
}

export async function runNaive(options: NaiveOptions): Promise<NaiveOutcome> {
  const started = performance.now();
  const pollMs = options.pollMs ?? 250;
  const sdk = new ManagementClient({
    domain: DOMAIN,
    clientId: options.clientId,
    clientSecret: options.clientSecret,
    fetch: redirectingFetch(options.url),
  });

  const connections = await sdk.connections.list({ name: options.connectionName });
  const connectionId = connections.data.find((c) => c.name === options.connectionName)?.id;
  if (!connectionId) throw new Error(`naive flow: connection ${options.connectionName} not found`);

  const chunks = chunkBySize(options.invitees.map(recordOf), MAX_IMPORT_BYTES);
  for (const chunk of chunks) {
    const job = await sdk.jobs.usersImports.create({
      users: new Blob([JSON.stringify(chunk)], { type: 'application/json' }),
      connection_id: connectionId,
      upsert: false,
      send_completion_email: false,
    });
    if (!job.id) throw new Error('naive flow: import job without an id');
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, pollMs));
      const state = await sdk.jobs.get(job.id);
      if (state.status !== 'pending' && state.status !== 'processing') break;
    }
  }

  let tickets = 0;
  let failures = 0;
  await forEachLimited(options.invitees, options.concurrency ?? 8, async (invitee) => {
    const found = await sdk.users.listUsersByEmail({ email: invitee.email });
    const userId = found.find((u) => (u.identities ?? []).some((i) => i.connection === options.connectionName))?.user_id ?? found[0]?.user_id;
    if (!userId) {
      failures++;
      return;
    }
    const ticket = await sdk.tickets.changePassword({ user_id: userId, ttl_sec: 604800, mark_email_as_verified: true });
    if (ticket.ticket) tickets++;
    else failures++;
  });
  return { tickets, importJobs: chunks.length, failures, wallMs: performance.now() - started };
}

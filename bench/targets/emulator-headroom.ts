// Target 5: the emulator must never be the bottleneck. The emulator runs in its own process (one core); this
// process is the load generator: keep-alive HTTP on loopback, a bounded number of requests and a time cap.
import http from 'node:http';
import { spawnEmulator, type EmulatorHandle } from '../emulator-handle';
import { median } from '../statistics';
import { CONNECTION } from '../../test/support/config';
import { BARE } from '../../test/support/tenant';

export interface HeadroomResult {
  route: string;
  concurrency: number;
  /** Requests per second of each timed run; the figure is their median. */
  runs: number[];
  requestsPerRun: number;
  perSecond: number;
  /** Any non-2xx answer makes the run meaningless; must stay 0. */
  errors: number;
}

export interface ImportJobResult {
  users: number;
  /** Milliseconds from sending the import request until a poll saw the job completed, per run. */
  runs: number[];
  ms: number;
  inserted: number;
}

async function tokenFor(emulator: EmulatorHandle): Promise<string> {
  const response = await fetch(`${emulator.url}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ grant_type: 'client_credentials', client_id: emulator.clientId, client_secret: emulator.clientSecret, audience: 'https://tenant.bench.local/api/v2/' }),
  });
  const body = (await response.json()) as { access_token?: string };
  if (!body.access_token) throw new Error(`headroom: token request failed with HTTP ${response.status}`);
  return body.access_token;
}

/** `count` GETs with `concurrency` keep-alive connections, stopping early at `maxMs`. Returns requests/s and errors. */
async function hammer(url: string, token: string, count: number, concurrency: number, maxMs: number): Promise<{ perSecond: number; errors: number; sent: number }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const get = (): Promise<number> =>
    new Promise((resolve, reject) => {
      http
        .get(url, { agent, headers: { authorization: `Bearer ${token}` } }, (response) => {
          response.resume();
          response.on('end', () => resolve(response.statusCode ?? 0));
        })
        .on('error', reject);
    });
  let sent = 0;
  let errors = 0;
  const started = performance.now();
  const deadline = started + maxMs;
  const worker = async (): Promise<void> => {
    while (sent < count && performance.now() < deadline) {
      sent++;
      const status = await get();
      if (status < 200 || status >= 300) errors++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  return { perSecond: sent / seconds, errors, sent };
}

export async function measureHeadroom(options: { runs: number; requests: number; concurrency?: number }): Promise<HeadroomResult> {
  const concurrency = options.concurrency ?? 16;
  const emulator = await spawnEmulator(BARE);
  try {
    const token = await tokenFor(emulator);
    const url = `${emulator.url}/api/v2/connections?name=${CONNECTION}`;
    await hammer(url, token, 2_000, concurrency, 10_000); // warm-up: JIT and sockets
    const runs: number[] = [];
    let errors = 0;
    for (let i = 0; i < options.runs; i++) {
      const result = await hammer(url, token, options.requests, concurrency, 30_000);
      runs.push(result.perSecond);
      errors += result.errors;
    }
    return { route: 'GET /api/v2/connections?name=…', concurrency, runs, requestsPerRun: options.requests, perSecond: median(runs), errors };
  } finally {
    await emulator.stop();
  }
}

/** A 10,000-user import job at job latency 0: time until a poll (every 5 ms) sees it completed. */
export async function measureImportJob(options: { runs: number; users?: number }): Promise<ImportJobResult> {
  const users = options.users ?? 10_000;
  const emulator = await spawnEmulator(BARE);
  try {
    const token = await tokenFor(emulator);
    const connectionId = emulator.connections[CONNECTION];
    if (!connectionId) throw new Error('import job: the emulator has no Invitees connection');
    const runs: number[] = [];
    let inserted = Number.POSITIVE_INFINITY;
    for (let run = 0; run < options.runs; run++) {
      // Short addresses keep 10,000 users under Auth0's 512,000-byte file limit.
      const records = Array.from({ length: users }, (_, i) => ({ email: `r${run}-${i}@x.io` }));
      const form = new FormData();
      form.append('users', new Blob([JSON.stringify(records)], { type: 'application/json' }), 'users.json');
      form.append('connection_id', connectionId);
      form.append('upsert', 'false');
      form.append('send_completion_email', 'false');
      const started = performance.now();
      const created = await fetch(`${emulator.url}/api/v2/jobs/users-imports`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
      const job = (await created.json()) as { id?: string };
      if (created.status !== 202 || !job.id) throw new Error(`import job: HTTP ${created.status}`);
      for (;;) {
        const polled = await fetch(`${emulator.url}/api/v2/jobs/${job.id}`, { headers: { authorization: `Bearer ${token}` } });
        const state = (await polled.json()) as { status?: string; summary?: { inserted?: number } };
        if (state.status === 'completed' || state.status === 'failed') {
          runs.push(performance.now() - started);
          inserted = Math.min(inserted, state.summary?.inserted ?? 0);
          if (state.status === 'failed') throw new Error('import job: failed');
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    }
    return { users, runs, ms: median(runs), inserted };
  } finally {
    await emulator.stop();
  }
}

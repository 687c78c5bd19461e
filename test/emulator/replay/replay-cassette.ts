// One cassette against a fresh emulator, over plain HTTP: each interaction in order, the recorded request sent
// as recorded (ids the cassette generated replaced by the emulator's), the answer held against the recorded one.
import { startEmulator, type RunningEmulator } from '../../../emulator/index';
import { cassetteName, parseJson, skipReason, type Cassette, type Interaction, type RecordedConnection } from './cassettes';
import { compareResponses, type Deviation, type Response } from './compare';
import { IdMap } from './id-map';
import { recordedClients, RecordedTenant } from './recorded-tenant';

export interface InteractionResult {
  cassette: string;
  n: number;
  endpoint: string;
  outcome: 'passed' | 'deviated' | 'skipped' | 'context';
  reason?: string;
  deviations: Deviation[];
}

/** Jobs stay pending until the recording shows them done (RecordedTenant.prepare settles them). */
const HELD_JOBS_MS = 3_600_000;

export async function replayCassette(cassette: Cassette, known: Record<string, RecordedConnection>): Promise<InteractionResult[]> {
  const { clients, apis } = recordedClients(cassette);
  const emulator = await startEmulator({ configPath: null, actionPath: null, rateLimit: 'off', jobLatencyMs: HELD_JOBS_MS, clients, apis });
  try {
    const token = await managementToken(emulator);
    const tenant = new RecordedTenant(emulator, cassette, known);
    const ids = new IdMap();
    tenant.begin();
    const results: InteractionResult[] = [];
    for (const interaction of cassette.interactions) {
      const base = { cassette: cassetteName(cassette), n: interaction.n, endpoint: interaction.endpoint, deviations: [] };
      if (interaction.context) {
        tenant.applyContext(interaction);
        results.push({ ...base, outcome: 'context' });
        continue;
      }
      const reason = skipReason(interaction);
      if (reason !== undefined) {
        results.push({ ...base, outcome: 'skipped', reason });
        continue;
      }
      tenant.prepare(interaction, namedUser(interaction, ids));
      const emulated = await send(emulator, token, interaction, ids);
      const recordedBody = parseJson(interaction.res_body);
      if (interaction.status < 300) ids.learn(recordedBody, emulated.body);
      const recorded: Response = { status: interaction.status, contentType: interaction.res_type, body: ids.applyToValue(recordedBody) };
      const deviations = compareResponses(recorded, emulated);
      results.push({ ...base, outcome: deviations.length === 0 ? 'passed' : 'deviated', deviations });
    }
    return results;
  } finally {
    await emulator.stop();
  }
}

/** The emulator's id of the user a `/users/{id}` request names. */
function namedUser(interaction: Interaction, ids: IdMap): string | undefined {
  const match = /^\/api\/v2\/users\/([^/?]+)/.exec(interaction.url);
  return match?.[1] === undefined ? undefined : decodeURIComponent(ids.applyToText(match[1]));
}

async function managementToken(emulator: RunningEmulator): Promise<string> {
  const response = await fetch(`${emulator.url}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ grant_type: 'client_credentials', client_id: emulator.clientId, client_secret: emulator.clientSecret, audience: 'https://tenant.local/api/v2/' }),
  });
  return ((await response.json()) as { access_token: string }).access_token;
}

/** The recorded request, to the emulator: same method, path, query, content type and body. */
async function send(emulator: RunningEmulator, token: string, interaction: Interaction, ids: IdMap): Promise<Response> {
  const headers: Record<string, string> = {};
  if (interaction.req_type !== null) headers['content-type'] = interaction.req_type;
  // The Management API needs a bearer token; the recorders' were redacted, so the emulator's own is sent.
  if (interaction.url.startsWith('/api/v2/')) headers.authorization = `Bearer ${token}`;
  const body = interaction.req_body === null ? undefined : ids.applyToText(interaction.req_body);
  const response = await fetch(`${emulator.url}${ids.applyToText(interaction.url)}`, { method: interaction.method, headers, body });
  const text = await response.text();
  return { status: response.status, contentType: response.headers.get('content-type'), body: parseJson(text) };
}

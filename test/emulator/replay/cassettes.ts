// The recorded traffic (test/fixtures/auth0-recordings/cassettes.json) as typed data, and which interactions
// the replay sends, applies as context, or skips (with the reason).
import { readFileSync } from 'node:fs';

export interface Interaction {
  n: number;
  endpoint: string;
  method: string;
  url: string;
  req_type: string | null;
  req_body: string | null;
  status: number;
  res_type: string | null;
  res_body: string | null;
  /** A call the emulator does not have; its effect is applied to the tenant instead. */
  context?: boolean;
}

export interface Cassette {
  repo: string;
  path: string;
  commit: string;
  host: string;
  interactions: Interaction[];
}

export interface RecordedConnection {
  name?: string;
  strategy?: string;
}

export interface Recordings {
  sources: Array<{ repo: string; ref_commit: string }>;
  /** Per repository: `con_` id → what is known of that connection. */
  connections: Record<string, Record<string, RecordedConnection>>;
  sequences: Cassette[];
}

export function loadRecordings(): Recordings {
  const file = new URL('../../fixtures/auth0-recordings/cassettes.json', import.meta.url);
  return JSON.parse(readFileSync(file, 'utf8')) as Recordings;
}

/** Why an interaction cannot be replayed, or undefined when it can. */
export function skipReason(interaction: Interaction): string | undefined {
  const body = parseJson(interaction.res_body);
  // The recorder's tenant had several verified custom domains; which one a request meant travels in a header
  // (`auth0-custom-domain`) that the recorders did not keep.
  if (isRecord(body) && body.errorCode === 'custom_domain_conflict') return 'custom domains (the deciding request header was not recorded)';
  return undefined;
}

export function parseJson(text: string | null): unknown {
  if (text === null || text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export const cassetteName = (cassette: Cassette): string => `${cassette.repo.split('/')[1]}:${cassette.path.replace(/^test\/data\/recordings\//, '')}`;

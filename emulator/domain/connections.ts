// Connections: the database connections the emulator creates, which of them accept a username, and how a
// connection looks on the wire, alone, in a list and through a `fields` projection (as Auth0's recorded bodies
// show: list items carry `enabled_clients` too, whatever the OAS `ConnectionForList` says, and a projection
// always keeps `id`, `is_domain_connection`, `authentication` and `connected_accounts`). Lists are ordered by name, ignoring case, as recorded.
import { fieldSelector } from './fields';
import { newConnectionId } from './ids';
import type { ConnectionRecord } from './state';

/** Keys Auth0 adds to every `fields` projection of a connection (the last two when the connection has them). */
const ALWAYS_PROJECTED = ['id', 'is_domain_connection', 'authentication', 'connected_accounts'];
/** The optional settings, shown when set. */
const OPTIONAL_SETTINGS = ['display_name', 'metadata', 'show_as_button', 'provisioning_ticket_url', 'authentication', 'connected_accounts'] as const;

export function newDatabaseConnection(name: string, clientId: string, passwordMinLength: number, gated: boolean): ConnectionRecord {
  return {
    id: newConnectionId(),
    name,
    strategy: 'auth0',
    enabled_clients: [clientId],
    options: {
      // The gated connection is the one the stack deploys with public signup disabled.
      disable_signup: gated,
      brute_force_protection: true,
      passwordPolicy: 'good',
      password_complexity_options: { min_length: passwordMinLength },
    },
    // What a database connection created since 2025 shows (every recording since has both).
    authentication: { active: true },
    connected_accounts: { active: false },
  };
}

/** Database connections take a username only when they ask for one (`requires_username`, or a username identifier). */
export function acceptsUsername(connection: ConnectionRecord): boolean {
  if (connection.options.requires_username === true) return true;
  const attributes = connection.options.attributes as { username?: { identifier?: { active?: boolean } } } | undefined;
  return attributes?.username?.identifier?.active === true;
}

export function isDatabaseConnection(connection: ConnectionRecord): boolean {
  return connection.strategy === 'auth0';
}

export function connectionJson(connection: ConnectionRecord): Record<string, unknown> {
  const json: Record<string, unknown> = {
    id: connection.id,
    options: connection.options,
    strategy: connection.strategy,
    name: connection.name,
    is_domain_connection: connection.is_domain_connection ?? false,
  };
  for (const key of OPTIONAL_SETTINGS) if (connection[key] !== undefined) json[key] = connection[key];
  json.enabled_clients = connection.enabled_clients;
  json.realms = [connection.name];
  return json;
}

/** `fields` + `include_fields` for connections. */
export function connectionProjection(fields: string | undefined, includeFields: boolean | undefined): ((json: Record<string, unknown>) => Record<string, unknown>) | null {
  return fieldSelector(fields, includeFields, ALWAYS_PROJECTED);
}

/** `GET /api/v2/connections` parameters, typed by the OpenAPI check. */
export interface ConnectionListQuery {
  per_page?: number;
  page?: number;
  include_totals?: boolean;
  from?: string;
  take?: number;
  strategy?: string[];
  name?: string;
  fields?: string;
  include_fields?: boolean;
}

/** Offset pages (`page`, `per_page`, `include_totals`) or checkpoint pages (`take`, `from`: what the SDK uses). */
export function listConnections(connections: ConnectionRecord[], query: ConnectionListQuery): unknown {
  const select = connectionProjection(query.fields, query.include_fields);
  const present = (c: ConnectionRecord): Record<string, unknown> => (select ? select(connectionJson(c)) : connectionJson(c));
  const matching = connections
    .filter((c) => (query.name === undefined || c.name === query.name) && (query.strategy === undefined || query.strategy.includes(c.strategy)))
    .sort((a, b) => compareNames(a.name, b.name));
  if (query.take !== undefined || query.from !== undefined) {
    // `from` is an opaque cursor; here the id of the first item of the page.
    const size = query.take ?? 50;
    const startAt = query.from === undefined ? 0 : matching.findIndex((c) => c.id === query.from);
    if (startAt < 0) return { connections: [] };
    const items = matching.slice(startAt, startAt + size).map(present);
    const next = matching[startAt + size];
    return next ? { next: next.id, connections: items } : { connections: items };
  }
  const perPage = query.per_page ?? 50;
  const start = (query.page ?? 0) * perPage;
  const page = matching.slice(start, start + perPage).map(present);
  if (query.include_totals !== true) return page;
  return { total: matching.length, start, limit: perPage, connections: page };
}

function compareNames(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
}

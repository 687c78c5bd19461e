// Database connections: the ones the emulator creates, and how a connection looks on the wire. A single read
// shows `enabled_clients`; list items follow the OAS `ConnectionForList`, which leaves it out.
import { fieldSelector } from './fields';
import { newConnectionId } from './ids';
import type { ConnectionRecord } from './state';

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
  };
}

export function connectionJson(connection: ConnectionRecord, withClients: boolean): Record<string, unknown> {
  const json: Record<string, unknown> = {
    id: connection.id,
    options: connection.options,
    strategy: connection.strategy,
    name: connection.name,
    is_domain_connection: false,
    realms: [connection.name],
  };
  if (withClients) json.enabled_clients = connection.enabled_clients;
  return json;
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
  const select = fieldSelector(query.fields, query.include_fields);
  const present = (c: ConnectionRecord): Record<string, unknown> => {
    const json = connectionJson(c, false);
    return select ? select(json) : json;
  };
  const matching = connections.filter(
    (c) => (query.name === undefined || c.name === query.name) && (query.strategy === undefined || query.strategy.includes(c.strategy)),
  );
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
  return { start, limit: perPage, total: matching.length, connections: page };
}

// Database connections: the ones the emulator creates, and how a connection looks on the wire. A single read
// shows `enabled_clients`; list items follow the OAS `ConnectionForList`, which leaves it out.
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

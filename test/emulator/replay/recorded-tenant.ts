// The recorded tenant, rebuilt in the emulator as the cassette goes. The recorders configured their tenants with
// calls the emulator does not have (creating, changing and deleting connections; verification-email jobs), or
// outside the cassette (users that terraform's import tests read), and kept only some of them as context. Before each interaction the replay brings the emulator's tenant to what the
// recorded response shows the tenant was: the connections that existed, with the configuration they had. What
// the comparison then checks is how the emulator answers about them, not what the recorders configured.
import type { RunningEmulator } from '../../../emulator/index';
import type { ConnectionRecord, JobRecord, UserRecord } from '../../../emulator/domain/state';
import { isRecord, parseJson, type Cassette, type Interaction, type RecordedConnection } from './cassettes';

/** Settings a recorded connection shows; copied from the recording, and removed when a whole connection lacks them. */
const SETTINGS = ['display_name', 'metadata', 'show_as_button', 'provisioning_ticket_url', 'authentication', 'connected_accounts'] as const;

export interface TenantClients {
  clients: Array<{ clientId: string; clientSecret: string; scopes: string[] }>;
  /** Audiences other than the Management API that the cassette asked tokens for. */
  apis: string[];
}

/** The applications and APIs the cassette's token requests name: the recorded tenant had them. */
export function recordedClients(cassette: Cassette): TenantClients {
  const clients = new Map<string, string>();
  const apis = new Set<string>();
  for (const interaction of cassette.interactions) {
    if (interaction.endpoint !== 'POST /oauth/token' || interaction.req_body === null) continue;
    const form = new URLSearchParams(interaction.req_body);
    const clientId = form.get('client_id');
    const secret = form.get('client_secret');
    if (clientId !== null && secret !== null) clients.set(clientId, secret);
    const audience = form.get('audience');
    if (audience !== null && !/\/api\/v2\/?$/.test(audience)) apis.add(audience);
  }
  return { clients: [...clients].map(([clientId, clientSecret]) => ({ clientId, clientSecret, scopes: [] })), apis: [...apis] };
}

export class RecordedTenant {
  constructor(
    private readonly emulator: RunningEmulator,
    private readonly cassette: Cassette,
    private readonly known: Record<string, RecordedConnection>,
  ) {}

  private get connections(): ConnectionRecord[] {
    return this.emulator.state.data.connections;
  }

  /** Before the first interaction: the emulator's own connections go; those the cassette names by name come. */
  begin(): void {
    this.connections.length = 0;
    for (const [name, withUsername] of this.connectionsUsedByName()) {
      const id = this.idOfName(name);
      const connection = this.connectionWithId(id, name);
      // A connection that took a username in the recording asked for one (requires_username) at the time.
      if (withUsername) connection.options = { ...connection.options, requires_username: true };
    }
  }

  /** A call the emulator does not have: its effect, applied to the tenant. */
  applyContext(interaction: Interaction): void {
    const body = parseJson(interaction.res_body);
    if (!isRecord(body)) return;
    if (interaction.endpoint === 'POST /api/v2/connections') {
      this.connectionWithId(body.id as string, body.name as string, body.strategy as string);
    } else if (interaction.endpoint === 'POST /api/v2/jobs/verification-email') {
      // Created now for the emulator's clock: jobs are forgotten 24 h after creation.
      const job = { id: body.id, type: body.type, status: body.status, created_at: this.emulator.context.nowIso() } as JobRecord;
      this.emulator.state.addJob(job);
    }
  }

  /**
   * Brings the tenant to what the recorded response of `interaction` shows it was. `userId` is the emulator's
   * id of the user the request names, if it names one.
   */
  prepare(interaction: Interaction, userId?: string): void {
    const body = parseJson(interaction.res_body);
    const projected = new URL(interaction.url, 'http://x').searchParams.has('fields');
    if (interaction.endpoint === 'GET /api/v2/users/{id}' && interaction.status === 200 && isRecord(body) && userId !== undefined) {
      // A user the cassette reads but never created was made before it (terraform's import tests).
      if (!this.emulator.state.usersById.has(userId)) this.emulator.state.addUser(userFromRecording(body));
    } else if (interaction.endpoint === 'GET /api/v2/connections/{id}') {
      const id = decodeURIComponent(new URL(interaction.url, 'http://x').pathname.split('/').pop() ?? '');
      if (interaction.status === 404) this.removeConnections((c) => c.id === id);
      else if (isRecord(body)) this.syncConnection(body, !projected);
    } else if (interaction.endpoint === 'GET /api/v2/connections' && interaction.status === 200) {
      this.syncList(interaction, body, projected);
    } else if (interaction.endpoint === 'GET /api/v2/jobs/{id}' && isRecord(body)) {
      const job = this.emulator.state.jobsById.get(body.id as string);
      // The emulator does not run verification-email jobs: they end as the recording says.
      if (job && job.type !== 'users_import' && job.type !== 'users_export') job.status = body.status as JobRecord['status'];
      if (body.status === 'completed' || body.status === 'failed') this.emulator.context.jobs.settle();
    } else if (interaction.endpoint === 'GET /api/v2/jobs/{id}/errors' && interaction.status !== 404) {
      this.emulator.context.jobs.settle();
    }
  }

  private syncList(interaction: Interaction, body: unknown, projected: boolean): void {
    const items = (isRecord(body) ? body.connections : body) as Array<Record<string, unknown>>;
    items.forEach((item, index) => this.syncConnection(item, !projected, placeholderName(items, index, (id) => this.nameOf(id))));
    const query = new URL(interaction.url, 'http://x').searchParams;
    const complete = isRecord(body) ? body.next === undefined && (body.total === undefined || body.total === items.length) : items.length < Number(query.get('per_page') ?? 50);
    // A whole, unfiltered list is every connection the tenant had: the others were deleted by then.
    if (complete && !query.has('name') && !query.has('strategy')) {
      const listed = new Set(items.map((item) => item.id));
      this.removeConnections((c) => !listed.has(c.id));
    }
  }

  /** Sets a connection's name, strategy and settings to the recorded ones; a whole one also loses settings it lacks. */
  private syncConnection(recorded: Record<string, unknown>, whole: boolean, fallbackName?: string): void {
    const id = recorded.id as string;
    const connection = this.connectionWithId(id, (recorded.name as string | undefined) ?? fallbackName);
    if (typeof recorded.name === 'string') connection.name = recorded.name;
    if (typeof recorded.strategy === 'string') connection.strategy = recorded.strategy;
    if (isRecord(recorded.options)) connection.options = structuredClone(recorded.options);
    if (Array.isArray(recorded.enabled_clients)) connection.enabled_clients = [...(recorded.enabled_clients as string[])];
    if (typeof recorded.is_domain_connection === 'boolean') connection.is_domain_connection = recorded.is_domain_connection;
    const settings = connection as unknown as Record<string, unknown>;
    for (const key of SETTINGS) {
      if (Object.hasOwn(recorded, key)) settings[key] = structuredClone(recorded[key]);
      else if (whole) delete settings[key];
    }
  }

  private connectionWithId(id: string, name?: string, strategy?: string): ConnectionRecord {
    let connection = this.connections.find((c) => c.id === id);
    if (!connection) {
      const known = this.known[id];
      connection = {
        id,
        name: name ?? known?.name ?? id,
        strategy: strategy ?? known?.strategy ?? 'auth0',
        enabled_clients: [],
        options: {},
      };
      this.connections.push(connection);
    }
    return connection;
  }

  private removeConnections(gone: (connection: ConnectionRecord) => boolean): void {
    const kept = this.connections.filter((c) => !gone(c));
    this.connections.length = 0;
    this.connections.push(...kept);
  }

  private nameOf(id: string): string | undefined {
    return this.connections.find((c) => c.id === id)?.name ?? this.known[id]?.name;
  }

  /** Connections the cassette's POST /users name, and whether a username was accepted there. */
  private connectionsUsedByName(): Map<string, boolean> {
    const used = new Map<string, boolean>();
    for (const interaction of this.cassette.interactions) {
      if (interaction.context || !['POST /api/v2/users', 'PATCH /api/v2/users/{id}'].includes(interaction.endpoint)) continue;
      const request = parseJson(interaction.req_body);
      const response = parseJson(interaction.res_body);
      const name = isRecord(request) && typeof request.connection === 'string' ? request.connection
        : isRecord(response) && Array.isArray(response.identities) ? (response.identities[0] as { connection: string }).connection : undefined;
      if (name === undefined) continue;
      const tookUsername = isRecord(request) && request.username !== undefined && interaction.status < 300;
      used.set(name, (used.get(name) ?? false) || tookUsername);
    }
    return used;
  }

  /** The recorded id of the connection called `name`: as the cassette shows it, else as the repository's list does. */
  private idOfName(name: string): string {
    for (const interaction of this.cassette.interactions) {
      const match = findConnectionNamed(parseJson(interaction.res_body), name);
      if (match) return match;
    }
    const known = Object.entries(this.known).find(([, c]) => c.name === name);
    return known?.[0] ?? `con_${name.replace(/[^A-Za-z0-9]/g, '').padEnd(16, '0').slice(0, 16)}`;
  }
}

const USER_STRINGS = ['username', 'phone_number', 'name', 'given_name', 'family_name', 'nickname', 'picture', 'last_password_reset', 'last_login'] as const;

/** The emulator's record of a recorded user, as its body shows it. */
function userFromRecording(body: Record<string, unknown>): UserRecord {
  const identity = (body.identities as Array<{ connection: string }>)[0];
  const user: UserRecord = {
    user_id: body.user_id as string,
    connection: identity?.connection ?? '',
    email: body.email as string,
    email_verified: body.email_verified === true,
    app_metadata: isRecord(body.app_metadata) ? body.app_metadata : {},
    created_at: body.created_at as string,
    updated_at: body.updated_at as string,
  };
  for (const key of USER_STRINGS) if (typeof body[key] === 'string') user[key] = body[key] as string;
  if (isRecord(body.user_metadata)) user.user_metadata = body.user_metadata;
  if (typeof body.blocked === 'boolean') user.blocked = body.blocked;
  if (typeof body.phone_verified === 'boolean') user.phone_verified = body.phone_verified;
  if (typeof body.logins_count === 'number') user.logins_count = body.logins_count;
  return user;
}

function findConnectionNamed(value: unknown, name: string): string | undefined {
  if (Array.isArray(value)) return value.map((item) => findConnectionNamed(item, name)).find((id) => id !== undefined);
  if (!isRecord(value)) return undefined;
  if (value.name === name && typeof value.id === 'string' && value.id.startsWith('con_')) return value.id;
  if (value.connection === name && typeof value.connection_id === 'string') return value.connection_id;
  return Object.values(value).map((item) => findConnectionNamed(item, name)).find((id) => id !== undefined);
}

/**
 * A name for a listed connection whose name the recordings never show, chosen so that ordering by name keeps
 * its recorded place: just after the closest named item above it (or first of all).
 */
function placeholderName(items: Array<Record<string, unknown>>, index: number, nameOf: (id: string) => string | undefined): string {
  for (let above = index - 1; above >= 0; above -= 1) {
    const name = (items[above]?.name as string | undefined) ?? nameOf(items[above]?.id as string);
    if (name !== undefined) return `${name}~${index}`;
  }
  return `!${index}`;
}

// Reads `invitation.config.yaml` for the stack. Temporary: the shared loader `loadConfig(file)` in
// `reconciler/desired/` (JSON Schema validation, source positions) replaces this once it exists; until then this
// applies the documented defaults and checks the fields the stack itself relies on.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { InvitationConfig, StackSettings } from '../reconciler/config.js';

export const DEFAULT_CONFIG: InvitationConfig = {
  connection: 'Invitees',
  tickets: { ttl_seconds: 604800, mark_email_as_verified: true },
  mail: {
    from: 'no-reply@example.com',
    subject: "You're invited to {{ app_name }}",
    html_template: 'templates/invitation.html.liquid',
    text_template: 'templates/invitation.txt.liquid',
    app_name: 'Example',
  },
  batching: {
    import_max_bytes: 500000,
    import_concurrency: 2,
    ticket_concurrency: 8,
    bookkeeping_flush_every: 1000,
    bookkeeping_flush_seconds: 5,
  },
  rate_limit: { share: 0.5 },
  revoke: { policy: 'block', max_fraction: 0.1 },
  reinvite: { expired: true },
  stack: {
    environments: [{ name: 'production', enabled_clients: [] }],
    password_policy: 'good',
    password_min_length: 12,
    require_reset_for_imported_hashes: false,
    reconciler_client_name: 'invitation-reconciler',
  },
};

const PASSWORD_POLICIES: readonly StackSettings['password_policy'][] = ['none', 'low', 'fair', 'good', 'excellent'];
const REVOKE_POLICIES: readonly InvitationConfig['revoke']['policy'][] = ['block', 'delete', 'ignore'];
// Stack names become directory names under cdktf.out/stacks/ and Terraform workspace names.
const STACK_NAME = /^[A-Za-z][A-Za-z0-9_-]*$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function section<K extends keyof InvitationConfig>(raw: Record<string, unknown>, key: K, where: string): InvitationConfig[K] {
  const value = raw[key];
  const fallback = DEFAULT_CONFIG[key];
  if (value === undefined || value === null) return structuredClone(fallback);
  if (isRecord(fallback)) {
    if (!isRecord(value)) throw new Error(`${where}: ${key}: expected a mapping`);
    return { ...(structuredClone(fallback) as Record<string, unknown>), ...value } as unknown as InvitationConfig[K];
  }
  return value as InvitationConfig[K];
}

/** Applies defaults to a parsed config document and checks what the stack uses. `where` names it in errors. */
export function configFromDocument(doc: unknown, where: string): InvitationConfig {
  const raw = doc ?? {};
  if (!isRecord(raw)) throw new Error(`${where}: expected a mapping at the top level`);
  const config: InvitationConfig = {
    connection: section(raw, 'connection', where),
    tickets: section(raw, 'tickets', where),
    mail: section(raw, 'mail', where),
    batching: section(raw, 'batching', where),
    rate_limit: section(raw, 'rate_limit', where),
    revoke: section(raw, 'revoke', where),
    reinvite: section(raw, 'reinvite', where),
    stack: section(raw, 'stack', where),
  };
  const fail = (message: string): never => {
    throw new Error(`${where}: ${message}`);
  };
  if (typeof config.connection !== 'string' || config.connection === '') fail('connection: expected a non-empty string');
  if (!REVOKE_POLICIES.includes(config.revoke.policy)) fail(`revoke.policy: expected one of ${REVOKE_POLICIES.join(', ')}`);
  if (config.tickets.client_id !== undefined && typeof config.tickets.client_id !== 'string') {
    fail('tickets.client_id: expected a string');
  }
  const stack = config.stack;
  if (!Array.isArray(stack.environments) || stack.environments.length === 0) {
    fail('stack.environments: expected at least one environment');
  }
  const names = new Set<string>();
  stack.environments.forEach((env: unknown, i) => {
    if (!isRecord(env) || typeof env.name !== 'string' || !STACK_NAME.test(env.name)) {
      fail(`stack.environments[${i}].name: expected a name of letters, digits, "-" or "_"`);
      return;
    }
    if (names.has(env.name)) fail(`stack.environments[${i}].name: "${env.name}" is declared twice`);
    names.add(env.name);
    const clients = env.enabled_clients ?? [];
    if (!Array.isArray(clients) || !clients.every((c) => typeof c === 'string' && c !== '')) {
      fail(`stack.environments[${i}].enabled_clients: expected a list of client ids`);
    }
    env.enabled_clients = clients;
  });
  if (!PASSWORD_POLICIES.includes(stack.password_policy)) {
    fail(`stack.password_policy: expected one of ${PASSWORD_POLICIES.join(', ')}`);
  }
  if (!Number.isInteger(stack.password_min_length) || stack.password_min_length < 1 || stack.password_min_length > 128) {
    fail('stack.password_min_length: expected an integer from 1 to 128');
  }
  if (typeof stack.require_reset_for_imported_hashes !== 'boolean') {
    fail('stack.require_reset_for_imported_hashes: expected true or false');
  }
  if (typeof stack.reconciler_client_name !== 'string' || stack.reconciler_client_name === '') {
    fail('stack.reconciler_client_name: expected a non-empty string');
  }
  return config;
}

/** Reads and checks a config file. */
export function loadStackConfig(file: string): InvitationConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`cannot read config ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return configFromDocument(parse(text), file);
}

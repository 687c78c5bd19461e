// Every resource the stack synthesizes must fit the Auth0 provider schema (v1.55.0), so that a misspelled or
// mistyped attribute fails here instead of at `terraform plan` in CI.
import { describe, expect, it } from 'vitest';
import { readProviderSchema } from '../../tooling/provider/schema';
import { AUTH0_PROVIDER_FQPN, USED_RESOURCE_TYPES } from '../../tooling/provider/schema-filter';
import { validateSynthesizedStack } from '../../tooling/provider/validate';
import { validateBlock } from '../../tooling/provider/validate-block';
import { synthOne, synthStacks, testConfig } from '../stack/helpers';
import { PROJECT_FIXTURE } from '../support/paths';

const schema = readProviderSchema();

function validate(doc: unknown): string[] {
  return validateSynthesizedStack(doc, schema, AUTH0_PROVIDER_FQPN, 'auth0');
}

function clone<T>(value: T): T {
  return structuredClone(value);
}

type Resources = Record<string, Record<string, Record<string, unknown>>>;

function resourceBody(doc: Record<string, unknown>, type: string, name: string): Record<string, unknown> {
  const body = (doc.resource as Resources)[type]?.[name];
  if (!body) throw new Error(`no ${type}.${name}`);
  return body;
}

describe('synthesized stacks against the provider schema', () => {
  const EMAIL_TYPES = ['auth0_email_provider', 'auth0_email_template'];
  const withEmail = testConfig({
    mail: { delivery: 'auth0' },
    tickets: { client_id: 'app' },
    stack: { ...testConfig().stack, email_provider: { name: 'smtp', default_from_address: 'no-reply@example.com', smtp_host: 'smtp.example.com', smtp_user: 'mailer' } },
  });
  it.each([
    ['the default config', testConfig()],
    ['the delete policy, reset option and a ticket app', testConfig({ revoke: { policy: 'delete' }, tickets: { client_id: 'app' } })],
    ['Auth0\'s own email, with its template and provider', withEmail],
    [
      'roles and organizations, made and existing',
      testConfig({
        roles: [{ name: 'editor', description: 'Edits' }, { name: 'viewer', existing: true }],
        organizations: [{ name: 'acme', display_name: 'Acme' }, { name: 'globex', existing: true }],
      }),
    ],
    [
      'Auth0\'s own email with roles and organizations',
      { ...withEmail, roles: [{ name: 'editor', existing: false }], organizations: [{ name: 'acme', existing: false }] },
    ],
  ])('%s: every resource and the provider block are valid', (_label, config) => {
    config.stack.require_reset_for_imported_hashes = true;
    const access = new Set(['auth0_role', 'auth0_organization', 'auth0_organization_connection']);
    const byAuth0 = config.mail.delivery === 'auth0';
    const expected = USED_RESOURCE_TYPES.filter((type) => (config.roles.length > 0 || !access.has(type)) && (byAuth0 || !EMAIL_TYPES.includes(type)));
    for (const stack of synthStacks(config, { domain: 'example.eu.auth0.com', configDir: PROJECT_FIXTURE })) {
      expect(validate(stack.doc)).toEqual([]);
      expect(Object.keys(stack.doc.resource as object).sort()).toEqual([...expected].sort());
    }
  });

  it('the committed schema holds exactly the provider block and the resources the stack uses', () => {
    const provider = schema.provider_schemas[AUTH0_PROVIDER_FQPN]!;
    expect(Object.keys(provider.resource_schemas).sort()).toEqual([...USED_RESOURCE_TYPES].sort());
    expect(Object.keys(provider.provider.block.attributes ?? {})).toContain('domain');
  });
});

describe('the validator catches mistakes', () => {
  const valid = synthOne().doc;

  it('a misspelled attribute', () => {
    const doc = clone(valid);
    const connection = resourceBody(doc, 'auth0_connection', 'invitees_connection');
    const options = connection.options as Record<string, unknown>;
    options.disable_sign_up = options.disable_signup;
    delete options.disable_signup;
    expect(validate(doc)).toEqual([
      'resource.auth0_connection.invitees_connection.options.disable_sign_up: unknown attribute or block',
    ]);
  });

  it('a mistyped attribute', () => {
    const doc = clone(valid);
    resourceBody(doc, 'auth0_action', 'login_gate').deploy = 'yes';
    resourceBody(doc, 'auth0_client_grant', 'reconciler_grant').scopes = 'read:users';
    expect(validate(doc)).toEqual([
      'resource.auth0_action.login_gate.deploy: expected bool, got string "yes"',
      'resource.auth0_client_grant.reconciler_grant.scopes: expected list(string), got string "read:users"',
    ]);
  });

  it('a number where the schema wants one, given as a string', () => {
    const doc = clone(valid);
    const options = resourceBody(doc, 'auth0_connection', 'invitees_connection').options as Record<string, unknown>;
    options.password_complexity_options = { min_length: '12' };
    expect(validate(doc)).toEqual([
      'resource.auth0_connection.invitees_connection.options.password_complexity_options.min_length: expected number, got string "12"',
    ]);
  });

  it('a missing required attribute and a missing required block', () => {
    const doc = clone(valid);
    delete resourceBody(doc, 'auth0_action', 'login_gate').code;
    delete resourceBody(doc, 'auth0_action', 'login_gate').supported_triggers;
    expect(validate(doc)).toEqual([
      'resource.auth0_action.login_gate.code: required attribute is missing',
      'resource.auth0_action.login_gate.supported_triggers: required block is missing',
    ]);
  });

  it('too many blocks, and a nested block that is not an object', () => {
    const doc = clone(valid);
    const action = resourceBody(doc, 'auth0_action', 'login_gate');
    action.supported_triggers = [
      { id: 'post-login', version: 'v3' },
      { id: 'credentials-exchange', version: 'v2' },
    ];
    resourceBody(doc, 'auth0_connection', 'invitees_connection').options = { password_history: ['five'] };
    expect(validate(doc)).toEqual([
      'resource.auth0_action.login_gate.supported_triggers: at most 1 block(s) allowed, got 2',
      'resource.auth0_connection.invitees_connection.options.password_history[0]: expected an object, got string "five"',
    ]);
  });

  it('the binding of the old plural resource, which would own the whole post-login list', () => {
    const doc = clone(valid);
    const binding = resourceBody(doc, 'auth0_trigger_action', 'login_gate_binding');
    (doc.resource as Resources).auth0_trigger_actions = { login_gate_binding: binding };
    delete (doc.resource as Resources).auth0_trigger_action;
    expect(validate(doc)).toEqual(['resource.auth0_trigger_actions: unknown resource type']);
  });

  it('a read-only attribute, an unknown resource type and an unknown provider argument', () => {
    const doc = clone(valid);
    resourceBody(doc, 'auth0_action', 'login_gate').version_id = 'v1';
    (doc.resource as Resources).auth0_conection = { x: { name: 'x' } };
    (doc.provider as Record<string, Array<Record<string, unknown>>>).auth0![0]!.client_secrets = 'x';
    expect(validate(doc)).toEqual([
      'provider.auth0[0].client_secrets: unknown attribute or block',
      'resource.auth0_action.login_gate.version_id: read-only attribute (computed by the provider) cannot be set',
      'resource.auth0_conection: unknown resource type',
    ]);
  });

  it('an Action runtime, trigger id or trigger version that is not allowed', () => {
    for (const [change, problem] of [
      [
        { runtime: 'node16' },
        'resource.auth0_action.login_gate.runtime: "node16" is not an allowed value (allowed: node18, node22)',
      ],
      [
        { runtime: 'nodejs22' },
        'resource.auth0_action.login_gate.runtime: "nodejs22" is not an allowed value (allowed: node18, node22)',
      ],
      [
        { supported_triggers: { id: 'post_login', version: 'v3' } },
        'resource.auth0_action.login_gate.supported_triggers.id: "post_login" is not an allowed value',
      ],
      [
        { supported_triggers: { id: 'post-login', version: 'v2' } },
        'resource.auth0_action.login_gate.supported_triggers.version: "v2" is not an allowed value for id "post-login" (allowed: v3)',
      ],
      [
        { supported_triggers: [{ id: 'post-login', version: '3' }] },
        'resource.auth0_action.login_gate.supported_triggers[0].version: "3" is not an allowed value for id "post-login" (allowed: v3)',
      ],
    ] as const) {
      const doc = clone(valid);
      Object.assign(resourceBody(doc, 'auth0_action', 'login_gate'), change);
      const problems = validate(doc);
      expect(problems, JSON.stringify(change)).toHaveLength(1);
      expect(problems[0]).toContain(problem);
    }
  });

  it('a trigger binding to a trigger that does not exist', () => {
    const doc = clone(valid);
    resourceBody(doc, 'auth0_trigger_action', 'login_gate_binding').trigger = 'postlogin';
    const problems = validate(doc);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^resource\.auth0_trigger_action\.login_gate_binding\.trigger: "postlogin" is not an allowed value \(allowed: post-login, /,
    );
  });

  it('a connection strategy, password policy or client app type that is not allowed', () => {
    const doc = clone(valid);
    const connection = resourceBody(doc, 'auth0_connection', 'invitees_connection');
    connection.strategy = 'database';
    (connection.options as Record<string, unknown>).password_policy = 'strong';
    resourceBody(doc, 'auth0_client', 'reconciler_client').app_type = 'machine_to_machine';
    resourceBody(doc, 'auth0_client', 'planner_client').app_type = 'm2m';
    const problems = validate(doc);
    expect(problems.map((p) => p.slice(0, p.indexOf(' ('))).sort()).toEqual([
      'resource.auth0_client.planner_client.app_type: "m2m" is not an allowed value',
      'resource.auth0_client.reconciler_client.app_type: "machine_to_machine" is not an allowed value',
      'resource.auth0_connection.invitees_connection.options.password_policy: "strong" is not an allowed value',
      'resource.auth0_connection.invitees_connection.strategy: "database" is not an allowed value',
    ]);
  });

  it('accepts every password policy the config allows, and expressions where an enum is expected', () => {
    for (const policy of ['none', 'low', 'fair', 'good', 'excellent']) {
      const doc = clone(valid);
      const options = resourceBody(doc, 'auth0_connection', 'invitees_connection').options as Record<string, unknown>;
      options.password_policy = policy;
      expect(validate(doc)).toEqual([]);
    }
    const doc = clone(valid);
    resourceBody(doc, 'auth0_action', 'login_gate').runtime = '${var.runtime}';
    expect(validate(doc)).toEqual([]);
  });

  it.each(['client_secret', 'api_token', 'client_assertion_private_key'])(
    'a credential (%s) in the provider block, literal or as a variable',
    (attribute) => {
      for (const value of ['s3cr3t', '${var.auth0_secret}']) {
        const doc = clone(valid);
        (doc.provider as Record<string, Array<Record<string, unknown>>>).auth0![0]![attribute] = value;
        expect(validate(doc)).toEqual([
          `provider.auth0[0].${attribute}: credentials must not be set in the provider block (the provider reads them from its environment)`,
        ]);
      }
    },
  );

  it('accepts Terraform expressions for any type, meta-arguments, and a block written as a list', () => {
    const body = { name: 'x', strategy: 'auth0', depends_on: ['auth0_client.a'], options: [{ brute_force_protection: '${var.bfp}' }] };
    const connectionSchema = schema.provider_schemas[AUTH0_PROVIDER_FQPN]!.resource_schemas.auth0_connection!.block;
    expect(validateBlock(body, connectionSchema, 'c', new Set(['depends_on']))).toEqual([]);
    expect(validateBlock(body, connectionSchema, 'c')).toEqual(['c.depends_on: unknown attribute or block']);
  });
});

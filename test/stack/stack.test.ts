import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Testing } from 'cdktf';
import { DOMAIN, expectResource, onlyResource, resourcesOf, synthOne, synthStacks, testConfig } from './helpers';
import { LOGIN_GATE_SOURCE } from '../../stack/invitation-stack';
import { stateBackendFromEnv } from '../../stack/state-backend';
import { PROJECT_FIXTURE } from '../support/paths';

const BASE_SCOPES = ['read:users', 'create:users', 'update:users', 'create:user_tickets', 'read:connections'];

describe('provider and variables', () => {
  it('configures the auth0 provider with the domain variable only, pinned to the generated version', () => {
    const stack = synthOne();
    expect(Testing.toHaveProviderWithProperties(stack.json, 'auth0', { domain: '${var.auth0_domain}' })).toBe(true);
    const providers = (stack.doc.provider as Record<string, unknown[]>).auth0;
    expect(providers).toEqual([{ domain: '${var.auth0_domain}' }]);
    const terraform = stack.doc.terraform as Record<string, Record<string, unknown>>;
    expect(terraform.required_providers).toEqual({ auth0: { source: 'auth0/auth0', version: '1.55.0' } });
  });

  it('takes the domain from synth time as the variable default, and needs TF_VAR_auth0_domain without it', () => {
    const withDomain = synthOne();
    expect((withDomain.doc.variable as Record<string, Record<string, unknown>>).auth0_domain).toMatchObject({
      type: 'string',
      default: DOMAIN,
    });
    const withoutDomain = synthOne(testConfig(), {});
    expect((withoutDomain.doc.variable as Record<string, Record<string, unknown>>).auth0_domain).not.toHaveProperty(
      'default',
    );
  });

  it('keeps state in a local file relative to the stack folder, or in HCP Terraform when an organization is set', () => {
    const local = synthOne();
    expect((local.doc.terraform as Record<string, unknown>).backend).toEqual({
      local: { path: '../../../terraform.production.tfstate' },
    });
    const cloud = synthOne(testConfig(), { domain: DOMAIN, terraformCloudOrganization: 'example-org' });
    expect((cloud.doc.terraform as Record<string, unknown>).cloud).toEqual({
      organization: 'example-org',
      workspaces: { name: 'auth0-invitations-production' },
    });
  });

  it('keeps state in S3 when the backend variables say so, one key per environment', () => {
    const backend = stateBackendFromEnv({ TF_BACKEND_S3_BUCKET: 'team-state', AWS_REGION: 'eu-west-1', TF_BACKEND_S3_DYNAMODB_TABLE: 'locks' });
    const s3 = synthOne(testConfig(), { domain: DOMAIN, stateBackend: backend });
    expect((s3.doc.terraform as Record<string, unknown>).backend).toEqual({
      s3: { bucket: 'team-state', key: 'auth0-invitations/production.tfstate', region: 'eu-west-1', encrypt: true, dynamodb_table: 'locks' },
    });
    expect(stateBackendFromEnv({ TF_CLOUD_ORGANIZATION: 'org', TF_BACKEND_S3_BUCKET: 'b' })).toEqual({ kind: 'cloud', organization: 'org' });
    expect(stateBackendFromEnv({ TF_CLOUD_ORGANIZATION: ' ' })).toEqual({ kind: 'local' });
  });
});

describe('database connection', () => {
  it('is an auth0 database connection named in the config, invitation-only, with brute force protection', () => {
    const stack = synthOne(testConfig({ connection: 'Staff' }));
    expectResource(stack, 'auth0_connection', {
      name: 'Staff',
      strategy: 'auth0',
      options: { disable_signup: true, brute_force_protection: true, requires_username: false },
    });
  });

  it('has the configured password policy and complexity min length, plus history, dictionary and no personal info', () => {
    const config = testConfig();
    config.stack.password_policy = 'excellent';
    config.stack.password_min_length = 16;
    const stack = synthOne(config);
    expectResource(stack, 'auth0_connection', {
      options: {
        password_policy: 'excellent',
        password_complexity_options: { min_length: 16 },
        password_history: [{ enable: true, size: 5 }],
        password_dictionary: { enable: true },
        password_no_personal_info: { enable: true },
      },
    });
  });

  it('is enabled for the configured applications, the ticket return app and the reconciler client', () => {
    const stack = synthOne(testConfig({ tickets: { client_id: 'ticketApp' } }));
    expectResource(stack, 'auth0_connection_clients', {
      connection_id: '${auth0_connection.invitees_connection.id}',
      enabled_clients: ['appClientA', 'appClientB', 'ticketApp', '${auth0_client.reconciler_client.client_id}'],
    });
  });

  it('does not list the ticket app twice when it is also a configured application', () => {
    const stack = synthOne(testConfig({ tickets: { client_id: 'appClientA' } }));
    expect(onlyResource(stack, 'auth0_connection_clients').enabled_clients).toEqual([
      'appClientA',
      'appClientB',
      '${auth0_client.reconciler_client.client_id}',
    ]);
  });
});

describe('login gate Action', () => {
  it('runs the committed source on node22, deployed, for post-login v3', () => {
    const stack = synthOne();
    expectResource(stack, 'auth0_action', {
      name: 'invitation-login-gate',
      runtime: 'node22',
      deploy: true,
      code: readFileSync(LOGIN_GATE_SOURCE, 'utf8'),
      supported_triggers: { id: 'post-login', version: 'v3' },
    });
  });

  it.each([
    [false, 'false'],
    [true, 'true'],
  ])('hands the gated connection and the reset option (%s) to the Action as secrets', (option, value) => {
    const config = testConfig({ connection: 'Members' });
    config.stack.require_reset_for_imported_hashes = option;
    const stack = synthOne(config);
    expectResource(stack, 'auth0_action', {
      secrets: [
        { name: 'GATED_CONNECTION', value: 'Members' },
        { name: 'REQUIRE_RESET_FOR_IMPORTED_HASHES', value },
      ],
    });
  });

  it('is bound to the post-login trigger with the singular binding, which leaves other post-login Actions bound', () => {
    const stack = synthOne();
    expectResource(stack, 'auth0_trigger_action', {
      trigger: 'post-login',
      action_id: '${auth0_action.login_gate.id}',
      display_name: '${auth0_action.login_gate.name}',
    });
    // auth0_trigger_actions (plural) would own the whole post-login list and unbind the tenant's other Actions.
    expect(resourcesOf(stack, 'auth0_trigger_actions')).toEqual({});
  });
});

/** A named resource of a synthesized stack, failing the test when it is missing. */
function named(stack: ReturnType<typeof synthOne>, type: string, name: string): Record<string, unknown> {
  const resource = resourcesOf(stack, type)[name];
  expect(resource, `${type}.${name}`).toBeDefined();
  return resource!;
}

describe('reconciler client', () => {
  it('is a machine-to-machine application with the configured name and only client credentials', () => {
    const stack = synthOne(testConfig({ stack: { reconciler_client_name: 'people-sync' } }));
    expect(named(stack, 'auth0_client', 'reconciler_client')).toMatchObject({
      name: 'people-sync',
      app_type: 'non_interactive',
      grant_types: ['client_credentials'],
    });
  });

  it('is granted exactly the scopes the reconciler uses on the Management API of the tenant', () => {
    const stack = synthOne();
    expectResource(stack, 'auth0_client_grant', {
      client_id: '${auth0_client.reconciler_client.client_id}',
      audience: 'https://${var.auth0_domain}/api/v2/',
      scopes: BASE_SCOPES,
    });
  });

  it.each(['block', 'ignore'] as const)('gets no delete:users under the %s revoke policy', (policy) => {
    const stack = synthOne(testConfig({ revoke: { policy } }));
    expect(named(stack, 'auth0_client_grant', 'reconciler_grant').scopes).toEqual(BASE_SCOPES);
  });

  it('gets delete:users only under the delete revoke policy', () => {
    const stack = synthOne(testConfig({ revoke: { policy: 'delete' } }));
    expect(named(stack, 'auth0_client_grant', 'reconciler_grant').scopes).toEqual([...BASE_SCOPES, 'delete:users']);
  });

  it('exposes its client id as a stack output', () => {
    const stack = synthOne();
    expect((stack.doc.output as Record<string, unknown>).reconciler_client_id).toMatchObject({
      value: '${auth0_client.reconciler_client.client_id}',
    });
  });
});

describe('planner client (pull-request dry run)', () => {
  it('is a second machine-to-machine application named after the reconciler client, with only client credentials', () => {
    const stack = synthOne(testConfig({ stack: { reconciler_client_name: 'people-sync' } }));
    expect(named(stack, 'auth0_client', 'planner_client')).toMatchObject({
      name: 'people-sync-planner',
      app_type: 'non_interactive',
      grant_types: ['client_credentials'],
    });
    expect(Object.keys(resourcesOf(stack, 'auth0_client')).sort()).toEqual(['planner_client', 'reconciler_client']);
  });

  it.each(['block', 'delete', 'ignore'] as const)(
    'is granted exactly read:users and read:connections on the Management API (revoke policy %s)',
    (policy) => {
      const stack = synthOne(testConfig({ revoke: { policy } }));
      expect(named(stack, 'auth0_client_grant', 'planner_grant')).toEqual({
        client_id: '${auth0_client.planner_client.client_id}',
        audience: 'https://${var.auth0_domain}/api/v2/',
        scopes: ['read:users', 'read:connections'],
      });
    },
  );

  it('is not enabled on the gated connection (nobody logs in through it; reads need no enabled client)', () => {
    const stack = synthOne();
    expect(onlyResource(stack, 'auth0_connection_clients').enabled_clients).not.toContain(
      '${auth0_client.planner_client.client_id}',
    );
  });

  it('exposes its client id as a second stack output', () => {
    const stack = synthOne();
    const outputs = stack.doc.output as Record<string, unknown>;
    expect(Object.keys(outputs).sort()).toEqual(['planner_client_id', 'reconciler_client_id']);
    expect(outputs.planner_client_id).toMatchObject({ value: '${auth0_client.planner_client.client_id}' });
  });
});

describe('environments', () => {
  it('synthesizes one stack per environment, each with its own applications', () => {
    const config = testConfig({
      stack: {
        environments: [
          { name: 'staging', enabled_clients: ['stagingApp'] },
          { name: 'production', enabled_clients: ['prodApp'] },
        ],
      },
    });
    const stacks = synthStacks(config);
    expect(stacks.map((s) => s.name)).toEqual(['staging', 'production']);
    const [staging, production] = stacks;
    expect(onlyResource(staging!, 'auth0_connection_clients').enabled_clients).toEqual([
      'stagingApp',
      '${auth0_client.reconciler_client.client_id}',
    ]);
    expect(onlyResource(production!, 'auth0_connection_clients').enabled_clients).toEqual([
      'prodApp',
      '${auth0_client.reconciler_client.client_id}',
    ]);
    for (const stack of stacks) {
      for (const type of ['auth0_connection', 'auth0_connection_clients', 'auth0_action', 'auth0_trigger_action']) {
        onlyResource(stack, type);
      }
      expect(Object.keys(resourcesOf(stack, 'auth0_client')).sort()).toEqual(['planner_client', 'reconciler_client']);
      expect(Object.keys(resourcesOf(stack, 'auth0_client_grant')).sort()).toEqual(['planner_grant', 'reconciler_grant']);
    }
  });
});

describe('Auth0\'s own email (mail.delivery auth0)', () => {
  const auth0 = (extra: Record<string, unknown> = {}) =>
    testConfig({ mail: { delivery: 'auth0', from: 'Example <no-reply@example.com>' }, tickets: { client_id: 'appClientA', ttl_seconds: 86400 }, ...extra });
  const fromFixture = { domain: DOMAIN, configDir: PROJECT_FIXTURE };

  it('manages no email template or provider with the smtp delivery', () => {
    const stack = synthOne();
    expect(resourcesOf(stack, 'auth0_email_template')).toEqual({});
    expect(resourcesOf(stack, 'auth0_email_provider')).toEqual({});
  });

  it('deploys the Change Password template (reset_email) from templates/, in Liquid, with the invitation link lifetime', () => {
    const config = auth0();
    const template = onlyResource(synthOne(config, fromFixture), 'auth0_email_template');
    expect(template).toEqual({
      template: 'reset_email',
      enabled: true,
      syntax: 'liquid',
      from: 'Example <no-reply@example.com>',
      subject: config.mail.auth0_subject,
      body: readFileSync(`${PROJECT_FIXTURE}/templates/change-password.html.liquid`, 'utf8'),
      url_lifetime_in_seconds: 86400,
    });
    // No ticket is minted with this delivery: the reconciler's grant leaves create:user_tickets out.
    expect(named(synthOne(config, fromFixture), 'auth0_client_grant', 'reconciler_grant').scopes).toEqual(BASE_SCOPES.filter((s) => s !== 'create:user_tickets'));
    // The template tells an invitation from a reset by the reconciler's marker.
    expect(template.body).toContain('user.app_metadata.invitation.awaiting_password');
    expect(config.mail.auth0_subject).toContain('user.app_metadata.invitation.awaiting_password');
  });

  it('manages the email provider when asked, its secret a sensitive variable and never a value', () => {
    const smtp = synthOne(
      auth0({ stack: { ...testConfig().stack, email_provider: { name: 'smtp', default_from_address: 'no-reply@example.com', smtp_host: 'smtp.example.com', smtp_user: 'mailer' } } }),
      fromFixture,
    );
    expect(onlyResource(smtp, 'auth0_email_provider')).toEqual({
      name: 'smtp',
      enabled: true,
      default_from_address: 'no-reply@example.com',
      credentials: { smtp_host: 'smtp.example.com', smtp_port: 587, smtp_user: 'mailer', smtp_pass: '${var.email_provider_smtp_pass}' },
    });
    expect((smtp.doc.variable as Record<string, Record<string, unknown>>).email_provider_smtp_pass).toMatchObject({ type: 'string', sensitive: true });
    const sendgrid = synthOne(auth0({ stack: { ...testConfig().stack, email_provider: { name: 'sendgrid', default_from_address: 'no-reply@example.com' } } }), fromFixture);
    expect(onlyResource(sendgrid, 'auth0_email_provider').credentials).toEqual({ api_key: '${var.email_provider_api_key}' });
    expect((sendgrid.doc.variable as Record<string, Record<string, unknown>>).email_provider_api_key).toMatchObject({ sensitive: true });
  });

  it('combines with roles and organizations: the access scopes are added, the ticket scope still left out', () => {
    const config = auth0({ roles: [{ name: 'editor' }], organizations: [{ name: 'acme' }] });
    const stack = synthOne(config, fromFixture);
    const scopes = named(stack, 'auth0_client_grant', 'reconciler_grant').scopes as string[];
    expect(scopes).not.toContain('create:user_tickets');
    expect(scopes).toEqual(expect.arrayContaining(['create:role_members', 'create:organization_members']));
    expect(Object.keys(resourcesOf(stack, 'auth0_email_template'))).toHaveLength(1);
    expect(Object.values(resourcesOf(stack, 'auth0_role'))).toEqual([{ name: 'editor' }]);
  });
});

describe('roles and organizations', () => {
  const withAccess = (): ReturnType<typeof synthOne> =>
    synthOne(
      testConfig({
        roles: [{ name: 'editor', description: 'Edits pages' }, { name: 'viewer', existing: true }],
        organizations: [{ name: 'acme', display_name: 'Acme Inc.' }, { name: 'globex', existing: true }],
      }),
    );

  it('declares the roles and organizations the config lists, but not those marked existing', () => {
    const stack = withAccess();
    expect(Object.values(resourcesOf(stack, 'auth0_role'))).toEqual([{ name: 'editor', description: 'Edits pages' }]);
    expect(Object.values(resourcesOf(stack, 'auth0_organization'))).toEqual([{ name: 'acme', display_name: 'Acme Inc.' }]);
  });

  it('enables the invitation connection on each organization it makes, without membership on login', () => {
    const [connection] = Object.values(resourcesOf(withAccess(), 'auth0_organization_connection'));
    expect(connection).toMatchObject({ connection_id: '${auth0_connection.invitees_connection.id}', assign_membership_on_login: false });
    expect(String(connection?.organization_id)).toMatch(/^\$\{auth0_organization\.organization_acme_\w+\.id\}$/);
  });

  it('grants the role and organization scopes only when the config lists some', () => {
    const stack = withAccess();
    expect(named(stack, 'auth0_client_grant', 'reconciler_grant').scopes).toEqual([
      ...BASE_SCOPES,
      'read:roles',
      'create:role_members',
      'read:organizations',
      'read:organization_members',
      'read:organization_member_roles',
      'create:organization_members',
      'delete:organization_members',
      'create:organization_member_roles',
      'delete:organization_member_roles',
    ]);
    expect(named(stack, 'auth0_client_grant', 'planner_grant').scopes).toEqual([
      'read:users',
      'read:connections',
      'read:roles',
      'read:organizations',
      'read:organization_members',
      'read:organization_member_roles',
    ]);
    expect(resourcesOf(synthOne(), 'auth0_role')).toEqual({});
  });
});

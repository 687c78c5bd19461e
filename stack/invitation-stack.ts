// One environment's tenant configuration: the invitation-only connection, the login gate, the reconciler's
// least-privilege client, and a read-only planner client for the pull-request dry run. All cdktf and
// provider-binding imports of the stack live here, in stack/access.ts (roles and organizations) and in
// stack/app.ts, so a move to CDK Terrain (cdktn) touches these three files (docs/stack.md).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Construct } from 'constructs';
import { CloudBackend, LocalBackend, NamedCloudWorkspace, S3Backend, TerraformOutput, TerraformStack, TerraformVariable } from 'cdktf';
import { stateWorkspaceName, type StateBackend } from './state-backend';
import { Auth0Provider } from '../.gen/providers/auth0/provider/index';
import { Connection } from '../.gen/providers/auth0/connection/index';
import { ConnectionClients } from '../.gen/providers/auth0/connection-clients/index';
import { Action } from '../.gen/providers/auth0/action/index';
import { TriggerAction } from '../.gen/providers/auth0/trigger-action/index';
import { Client } from '../.gen/providers/auth0/client/index';
import { ClientGrant } from '../.gen/providers/auth0/client-grant/index';
import { EmailProvider } from '../.gen/providers/auth0/email-provider/index';
import { EmailTemplate } from '../.gen/providers/auth0/email-template/index';
import type { InvitationConfig, StackEnvironment } from '../reconciler/config';
import { plannerScopes, reconcilerScopes } from '../reconciler/tenant/scopes';
import { accessUsage, declareAccess } from './access';

/** The login gate's source: the file the emulator also runs. */
export const LOGIN_GATE_SOURCE = new URL('./action/login-gate.cjs', import.meta.url);

export const LOGIN_GATE_ACTION_NAME = 'invitation-login-gate';

/** The planner client's name, derived from the reconciler's so the two sit next to each other in the dashboard. */
export function plannerClientName(reconcilerClientName: string): string {
  return `${reconcilerClientName}-planner`;
}

export interface InvitationStackProps {
  config: InvitationConfig;
  environment: StackEnvironment;
  /**
   * The tenant domain known at synth time (AUTH0_DOMAIN), used as the default of the `auth0_domain` variable.
   * Without it, Terraform needs TF_VAR_auth0_domain at plan time. The domain is not a secret; credentials are
   * never passed here: the provider reads AUTH0_CLIENT_ID and AUTH0_CLIENT_SECRET from its own environment.
   */
  domain?: string;
  /** The Action's code; defaults to the content of stack/action/login-gate.cjs. */
  loginGateCode?: string;
  /** The folder of invitation.config.yaml, which template paths are relative to (default: the working directory). */
  configDir?: string;
  /**
   * HCP Terraform organization (TF_CLOUD_ORGANIZATION) that keeps the state, one workspace per environment.
   * Shorthand for `stateBackend: { kind: 'cloud', organization }`.
   */
  terraformCloudOrganization?: string;
  /** Where the state is kept (state-backend.ts); a local file when neither this nor the organization is given. */
  stateBackend?: StateBackend;
}

export { stateWorkspaceName } from './state-backend';

export class InvitationStack extends TerraformStack {
  readonly reconcilerClient: Client;
  readonly plannerClient: Client;

  constructor(scope: Construct, id: string, props: InvitationStackProps) {
    super(scope, id);
    const { config, environment } = props;
    const backend: StateBackend = props.terraformCloudOrganization ? { kind: 'cloud', organization: props.terraformCloudOrganization } : (props.stateBackend ?? { kind: 'local' });
    addStateBackend(this, backend, environment.name);

    const domain = new TerraformVariable(this, 'auth0_domain', {
      type: 'string',
      description: 'Auth0 tenant domain (e.g. example.eu.auth0.com); the Management API audience is derived from it.',
      ...(props.domain ? { default: props.domain } : {}),
    });
    // Only the (public) domain is set; the provider reads AUTH0_CLIENT_ID / AUTH0_CLIENT_SECRET itself.
    new Auth0Provider(this, 'auth0', { domain: domain.stringValue });

    const connection = this.inviteesConnection(config);
    declareAccess(this, config, connection.id);
    const managementApi = `https://${domain.stringValue}/api/v2/`;
    this.reconcilerClient = this.reconcilerClientWithGrant(config, managementApi);
    this.plannerClient = this.plannerClientWithGrant(config, managementApi);
    this.enableClients(config, environment, connection.id);
    this.loginGate(config, props.loginGateCode);

    if (config.mail.delivery === 'auth0') this.changePasswordEmail(config, props.configDir ?? process.cwd());
    if (config.stack.email_provider) this.emailProvider(config.stack.email_provider);
    this.outputs();
  }

  private inviteesConnection(config: InvitationConfig): Connection {
    const settings = config.stack;
    return new Connection(this, 'invitees_connection', {
      name: config.connection,
      strategy: 'auth0',
      options: {
        // Invitation-only: nobody registers through the public signup endpoints.
        disableSignup: true,
        bruteForceProtection: true,
        passwordPolicy: settings.password_policy,
        passwordComplexityOptions: { minLength: settings.password_min_length },
        passwordHistory: [{ enable: true, size: 5 }],
        passwordNoPersonalInfo: { enable: true },
        passwordDictionary: { enable: true, dictionary: [] },
        requiresUsername: false,
      },
    });
  }

  /**
   * The reconciler's client and its least-privilege grant: the scopes follow the revoke policy, how invitations
   * are mailed (no ticket scope when Auth0 sends them) and whether roles or organizations are used.
   */
  private reconcilerClientWithGrant(config: InvitationConfig, managementApi: string): Client {
    const client = new Client(this, 'reconciler_client', {
      name: config.stack.reconciler_client_name,
      description: 'Machine-to-machine client of the invitation reconciler (managed by cdktf).',
      appType: 'non_interactive',
      grantTypes: ['client_credentials'],
    });
    new ClientGrant(this, 'reconciler_grant', {
      clientId: client.clientId,
      audience: managementApi,
      scopes: reconcilerScopes(config.revoke.policy, { ...accessUsage(config), delivery: config.mail.delivery }),
    });
    return client;
  }

  /**
   * The pull-request dry run (`reconcile --dry-run`) runs code from the pull request's branch: it gets its own
   * client that can only read (users and connections), never the reconciler's, which can mint a password-change
   * ticket for any user of the tenant. It is not enabled on the connection: nobody logs in through it, and
   * exports and connection look-ups need no enabled client.
   */
  private plannerClientWithGrant(config: InvitationConfig, managementApi: string): Client {
    const client = new Client(this, 'planner_client', {
      name: plannerClientName(config.stack.reconciler_client_name),
      description: 'Read-only machine-to-machine client of the invitation dry run on pull requests (managed by cdktf).',
      appType: 'non_interactive',
      grantTypes: ['client_credentials'],
    });
    new ClientGrant(this, 'planner_grant', {
      clientId: client.clientId,
      audience: managementApi,
      scopes: plannerScopes(accessUsage(config)),
    });
    return client;
  }

  /**
   * Import jobs need the connection enabled for at least one application; the reconciler's own client (which
   * only has the client_credentials grant, so nobody can log in through it) guarantees that even before the
   * first application is configured. The ticket's return application must be enabled too.
   */
  private enableClients(config: InvitationConfig, environment: StackEnvironment, connectionId: string): void {
    const enabledClients = [
      ...new Set([...environment.enabled_clients, ...(config.tickets.client_id ? [config.tickets.client_id] : [])]),
    ].sort();
    new ConnectionClients(this, 'invitees_connection_clients', {
      connectionId,
      enabledClients: [...enabledClients, this.reconcilerClient.clientId],
    });
  }

  private loginGate(config: InvitationConfig, loginGateCode: string | undefined): void {
    const gate = new Action(this, 'login_gate', {
      name: LOGIN_GATE_ACTION_NAME,
      runtime: 'node22',
      deploy: true,
      code: loginGateCode ?? readFileSync(LOGIN_GATE_SOURCE, 'utf8'),
      supportedTriggers: { id: 'post-login', version: 'v3' },
      // Settings for the Action (not credentials): it reads them from event.secrets.
      secrets: [
        { name: 'GATED_CONNECTION', value: config.connection },
        {
          name: 'REQUIRE_RESET_FOR_IMPORTED_HASHES',
          value: config.stack.require_reset_for_imported_hashes ? 'true' : 'false',
        },
      ],
    });

    // auth0_trigger_action (singular) appends this one binding to the post-login flow and leaves the tenant's other
    // post-login Actions bound; auth0_trigger_actions (plural) would own the whole list and unbind them.
    new TriggerAction(this, 'login_gate_binding', {
      trigger: 'post-login',
      actionId: gate.id,
      displayName: gate.name,
    });
  }

  private outputs(): void {
    new TerraformOutput(this, 'reconciler_client_id', {
      value: this.reconcilerClient.clientId,
      description: 'AUTH0_CLIENT_ID for the reconciler; fetch its secret from the Auth0 dashboard, never from here.',
    });

    new TerraformOutput(this, 'planner_client_id', {
      value: this.plannerClient.clientId,
      description:
        'AUTH0_CLIENT_ID for the read-only pull-request dry run (PLANNER_CLIENT_ID of the <environment>-plan GitHub environment).',
    });
  }

  /**
   * `mail.delivery: auth0`: Auth0's Change Password email (`reset_email`) from the Liquid template in templates/,
   * which tells an invitation (the marker app_metadata.invitation.awaiting_password) from a real reset. Its link
   * lives as long as an invitation link (`tickets.ttl_seconds`).
   */
  private changePasswordEmail(config: InvitationConfig, configDir: string): void {
    new EmailTemplate(this, 'change_password_email', {
      template: 'reset_email',
      enabled: true,
      syntax: 'liquid',
      from: config.mail.from,
      subject: config.mail.auth0_subject,
      body: readFileSync(path.resolve(configDir, config.mail.auth0_template), 'utf8'),
      urlLifetimeInSeconds: config.tickets.ttl_seconds,
    });
  }

  /**
   * The tenant's email provider, through which Auth0 sends its mails. Its secret is a sensitive Terraform variable
   * (TF_VAR_email_provider_smtp_pass or TF_VAR_email_provider_api_key), never a value in a file.
   */
  private emailProvider(provider: NonNullable<InvitationConfig['stack']['email_provider']>): void {
    const smtp = provider.name === 'smtp';
    if (smtp && (!provider.smtp_host || !provider.smtp_user)) throw new Error('stack.email_provider: the smtp provider needs smtp_host and smtp_user');
    const secret = new TerraformVariable(this, smtp ? 'email_provider_smtp_pass' : 'email_provider_api_key', {
      type: 'string',
      sensitive: true,
      description: smtp ? 'Password of the SMTP server Auth0 sends its mails through.' : `API key of ${provider.name}, through which Auth0 sends its mails.`,
    });
    new EmailProvider(this, 'email_provider', {
      name: provider.name,
      enabled: true,
      defaultFromAddress: provider.default_from_address,
      credentials: smtp
        ? { smtpHost: provider.smtp_host, smtpPort: provider.smtp_port, smtpUser: provider.smtp_user, smtpPass: secret.stringValue }
        : { apiKey: secret.stringValue, ...(provider.domain ? { domain: provider.domain } : {}), ...(provider.region ? { region: provider.region } : {}) },
    });
  }
}

/** Where the stack keeps its state (state-backend.ts chooses). */
function addStateBackend(stack: TerraformStack, backend: StateBackend, environment: string): void {
  switch (backend.kind) {
    case 'cloud':
      new CloudBackend(stack, { organization: backend.organization, workspaces: new NamedCloudWorkspace(stateWorkspaceName(environment)) });
      return;
    case 's3':
      new S3Backend(stack, {
        bucket: backend.bucket,
        key: `${backend.keyPrefix}/${environment}.tfstate`,
        encrypt: true,
        ...(backend.region ? { region: backend.region } : {}),
        ...(backend.dynamodbTable ? { dynamodbTable: backend.dynamodbTable } : {}),
      });
      return;
    case 'local':
      // Relative to cdktf.out/stacks/<env>/, so the synthesized JSON is the same on every machine.
      new LocalBackend(stack, { path: `../../../terraform.${environment}.tfstate` });
  }
}

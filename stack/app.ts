// One cdktf stack per environment declared in invitation.config.yaml.
import { App } from 'cdktf';
import type { InvitationConfig } from '../reconciler/config';
import { InvitationStack } from './invitation-stack';
import type { StateBackend } from './state-backend';

export interface StackOptions {
  /** AUTH0_DOMAIN at synth time, if known. */
  domain?: string;
  /** TF_CLOUD_ORGANIZATION: keep state in HCP Terraform instead of local files. */
  terraformCloudOrganization?: string;
  /** Where the state is kept (state-backend.ts, from the environment variables). */
  stateBackend?: StateBackend;
  /** The config file's folder: template paths in it are relative to it. */
  configDir?: string;
}

export interface BuildAppOptions extends StackOptions {
  /** Where `synth()` writes; stacks land in `<outdir>/stacks/<environment>/cdk.tf.json`. */
  outdir: string;
}

/** Adds one InvitationStack per configured environment to `app`, in config order. */
export function addInvitationStacks(app: App, config: InvitationConfig, options: StackOptions = {}): InvitationStack[] {
  return config.stack.environments.map(
    (environment) =>
      new InvitationStack(app, environment.name, {
        config,
        environment,
        ...(options.domain ? { domain: options.domain } : {}),
        ...(options.terraformCloudOrganization ? { terraformCloudOrganization: options.terraformCloudOrganization } : {}),
        ...(options.stateBackend ? { stateBackend: options.stateBackend } : {}),
        ...(options.configDir ? { configDir: options.configDir } : {}),
      }),
  );
}

export function buildApp(config: InvitationConfig, options: BuildAppOptions): App {
  const app = new App({ outdir: options.outdir });
  addInvitationStacks(app, config, options);
  return app;
}

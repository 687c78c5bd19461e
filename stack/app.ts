// One cdktf stack per environment declared in invitation.config.yaml.
import { App } from 'cdktf';
import type { InvitationConfig } from '../reconciler/config.js';
import { InvitationStack } from './invitation-stack.js';

export interface BuildAppOptions {
  /** Where `synth()` writes; stacks land in `<outdir>/stacks/<environment>/cdk.tf.json`. */
  outdir: string;
  /** AUTH0_DOMAIN at synth time, if known. */
  domain?: string;
  /** TF_CLOUD_ORGANIZATION: keep state in HCP Terraform instead of local files. */
  terraformCloudOrganization?: string;
}

export function buildApp(config: InvitationConfig, options: BuildAppOptions): App {
  const app = new App({ outdir: options.outdir, skipValidation: false });
  for (const environment of config.stack.environments) {
    new InvitationStack(app, environment.name, {
      config,
      environment,
      ...(options.domain ? { domain: options.domain } : {}),
      ...(options.terraformCloudOrganization ? { terraformCloudOrganization: options.terraformCloudOrganization } : {}),
    });
  }
  return app;
}

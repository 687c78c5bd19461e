// `npm run synth` / `cdktf synth`: the tenant configuration as Terraform JSON, one stack per environment, in
// cdktf.out/stacks/<environment>/cdk.tf.json. Reads invitation.config.yaml (or INVITATION_CONFIG) and, for the
// Management API audience, AUTH0_DOMAIN. Credentials are never read here: the Auth0 provider takes
// AUTH0_CLIENT_ID and AUTH0_CLIENT_SECRET from the environment when Terraform runs.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadStackConfig } from './stack/config';
import { buildApp } from './stack/app';
import { stateBackendFromEnv } from './stack/state-backend';

const projectRoot = path.dirname(fileURLToPath(import.meta.url));
const configFile = process.env.INVITATION_CONFIG ?? path.join(projectRoot, 'invitation.config.yaml');
// cdktf-cli tells the app where to write through CDKTF_OUTDIR; `npm run synth` writes to cdktf.out.
const outdir = process.env.CDKTF_OUTDIR ?? path.join(projectRoot, 'cdktf.out');
const domain = process.env.AUTH0_DOMAIN?.trim();
// HCP Terraform (TF_CLOUD_ORGANIZATION), S3 (TF_BACKEND_S3_*) or a local file: stack/state-backend.ts.
const stateBackend = stateBackendFromEnv(process.env);

try {
  const app = buildApp(await loadStackConfig(configFile), {
    outdir,
    configDir: path.dirname(configFile),
    ...(domain ? { domain } : {}),
    stateBackend,
  });
  app.synth();
  if (!domain) {
    console.error('note: AUTH0_DOMAIN is not set; terraform will need TF_VAR_auth0_domain when it plans.');
  }
} catch (error) {
  console.error(`synth failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

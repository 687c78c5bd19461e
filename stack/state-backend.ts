// Where Terraform keeps each environment's state, chosen from the environment variables (docs/stack.md, "State"):
// HCP Terraform when TF_CLOUD_ORGANIZATION is set, an S3 bucket when TF_BACKEND_S3_BUCKET is set, else a local file.
// A local file suits a workstation only: a CI runner starts from a fresh clone and loses it, so the deploy job
// refuses it (stack/require-remote-state.ts) and says what to set. No cdktf here, so that check starts quickly;
// the backends themselves are added in invitation-stack.ts.

export type StateBackend =
  | { kind: 'cloud'; organization: string }
  | { kind: 's3'; bucket: string; region?: string; keyPrefix: string; dynamodbTable?: string }
  | { kind: 'local' };

/** The variables that choose a remote backend, for messages and docs. */
export const REMOTE_STATE_HELP = [
  'HCP Terraform: TF_CLOUD_ORGANIZATION (the organization; one workspace auth0-invitations-<environment> each) and TF_TOKEN_app_terraform_io (an API token)',
  'S3: TF_BACKEND_S3_BUCKET, TF_BACKEND_S3_REGION (or AWS_REGION), optionally TF_BACKEND_S3_KEY_PREFIX (default auth0-invitations) and TF_BACKEND_S3_DYNAMODB_TABLE (state locking), with AWS credentials',
];

export function stateBackendFromEnv(env: NodeJS.ProcessEnv): StateBackend {
  const value = (name: string): string | undefined => env[name]?.trim() || undefined;
  const organization = value('TF_CLOUD_ORGANIZATION');
  if (organization) return { kind: 'cloud', organization };
  const bucket = value('TF_BACKEND_S3_BUCKET');
  if (bucket) {
    const region = value('TF_BACKEND_S3_REGION') ?? value('AWS_REGION');
    const dynamodbTable = value('TF_BACKEND_S3_DYNAMODB_TABLE');
    return { kind: 's3', bucket, keyPrefix: value('TF_BACKEND_S3_KEY_PREFIX') ?? 'auth0-invitations', ...(region ? { region } : {}), ...(dynamodbTable ? { dynamodbTable } : {}) };
  }
  return { kind: 'local' };
}

/** The HCP Terraform workspace of an environment's state. */
export function stateWorkspaceName(environment: string): string {
  return `auth0-invitations-${environment}`;
}

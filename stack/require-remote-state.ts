// The deploy job's first step: refuse to deploy on local Terraform state, which a CI runner loses at the end of
// the job (the next deploy would then try to create everything again). Says which variables to set.
import { REMOTE_STATE_HELP, stateBackendFromEnv } from './state-backend';

const backend = stateBackendFromEnv(process.env);
if (backend.kind === 'local') {
  process.stderr.write(
    [
      'Refusing to deploy: Terraform state would be a local file on this runner, and lost when the job ends.',
      'Set the variables of one remote backend in the deploy environment (docs/stack.md, "State"):',
      ...REMOTE_STATE_HELP.map((line) => `  - ${line}`),
      '',
    ].join('\n'),
  );
  process.exit(1);
}
process.stdout.write(`Terraform state: ${backend.kind === 'cloud' ? `HCP Terraform organization ${backend.organization}` : `s3://${backend.bucket}/${backend.keyPrefix}/`}\n`);

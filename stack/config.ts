// The stack reads invitation.config.yaml through the shared loader (JSON Schema with defaults, errors with file,
// line and column, unique environment names), so the stack and the reconciler agree on every setting.
import type { InvitationConfig } from '../reconciler/config';
import { checkConfigText, loadConfig, type LoadConfigResult } from '../reconciler/desired/load-config';
import { formatInputError } from '../reconciler/desired/errors';

export class StackConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'StackConfigError';
  }
}

function configFrom(result: LoadConfigResult, file: string): InvitationConfig {
  const problems = result.errors.map(formatInputError);
  if (!result.config || problems.length > 0) {
    throw new StackConfigError(problems.length > 0 ? problems : [`${file}: no configuration`]);
  }
  return result.config;
}

/** Reads and checks a config file; throws StackConfigError listing every problem. */
export async function loadStackConfig(file: string): Promise<InvitationConfig> {
  return configFrom(await loadConfig(file), file);
}

/** The same from YAML text (`file` names it in errors). */
export function stackConfigFromText(text: string, file: string): InvitationConfig {
  return configFrom(checkConfigText(file, text), file);
}

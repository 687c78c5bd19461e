// The stack reads invitation.config.yaml through the shared loader (JSON Schema with defaults, errors with file,
// line and column), so the stack and the reconciler agree on every setting. It adds the one check the schema
// cannot express: environment names are unique (each becomes a stack and a folder under cdktf.out/stacks/).
import type { InvitationConfig } from '../reconciler/config.js';
import { checkConfigText, loadConfig, type LoadConfigResult } from '../reconciler/desired/load-config.js';
import { formatInputError } from '../reconciler/desired/errors.js';

export class StackConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'StackConfigError';
  }
}

function stackProblems(config: InvitationConfig, file: string): string[] {
  const seen = new Set<string>();
  const problems: string[] = [];
  config.stack.environments.forEach((environment, i) => {
    if (seen.has(environment.name)) {
      problems.push(`${file}: stack.environments[${i}].name: "${environment.name}" is declared twice`);
    }
    seen.add(environment.name);
  });
  return problems;
}

function configFrom(result: LoadConfigResult, file: string): InvitationConfig {
  const problems = result.errors.map(formatInputError);
  if (!result.config || problems.length > 0) {
    throw new StackConfigError(problems.length > 0 ? problems : [`${file}: no configuration`]);
  }
  const stackOnly = stackProblems(result.config, file);
  if (stackOnly.length > 0) throw new StackConfigError(stackOnly);
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

// `invitation.config.yaml`: read, parse, validate and complete with the schema's defaults.
import type { InvitationConfig } from '../config';
import { compareInputErrors, excerpt, type InputError } from './errors';
import { parseYaml } from './parse-yaml';
import type { ParsedSource } from './parsed-source';
import { indexLines, positionAt, type LinePosition } from './positions';
import { readTextFile } from './read-text';
import { describeSchemaErrors } from './schema-errors';
import { validateConfigFile } from './schemas';

export interface LoadConfigResult {
  /** Present exactly when there are no errors; every default filled in. */
  config?: InvitationConfig;
  errors: InputError[];
  /** Where a setting is written, e.g. `['mail', 'subject']` (its value), when the file parsed. */
  locate?: (path: readonly string[]) => LinePosition | undefined;
}

const MAX_CONFIG_BYTES = 1024 * 1024;

/** Template paths are returned as written (relative to the config file); resolving them is the caller's job. */
export async function loadConfig(file: string): Promise<LoadConfigResult> {
  const read = await readTextFile(file, MAX_CONFIG_BYTES);
  if (read.error !== undefined) return { errors: [read.error] };
  return checkConfigText(file, read.text);
}

export function checkConfigText(file: string, text: string): LoadConfigResult {
  const lineStarts = indexLines(text);
  const parsed = parseYaml(file, text, lineStarts);
  if (parsed.empty) {
    return { errors: [{ file, line: 1, column: 1, message: 'the file is empty: it needs at least "connection: <database connection name>"' }] };
  }
  if (parsed.source === undefined) return { errors: parsed.errors };
  const source = parsed.source;
  const locate = (path: readonly string[]): LinePosition | undefined => {
    const offset = source.offsetOf(path, 'value');
    return offset === undefined ? undefined : positionAt(lineStarts, offset);
  };
  const validate = validateConfigFile();
  // Rules a JSON Schema cannot state, checked before ajv fills in defaults (those are never duplicates).
  const errors = duplicateEnvironmentErrors(file, parsed.source, lineStarts);
  // ajv fills in defaults in place; the parsed value is ours alone, so that is safe.
  if (validate(parsed.source.value) && errors.length === 0) return { config: parsed.source.value as InvitationConfig, errors: [], locate };
  errors.push(...describeSchemaErrors(validate.errors ?? [], { file, source: parsed.source, lineStarts }));
  return { errors: errors.sort(compareInputErrors) };
}

/**
 * `stack.environments[].name` is unique: each name is a cdktf stack and a folder under cdktf.out, so names are
 * compared ignoring case (two stacks differing only in case would share a folder on macOS and Windows).
 */
function duplicateEnvironmentErrors(file: string, source: ParsedSource, lineStarts: readonly number[]): InputError[] {
  const stack = asRecord(asRecord(source.value)?.stack);
  const environments = Array.isArray(stack?.environments) ? (stack.environments as unknown[]) : [];
  const first = new Map<string, { index: number; line: number; column: number }>();
  const errors: InputError[] = [];
  environments.forEach((environment, index) => {
    const name = asRecord(environment)?.name;
    if (typeof name !== 'string') return;
    const path = ['stack', 'environments', index, 'name'];
    const at = positionAt(lineStarts, source.offsetOf(path, 'value') ?? 0);
    const earlier = first.get(name.toLowerCase());
    if (earlier === undefined) {
      first.set(name.toLowerCase(), { index, ...at });
      return;
    }
    errors.push({
      file,
      ...at,
      field: `stack.environments[${index}].name`,
      message: `the environment name ${excerpt(name)} is declared twice (names are compared ignoring case): first as stack.environments[${earlier.index}].name at ${file}:${earlier.line}:${earlier.column}`,
    });
  });
  return errors;
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

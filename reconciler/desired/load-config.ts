// `invitation.config.yaml`: read, parse, validate and complete with the schema's defaults.
import type { InvitationConfig } from '../config';
import { compareInputErrors, type InputError } from './errors';
import { parseYaml } from './parse-yaml';
import { indexLines } from './positions';
import { readTextFile } from './read-text';
import { describeSchemaErrors } from './schema-errors';
import { validateConfigFile } from './schemas';

export interface LoadConfigResult {
  /** Present exactly when there are no errors; every default filled in. */
  config?: InvitationConfig;
  errors: InputError[];
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
  const validate = validateConfigFile();
  // ajv fills in defaults in place; the parsed value is ours alone, so that is safe.
  if (validate(parsed.source.value)) return { config: parsed.source.value as InvitationConfig, errors: [] };
  return { errors: describeSchemaErrors(validate.errors ?? [], { file, source: parsed.source, lineStarts }).sort(compareInputErrors) };
}

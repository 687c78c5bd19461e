// The two committed JSON Schemas, compiled once per process (compiling costs far more than validating).
import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import { isValidEmail } from './email';

const SCHEMA_FOLDER = new URL('../../schemas/', import.meta.url);

export const INVITEES_SCHEMA_FILE = new URL('invitees.schema.json', SCHEMA_FOLDER);
export const CONFIG_SCHEMA_FILE = new URL('invitation.config.schema.json', SCHEMA_FOLDER);

let inviteesValidator: ValidateFunction | undefined;
let configValidator: ValidateFunction | undefined;

/** Strict mode, every error, and `verbose` so that messages can quote the offending value and schema. */
export function createAjv(options: { useDefaults: boolean }): Ajv {
  const ajv = new Ajv({ strict: true, allErrors: true, verbose: true, useDefaults: options.useDefaults });
  // Our own `email` (same rules as Auth0's import schema, with reasons) and a `uri` good enough for http(s) URLs;
  // the schemas add a pattern for the scheme.
  ajv.addFormat('email', { type: 'string', validate: isValidEmail });
  ajv.addFormat('uri', { type: 'string', validate: isAbsoluteUrl });
  return ajv;
}

export function validateInviteeFile(): ValidateFunction {
  inviteesValidator ??= createAjv({ useDefaults: false }).compile(readSchema(INVITEES_SCHEMA_FILE));
  return inviteesValidator;
}

/** Applies the schema's defaults to the value it validates. */
export function validateConfigFile(): ValidateFunction {
  configValidator ??= createAjv({ useDefaults: true }).compile(readSchema(CONFIG_SCHEMA_FILE));
  return configValidator;
}

export function readSchema(file: URL): Record<string, unknown> {
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
}

function isAbsoluteUrl(value: string): boolean {
  if (/\s/.test(value)) return false;
  try {
    return new URL(value).host !== '';
  } catch {
    return false;
  }
}

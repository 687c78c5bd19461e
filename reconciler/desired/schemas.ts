// The two committed JSON Schemas, compiled once per process (compiling costs far more than validating). They
// are imported, not read from disk, so that the compiled CLI carries them wherever its files are.
import { Ajv, type ValidateFunction } from 'ajv';
import configSchema from '../../schemas/invitation.config.schema.json' with { type: 'json' };
import inviteesSchema from '../../schemas/invitees.schema.json' with { type: 'json' };
import { isValidEmail } from './email';

export const INVITEES_SCHEMA: Readonly<Record<string, unknown>> = inviteesSchema;
export const CONFIG_SCHEMA: Readonly<Record<string, unknown>> = configSchema;

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
  inviteesValidator ??= createAjv({ useDefaults: false }).compile(INVITEES_SCHEMA);
  return inviteesValidator;
}

/** Applies the schema's defaults to the value it validates. */
export function validateConfigFile(): ValidateFunction {
  configValidator ??= createAjv({ useDefaults: true }).compile(CONFIG_SCHEMA);
  return configValidator;
}

function isAbsoluteUrl(value: string): boolean {
  if (/\s/.test(value)) return false;
  try {
    return new URL(value).host !== '';
  } catch {
    return false;
  }
}

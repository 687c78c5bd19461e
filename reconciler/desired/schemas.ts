// The two committed JSON Schemas and their validators, compiled once per process (compiling costs far more than
// validating), or ahead of time by the build. The schemas are imported, not read from disk, so that the compiled
// CLI carries them wherever its files are.
import { Ajv, type CodeOptions, type ValidateFunction } from 'ajv';
import configSchema from '../../schemas/invitation.config.schema.json' with { type: 'json' };
import inviteesSchema from '../../schemas/invitees.schema.json' with { type: 'json' };
import { PRECOMPILED } from './precompiled-validators';
import { SCHEMA_FORMATS } from './schema-formats';

export const INVITEES_SCHEMA: Readonly<Record<string, unknown>> = inviteesSchema;
export const CONFIG_SCHEMA: Readonly<Record<string, unknown>> = configSchema;

/** Each validator: its schema, and whether it fills in the schema's defaults (in place). */
export const VALIDATORS = {
  invitees: { schema: INVITEES_SCHEMA, useDefaults: false },
  config: { schema: CONFIG_SCHEMA, useDefaults: true },
} as const;
export type ValidatorName = keyof typeof VALIDATORS;

/** Strict mode, every error, and `verbose` so that messages can quote the offending value and schema. */
export function createAjv(options: { useDefaults: boolean; code?: CodeOptions }): Ajv {
  const ajv = new Ajv({ strict: true, allErrors: true, verbose: true, useDefaults: options.useDefaults, ...(options.code ? { code: options.code } : {}) });
  for (const [name, format] of Object.entries(SCHEMA_FORMATS)) ajv.addFormat(name, format);
  return ajv;
}

const compiled: Partial<Record<ValidatorName, ValidateFunction>> = {};

function validator(name: ValidatorName): ValidateFunction {
  const { schema, useDefaults } = VALIDATORS[name];
  return (compiled[name] ??= PRECOMPILED?.[name] ?? createAjv({ useDefaults }).compile(schema));
}

export function validateInviteeFile(): ValidateFunction {
  return validator('invitees');
}

/** Applies the schema's defaults to the value it validates. */
export function validateConfigFile(): ValidateFunction {
  return validator('config');
}

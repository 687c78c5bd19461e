// Validation of one element of a users-imports file against Auth0's user-import schema
// (auth0-facts.md §1: additionalProperties false, email required and formatted, reserved app_metadata keys).
// Codes and messages follow z-schema, whose codes match Auth0's documented list (FORMAT, INVALID_TYPE, ...).
import { exceedsDepth, MAX_METADATA_DEPTH } from '../json-depth';
import type { ImportUserError } from '../state';

type FieldError = ImportUserError['errors'][number];

const RESERVED_APP_METADATA_KEYS = new Set([
  '__tenant', '_id', 'blocked', 'clientID', 'created_at', 'email_verified', 'email', 'globalClientID',
  'global_client_id', 'identities', 'lastIP', 'lastLogin', 'loginsCount', 'metadata', 'multifactor_last_modified',
  'multifactor', 'updated_at', 'user_id',
]);

type Rule = { type: 'string'; minLength?: number; maxLength?: number; pattern?: RegExp; format?: 'email' }
  | { type: 'boolean' } | { type: 'object' } | { type: 'array'; minItems: number; maxItems: number };

const E164 = /^\+[0-9]{1,15}$/;
const BCRYPT = /^\$2[ab]\$10\$[./A-Za-z0-9]{53}$/;
// Pragmatic email format: something@something.tld without spaces (what z-schema's validator accepts in practice).
const EMAIL = /^[^\s@"]+@[^\s@]+\.[^\s@]+$/;

const RULES: Record<string, Rule> = {
  email: { type: 'string', format: 'email' },
  email_verified: { type: 'boolean' },
  phone_number: { type: 'string', pattern: E164 },
  phone_verified: { type: 'boolean' },
  user_id: { type: 'string', minLength: 1, maxLength: 255, pattern: /^\S*$/ },
  username: { type: 'string', minLength: 1, maxLength: 128 },
  given_name: { type: 'string', minLength: 1, maxLength: 150 },
  family_name: { type: 'string', minLength: 1, maxLength: 150 },
  name: { type: 'string', minLength: 1, maxLength: 300 },
  nickname: { type: 'string', minLength: 1, maxLength: 300 },
  picture: { type: 'string' },
  blocked: { type: 'boolean' },
  password_hash: { type: 'string', pattern: BCRYPT },
  custom_password_hash: { type: 'object' },
  app_metadata: { type: 'object' },
  user_metadata: { type: 'object' },
  mfa_factors: { type: 'array', minItems: 1, maxItems: 10 },
};

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

export function validateImportUser(candidate: unknown): FieldError[] {
  if (typeName(candidate) !== 'object') {
    return [{ code: 'INVALID_TYPE', message: `Expected type object but found type ${typeName(candidate)}`, path: '#/' }];
  }
  const user = candidate as Record<string, unknown>;
  const errors: FieldError[] = [];
  for (const key of Object.keys(user)) {
    if (!Object.hasOwn(RULES, key)) errors.push({ code: 'OBJECT_ADDITIONAL_PROPERTIES', message: `Additional properties not allowed: ${key}`, path: '#/' });
  }
  // OBJECT_REQUIRED is the documented code (auth0-facts.md §1); z-schema would say OBJECT_MISSING_REQUIRED_PROPERTY.
  if (!Object.hasOwn(user, 'email')) errors.push({ code: 'OBJECT_REQUIRED', message: 'Missing required property: email', path: '#/' });
  for (const [key, rule] of Object.entries(RULES)) {
    if (!Object.hasOwn(user, key)) continue;
    errors.push(...checkRule(user[key], rule, `#/${key}`));
  }
  for (const key of ['app_metadata', 'user_metadata'] as const) {
    if (typeName(user[key]) === 'object' && exceedsDepth(user[key], MAX_METADATA_DEPTH)) {
      // The code is a guess: Auth0 documents no depth limit; MAXIMUM is the closest documented code.
      errors.push({ code: 'MAXIMUM', message: `Object is nested too deeply, maximum ${MAX_METADATA_DEPTH} levels`, path: `#/${key}` });
    }
  }
  const appMetadata = user.app_metadata;
  if (typeName(appMetadata) === 'object') {
    for (const key of Object.keys(appMetadata as object)) {
      if (RESERVED_APP_METADATA_KEYS.has(key)) {
        errors.push({ code: 'NOT_PASSED', message: `app_metadata must not contain the reserved key "${key}"`, path: `#/app_metadata/${key}` });
      }
    }
  }
  if (Object.hasOwn(user, 'password_hash') && Object.hasOwn(user, 'custom_password_hash')) {
    errors.push({ code: 'NOT_PASSED', message: 'password_hash and custom_password_hash cannot be used together', path: '#/' });
  }
  return errors;
}

function checkRule(value: unknown, rule: Rule, path: string): FieldError[] {
  const actual = typeName(value);
  if (actual !== rule.type) {
    return [{ code: 'INVALID_TYPE', message: `Expected type ${rule.type} but found type ${actual}`, path }];
  }
  if (rule.type === 'array') {
    const length = (value as unknown[]).length;
    if (length < rule.minItems) return [{ code: 'ARRAY_LENGTH_SHORT', message: `Array is too short (${length}), minimum ${rule.minItems}`, path }];
    if (length > rule.maxItems) return [{ code: 'ARRAY_LENGTH_LONG', message: `Array is too long (${length}), maximum ${rule.maxItems}`, path }];
    return [];
  }
  if (rule.type !== 'string') return [];
  const text = value as string;
  if (rule.minLength !== undefined && text.length < rule.minLength) {
    return [{ code: 'MIN_LENGTH', message: `String is too short (${text.length} chars), minimum ${rule.minLength}`, path }];
  }
  if (rule.maxLength !== undefined && text.length > rule.maxLength) {
    return [{ code: 'MAX_LENGTH', message: `String is too long (${text.length} chars), maximum ${rule.maxLength}`, path }];
  }
  if (rule.pattern && !rule.pattern.test(text)) {
    return [{ code: 'PATTERN', message: `String does not match pattern ${rule.pattern.source}: ${path === '#/password_hash' ? '*****' : text}`, path }];
  }
  if (rule.format === 'email' && !EMAIL.test(text)) {
    return [{ code: 'FORMAT', message: `Object didn't pass validation for format email: ${text}`, path }];
  }
  return [];
}

/** The user as echoed in `/errors`: as given, with secrets masked (auth0-facts.md §1 "Redaction"). */
export function redactImportUser(candidate: unknown): Record<string, unknown> {
  if (typeName(candidate) !== 'object') return { value: candidate };
  const copy: Record<string, unknown> = { ...(candidate as Record<string, unknown>) };
  if (typeof copy.password_hash === 'string') copy.password_hash = '*****';
  const custom = copy.custom_password_hash;
  if (typeName(custom) === 'object') {
    const hash = (custom as Record<string, unknown>).hash;
    copy.custom_password_hash = typeName(hash) === 'object'
      ? { ...(custom as object), hash: { ...(hash as object), value: '*****' } }
      : custom;
  }
  return copy;
}

// The users-imports file: the one home of the rules an element of its array must follow. The OpenAPI document
// describes the request (a file and four fields), not the file; this is Auth0's user-import schema
// (https://auth0.com/docs/manage-users/user-migration/bulk-user-imports): additionalProperties false, email required and formatted, E.164 phones, bcrypt hashes,
// reserved app_metadata keys, 1-10 MFA factors, and password_hash and custom_password_hash never together.
import { MAX_METADATA_DEPTH } from '../json-depth';
import type { ImportUserError } from '../state';
import { compileCheck, type SchemaCheck } from '../validation/schema';
import { jsonTypeName, type SchemaIssue } from '../validation/wording';

type FieldError = ImportUserError['errors'][number];

const RESERVED_APP_METADATA_KEYS = [
  '__tenant', '_id', 'blocked', 'clientID', 'created_at', 'email_verified', 'email', 'globalClientID',
  'global_client_id', 'identities', 'lastIP', 'lastLogin', 'loginsCount', 'metadata', 'multifactor_last_modified',
  'multifactor', 'updated_at', 'user_id',
];

export const IMPORT_USER_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['email'],
  'x-exclusive': [['password_hash', 'custom_password_hash']],
  properties: {
    email: { type: 'string', format: 'email' },
    email_verified: { type: 'boolean' },
    phone_number: { type: 'string', pattern: '^\\+[0-9]{1,15}$' },
    phone_verified: { type: 'boolean' },
    user_id: { type: 'string', minLength: 1, maxLength: 255, pattern: '^\\S*$' },
    username: { type: 'string', minLength: 1, maxLength: 128 },
    given_name: { type: 'string', minLength: 1, maxLength: 150 },
    family_name: { type: 'string', minLength: 1, maxLength: 150 },
    name: { type: 'string', minLength: 1, maxLength: 300 },
    nickname: { type: 'string', minLength: 1, maxLength: 300 },
    picture: { type: 'string' },
    blocked: { type: 'boolean' },
    password_hash: { type: 'string', pattern: '^\\$2[ab]\\$10\\$[./A-Za-z0-9]{53}$' },
    custom_password_hash: { type: 'object' },
    app_metadata: { type: 'object', 'x-max-depth': MAX_METADATA_DEPTH, 'x-reserved-keys': RESERVED_APP_METADATA_KEYS },
    user_metadata: { type: 'object', 'x-max-depth': MAX_METADATA_DEPTH },
    mfa_factors: { type: 'array', minItems: 1, maxItems: 10 },
  },
};

let check: SchemaCheck | undefined;

/** Unknown fields first, then a missing email, then the rest in the schema's order. */
const ORDER: Record<string, number> = { OBJECT_ADDITIONAL_PROPERTIES: 0, OBJECT_REQUIRED: 1 };

export function validateImportUser(candidate: unknown): FieldError[] {
  check ??= compileCheck(IMPORT_USER_SCHEMA, 'all', { echoPatternValues: true });
  const issues = check(candidate);
  return issues
    .map((issue, index) => ({ issue, rank: ORDER[issue.code] ?? 2, index }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ issue }) => fieldError(issue));
}

function fieldError(issue: SchemaIssue): FieldError {
  return { code: issue.code, message: issue.message, path: issue.path };
}

/** The user as echoed in `/errors`: as given, with secrets masked (https://auth0.com/docs/manage-users/user-migration/bulk-user-imports "Redaction"). */
export function redactImportUser(candidate: unknown): Record<string, unknown> {
  if (jsonTypeName(candidate) !== 'object') return { value: candidate };
  const copy: Record<string, unknown> = { ...(candidate as Record<string, unknown>) };
  if (typeof copy.password_hash === 'string') copy.password_hash = '*****';
  const custom = copy.custom_password_hash;
  if (jsonTypeName(custom) === 'object') {
    const hash = (custom as Record<string, unknown>).hash;
    copy.custom_password_hash = jsonTypeName(hash) === 'object'
      ? { ...(custom as object), hash: { ...(hash as object), value: '*****' } }
      : custom;
  }
  return copy;
}

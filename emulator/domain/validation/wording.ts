// The one translation of JSON Schema failures into Auth0's words. Auth0 validates with z-schema, whose codes are
// the ones its import errors list (FORMAT, INVALID_TYPE, ...) and whose messages its 400s quote:
// `Payload validation error: 'String does not match pattern ^con_[A-Za-z0-9]{16}$' on property connection_id`.
import type { ErrorObject } from 'ajv';

export interface SchemaIssue {
  /** z-schema's code, e.g. `PATTERN`; `OBJECT_REQUIRED` for a missing property (the code Auth0 documents). */
  code: string;
  /** z-schema's message, e.g. `String is too short (0 chars), minimum 1`. */
  message: string;
  /** Where, as Auth0's import errors write it: `#/` for the value itself, `#/app_metadata/team` below it. */
  path: string;
  /** Where, as its 400s write it: `fields[0].name`; '' for the value itself. */
  property: string;
}

export interface WordingOptions {
  /** Import errors repeat the offending value after a pattern message (z-schema does); 400 bodies do not. */
  echoPatternValues?: boolean;
}

/** Fields whose values never appear in a message. */
const SECRET_FIELDS = new Set(['password', 'password_hash', 'client_secret', 'value']);

/** JSON types as z-schema names them: whole numbers are `integer`. */
export function jsonTypeName(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

export function describeIssue(error: ErrorObject, options: WordingOptions = {}): SchemaIssue {
  const segments = error.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  const params = error.params as Record<string, unknown>;
  const issue = (code: string, message: string, below?: string): SchemaIssue => {
    const at = below === undefined ? segments : [...segments, below];
    return { code, message, path: `#/${at.join('/')}`, property: propertyName(segments) };
  };
  const value = error.data;
  switch (error.keyword) {
    case 'type':
      return issue('INVALID_TYPE', `Expected type ${[params.type].flat().join(',')} but found type ${jsonTypeName(value)}`);
    case 'required':
      return issue('OBJECT_REQUIRED', `Missing required property: ${String(params.missingProperty)}`);
    case 'additionalProperties':
      return issue('OBJECT_ADDITIONAL_PROPERTIES', `Additional properties not allowed: ${String(params.additionalProperty)}`);
    case 'minLength':
      return issue('MIN_LENGTH', `String is too short (${String(value).length} chars), minimum ${String(params.limit)}`);
    case 'maxLength':
      return issue('MAX_LENGTH', `String is too long (${String(value).length} chars), maximum ${String(params.limit)}`);
    case 'pattern': {
      const echoed = options.echoPatternValues ? `: ${shown(segments, value)}` : '';
      return issue('PATTERN', `String does not match pattern ${String(params.pattern)}${echoed}`);
    }
    case 'format':
      return issue('FORMAT', `Object didn't pass validation for format ${String(params.format)}: ${shown(segments, value)}`);
    case 'minimum':
      return issue('MINIMUM', `Value ${String(value)} is less than minimum ${String(params.limit)}`);
    case 'maximum':
      return issue('MAXIMUM', `Value ${String(value)} is greater than maximum ${String(params.limit)}`);
    case 'enum':
      return issue('ENUM_MISMATCH', `No enum match for: ${param(value)}`);
    case 'minItems':
      return issue('ARRAY_LENGTH_SHORT', `Array is too short (${(value as unknown[]).length}), minimum ${String(params.limit)}`);
    case 'maxItems':
      return issue('ARRAY_LENGTH_LONG', `Array is too long (${(value as unknown[]).length}), maximum ${String(params.limit)}`);
    case 'oneOf':
      return issue('ONE_OF_MISSING', "Data does not match any schemas from 'oneOf'");
    case 'anyOf':
      return issue('ANY_OF_MISSING', "Data does not match any schemas from 'anyOf'");
    default:
      // The emulator's own keywords (schema.ts) carry their code and message in their params.
      if (typeof params.code === 'string' && typeof params.message === 'string') {
        return issue(params.code, params.message, typeof params.below === 'string' ? params.below : undefined);
      }
      return issue('NOT_PASSED', error.message ?? 'Data does not match the schema');
  }
}

/** The `'…' on property x` part of a 400 message. */
export function issueDetail(issue: SchemaIssue): string {
  return issue.property === '' ? `'${issue.message}'` : `'${issue.message}' on property ${issue.property}`;
}

function propertyName(segments: string[]): string {
  let name = '';
  for (const segment of segments) name += /^\d+$/.test(segment) ? `[${segment}]` : name === '' ? segment : `.${segment}`;
  return name;
}

/** A value inside a message as z-schema writes it: objects and null as JSON, everything else as text. */
function param(value: unknown): string {
  return typeof value === 'object' || value === undefined ? JSON.stringify(value ?? null) : String(value);
}

function shown(segments: string[], value: unknown): string {
  return SECRET_FIELDS.has(segments[segments.length - 1] ?? '') ? '*****' : param(value);
}

// Request body checks with Auth0's "Payload validation error" wording (auth0-facts.md §6). Form-urlencoded
// bodies arrive as strings; `fromForm` coerces them by the declared types first, as Auth0 accepts both encodings.
import { invalidBody } from '../domain/errors';
import { exceedsDepth } from '../domain/json-depth';

export type FieldType = 'string' | 'nullable-string' | 'boolean' | 'integer' | 'object' | 'array';

export interface FieldSpec {
  type: FieldType;
  minLength?: number;
  maxLength?: number;
  pattern?: RegExp;
  email?: boolean;
  minimum?: number;
  maximum?: number;
  /** Objects: at most this many levels of nesting. */
  maxDepth?: number;
}

export interface BodySpec {
  fields: Record<string, FieldSpec>;
  required?: string[];
  /** false: unknown properties are a 400 (OAS `additionalProperties: false`). */
  additionalProperties: boolean;
}

const EMAIL = /^[^\s@"]+@[^\s@]+\.[^\s@]+$/;

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

export function isFormBody(contentType: string | undefined): boolean {
  return (contentType ?? '').startsWith('application/x-www-form-urlencoded');
}

export function validateBody(body: unknown, spec: BodySpec, contentType: string | undefined): Record<string, unknown> {
  if (typeName(body) !== 'object') {
    throw invalidBody(`'Expected type object but found type ${typeName(body === undefined ? null : body)}'.`);
  }
  const record = { ...(body as Record<string, unknown>) };
  if (isFormBody(contentType)) coerceForm(record, spec);
  if (!spec.additionalProperties) {
    const unknown = Object.keys(record).filter((key) => !Object.hasOwn(spec.fields, key));
    if (unknown.length > 0) throw invalidBody(`'Additional properties not allowed: ${unknown.join(',')}'.`);
  }
  for (const name of spec.required ?? []) {
    if (!Object.hasOwn(record, name)) throw invalidBody(`'Missing required property: ${name}'.`);
  }
  for (const [name, field] of Object.entries(spec.fields)) {
    if (!Object.hasOwn(record, name)) continue;
    checkField(name, record[name], field);
  }
  return record;
}

function checkField(name: string, value: unknown, field: FieldSpec): void {
  const actual = typeName(value);
  const expected = field.type === 'nullable-string' ? 'string' : field.type;
  if (field.type === 'nullable-string' && value === null) return;
  if (actual !== expected && !(expected === 'integer' && actual === 'integer')) {
    throw invalidBody(`'Expected type ${expected} but found type ${actual}' on property ${name}.`);
  }
  if (typeof value === 'string') {
    if (field.minLength !== undefined && value.length < field.minLength) {
      throw invalidBody(`'String is too short (${value.length} chars), minimum ${field.minLength}' on property ${name}.`);
    }
    if (field.maxLength !== undefined && value.length > field.maxLength) {
      throw invalidBody(`'String is too long (${value.length} chars), maximum ${field.maxLength}' on property ${name}.`);
    }
    if (field.pattern && !field.pattern.test(value)) {
      throw invalidBody(`'String does not match pattern ${field.pattern.source}' on property ${name}.`);
    }
    if (field.email && !EMAIL.test(value)) {
      throw invalidBody(`'Object didn't pass validation for format email: ${value}' on property ${name}.`);
    }
  }
  if (typeof value === 'number' && field.minimum !== undefined && value < field.minimum) {
    throw invalidBody(`'Value ${value} is less than minimum ${field.minimum}' on property ${name}.`);
  }
  if (typeof value === 'number' && field.maximum !== undefined && value > field.maximum) {
    throw invalidBody(`'Value ${value} is greater than maximum ${field.maximum}' on property ${name}.`);
  }
  if (field.maxDepth !== undefined && exceedsDepth(value, field.maxDepth)) {
    throw invalidBody(`'Object is nested too deeply, maximum ${field.maxDepth} levels' on property ${name}.`);
  }
}

function coerceForm(record: Record<string, unknown>, spec: BodySpec): void {
  for (const [name, field] of Object.entries(spec.fields)) {
    const value = record[name];
    if (typeof value !== 'string') continue;
    if (field.type === 'boolean' && (value === 'true' || value === 'false')) record[name] = value === 'true';
    if (field.type === 'integer' && /^-?\d+$/.test(value)) record[name] = Number(value);
  }
}


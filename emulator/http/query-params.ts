// Query-string parameters: they arrive as strings and are checked with Auth0's "Query validation error" wording.
import { invalidQuery } from '../domain/errors';

export type Query = Record<string, unknown>;

export function queryBoolean(query: Query, name: string): boolean | undefined {
  const value = query[name];
  if (value === undefined) return undefined;
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw invalidQuery(`'Expected type boolean but found type string' on property ${name}`);
}

export function queryInteger(query: Query, name: string, minimum: number, maximum?: number): number | undefined {
  const value = query[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !/^-?\d+$/.test(value)) {
    throw invalidQuery(`'Expected type integer but found type ${Array.isArray(value) ? 'array' : 'string'}' on property ${name}`);
  }
  const number = Number(value);
  if (number < minimum) throw invalidQuery(`'Value ${number} is less than minimum ${minimum}' on property ${name}`);
  if (maximum !== undefined && number > maximum) throw invalidQuery(`'Value ${number} is greater than maximum ${maximum}' on property ${name}`);
  return number;
}

export function queryString(query: Query, name: string): string | undefined {
  const value = query[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw invalidQuery(`'Expected type string but found type array' on property ${name}`);
  return value;
}

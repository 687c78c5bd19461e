// JSON Schema checks that answer in Auth0's words (wording.ts). Validators are compiled once per process, when
// first used, and shared by every emulator the process starts: tests start hundreds, and compiling is the cost.
// Three ajv instances, created on demand: request bodies (first failure, as Auth0 reports one), query strings
// and form bodies (the same, with strings coerced to the declared types) and import files (every failure).
import type { ErrorObject, FuncKeywordDefinition, SchemaValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { exceedsDepth } from '../json-depth';
import { describeIssue, type SchemaIssue, type WordingOptions } from './wording';

export type CheckMode = 'first' | 'coerce' | 'all';
export type SchemaCheck = (data: unknown) => SchemaIssue[];

const instances = new Map<CheckMode, Ajv2020>();

export function compileCheck(schema: object, mode: CheckMode, wording: WordingOptions = {}): SchemaCheck {
  const validate = instance(mode).compile(schema);
  return (data) => (validate(data) ? [] : (validate.errors ?? []).map((error) => describeIssue(error, wording)));
}

function instance(mode: CheckMode): Ajv2020 {
  let ajv = instances.get(mode);
  if (ajv) return ajv;
  ajv = new Ajv2020({
    strict: false,
    logger: false,
    verbose: true,
    validateSchema: false,
    allErrors: mode === 'all',
    coerceTypes: mode === 'coerce' ? 'array' : false,
  });
  addFormats.default(ajv);
  for (const keyword of EMULATOR_KEYWORDS) ajv.addKeyword(keyword);
  instances.set(mode, ajv);
  return ajv;
}

type Failure = { code: string; message: string; below?: string };

/** A keyword whose failures carry their own code and message (wording.ts reads them from `params`). */
function keyword<S>(name: string, type: 'object' | undefined, check: (schema: S, data: unknown, property: string) => Failure[]): FuncKeywordDefinition {
  const validate: SchemaValidateFunction = (schema: S, data: unknown, _parent?: unknown, cxt?: { parentDataProperty: string | number }) => {
    const failures = check(schema, data, String(cxt?.parentDataProperty ?? ''));
    validate.errors = failures.map((params): Partial<ErrorObject> => ({ keyword: name, params }));
    return failures.length === 0;
  };
  return { keyword: name, ...(type ? { type } : {}), errors: true, validate };
}

/** Rules of Auth0's that JSON Schema has no word for (the users-imports file schema uses them). */
const EMULATOR_KEYWORDS = [
  // Metadata nested deeper than this many levels (json-depth.ts); MAXIMUM is the closest documented code.
  keyword('x-max-depth', undefined, (levels: number, data) =>
    exceedsDepth(data, levels) ? [{ code: 'MAXIMUM', message: `Object is nested too deeply, maximum ${levels} levels` }] : []),
  // Keys an object must not have.
  keyword('x-reserved-keys', 'object', (keys: string[], data, property) =>
    keys.filter((key) => Object.hasOwn(data as object, key))
      .map((key) => ({ code: 'NOT_PASSED', message: `${property} must not contain the reserved key "${key}"`, below: key }))),
  // Pairs of properties that cannot be used together.
  keyword('x-exclusive', 'object', (pairs: Array<[string, string]>, data) =>
    pairs.filter(([a, b]) => Object.hasOwn(data as object, a) && Object.hasOwn(data as object, b))
      .map(([a, b]) => ({ code: 'NOT_PASSED', message: `${a} and ${b} cannot be used together` }))),
];

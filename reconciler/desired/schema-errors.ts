// Turning ajv's errors into located, plain-language input errors.
import type { ErrorObject } from 'ajv';
import { emailProblem } from './email';
import { excerpt, MAX_EXCERPT_CHARACTERS, type InputError } from './errors';
import { nearestOffset, type ParsedSource, type PathSegment } from './parsed-source';
import { positionAt } from './positions';

export interface SchemaErrorContext {
  file: string;
  source: ParsedSource;
  lineStarts: readonly number[];
  /** Extra advice for unknown fields, by field name (e.g. why passwords have no place in invitee files). */
  unknownFieldAdvice?: Readonly<Record<string, string>>;
}

export function describeSchemaErrors(errors: readonly ErrorObject[], context: SchemaErrorContext): InputError[] {
  // A value with a format error gets one message from the format check; its length and pattern errors only repeat it.
  const formatFailures = new Set(errors.filter((error) => error.keyword === 'format').map((error) => error.instancePath));
  const result: InputError[] = [];
  for (const error of errors) {
    // The inner error of `propertyNames` carries the key name; the outer one says the same, better.
    if (error.propertyName !== undefined && error.keyword !== 'propertyNames') continue;
    if (formatFailures.has(error.instancePath) && ['minLength', 'maxLength', 'pattern'].includes(error.keyword)) continue;
    result.push(describeSchemaError(error, context));
  }
  return result;
}

function describeSchemaError(error: ErrorObject, context: SchemaErrorContext): InputError {
  const path = parsePointer(error.instancePath);
  const located = (at: readonly PathSegment[], part: 'value' | 'key', message: string): InputError => {
    const offset = nearestOffset(context.source, at, part);
    const email = inviteeEmail(context.source.value, at);
    return {
      file: context.file,
      ...positionAt(context.lineStarts, offset),
      ...(at.length > 0 ? { field: formatPath(at) } : {}),
      ...(email !== undefined ? { email } : {}),
      message,
    };
  };
  const params = error.params as Record<string, unknown>;
  const data: unknown = error.data;
  const schema = (error.parentSchema ?? {}) as Record<string, unknown>;
  switch (error.keyword) {
    case 'required': {
      const missing = String(params.missingProperty);
      return located(path, 'value', `missing required field "${missing}"`);
    }
    case 'additionalProperties': {
      const name = String(params.additionalProperty);
      const allowed = Object.keys((schema.properties ?? {}) as Record<string, unknown>);
      const advice =
        context.unknownFieldAdvice !== undefined && Object.hasOwn(context.unknownFieldAdvice, name)
          ? context.unknownFieldAdvice[name]
          : suggestion(name, allowed);
      return located([...path, name], 'key', `unknown field ${excerpt(name)}${advice}`);
    }
    case 'propertyNames': {
      const name = String(params.propertyName);
      return located([...path, name], 'key', reservedKeyMessage(name, path));
    }
    case 'type':
      return located(path, 'value', `${path.length === 0 ? 'the file must contain' : 'must be'} ${describeType(String(params.type))}, not ${describeValue(data)}`);
    case 'format':
      if (params.format === 'email' && typeof data === 'string') {
        return located(path, 'value', `${quote(data)} is not a valid email address: it ${emailProblem(data) ?? 'is malformed'}`);
      }
      return located(path, 'value', `${quote(data)} is not a valid ${params.format === 'uri' ? 'http(s) URL' : String(params.format)}`);
    case 'pattern':
      return located(path, 'value', `${quote(data)} ${patternExplanation(path, String(params.pattern))}`);
    case 'maxLength':
      return located(path, 'value', `is ${characterCount(data)} characters long; at most ${String(params.limit)} are allowed`);
    case 'minLength':
      return located(
        path,
        'value',
        params.limit === 1 ? 'must not be empty' : `must be at least ${String(params.limit)} characters long`,
      );
    case 'enum':
      return located(
        path,
        'value',
        `must be one of ${(error.schema as unknown[]).map((option) => JSON.stringify(option)).join(', ')}, not ${describeValue(data)}${enumAside(schema.description)}`,
      );
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const bound = { minimum: 'at least', maximum: 'at most', exclusiveMinimum: 'more than', exclusiveMaximum: 'less than' }[
        error.keyword
      ];
      return located(path, 'value', `must be ${bound} ${String(params.limit)}, not ${String(data)}${aside(schema.description)}`);
    }
    case 'minItems':
      return located(path, 'value', `must list at least ${String(params.limit)} item${params.limit === 1 ? '' : 's'}`);
    case 'uniqueItems':
      return located(path, 'value', `lists the same value twice (items ${String(params.j)} and ${String(params.i)})`);
    case 'not': {
      const description = (error.schema as Record<string, unknown> | undefined)?.description;
      // A rule over the whole file is shown where the first field it names is (e.g. mail.delivery), not at line 1.
      const at = path.length === 0 ? firstRequiredPath(error.schema) : path;
      return located(at, 'value', typeof description === 'string' ? description : 'has a combination of fields that is not allowed');
    }
    default:
      return located(path, 'value', error.message ?? `fails the schema rule "${error.keyword}"`);
  }
}

/** The path of the first required field of a schema, followed through nested `required` and `properties`. */
function firstRequiredPath(schema: unknown): PathSegment[] {
  const path: PathSegment[] = [];
  let node = schema as { required?: unknown; properties?: Record<string, unknown> } | undefined;
  while (node && Array.isArray(node.required) && typeof node.required[0] === 'string') {
    const key = node.required[0];
    path.push(key);
    node = node.properties?.[key] as typeof node;
  }
  return path;
}

const AUTH0_RESERVED_NOTE = 'is reserved by Auth0 in app_metadata and cannot be imported: rename it';

function reservedKeyMessage(name: string, path: readonly PathSegment[]): string {
  if (name === 'invitation') {
    return 'app_metadata key "invitation" belongs to the reconciler\'s own bookkeeping: choose another key';
  }
  if (name === 'reconciler_lease') {
    return 'app_metadata key "reconciler_lease" belongs to the reconciler (its tenant lease record): choose another key';
  }
  if (name === 'legacy_password_hash') {
    return 'app_metadata key "legacy_password_hash" is read by the login gate Action (imported legacy password hashes): invitee files can neither set nor remove it';
  }
  return path.at(-1) === 'app_metadata' ? `app_metadata key "${name}" ${AUTH0_RESERVED_NOTE}` : `key "${name}" is not allowed`;
}

function patternExplanation(path: readonly PathSegment[], pattern: string): string {
  const field = path.at(-1);
  if (pattern === '^https?://') return 'must be an http:// or https:// URL';
  if (field === 'connection') {
    return 'is not a valid Auth0 connection name: use letters, digits and single hyphens, starting and ending with a letter or digit';
  }
  if (field === 'name') return 'is not a valid stack name: use letters, digits, "_" and "-", starting with a letter or digit';
  return `does not have the expected form (pattern ${pattern})`;
}

function suggestion(name: string, allowed: readonly string[]): string {
  if (allowed.length === 0) return '';
  // Only names of a plausible length are worth a "did you mean" (and the edit distance is quadratic).
  const close = name.length > 64 ? undefined : allowed
    .map((candidate) => ({ candidate, distance: editDistance(name.toLowerCase(), candidate) }))
    .filter(({ distance }) => distance <= Math.max(2, Math.floor(name.length / 4)))
    .sort((a, b) => a.distance - b.distance)[0];
  const hint = close !== undefined ? `: did you mean "${close.candidate}"?` : '';
  return `${hint} (allowed here: ${allowed.join(', ')})`;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

function describeType(type: string): string {
  const names: Record<string, string> = {
    string: 'text',
    object: 'a mapping of fields (key: value)',
    array: 'a list',
    integer: 'a whole number',
    number: 'a number',
    boolean: 'true or false',
    null: 'null (empty)',
  };
  return type
    .split(',')
    .map((name) => names[name] ?? name)
    .join(' or ');
}

export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'empty (nothing after the colon)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the text ${quote(value)}`;
  if (typeof value === 'number') return `the number ${String(value)} (quote it to make it text)`;
  if (typeof value === 'boolean') return `${String(value)} (quote it to make it text)`;
  return typeof value;
}

/** Quotes a value for a message: a short, sanitized excerpt, so that no file's content floods or leaks. */
export function quote(value: unknown): string {
  return excerpt(value);
}

function characterCount(value: unknown): number {
  return typeof value === 'string' ? [...value].length : 0;
}

/** An enum's description says why the options are what they are only after "because"; that part is the aside. */
function enumAside(description: unknown): string {
  return typeof description === 'string' && / because /.test(description) ? aside(description) : '';
}

function aside(description: unknown): string {
  if (typeof description !== 'string') return '';
  const firstSentence = /^(.*?)(?:\.(?:\s|$)|$)/.exec(description)?.[1] ?? description;
  return ` (${firstSentence.trim()})`;
}

/** `/invitees/3/email` → ['invitees', 3, 'email'] */
export function parsePointer(pointer: string): PathSegment[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^(0|[1-9][0-9]*)$/.test(part) ? Number(part) : part));
}

/** ['invitees', 3, 'email'] → `invitees[3].email`; odd or long keys are quoted: `app_metadata["a b"]`. */
export function formatPath(path: readonly PathSegment[]): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(segment) && segment.length <= MAX_EXCERPT_CHARACTERS) text += text === '' ? segment : `.${segment}`;
    // Keys come from the file: quoted as a short, sanitized excerpt like any other piece of it.
    else text += `[${excerpt(segment)}]`;
  }
  return text;
}

/** The email of the invitee a path points into, when the path is inside `invitees[n]`. */
function inviteeEmail(root: unknown, path: readonly PathSegment[]): string | undefined {
  if (path[0] !== 'invitees' || typeof path[1] !== 'number' || typeof root !== 'object' || root === null) return undefined;
  const invitees = (root as Record<string, unknown>).invitees;
  const invitee = Array.isArray(invitees) ? (invitees[path[1]] as unknown) : undefined;
  const email = typeof invitee === 'object' && invitee !== null ? (invitee as Record<string, unknown>).email : undefined;
  return typeof email === 'string' ? email : undefined;
}

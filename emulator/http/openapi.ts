// Request checks taken from Auth0's OpenAPI documents (`emulator/openapi/`, copies of Auth0's published
// descriptions): an operation's query parameters and request body are validated against its own schemas, and a
// failure answers as Auth0 does (`Query validation error: …`, `Payload validation error: …`). The documents are
// read when a first check is compiled; each check is compiled on its route's first request, once per process,
// from a self-contained copy of the schemas it uses (indexing a whole 400 KB document costs more than that).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { invalidBody, invalidQuery } from '../domain/errors';
import type { Json } from '../domain/fields';
import { compileCheck, type SchemaCheck } from '../domain/validation/schema';
import { issueDetail } from '../domain/validation/wording';

const DOCUMENTS = {
  management: 'auth0-management-oas.json',
  authentication: 'auth0-authentication-oas.json',
} as const;
export type OpenApiDocument = keyof typeof DOCUMENTS;

const parsed = new Map<OpenApiDocument, OpenApi>();

interface OpenApi {
  paths: Record<string, Record<string, { parameters?: Array<{ name: string; in: string; required?: boolean; schema: object }> } | undefined>>;
  components?: { schemas?: Record<string, object> };
}

/** The parsed document (read once per process). */
export function openApiDocument(name: OpenApiDocument): OpenApi {
  let document = parsed.get(name);
  if (!document) {
    document = JSON.parse(readFileSync(path.join(packageRoot(), 'emulator', 'openapi', DOCUMENTS[name]), 'utf8')) as OpenApi;
    parsed.set(name, document);
  }
  return document;
}

/**
 * The folder holding package.json, above this module: the source (`emulator/http/`) and the compiled emulator
 * (`dist/`, `dist/chunks/`) sit at different depths, and both read the documents from `emulator/openapi/`.
 */
function packageRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('emulator: no package.json above the emulator, so no emulator/openapi/ to read');
    dir = parent;
  }
  return dir;
}

const COMPONENT_REF = '#/components/schemas/';

/**
 * The schema at `segments` (e.g. 'components', 'schemas', 'CreateUserRequestContent') as a self-contained
 * schema: the component schemas it refers to, directly or not, copied into its `$defs`.
 */
export function documentSchema(name: OpenApiDocument, ...segments: string[]): object {
  let node: unknown = openApiDocument(name);
  for (const segment of segments) node = (node as Record<string, unknown> | undefined)?.[segment];
  if (typeof node !== 'object' || node === null) throw new Error(`the ${name} OpenAPI document has no ${segments.join('/')}`);
  return selfContained(name, node);
}

/** `schema` (taken from the document) with the component schemas it uses copied into its `$defs`. */
function selfContained(name: OpenApiDocument, schema: object): object {
  const document = openApiDocument(name);
  const defs: Record<string, unknown> = {};
  const pending: string[] = [];
  const rewrite = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(rewrite);
    if (typeof value !== 'object' || value === null) return value;
    const copy: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) {
      if (key === '$ref' && typeof child === 'string' && child.startsWith(COMPONENT_REF)) {
        const component = child.slice(COMPONENT_REF.length);
        if (!(component in defs)) { defs[component] = null; pending.push(component); }
        copy.$ref = `#/$defs/${component}`;
      } else if (key !== 'example' && key !== 'examples') {
        copy[key] = rewrite(child);
      }
    }
    return copy;
  };
  const root = rewrite(schema) as Record<string, unknown>;
  for (let component = pending.pop(); component !== undefined; component = pending.pop()) {
    defs[component] = rewrite(document.components?.schemas?.[component] ?? {});
  }
  return Object.keys(defs).length > 0 ? { ...root, $defs: defs } : root;
}

export interface RequestChecks {
  /** The query string with values of the declared types (`"true"` → true), or a 400 `invalid_query_string`. */
  query<T extends object = Json>(raw: unknown): T;
  /** The body (a form body with values of the declared types), or a 400 `invalid_body`. */
  body<T extends object = Json>(raw: unknown, contentType: string | undefined, media?: string): T;
}

/** Checks for the operation `method path` of `document`; nothing is read or compiled until first used. */
export function operation(document: OpenApiDocument, method: string, path: string): RequestChecks {
  const verb = method.toLowerCase();
  let queryCheck: SchemaCheck | undefined;
  const bodyChecks = new Map<string, SchemaCheck>();
  return {
    query<T>(raw: unknown) {
      queryCheck ??= compileCheck(selfContained(document, querySchema(document, path, verb)), 'coerce');
      const query: Json = { ...(raw as Json | undefined) };
      const [issue] = queryCheck(query);
      if (issue) throw invalidQuery(issueDetail(issue));
      return query as T;
    },
    body<T>(raw: unknown, contentType: string | undefined, media = 'application/json') {
      const form = (contentType ?? '').startsWith('application/x-www-form-urlencoded');
      const key = `${media}${form ? '+form' : ''}`;
      let check = bodyChecks.get(key);
      if (!check) {
        check = compileCheck(documentSchema(document, 'paths', path, verb, 'requestBody', 'content', media, 'schema'), form || media === 'multipart/form-data' ? 'coerce' : 'first');
        bodyChecks.set(key, check);
      }
      // Coercion writes into the value: work on a copy of form and multipart bodies.
      const body = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? { ...(raw as Json) } : raw;
      const [issue] = check(body);
      if (issue) throw invalidBody(issueDetail(issue));
      return body as T;
    },
  };
}

/** The operation's query parameters as one object schema. */
function querySchema(document: OpenApiDocument, path: string, verb: string): object {
  const parameters = openApiDocument(document).paths[path]?.[verb]?.parameters;
  if (!parameters) throw new Error(`the ${document} OpenAPI document has no operation ${verb.toUpperCase()} ${path}`);
  const query = parameters.filter((parameter) => parameter.in === 'query');
  // Auth0 ignores query parameters it does not know (`POST /jobs/users-imports?test=value` is a 202).
  return {
    type: 'object',
    properties: Object.fromEntries(query.map((parameter) => [parameter.name, parameter.schema])),
    required: query.filter((parameter) => parameter.required).map((parameter) => parameter.name),
  };
}

// Emulator responses held against Auth0's OpenAPI documents (the emulator's own copies in emulator/openapi/),
// as Auth0's recorded answers amend them: where the two disagree the recordings win, and each amendment says so.
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

export type OasDocument = 'management' | 'authentication';

const FILES: Record<OasDocument, string> = {
  management: 'auth0-management-oas.json',
  authentication: 'auth0-authentication-oas.json',
};

interface Amendment {
  document: OasDocument;
  /** JSON pointer segments of the schema to change. */
  at: string[];
  change: (schema: Record<string, unknown>) => void;
  why: string;
}

/** The places where Auth0's recorded answers contradict its OpenAPI documents. */
export const RECORDED_OVER_OAS: Amendment[] = [
  {
    document: 'management',
    at: ['components', 'schemas', 'ConnectionForList', 'properties'],
    change: (properties) => { properties.enabled_clients = { type: 'array', items: { type: 'string' } }; },
    why: 'every recorded list item of GET /connections has enabled_clients; ConnectionForList forbids it (additionalProperties: false)',
  },
];

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);
for (const format of ['strict-uri', 'user-id', 'client-id', 'organization-id', 'url', 'connection-id', 'connection-realm']) ajv.addFormat(format, true);
for (const [document, file] of Object.entries(FILES) as Array<[OasDocument, string]>) {
  const oas = JSON.parse(readFileSync(new URL(`../../emulator/openapi/${file}`, import.meta.url), 'utf8')) as Record<string, unknown>;
  for (const amendment of RECORDED_OVER_OAS.filter((a) => a.document === document)) {
    amendment.change(amendment.at.reduce<Record<string, unknown>>((node, key) => node[key] as Record<string, unknown>, oas));
  }
  ajv.addSchema(oas, documentId(document));
}

function documentId(document: OasDocument): string {
  return `https://auth0.local/${FILES[document]}`;
}

const pointerEscape = (segment: string): string => segment.replace(/~/g, '~0').replace(/\//g, '~1');

function validate(ref: string, body: unknown, what: string): void {
  const check = ajv.getSchema(ref) ?? ajv.compile({ $ref: ref });
  if (!check(body)) throw new Error(`${what} does not match the OAS: ${ajv.errorsText(check.errors)}\n${JSON.stringify(body).slice(0, 500)}`);
}

/** Asserts `body` matches the OAS response schema of `method path` (OAS path template) for `status`. */
export function expectOasValid(method: string, oasPath: string, status: number, body: unknown, document: OasDocument = 'management', media = 'application/json'): void {
  const ref = `${documentId(document)}#/paths/${pointerEscape(oasPath)}/${method.toLowerCase()}/responses/${status}/content/${pointerEscape(media)}/schema`;
  validate(ref, body, `${method} ${oasPath} ${status}`);
}

/**
 * Asserts `body` matches one named component schema. For responses whose OAS `oneOf` is ambiguous: a
 * checkpoint page without `next` matches both connection list envelopes, so the oneOf can never pass.
 */
export function expectComponentValid(component: string, body: unknown, document: OasDocument = 'management'): void {
  validate(`${documentId(document)}#/components/schemas/${component}`, body, `body of ${component}`);
}

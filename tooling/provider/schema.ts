// The provider schema as `terraform providers schema -json` writes it (the parts the validator reads), and the
// copy this project keeps: filtered to what the stack uses (schema-filter.ts), the input of `npm run gen` and of
// the validator.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const FILTERED_SCHEMA_PATH = path.join(path.dirname(fileURLToPath(import.meta.url)), 'auth0-provider-schema.json');

export function readProviderSchema(): ProviderSchemaDocument {
  return JSON.parse(readFileSync(FILTERED_SCHEMA_PATH, 'utf8')) as ProviderSchemaDocument;
}

/** cty type as written in `terraform providers schema -json`. */
export type CtyType =
  | 'string'
  | 'number'
  | 'bool'
  | 'dynamic'
  | ['list' | 'set' | 'map', CtyType]
  | ['object', Record<string, CtyType>]
  | ['tuple', CtyType[]];

export interface SchemaAttribute {
  type?: CtyType;
  required?: boolean;
  optional?: boolean;
  computed?: boolean;
  sensitive?: boolean;
}

export interface SchemaBlockType {
  nesting_mode: 'single' | 'group' | 'list' | 'set' | 'map';
  block: SchemaBlock;
  min_items?: number;
  max_items?: number;
}

export interface SchemaBlock {
  attributes?: Record<string, SchemaAttribute>;
  block_types?: Record<string, SchemaBlockType>;
}

export interface ProviderSchemaDocument {
  provider_schemas: Record<
    string,
    {
      provider: { block: SchemaBlock };
      resource_schemas: Record<string, { block: SchemaBlock }>;
    }
  >;
}

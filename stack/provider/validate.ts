// Checks synthesized Terraform JSON against the provider schema, the way `terraform validate` would for the
// parts that matter here (no terraform binary or provider download needed): unknown attributes and blocks,
// attributes that are read-only, missing required attributes and blocks, value types, and block counts.
// Pure: takes parsed documents, returns every problem found (empty when valid).

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

/** Keys Terraform accepts on every resource, besides the schema's: meta-arguments and cdktf's metadata. */
const RESOURCE_META_ARGUMENTS = new Set([
  '//',
  'count',
  'for_each',
  'depends_on',
  'provider',
  'lifecycle',
  'provisioner',
  'connection',
]);
const PROVIDER_META_ARGUMENTS = new Set(['alias']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A Terraform template string: its type is only known at plan time, so any type is accepted. */
function isExpression(value: unknown): boolean {
  return typeof value === 'string' && value.includes('${');
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`;
}

function typeName(type: CtyType): string {
  return typeof type === 'string' ? type : `${type[0]}(${type[0] === 'object' || type[0] === 'tuple' ? '…' : typeName(type[1])})`;
}

function checkValue(value: unknown, type: CtyType, path: string, problems: string[]): void {
  if (value === null || isExpression(value) || type === 'dynamic') return;
  const mismatch = () => problems.push(`${path}: expected ${typeName(type)}, got ${describe(value)}`);
  if (type === 'string') {
    if (typeof value !== 'string') mismatch();
    return;
  }
  if (type === 'number') {
    if (typeof value !== 'number') mismatch();
    return;
  }
  if (type === 'bool') {
    if (typeof value !== 'boolean') mismatch();
    return;
  }
  const [kind, inner] = type;
  switch (kind) {
    case 'list':
    case 'set':
      if (!Array.isArray(value)) return void mismatch();
      value.forEach((item, i) => checkValue(item, inner, `${path}[${i}]`, problems));
      return;
    case 'map':
      if (!isRecord(value)) return void mismatch();
      for (const [key, item] of Object.entries(value)) checkValue(item, inner, `${path}.${key}`, problems);
      return;
    case 'object':
      if (!isRecord(value)) return void mismatch();
      for (const [key, item] of Object.entries(value)) {
        const attributeType = inner[key];
        if (attributeType === undefined) problems.push(`${path}.${key}: not an attribute of this object`);
        else checkValue(item, attributeType, `${path}.${key}`, problems);
      }
      return;
    case 'tuple':
      if (!Array.isArray(value) || value.length !== inner.length) return void mismatch();
      value.forEach((item, i) => checkValue(item, inner[i] ?? 'dynamic', `${path}[${i}]`, problems));
      return;
  }
}

/** Terraform JSON writes a block as one object or as a list of objects; returns the list, or undefined. */
function blockInstances(value: unknown, blockType: SchemaBlockType): unknown[] | undefined {
  if (blockType.nesting_mode === 'single' || blockType.nesting_mode === 'group') {
    return isRecord(value) ? [value] : undefined;
  }
  if (blockType.nesting_mode === 'map') return isRecord(value) ? Object.values(value) : undefined;
  if (Array.isArray(value)) return value;
  return isRecord(value) ? [value] : undefined;
}

export function validateBlock(
  body: Record<string, unknown>,
  schema: SchemaBlock,
  path: string,
  allowedExtraKeys: ReadonlySet<string> = new Set(),
): string[] {
  const problems: string[] = [];
  const attributes = schema.attributes ?? {};
  const blockTypes = schema.block_types ?? {};
  for (const [key, value] of Object.entries(body)) {
    const where = `${path}.${key}`;
    const attribute = attributes[key];
    const blockType = blockTypes[key];
    if (attribute) {
      if (attribute.computed && !attribute.optional && !attribute.required) {
        problems.push(`${where}: read-only attribute (computed by the provider) cannot be set`);
      } else if (attribute.type) {
        checkValue(value, attribute.type, where, problems);
      }
    } else if (blockType) {
      if (isExpression(value)) continue; // a dynamic block value; checked at plan time
      const instances = blockInstances(value, blockType);
      if (!instances) {
        problems.push(`${where}: expected a ${blockType.nesting_mode} block, got ${describe(value)}`);
        continue;
      }
      if (blockType.max_items !== undefined && instances.length > blockType.max_items) {
        problems.push(`${where}: at most ${blockType.max_items} block(s) allowed, got ${instances.length}`);
      }
      if (blockType.min_items !== undefined && instances.length < blockType.min_items) {
        problems.push(`${where}: at least ${blockType.min_items} block(s) required, got ${instances.length}`);
      }
      instances.forEach((instance, i) => {
        const instancePath = instances.length === 1 && !Array.isArray(value) ? where : `${where}[${i}]`;
        if (!isRecord(instance)) problems.push(`${instancePath}: expected an object, got ${describe(instance)}`);
        else problems.push(...validateBlock(instance, blockType.block, instancePath));
      });
    } else if (!allowedExtraKeys.has(key)) {
      problems.push(`${where}: unknown attribute or block`);
    }
  }
  for (const [key, attribute] of Object.entries(attributes)) {
    if (attribute.required && !(key in body)) problems.push(`${path}.${key}: required attribute is missing`);
  }
  for (const [key, blockType] of Object.entries(blockTypes)) {
    if ((blockType.min_items ?? 0) > 0 && !(key in body)) problems.push(`${path}.${key}: required block is missing`);
  }
  return problems;
}

/**
 * Validates every provider configuration and resource of one synthesized stack (`cdk.tf.json`) against the
 * schema of the provider at `providerFqpn`. Resources of other providers are reported as unknown.
 */
export function validateSynthesizedStack(
  stack: unknown,
  schema: ProviderSchemaDocument,
  providerFqpn: string,
  providerLocalName: string,
): string[] {
  const provider = schema.provider_schemas[providerFqpn];
  if (!provider) return [`schema has no provider ${providerFqpn}`];
  if (!isRecord(stack)) return ['stack: expected a JSON object'];
  const problems: string[] = [];

  const providers = isRecord(stack.provider) ? stack.provider : {};
  for (const [name, configs] of Object.entries(providers)) {
    if (name !== providerLocalName) {
      problems.push(`provider.${name}: not validated (no schema for it)`);
      continue;
    }
    const list = Array.isArray(configs) ? configs : [configs];
    list.forEach((config, i) => {
      const path = `provider.${name}[${i}]`;
      if (!isRecord(config)) problems.push(`${path}: expected an object`);
      else problems.push(...validateBlock(config, provider.provider.block, path, PROVIDER_META_ARGUMENTS));
    });
  }

  const resources = isRecord(stack.resource) ? stack.resource : {};
  for (const [type, instances] of Object.entries(resources)) {
    const resourceSchema = provider.resource_schemas[type];
    if (!resourceSchema) {
      problems.push(`resource.${type}: unknown resource type`);
      continue;
    }
    if (!isRecord(instances)) {
      problems.push(`resource.${type}: expected an object of named resources`);
      continue;
    }
    for (const [name, body] of Object.entries(instances)) {
      const path = `resource.${type}.${name}`;
      if (!isRecord(body)) problems.push(`${path}: expected an object`);
      else problems.push(...validateBlock(body, resourceSchema.block, path, RESOURCE_META_ARGUMENTS));
    }
  }
  return problems;
}

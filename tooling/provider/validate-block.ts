// One block of synthesized Terraform JSON against its schema, the way `terraform validate` checks it: unknown
// attributes and blocks, read-only attributes, missing required attributes and blocks, value types and block
// counts. Pure: returns every problem found (empty when valid).
import { describeValue, isExpression, isRecord } from './json-values';
import type { CtyType, SchemaBlock, SchemaBlockType } from './schema';

function typeName(type: CtyType): string {
  return typeof type === 'string' ? type : `${type[0]}(${type[0] === 'object' || type[0] === 'tuple' ? '…' : typeName(type[1])})`;
}

function checkValue(value: unknown, type: CtyType, path: string, problems: string[]): void {
  if (value === null || isExpression(value) || type === 'dynamic') return;
  const mismatch = () => problems.push(`${path}: expected ${typeName(type)}, got ${describeValue(value)}`);
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
        problems.push(`${where}: expected a ${blockType.nesting_mode} block, got ${describeValue(value)}`);
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
        if (!isRecord(instance)) problems.push(`${instancePath}: expected an object, got ${describeValue(instance)}`);
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

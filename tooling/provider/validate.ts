// Checks synthesized Terraform JSON against the provider schema, the way `terraform validate` would for the
// parts that matter here (no terraform binary or provider download needed): unknown attributes and blocks,
// attributes that are read-only, missing required attributes and blocks, value types, and block counts.
// The schema says nothing about values, so on top of it: allow-lists for the enum-like values the stack sets
// (VALUE_RULES, taken from the provider's validation and documentation), and a provider block without credentials.
// Pure: takes parsed documents, returns every problem found (empty when valid). The parts: validate-block.ts
// (one block against its schema), value-rules.ts (the allow-lists), this file (a whole stack, the provider block).
import { isRecord } from './json-values';
import type { ProviderSchemaDocument } from './schema';
import { validateBlock } from './validate-block';
import { checkValueRules, VALUE_RULES, type ValueRule } from './value-rules';

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

/**
 * Provider arguments that carry a credential. The provider reads them from its environment (AUTH0_CLIENT_SECRET,
 * AUTH0_API_TOKEN, AUTH0_CLIENT_ASSERTION_PRIVATE_KEY) when Terraform runs; set in the provider block, even as an
 * expression, they would end up in the synthesized JSON, a variable default or a tfvars file.
 */
export const PROVIDER_CREDENTIAL_ATTRIBUTES = ['client_secret', 'api_token', 'client_assertion_private_key'] as const;

/** Credentials in a provider block: forbidden whatever their value (literal, variable or expression). */
function providerCredentialProblems(config: Record<string, unknown>, path: string): string[] {
  return PROVIDER_CREDENTIAL_ATTRIBUTES.filter((key) => key in config).map(
    (key) => `${path}.${key}: credentials must not be set in the provider block (the provider reads them from its environment)`,
  );
}

/**
 * Validates every provider configuration and resource of one synthesized stack (`cdk.tf.json`) against the
 * schema of the provider at `providerFqpn`, plus the value rules and the credential-free provider block.
 * Resources of other providers are reported as unknown.
 */
export function validateSynthesizedStack(
  stack: unknown,
  schema: ProviderSchemaDocument,
  providerFqpn: string,
  providerLocalName: string,
  valueRules: readonly ValueRule[] = VALUE_RULES,
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
      else {
        problems.push(...validateBlock(config, provider.provider.block, path, PROVIDER_META_ARGUMENTS));
        problems.push(...providerCredentialProblems(config, path));
      }
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
      else {
        problems.push(...validateBlock(body, resourceSchema.block, path, RESOURCE_META_ARGUMENTS));
        problems.push(...checkValueRules(type, body, path, valueRules));
      }
    }
  }
  return problems;
}

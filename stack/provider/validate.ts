// Checks synthesized Terraform JSON against the provider schema, the way `terraform validate` would for the
// parts that matter here (no terraform binary or provider download needed): unknown attributes and blocks,
// attributes that are read-only, missing required attributes and blocks, value types, and block counts.
// The schema says nothing about values, so on top of it: allow-lists for the enum-like values the stack sets
// (VALUE_RULES, taken from the provider's validation and documentation), and a provider block without credentials.
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

/**
 * Provider arguments that carry a credential. The provider reads them from its environment (AUTH0_CLIENT_SECRET,
 * AUTH0_API_TOKEN, AUTH0_CLIENT_ASSERTION_PRIVATE_KEY) when Terraform runs; set in the provider block, even as an
 * expression, they would end up in the synthesized JSON, a variable default or a tfvars file.
 */
export const PROVIDER_CREDENTIAL_ATTRIBUTES = ['client_secret', 'api_token', 'client_assertion_private_key'] as const;

/**
 * A value-level rule: at `path` (attribute names and block names from the resource's top level) of every resource
 * of `resourceType`, a literal string value must be one of `allowed`. Terraform expressions are not checked.
 * `when` narrows the rule to block instances whose sibling attribute has a given value (trigger versions per id).
 */
export interface ValueRule {
  resourceType: string;
  path: readonly string[];
  allowed: readonly string[];
  when?: { attribute: string; equals: string };
}

/** The trigger ids Actions and bindings take (provider v1.55.0, auth0_trigger_action `trigger`). */
const TRIGGER_IDS = [
  'post-login',
  'credentials-exchange',
  'pre-user-registration',
  'post-user-registration',
  'post-change-password',
  'send-phone-message',
  'password-reset-post-challenge',
  'custom-email-provider',
  'custom-phone-provider',
  'login-post-identifier',
  'signup-post-identifier',
] as const;

/**
 * Current versions of the triggers an Action may declare in `supported_triggers`. An Action for a trigger missing
 * here is rejected until someone adds the trigger with its current version (deliberately: a typo such as `v33`
 * or `post_login` must fail here, not at deploy time).
 */
const TRIGGER_VERSIONS: Record<string, readonly string[]> = {
  'post-login': ['v3'],
  'credentials-exchange': ['v2'],
  'pre-user-registration': ['v2'],
  'post-user-registration': ['v2'],
  'post-change-password': ['v2'],
  'send-phone-message': ['v2'],
};

/** The database and social strategies auth0_connection accepts (provider's validation of `strategy`). */
const CONNECTION_STRATEGIES = [
  'ad', 'adfs', 'amazon', 'apple', 'dropbox', 'bitbucket', 'aol', 'auth0-adldap', 'auth0-oidc', 'auth0', 'baidu',
  'bitly', 'box', 'custom', 'daccount', 'dwolla', 'email', 'evernote-sandbox', 'evernote', 'exact', 'facebook',
  'fitbit', 'flickr', 'github', 'google-apps', 'google-oauth2', 'guardian', 'instagram', 'ip', 'linkedin', 'miicard',
  'oauth1', 'oauth2', 'office365', 'oidc', 'okta', 'paypal', 'paypal-sandbox', 'pingfederate', 'planningcenter',
  'renren', 'salesforce-community', 'salesforce-sandbox', 'salesforce', 'samlp', 'sharepoint', 'shopify', 'sms',
  'soundcloud', 'thecity-sandbox', 'thecity', 'thirtysevensignals', 'twitter', 'untappd', 'vkontakte', 'waad',
  'weibo', 'windowslive', 'wordpress', 'yahoo', 'yammer', 'yandex', 'line',
] as const;

/** auth0_client `app_type` values (provider v1.55.0 documentation). */
const CLIENT_APP_TYPES = [
  'native', 'spa', 'regular_web', 'non_interactive', 'resource_server', 'sso_integration', 'rms', 'box', 'cloudbees',
  'concur', 'dropbox', 'mscrm', 'echosign', 'egnyte', 'newrelic', 'office365', 'salesforce', 'sentry', 'sharepoint',
  'slack', 'springcm', 'zendesk', 'zoom', 'express_configuration',
] as const;

/** Allow-lists for the enum-like values the stack sets. Add a rule when the stack sets another such value. */
export const VALUE_RULES: readonly ValueRule[] = [
  // node12 and node16 are documented as possible but no longer accepted for new Actions.
  { resourceType: 'auth0_action', path: ['runtime'], allowed: ['node18', 'node22'] },
  { resourceType: 'auth0_action', path: ['supported_triggers', 'id'], allowed: Object.keys(TRIGGER_VERSIONS) },
  ...Object.entries(TRIGGER_VERSIONS).map(([id, versions]) => ({
    resourceType: 'auth0_action',
    path: ['supported_triggers', 'version'],
    allowed: versions,
    when: { attribute: 'id', equals: id },
  })),
  { resourceType: 'auth0_trigger_action', path: ['trigger'], allowed: TRIGGER_IDS },
  { resourceType: 'auth0_connection', path: ['strategy'], allowed: CONNECTION_STRATEGIES },
  { resourceType: 'auth0_connection', path: ['options', 'password_policy'], allowed: ['none', 'low', 'fair', 'good', 'excellent'] },
  { resourceType: 'auth0_client', path: ['app_type'], allowed: CLIENT_APP_TYPES },
];

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

/** The instances of a block or the values of an attribute under `body`, one level down; a block may be a list. */
function childInstances(value: unknown, path: string): Array<{ value: unknown; path: string }> {
  if (Array.isArray(value)) return value.map((item, i) => ({ value: item, path: `${path}[${i}]` }));
  return [{ value, path }];
}

/** Applies the value rules of `resourceType` to one resource body; returns the problems. */
export function checkValueRules(
  resourceType: string,
  body: Record<string, unknown>,
  path: string,
  rules: readonly ValueRule[] = VALUE_RULES,
): string[] {
  const problems: string[] = [];
  for (const rule of rules) {
    if (rule.resourceType !== resourceType) continue;
    // Walk down to the objects that hold the rule's last attribute.
    let holders: Array<{ value: unknown; path: string }> = [{ value: body, path }];
    for (const segment of rule.path.slice(0, -1)) {
      holders = holders.flatMap((holder) =>
        isRecord(holder.value) && segment in holder.value
          ? childInstances(holder.value[segment], `${holder.path}.${segment}`)
          : [],
      );
    }
    const attribute = rule.path[rule.path.length - 1]!;
    for (const holder of holders) {
      if (!isRecord(holder.value) || !(attribute in holder.value)) continue;
      if (rule.when && holder.value[rule.when.attribute] !== rule.when.equals) continue;
      for (const item of childInstances(holder.value[attribute], `${holder.path}.${attribute}`)) {
        if (typeof item.value !== 'string' || isExpression(item.value)) continue; // types are checked elsewhere
        if (!rule.allowed.includes(item.value)) {
          const context = rule.when ? ` for ${rule.when.attribute} ${JSON.stringify(rule.when.equals)}` : '';
          problems.push(
            `${item.path}: ${JSON.stringify(item.value)} is not an allowed value${context} (allowed: ${rule.allowed.join(', ')})`,
          );
        }
      }
    }
  }
  return problems;
}

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

// The provider schema is data: the project keeps a copy filtered to what the stack uses, so the generated
// bindings stay small and reviewable. This file decides what "what it uses" means.
import { isRecord } from './json-values';

export const AUTH0_PROVIDER_FQPN = 'registry.terraform.io/auth0/auth0';
/** The provider release the kept schema was taken from (its `terraform providers schema -json` dump). */
export const AUTH0_PROVIDER_VERSION = '1.55.0';

/** Every resource type the stack creates. Add one here, then `npm run gen -- --refresh-schema FULL.json`. */
export const USED_RESOURCE_TYPES = [
  'auth0_action',
  'auth0_client',
  'auth0_client_grant',
  'auth0_connection',
  'auth0_connection_clients',
  'auth0_email_provider',
  'auth0_email_template',
  'auth0_organization',
  'auth0_organization_connection',
  'auth0_role',
  'auth0_trigger_action',
] as const;

export type UsedResourceType = (typeof USED_RESOURCE_TYPES)[number];

/** Keeps the provider block and the used resources of a `terraform providers schema -json` document. */
export function filterProviderSchema(full: unknown): Record<string, unknown> {
  if (!isRecord(full) || !isRecord(full.provider_schemas)) {
    throw new Error('not a provider schema document: expected an object with provider_schemas');
  }
  const provider = full.provider_schemas[AUTH0_PROVIDER_FQPN];
  if (!isRecord(provider) || !isRecord(provider.resource_schemas)) {
    throw new Error(`provider schema has no ${AUTH0_PROVIDER_FQPN} with resource_schemas`);
  }
  const allResources = provider.resource_schemas;
  const resource_schemas: Record<string, unknown> = {};
  for (const type of USED_RESOURCE_TYPES) {
    const resource = allResources[type];
    if (resource === undefined) throw new Error(`provider schema has no resource ${type}`);
    resource_schemas[type] = resource;
  }
  return {
    format_version: full.format_version,
    provider_schemas: {
      [AUTH0_PROVIDER_FQPN]: { provider: provider.provider, resource_schemas, data_source_schemas: {} },
    },
  };
}

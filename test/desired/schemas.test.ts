// The committed schemas: valid for editors (compile under plain ajv strict mode with ajv-formats), consistent with
// the TypeScript types and Auth0's rules, and closed (no unknown fields anywhere but in free-form metadata).
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type { InvitationConfig } from '../../reconciler/config';
import { PROFILE_FIELDS } from '../../reconciler/model';
import { CONFIG_SCHEMA, INVITEES_SCHEMA } from '../../reconciler/desired/schemas';
import { LEASE_DOMAIN } from '../../reconciler/lease/address';
import { LEASE_KEY } from '../../reconciler/lease/record';

type Schema = Record<string, unknown>;

/** https://auth0.com/docs/manage-users/user-migration/bulk-user-imports: keys `app_metadata` may not contain in an import. */
const AUTH0_RESERVED = [
  '__tenant', '_id', 'blocked', 'clientID', 'created_at', 'email_verified', 'email', 'globalClientID', 'global_client_id',
  'identities', 'lastIP', 'lastLogin', 'loginsCount', 'metadata', 'multifactor_last_modified', 'multifactor', 'updated_at', 'user_id',
];

function objectsOf(schema: unknown, path = '#'): Array<[string, Schema]> {
  if (typeof schema !== 'object' || schema === null) return [];
  const node = schema as Schema;
  // A `not` subschema names properties only to forbid a combination; it describes no object of its own.
  const own: Array<[string, Schema]> = node.properties !== undefined && !/\/not(\/|$)/.test(path) ? [[path, node]] : [];
  return [
    ...own,
    ...Object.entries(node).flatMap(([key, child]) =>
      typeof child === 'object' && child !== null ? objectsOf(child, `${path}/${key}`) : [],
    ),
  ];
}

describe.each([
  ['invitees', INVITEES_SCHEMA],
  ['config', CONFIG_SCHEMA],
])('%s schema', (_name, schema) => {

  it('compiles in ajv strict mode with the standard formats (as editors and other tools would use it)', () => {
    const ajv = new Ajv({ strict: true, allErrors: true });
    addFormats(ajv);
    expect(() => ajv.compile(schema)).not.toThrow();
  });

  it('closes every object with properties (additionalProperties: false) and describes every property', () => {
    const objects = objectsOf(schema);
    expect(objects.length).toBeGreaterThanOrEqual(3);
    for (const [path, node] of objects) {
      expect(node.additionalProperties, path).toBe(false);
      for (const [key, property] of Object.entries(node.properties as Record<string, Schema>)) {
        const described = typeof property.description === 'string' || typeof property.$ref === 'string';
        expect(described, `${path}/properties/${key}`).toBe(true);
      }
    }
  });
});

describe('invitees schema', () => {
  const schema = INVITEES_SCHEMA;
  const definitions = schema.definitions as Record<string, Schema>;

  it('allows exactly email, the profile fields, the two metadata objects, roles and organizations', () => {
    const invitee = definitions.invitee as Schema;
    expect(Object.keys(invitee.properties as Schema).sort()).toEqual(['app_metadata', 'email', ...PROFILE_FIELDS, 'user_metadata', 'roles', 'organizations'].sort());
    expect(invitee.required).toEqual(['email']);
  });

  it('refuses Auth0 reserved app_metadata keys and the reconciler\'s own namespace', () => {
    const names = (definitions.appMetadata as { propertyNames: { not: { enum: string[] } } }).propertyNames.not.enum;
    // invitation: bookkeeping; the lease record; the login gate's marker of imported legacy hashes.
    expect([...names].sort()).toEqual([...AUTH0_RESERVED, 'invitation', LEASE_KEY, 'legacy_password_hash'].sort());
    expect(readFileSync('stack/action/login-gate.cjs', 'utf8')).toContain("'legacy_password_hash'");
  });

  it('documents the lease domain the loader reserves', () => {
    expect((definitions.email as Schema).description).toContain(`@${LEASE_DOMAIN} are reserved`);
  });

  it('uses Auth0 length limits', () => {
    const profile = (definitions.invitee as { properties: Record<string, Schema> }).properties;
    expect([profile.name?.maxLength, profile.nickname?.maxLength, profile.given_name?.maxLength, profile.family_name?.maxLength]).toEqual([
      300, 300, 150, 150,
    ]);
  });
});

describe('config schema', () => {
  const config = CONFIG_SCHEMA as { properties: Record<string, { properties: Record<string, Schema> }> };

  it('keeps security floors: password policy at least fair, length at least 8, tickets at most 30 days', () => {
    const stack = config.properties.stack?.properties ?? {};
    expect(stack.password_policy?.enum).toEqual(['fair', 'good', 'excellent']);
    expect(stack.password_min_length?.minimum).toBe(8);
    expect(config.properties.tickets?.properties.ttl_seconds?.maximum).toBe(30 * 24 * 3600);
  });

  it('has exactly the sections and settings of InvitationConfig', () => {
    const schema = CONFIG_SCHEMA as { properties: Record<string, { properties?: Schema }> };
    // A compile-time list: adding a field to InvitationConfig without listing it here fails typechecking.
    const sections: Record<keyof InvitationConfig, readonly string[]> = {
      connection: [],
      tickets: ['ttl_seconds', 'client_id', 'result_url', 'mark_email_as_verified'],
      mail: ['delivery', 'from', 'subject', 'html_template', 'text_template', 'app_name', 'auth0_template', 'auth0_subject'],
      batching: ['import_max_bytes', 'import_concurrency', 'ticket_concurrency', 'bookkeeping_flush_every', 'bookkeeping_flush_min', 'bookkeeping_flush_seconds', 'grant_batch_size'],
      rate_limit: ['share', 'per_second', 'burst', 'authentication'],
      revoke: ['policy', 'max_fraction'],
      reinvite: ['expired'],
      roles: [],
      organizations: [],
      organization_member_limit: [],
      stack: ['environments', 'password_policy', 'password_min_length', 'require_reset_for_imported_hashes', 'reconciler_client_name', 'email_provider'],
    };
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(sections).sort());
    for (const [section, keys] of Object.entries(sections)) {
      expect(Object.keys(schema.properties[section]?.properties ?? {}).sort(), section).toEqual([...keys].sort());
    }
  });
});

// The config type is derived from the schema (reconciler/config.ts): the TypeScript copy it is derived from must
// be the schema itself, and the derived type must say what the loader returns (defaults applied).
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { BatchingSettings, InvitationConfig, StackEnvironment, TicketSettings } from '../../reconciler/config';
import { CONFIG_SCHEMA } from '../../reconciler/config-schema.generated';
import { CONFIG_SCHEMA as COMMITTED_SCHEMA } from '../../reconciler/desired/schemas';

describe('the config type', () => {
  it('is derived from the committed schema (after a schema change: npm run gen:config-schema)', () => {
    expect(CONFIG_SCHEMA).toEqual(COMMITTED_SCHEMA);
  });

  it('has every setting with a default present, and only the others optional', () => {
    expectTypeOf<InvitationConfig['connection']>().toEqualTypeOf<string>();
    expectTypeOf<TicketSettings>().toEqualTypeOf<{ ttl_seconds: number; mark_email_as_verified: boolean; client_id?: string; result_url?: string }>();
    expectTypeOf<BatchingSettings['bookkeeping_flush_seconds']>().toEqualTypeOf<number>();
    expectTypeOf<InvitationConfig['rate_limit']>().toEqualTypeOf<{
      share: number;
      per_second?: number;
      burst?: number;
      authentication: { per_second: number; share: number };
    }>();
    expectTypeOf<InvitationConfig['mail']['delivery']>().toEqualTypeOf<'smtp' | 'auth0'>();
    expectTypeOf<InvitationConfig['revoke']['policy']>().toEqualTypeOf<'block' | 'delete' | 'ignore'>();
    expectTypeOf<InvitationConfig['stack']['password_policy']>().toEqualTypeOf<'fair' | 'good' | 'excellent'>();
    expectTypeOf<StackEnvironment>().toEqualTypeOf<{ name: string; enabled_clients: string[] }>();
  });
});

// Config files for tests and benchmarks: the fixture base config merged with a test's overrides, and the
// shipped defaults as the reconciler itself fills them in (from the JSON Schema), so nothing copies them by hand.
import { readFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import type { InvitationConfig } from '../../reconciler/config';
import { checkConfigText } from '../../reconciler/desired/load-config';
import { BASE_CONFIG } from './paths';

/** The base config's connection (and so the emulated tenant's gated connection). */
export const CONNECTION = 'Invitees';

/** Per top-level key: an object is merged into that section of the base config, anything else replaces it. */
export type ConfigOverrides = Record<string, unknown>;

/** Settings that make a test quick: a generous rate budget, small bookkeeping batches flushed often. */
export const FAST: ConfigOverrides = {
  rate_limit: { share: 1, per_second: 400, burst: 100 },
  batching: { bookkeeping_flush_every: 25, bookkeeping_flush_seconds: 1, ticket_concurrency: 8 },
};

/** The application invitees sign in to, as `tickets.client_id` names it (a tenant started from the config knows it). */
export const APPLICATION_CLIENT_ID = 'invitee-app';

/** `mail.delivery: auth0`, with the client id it needs; the Authentication API limit far above what a test reaches. */
export const AUTH0_DELIVERY: ConfigOverrides = {
  mail: { delivery: 'auth0' },
  tickets: { client_id: APPLICATION_CLIENT_ID },
};

const isSection = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Merges each layer of overrides, in order, into the base config; sections are merged one level deep. */
export function mergeConfig(...layers: ConfigOverrides[]): Record<string, unknown> {
  const config = parse(readFileSync(BASE_CONFIG, 'utf8')) as Record<string, unknown>;
  for (const layer of layers) {
    for (const [key, value] of Object.entries(layer)) {
      const current = config[key];
      config[key] = isSection(value) && isSection(current) ? { ...current, ...value } : isSection(value) ? { ...value } : value;
    }
  }
  return config;
}

export function configYaml(...layers: ConfigOverrides[]): string {
  return stringify(mergeConfig(...layers));
}

/** The config a user gets for what they leave out: the schema's defaults, applied by the reconciler's own loader. */
export function shippedDefaults(): InvitationConfig {
  const { config, errors } = checkConfigText('(shipped defaults)', `connection: ${CONNECTION}\n`);
  if (!config) throw new Error(`the schema's defaults do not validate: ${JSON.stringify(errors)}`);
  return config;
}

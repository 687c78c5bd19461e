// Shared fixtures for the stack tests: configs, synthesis into parsed JSON, and a readable resource matcher.
import { expect } from 'vitest';
import { Testing } from 'cdktf';
import { stringify } from 'yaml';
import { stackConfigFromText } from '../../stack/config';
import { addInvitationStacks, type StackOptions } from '../../stack/app';
import type { InvitationConfig } from '../../reconciler/config';

export const DOMAIN = 'example.eu.auth0.com';

/** A config as the shared loader returns it (defaults applied), with `overrides` replacing top-level sections. */
export function testConfig(overrides: Record<string, unknown> = {}): InvitationConfig {
  const doc = {
    connection: 'Invitees',
    stack: {
      environments: [{ name: 'production', enabled_clients: ['appClientB', 'appClientA'] }],
      password_policy: 'good',
      password_min_length: 12,
      require_reset_for_imported_hashes: false,
      reconciler_client_name: 'invitation-reconciler',
    },
    ...overrides,
  };
  return stackConfigFromText(stringify(doc), 'test-config.yaml');
}

export interface SynthesizedStack {
  name: string;
  /** The JSON string Testing.synth returns (what cdktf's matchers take). */
  json: string;
  doc: Record<string, unknown>;
}

/** Synthesizes every environment's stack of `config` in a testing app. */
export function synthStacks(config: InvitationConfig, options: StackOptions = { domain: DOMAIN }): SynthesizedStack[] {
  const app = Testing.app();
  return addInvitationStacks(app, config, options).map((stack) => {
    const json = Testing.synth(stack);
    return { name: stack.node.id, json, doc: JSON.parse(json) as Record<string, unknown> };
  });
}

export function synthOne(config: InvitationConfig = testConfig(), options?: StackOptions): SynthesizedStack {
  const [stack] = synthStacks(config, options);
  if (!stack) throw new Error('config declares no environment');
  return stack;
}

/** All resources of one type in a synthesized stack, by name. */
export function resourcesOf(stack: SynthesizedStack, type: string): Record<string, Record<string, unknown>> {
  const resources = stack.doc.resource as Record<string, Record<string, Record<string, unknown>>> | undefined;
  return resources?.[type] ?? {};
}

/** The only resource of `type`, failing the test when there are none or several. */
export function onlyResource(stack: SynthesizedStack, type: string): Record<string, unknown> {
  const all = Object.values(resourcesOf(stack, type));
  expect(all, `exactly one ${type}`).toHaveLength(1);
  return all[0] as Record<string, unknown>;
}

/** cdktf's toHaveResourceWithProperties, with the actual resources in the failure message. */
export function expectResource(stack: SynthesizedStack, type: string, properties: Record<string, unknown>): void {
  const pass = Testing.toHaveResourceWithProperties(stack.json, type, properties);
  expect(
    pass,
    `${type} with ${JSON.stringify(properties)}; synthesized: ${JSON.stringify(resourcesOf(stack, type), null, 1)}`,
  ).toBe(true);
}

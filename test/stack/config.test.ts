import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { configFromDocument, DEFAULT_CONFIG, loadStackConfig } from '../../stack/config.js';

describe('stack config loader (until the shared loadConfig exists)', () => {
  it('reads the committed invitation.config.yaml', () => {
    const config = loadStackConfig(path.resolve(import.meta.dirname, '../../invitation.config.yaml'));
    expect(config.connection).toBe('Invitees');
    expect(config.revoke.policy).toBe('block');
    expect(config.stack.environments.map((e) => e.name)).toEqual(['production']);
    expect(config.stack.reconciler_client_name).toBe('invitation-reconciler');
  });

  it('applies defaults for omitted sections and fields', () => {
    const config = configFromDocument({ connection: 'Members', stack: { password_min_length: 20 } }, 'x.yaml');
    expect(config.connection).toBe('Members');
    expect(config.revoke).toEqual(DEFAULT_CONFIG.revoke);
    expect(config.stack).toEqual({ ...DEFAULT_CONFIG.stack, password_min_length: 20 });
  });

  it('defaults enabled_clients of an environment to none', () => {
    const config = configFromDocument({ stack: { environments: [{ name: 'staging' }] } }, 'x.yaml');
    expect(config.stack.environments).toEqual([{ name: 'staging', enabled_clients: [] }]);
  });

  it.each([
    [{ connection: '' }, 'x.yaml: connection'],
    [{ revoke: { policy: 'purge' } }, 'x.yaml: revoke.policy'],
    [{ stack: { environments: [] } }, 'x.yaml: stack.environments'],
    [{ stack: { environments: [{ name: 'a b' }] } }, 'x.yaml: stack.environments[0].name'],
    [{ stack: { environments: [{ name: 'a' }, { name: 'a' }] } }, 'declared twice'],
    [{ stack: { environments: [{ name: 'a', enabled_clients: [1] }] } }, 'stack.environments[0].enabled_clients'],
    [{ stack: { password_policy: 'superb' } }, 'stack.password_policy'],
    [{ stack: { password_min_length: 0 } }, 'stack.password_min_length'],
    [{ stack: { require_reset_for_imported_hashes: 'yes' } }, 'stack.require_reset_for_imported_hashes'],
    [{ stack: { reconciler_client_name: '' } }, 'stack.reconciler_client_name'],
    [{ stack: 'none' }, 'x.yaml: stack: expected a mapping'],
  ])('rejects %j', (doc, message) => {
    expect(() => configFromDocument(doc, 'x.yaml')).toThrow(message);
  });
});

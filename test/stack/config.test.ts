import { describe, expect, it } from 'vitest';
import { loadStackConfig, stackConfigFromText, StackConfigError } from '../../stack/config';
import { BASE_CONFIG } from '../support/paths';

describe('stack config (through the shared loader)', () => {
  it('reads a config file (the fixture copy of the example config)', async () => {
    const config = await loadStackConfig(BASE_CONFIG);
    expect(config.connection).toBe('Invitees');
    expect(config.revoke.policy).toBe('block');
    expect(config.stack.environments.map((e) => e.name)).toEqual(['production']);
    expect(config.stack.reconciler_client_name).toBe('invitation-reconciler');
  });

  it('applies the defaults for what the stack uses', () => {
    const config = stackConfigFromText('connection: Members\nstack:\n  environments:\n    - name: staging\n', 'x.yaml');
    expect(config.revoke.policy).toBe('block');
    expect(config.stack).toEqual({
      environments: [{ name: 'staging', enabled_clients: [] }],
      password_policy: 'good',
      password_min_length: 12,
      require_reset_for_imported_hashes: false,
      reconciler_client_name: 'invitation-reconciler',
    });
  });

  it('names file, line and column of a schema error', () => {
    expect(() => stackConfigFromText('connection: Invitees\nstack:\n  password_policy: superb\n', 'x.yaml')).toThrow(
      /^x\.yaml:3:\d+: stack\.password_policy: /,
    );
  });

  it('rejects an environment declared twice', () => {
    const text = 'connection: Invitees\nstack:\n  environments:\n    - name: prod\n    - name: prod\n';
    let error: unknown;
    try {
      stackConfigFromText(text, 'x.yaml');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(StackConfigError);
    expect((error as StackConfigError).problems).toHaveLength(1);
    expect((error as StackConfigError).problems[0]).toMatch(/^x\.yaml:5:\d+: stack\.environments\[1\]\.name: .*prod.*/);
  });

  it('reports a file that does not exist', async () => {
    await expect(loadStackConfig('/nonexistent/invitation.config.yaml')).rejects.toThrow('/nonexistent/invitation.config.yaml');
  });
});

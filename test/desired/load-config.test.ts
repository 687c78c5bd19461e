// loadConfig: defaults for a minimal file, the repository's file as written, and located errors.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InvitationConfig } from '../../reconciler/config';
import { formatInputError } from '../../reconciler/desired/errors';
import { checkConfigText, loadConfig } from '../../reconciler/desired/load-config';
import { BASE_CONFIG } from '../support/paths';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'config-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const DEFAULTS: InvitationConfig = {
  connection: 'Invitees',
  tickets: { ttl_seconds: 604800, mark_email_as_verified: true },
  mail: {
    from: 'no-reply@example.com',
    subject: "You're invited to {{ app_name }}",
    html_template: 'templates/invitation.html.liquid',
    text_template: 'templates/invitation.txt.liquid',
    app_name: 'Example',
    delivery: 'smtp',
    auth0_template: 'templates/change-password.html.liquid',
    auth0_subject:
      "{% if user.app_metadata.invitation.awaiting_password %}You're invited to {{ application.name }}{% else %}Reset your password for {{ application.name }}{% endif %}",
  },
  batching: {
    import_max_bytes: 500000,
    import_concurrency: 2,
    ticket_concurrency: 8,
    bookkeeping_flush_every: 1000,
    bookkeeping_flush_min: 500,
    bookkeeping_flush_seconds: 900,
    grant_batch_size: 50,
  },
  rate_limit: { share: 0.5, authentication: { per_second: 100, share: 0.5 } },
  revoke: { policy: 'block', max_fraction: 0.1 },
  reinvite: { expired: true },
  roles: [],
  organizations: [],
  organization_member_limit: 100000,
  stack: {
    environments: [{ name: 'production', enabled_clients: [] }],
    password_policy: 'good',
    password_min_length: 12,
    require_reset_for_imported_hashes: false,
    reconciler_client_name: 'invitation-reconciler',
  },
};

describe('loadConfig', () => {
  it('completes a file with only `connection` with every default', async () => {
    const file = join(folder, 'invitation.config.yaml');
    await writeFile(file, 'connection: Invitees\n');
    expect(await loadConfig(file)).toEqual({ config: DEFAULTS, errors: [], locate: expect.any(Function) });
  });

  it('keeps given values, fills the rest of the same section, and keeps template paths as written', () => {
    const result = checkConfigText(
      'c.yaml',
      'connection: Invitees\ntickets:\n  client_id: abc\nmail:\n  html_template: ../elsewhere/mail.html.liquid\n',
    );
    expect(result.errors).toEqual([]);
    expect(result.config?.tickets).toEqual({ client_id: 'abc', ttl_seconds: 604800, mark_email_as_verified: true });
    expect(result.config?.mail.html_template).toBe('../elsewhere/mail.html.liquid');
    expect(result.config?.mail.text_template).toBe('templates/invitation.txt.liquid');
  });

  it('does not share default objects between loads', () => {
    const first = checkConfigText('c.yaml', 'connection: A\n').config;
    first?.stack.environments[0]?.enabled_clients.push('changed');
    expect(checkConfigText('c.yaml', 'connection: B\n').config?.stack.environments[0]?.enabled_clients).toEqual([]);
  });

  it('reads a config file as written (the fixture copy of the example)', async () => {
    const result = await loadConfig(BASE_CONFIG);
    expect(result.errors).toEqual([]);
    expect(result.config).toMatchObject({
      connection: 'Invitees',
      mail: { from: 'Example Inc. <no-reply@example.com>', html_template: 'templates/invitation.html.liquid' },
      rate_limit: { share: 0.5 },
      revoke: { policy: 'block', max_fraction: 0.1 },
    });
  });

  it('accepts the bounds and refuses just past them', () => {
    const bounds = (share: number, fraction: number, bytes: number, concurrency: number) =>
      checkConfigText(
        'c.yaml',
        `connection: X\nrate_limit:\n  share: ${share}\nrevoke:\n  max_fraction: ${fraction}\nbatching:\n  import_max_bytes: ${bytes}\n  import_concurrency: ${concurrency}\n`,
      ).errors.length;
    expect(bounds(1, 0, 512000, 1)).toBe(0);
    expect(bounds(0.001, 1, 1024, 2)).toBe(0);
    expect(bounds(1.01, -0.1, 512001, 0)).toBe(4);
  });

  it('reports errors of a missing file plainly', async () => {
    const result = await loadConfig(join(folder, 'absent.yaml'));
    expect(result.config).toBeUndefined();
    expect(result.errors.map(formatInputError)).toEqual([`${join(folder, 'absent.yaml')}: the file cannot be read: no such file`]);
  });
});

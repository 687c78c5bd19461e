// The shared harness keeps two promises the other tests and the bench rely on: the fixture config leaves
// batching and rate limits to the schema's defaults (so the bench measures what users run), and the invitee
// writer produces files the loader reads back as written.
import { describe, expect, it } from 'vitest';
import { checkConfigText } from '../../reconciler/desired/load-config';
import { loadDesired } from '../../reconciler/desired/load-invitees';
import { configYaml, mergeConfig, shippedDefaults } from './config';
import { inviteesYaml, people, teamFiles, type InviteeSpec } from './invitees';
import { createWorkspace } from './workspace';

describe('the fixture config', () => {
  it('sets no batching or rate limit of its own: a workspace runs the shipped defaults', () => {
    expect(mergeConfig()).not.toHaveProperty('batching');
    expect(mergeConfig()).not.toHaveProperty('rate_limit');
    const loaded = checkConfigText('workspace.yaml', configYaml({ batching: { ticket_concurrency: 3 } }));
    expect(loaded.errors).toEqual([]);
    expect(loaded.config?.batching).toEqual({ ...shippedDefaults().batching, ticket_concurrency: 3 });
    expect(loaded.config?.rate_limit).toEqual(shippedDefaults().rate_limit);
  });
});

describe('the invitee writer', () => {
  it('writes values that read back unchanged, plain or quoted as needed', async () => {
    const tricky: InviteeSpec[] = [
      { email: 'yes@example.com', name: 'yes' },
      { email: 'quote@example.com', name: 'O\'Brien: "the" #1 ' },
      { email: 'zoe@example.com', name: 'Zoë Ångström', user_metadata: { locale: 'en-GB', seat: 12, tags: ['a', 'b'] } },
      ...people(3, { profiles: true, domains: 2 }),
    ];
    const workspace = await createWorkspace({ prefix: 'support-' });
    try {
      await workspace.writeInviteeFiles({ ...teamFiles(tricky.slice(0, 3), 1), 'flow.yaml': inviteesYaml(tricky.slice(3), undefined, { flow: true }) });
      const { desired, errors } = await loadDesired(workspace.invitees, { maxRecordBytes: 500_000 });
      expect(errors).toEqual([]);
      const read = new Map(desired.invitees.map((i) => [i.email, i]));
      for (const spec of tricky) {
        const invitee = read.get(spec.email);
        expect(invitee?.profile.name, spec.email).toBe(spec.name);
        expect(invitee?.user_metadata, spec.email).toEqual(spec.user_metadata ?? {});
      }
      expect(read.get('zoe@example.com')?.app_metadata).toEqual({ team: 'team-0' });
      expect([...read.keys()].filter((email) => email.startsWith('person-'))).toEqual(['person-0000@example-0.com', 'person-0001@example-1.com', 'person-0002@example-0.com']);
    } finally {
      await workspace.remove();
    }
  });
});

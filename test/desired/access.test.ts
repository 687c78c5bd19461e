// Roles and organizations in invitee files: merged with defaults, positions kept, Auth0's limits located.
import { describe, expect, it } from 'vitest';
import { checkInviteeText } from '../../reconciler/desired/invitee-file';
import { organizationSizeErrors } from '../../reconciler/desired/access';

const check = (text: string) => checkInviteeText('invitees/team.yaml', text, { maxRecordBytes: 500_000 });

describe('roles and organizations in an invitee file', () => {
  it('joins the defaults with the invitee: roles, and organizations by name with their roles', () => {
    const result = check(`defaults:
  roles: [viewer]
  organizations:
    - name: acme
      roles: [member]
invitees:
  - email: ada@example.com
    roles: [editor, viewer]
    organizations:
      - name: acme
        roles: [billing]
      - name: globex
`);
    expect(result.errors).toEqual([]);
    expect(result.entries[0]?.invitee).toMatchObject({
      roles: ['editor', 'viewer'],
      organizations: [{ name: 'acme', roles: ['billing', 'member'] }, { name: 'globex', roles: [] }],
    });
    // Every mention, where it is written: the defaults' once, not once per invitee.
    expect(result.references?.map((r) => `${r.kind}:${r.name}@${r.source.line}:${r.source.column}`)).toEqual([
      'role:viewer@2:11',
      'organization:acme@4:13',
      'role:member@5:15',
      'role:editor@8:13',
      'role:viewer@8:21',
      'organization:acme@10:15',
      'role:billing@11:17',
      'organization:globex@12:15',
    ]);
  });

  it('sets neither list for an invitee without roles or organizations', () => {
    const invitee = check('invitees:\n  - email: ada@example.com\n').entries[0]?.invitee;
    expect(invitee).not.toHaveProperty('roles');
    expect(invitee).not.toHaveProperty('organizations');
  });

  it('refuses more than 50 roles per user once the defaults are merged, at the invitee', () => {
    const roles = (from: number, n: number) => `[${Array.from({ length: n }, (_, i) => `r${from + i}`).join(', ')}]`;
    const result = check(`defaults:\n  roles: ${roles(0, 30)}\ninvitees:\n  - email: ada@example.com\n    roles: ${roles(30, 21)}\n`);
    expect(result.errors).toEqual([
      expect.objectContaining({ file: 'invitees/team.yaml', line: 4, field: 'invitees[0].roles', message: expect.stringContaining('51 roles') }),
    ]);
    expect(result.entries[0]?.invitee).toBeUndefined();
  });

  it('refuses an organization name Auth0 would not accept, and a list of more than 50 roles, with their positions', () => {
    const many = `[${Array.from({ length: 51 }, (_, i) => `r${i}`).join(', ')}]`;
    const result = check(`invitees:\n  - email: ada@example.com\n    organizations:\n      - name: Acme Inc\n  - email: bob@example.com\n    roles: ${many}\n`);
    expect(result.errors.map((e) => `${e.line}:${e.field}`)).toEqual(['4:invitees[0].organizations[0].name', '6:invitees[1].roles']);
  });

  it('refuses an organization with more members than allowed, at the first one over the limit', () => {
    const member = (email: string, line: number) => ({ organizations: [{ name: 'acme', roles: [] }], email, source: { file: 'invitees/team.yaml', line, column: 12 } });
    expect(organizationSizeErrors([member('a@example.com', 2), member('b@example.com', 3), member('c@example.com', 4)], 2)).toEqual([
      expect.objectContaining({ line: 4, email: 'c@example.com', message: expect.stringContaining('more than 2 members') }),
    ]);
  });
});

// Invitees spread over roles and organizations, for the grant budget test and its benchmark rows: person i holds
// role i mod R and is a member of organization i mod O; every fourth also holds the first role inside it.
export interface AccessShape {
  n: number;
  roles: readonly string[];
  organizations: readonly string[];
}

export const ACCESS_SHAPE: AccessShape = {
  n: 2000,
  roles: ['role-0', 'role-1', 'role-2', 'role-3', 'role-4'],
  organizations: ['org-0', 'org-1', 'org-2'],
};

export const hasOrganizationRole = (i: number): boolean => i % 4 === 0;

/** Members holding a role in their organization: one member-roles request each. */
export function membersWithOrganizationRoles(n: number): number {
  return Math.ceil(n / 4);
}

export function accessInviteesYaml({ n, roles, organizations }: AccessShape): string {
  const lines = ['invitees:'];
  for (let i = 0; i < n; i++) {
    lines.push(`  - email: person-${String(i).padStart(6, '0')}@example.com`, `    roles: [${roles[i % roles.length]}]`, '    organizations:');
    lines.push(`      - name: ${organizations[i % organizations.length]}`);
    if (hasOrganizationRole(i)) lines.push(`        roles: [${roles[0]}]`);
  }
  return `${lines.join('\n')}\n`;
}

/** The routes of roles and organizations, spelled as the emulator's stats spell them. */
export const GRANT_ROUTES = {
  assignRole: 'POST /api/v2/roles/{id}/users',
  addMembers: 'POST /api/v2/organizations/{id}/members',
  memberRoles: 'POST /api/v2/organizations/{id}/members/{user_id}/roles',
  roleUsers: 'GET /api/v2/roles/{id}/users',
  members: 'GET /api/v2/organizations/{id}/members',
} as const;

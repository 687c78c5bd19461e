// Roles and organizations the config lists: created by the stack (`auth0_role`; `auth0_organization` with the
// invitation connection enabled, `auth0_organization_connection`), or, marked `existing`, only named (made
// elsewhere). Invitee files assign them; the reconciler is granted the scopes only when some are listed.
import type { Construct } from 'constructs';
import { Organization } from '../.gen/providers/auth0/organization/index';
import { OrganizationConnection } from '../.gen/providers/auth0/organization-connection/index';
import { Role } from '../.gen/providers/auth0/role/index';
import type { InvitationConfig } from '../reconciler/config';
import type { AccessUsage } from '../reconciler/tenant/scopes';

/** Whether the config lists roles or organizations: the reconciler's grant depends on it. */
export function accessUsage(config: Pick<InvitationConfig, 'roles' | 'organizations'>): AccessUsage {
  return { roles: config.roles.length > 0, organizations: config.organizations.length > 0 };
}

/** Terraform ids from names (any name is a valid organization name; role names may hold other characters). */
function resourceId(prefix: string, name: string): string {
  return `${prefix}_${name.replace(/[^A-Za-z0-9_-]/g, '_')}_${Buffer.from(name).toString('hex').slice(0, 8)}`;
}

export function declareAccess(scope: Construct, config: InvitationConfig, connectionId: string): void {
  for (const role of config.roles.filter((r) => !r.existing)) {
    new Role(scope, resourceId('role', role.name), {
      name: role.name,
      ...(role.description !== undefined ? { description: role.description } : {}),
    });
  }
  for (const organization of config.organizations.filter((o) => !o.existing)) {
    const id = resourceId('organization', organization.name);
    const created = new Organization(scope, id, {
      name: organization.name,
      displayName: organization.display_name ?? organization.name,
    });
    // Members are added by the reconciler (invitation-only): logging in never makes anyone a member.
    new OrganizationConnection(scope, `${id}_connection`, {
      organizationId: created.id,
      connectionId,
      assignMembershipOnLogin: false,
    });
  }
}

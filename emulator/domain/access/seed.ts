// The roles and organizations a deployed stack would have made (`auth0_role`, `auth0_organization` with the
// invitation connection enabled), created when the emulator starts; those already there (a state file) stay.
import { newOrganizationId, newRoleId } from '../ids';
import type { StateData } from '../state';

export function seedAccess(data: StateData, wanted: { roles: readonly string[]; organizations: readonly string[]; connectionName: string | undefined }): void {
  const roles = (data.roles ??= []);
  for (const name of new Set(wanted.roles)) {
    if (!roles.some((r) => r.name === name)) roles.push({ id: newRoleId(), name, users: [] });
  }
  const organizations = (data.organizations ??= []);
  const connection = data.connections.find((c) => c.name === wanted.connectionName);
  for (const name of new Set(wanted.organizations)) {
    if (organizations.some((o) => o.name === name)) continue;
    const enabled = connection ? [{ connection_id: connection.id, assign_membership_on_login: false }] : [];
    organizations.push({ id: newOrganizationId(), name, enabled_connections: enabled, members: [] });
  }
}

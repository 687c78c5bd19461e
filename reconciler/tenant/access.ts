// The Management API calls for roles and organizations: the lists that observe who holds what (paged per role
// and per organization, never one look-up per user) and the bulk writes that grant and take away.
import type { ManagementClient } from 'auth0';
import type { NamedEntity } from '../model';
import { call, TenantError } from './errors';

/** Largest page the OAS allows for these lists (`take`, `per_page`: maximum 100). */
const PAGE_SIZE = 100;

/** A member of an organization, with the roles it holds there. */
export interface OrganizationMember {
  user_id: string;
  roles: NamedEntity[];
}

/** Pages as the SDK hands them out: checkpoint pages follow `next` until there is none. */
interface SdkPage<T> {
  data: T[];
  hasNextPage(): boolean;
  getNextPage(): Promise<SdkPage<T>>;
}

export class AccessTenant {
  constructor(private readonly sdk: ManagementClient) {}

  /** Every role of the tenant (at most 1000, Auth0's limit: 10 pages). */
  async listRoles(): Promise<NamedEntity[]> {
    const roles: NamedEntity[] = [];
    for (let page = 0; ; page++) {
      const result = await call('list roles', () => this.sdk.roles.list({ page, per_page: PAGE_SIZE, include_totals: true }));
      for (const role of result.data) if (role.id && role.name) roles.push({ id: role.id, name: role.name });
      const total = (result.response as { total?: unknown }).total;
      if (result.data.length < PAGE_SIZE || (typeof total === 'number' && roles.length >= total)) return roles;
    }
  }

  /** Every organization of the tenant, through checkpoint pages. */
  async listOrganizations(): Promise<NamedEntity[]> {
    const items = await allPages('list organizations', () => this.sdk.organizations.list({ take: PAGE_SIZE }) as Promise<SdkPage<{ id?: string; name?: string }>>);
    return items.flatMap((org) => (org.id && org.name ? [{ id: org.id, name: org.name }] : []));
  }

  /** The user ids holding a role. */
  async roleMembers(role: NamedEntity): Promise<string[]> {
    const users = await allPages(`list the users of role ${role.name}`, () => this.sdk.roles.users.list(role.id, { take: PAGE_SIZE }) as Promise<SdkPage<{ user_id?: string }>>);
    return users.flatMap((user) => (user.user_id ? [user.user_id] : []));
  }

  /** The members of an organization with their member roles, in the same pages (`fields=roles`). */
  async organizationMembers(organization: NamedEntity): Promise<OrganizationMember[]> {
    const members = await allPages(`list the members of organization ${organization.name}`, () =>
      this.sdk.organizations.members.list(organization.id, { take: PAGE_SIZE, fields: 'user_id,roles', include_fields: true }) as Promise<
        SdkPage<{ user_id?: string; roles?: { id?: string; name?: string }[] }>
      >,
    );
    return members.flatMap((member) =>
      member.user_id
        ? [{ user_id: member.user_id, roles: (member.roles ?? []).flatMap((r) => (r.id && r.name ? [{ id: r.id, name: r.name }] : [])) }]
        : [],
    );
  }

  async assignRole(role: NamedEntity, userIds: readonly string[]): Promise<void> {
    await call(`assign role ${role.name} to ${userIds.length} users`, () => this.sdk.roles.users.assign(role.id, { users: [...userIds] }));
  }

  /** Auth0 has no bulk removal from a role: one call per user, for all its roles at once. */
  async removeRoles(userId: string, roles: readonly NamedEntity[]): Promise<void> {
    await call(`remove roles ${roles.map((r) => r.name).join(', ')} from ${userId}`, () => this.sdk.users.roles.delete(userId, { roles: roles.map((r) => r.id) }));
  }

  async addMembers(organization: NamedEntity, userIds: readonly string[]): Promise<void> {
    await call(`add ${userIds.length} members to organization ${organization.name}`, () => this.sdk.organizations.members.create(organization.id, { members: [...userIds] }));
  }

  async removeMembers(organization: NamedEntity, userIds: readonly string[]): Promise<void> {
    await call(`remove ${userIds.length} members from organization ${organization.name}`, () => this.sdk.organizations.members.delete(organization.id, { members: [...userIds] }));
  }

  async assignMemberRoles(organization: NamedEntity, userId: string, roles: readonly NamedEntity[]): Promise<void> {
    await call(`assign roles in organization ${organization.name} to ${userId}`, () =>
      this.sdk.organizations.members.roles.assign(organization.id, userId, { roles: roles.map((r) => r.id) }),
    );
  }

  async removeMemberRoles(organization: NamedEntity, userId: string, roles: readonly NamedEntity[]): Promise<void> {
    await call(`remove roles in organization ${organization.name} from ${userId}`, () =>
      this.sdk.organizations.members.roles.delete(organization.id, userId, { roles: roles.map((r) => r.id) }),
    );
  }
}

async function allPages<T>(what: string, first: () => Promise<SdkPage<T>>): Promise<T[]> {
  let page = await call(what, first);
  const items = [...page.data];
  while (page.hasNextPage()) {
    const current = page;
    page = await call(what, () => current.getNextPage());
    if (page.data.length === 0 && page.hasNextPage()) throw new TenantError(`Could not ${what}: an empty page pointed to another`);
    items.push(...page.data);
  }
  return items;
}

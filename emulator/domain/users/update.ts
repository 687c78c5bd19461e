// `PATCH /api/v2/users/{id}`: what a body that passed the OpenAPI schema (`UpdateUserRequestContent`) does to a
// user. Normal fields are replaced (null removes them); metadata is merged one level deep, or cleared by an
// empty object (metadata.ts).
import { acceptsUsername } from '../connections';
import { ApiError } from '../errors';
import type { Metadata, TenantState, UserRecord } from '../state';
import { patchMetadata } from './metadata';
import { checkPasswordStrength, hashPassword } from './passwords';

/** Pairs PATCH refuses to change together (https://auth0.com/docs/manage-users/user-search/user-search-best-practices). */
const EXCLUSIVE_PAIRS: Array<[string, string]> = [
  ['password', 'email'], ['password', 'email_verified'], ['username', 'email'], ['username', 'email_verified'], ['username', 'password'],
];

const REPLACED_FIELDS = ['given_name', 'family_name', 'name', 'nickname', 'picture', 'phone_number', 'username'] as const;

/** Whether the body touches metadata only (then `update:users_app_metadata` is scope enough). */
export function isMetadataOnly(body: Record<string, unknown>): boolean {
  return Object.keys(body).every((key) => key === 'app_metadata' || key === 'user_metadata');
}

export function updateUser(state: TenantState, user: UserRecord, body: Record<string, unknown>, now: string, passwordMinLength: number): void {
  for (const [a, b] of EXCLUSIVE_PAIRS) {
    if (Object.hasOwn(body, a) && Object.hasOwn(body, b)) throw new ApiError(400, `Cannot update ${a} and ${b} simultaneously`, 'invalid_body');
  }
  const connection = state.connectionByName(user.connection);
  if (typeof body.username === 'string' && !(connection && acceptsUsername(connection))) {
    throw new ApiError(400, 'Cannot set username for connection without requires_username', 'invalid_body');
  }
  if (typeof body.password === 'string') checkPasswordStrength(body.password, passwordMinLength);
  if (typeof body.email === 'string') changeEmail(state, user, body.email.toLowerCase(), body.email_verified === undefined);
  if (typeof body.email_verified === 'boolean') user.email_verified = body.email_verified;
  if (typeof body.blocked === 'boolean') user.blocked = body.blocked;
  if (typeof body.phone_verified === 'boolean') user.phone_verified = body.phone_verified;
  for (const field of REPLACED_FIELDS) {
    if (!Object.hasOwn(body, field)) continue;
    const value = body[field];
    if (value === null) delete user[field];
    else if (typeof value === 'string') user[field] = value;
  }
  if (body.app_metadata !== undefined) user.app_metadata = patchMetadata(user.app_metadata, body.app_metadata as Metadata);
  if (body.user_metadata !== undefined) user.user_metadata = patchMetadata(user.user_metadata, body.user_metadata as Metadata);
  if (typeof body.password === 'string') {
    user.password = hashPassword(body.password);
    user.imported_password_hash = false;
    user.last_password_reset = now;
  }
  user.updated_at = now;
  state.changed();
}

function changeEmail(state: TenantState, user: UserRecord, email: string, unverify: boolean): void {
  const other = state.userByEmail(user.connection, email);
  if (other && other !== user) throw new ApiError(409, 'The specified new email already exists', 'email_conflict');
  if (email === user.email) return;
  state.changeEmail(user, email);
  if (unverify) user.email_verified = false;
}

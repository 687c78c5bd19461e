// How users look on the wire: the field order and the optional fields of Auth0's bodies (the recorded responses in test/fixtures/auth0-recordings/),
// and the defaults Auth0 derives from an email.
import { createHash } from 'node:crypto';
import type { UserRecord } from '../state';

export type UserJson = Record<string, unknown>;

export function userJson(user: UserRecord): UserJson {
  const hexId = user.user_id.slice(user.user_id.indexOf('|') + 1);
  const json: UserJson = {
    email: user.email,
    email_verified: user.email_verified,
  };
  if (user.username !== undefined) json.username = user.username;
  if (user.phone_number !== undefined) json.phone_number = user.phone_number;
  if (user.phone_verified !== undefined) json.phone_verified = user.phone_verified;
  json.created_at = user.created_at;
  json.updated_at = user.updated_at;
  json.identities = [{ connection: user.connection, user_id: hexId, provider: 'auth0', isSocial: false }];
  json.user_id = user.user_id;
  if (user.name !== undefined) json.name = user.name;
  if (user.nickname !== undefined) json.nickname = user.nickname;
  if (user.picture !== undefined) json.picture = user.picture;
  if (user.given_name !== undefined) json.given_name = user.given_name;
  if (user.family_name !== undefined) json.family_name = user.family_name;
  if (user.blocked !== undefined) json.blocked = user.blocked;
  if (user.user_metadata !== undefined) json.user_metadata = user.user_metadata;
  if (Object.keys(user.app_metadata).length > 0) json.app_metadata = user.app_metadata;
  if (user.last_password_reset !== undefined) json.last_password_reset = user.last_password_reset;
  if (user.last_login !== undefined) json.last_login = user.last_login;
  if (user.logins_count !== undefined) json.logins_count = user.logins_count;
  return json;
}

/**
 * The picture Auth0 fills in from the email. Recorded users created through `POST /users` have it on
 * `s.gravatar.com`, imported ones on `secure.gravatar.com`.
 */
export function gravatarUrl(email: string, origin: 'created' | 'imported'): string {
  const hash = createHash('md5').update(email.trim().toLowerCase()).digest('hex');
  const initials = email.slice(0, 2).toLowerCase().replace(/[^a-z]/g, '') || 'xx';
  const fallback = encodeURIComponent(`https://cdn.auth0.com/avatars/${initials}.png`);
  return `https://${origin === 'created' ? 's' : 'secure'}.gravatar.com/avatar/${hash}?s=480&r=pg&d=${fallback}`;
}

export function nicknameFromEmail(email: string): string {
  const at = email.indexOf('@');
  return at > 0 ? email.slice(0, at) : email;
}

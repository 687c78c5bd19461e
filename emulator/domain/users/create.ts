// `POST /api/v2/users` on a database connection: the rules the OpenAPI schema cannot say (they depend on the
// connection), and the defaults Auth0 fills in.
import { acceptsUsername } from '../connections';
import { ApiError, invalidBody } from '../errors';
import { newUserHexId } from '../ids';
import type { Metadata, TenantState, UserRecord } from '../state';
import { checkPasswordStrength, hashPassword } from './passwords';
import { gravatarUrl, nicknameFromEmail } from './view';

/** A body that passed the OpenAPI schema (`CreateUserRequestContent`). */
export type CreateUserBody = Record<string, unknown> & { connection: string };

export function createUser(state: TenantState, body: CreateUserBody, now: string, passwordMinLength: number): UserRecord {
  const connection = state.connectionByName(body.connection);
  if (!connection) throw new ApiError(400, 'The connection does not exist.', 'inexistent_connection');
  if (typeof body.email !== 'string') throw invalidBody(`'Missing required property: email'`);
  if (typeof body.password !== 'string') throw invalidBody(`'Missing required property: password'`);
  const username = body.username as string | undefined;
  if (username !== undefined && !acceptsUsername(connection)) throw new ApiError(400, 'Cannot set username for connection without requires_username', 'invalid_body');
  checkPasswordStrength(body.password, passwordMinLength);
  const email = body.email.toLowerCase();
  const userId = typeof body.user_id === 'string' && body.user_id !== '' ? `auth0|${body.user_id}` : `auth0|${newUserHexId()}`;
  const taken = username !== undefined && state.data.users.some((u) => u.connection === connection.name && u.username === username);
  if (taken || state.userByEmail(connection.name, email) || state.usersById.has(userId)) {
    throw new ApiError(409, 'The user already exists.', 'auth0_idp_error');
  }
  const user: UserRecord = {
    user_id: userId,
    connection: connection.name,
    email,
    email_verified: body.email_verified === true,
    name: (body.name as string | undefined) ?? email,
    nickname: (body.nickname as string | undefined) ?? nicknameFromEmail(email),
    picture: (body.picture as string | undefined) ?? gravatarUrl(email, 'created'),
    app_metadata: (body.app_metadata as Metadata | undefined) ?? {},
    created_at: now,
    updated_at: now,
    password: hashPassword(body.password),
  };
  if (username !== undefined) user.username = username;
  if (body.user_metadata !== undefined) user.user_metadata = body.user_metadata as Metadata;
  if (typeof body.given_name === 'string') user.given_name = body.given_name;
  if (typeof body.family_name === 'string') user.family_name = body.family_name;
  if (typeof body.blocked === 'boolean') user.blocked = body.blocked;
  if (typeof body.phone_number === 'string') user.phone_number = body.phone_number;
  if (typeof body.phone_verified === 'boolean') user.phone_verified = body.phone_verified;
  state.addUser(user);
  return user;
}

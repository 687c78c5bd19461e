import { PROFILE_FIELDS, type Metadata, type ObservedUser, type Profile } from '../model';

/** The user attributes the reconciler reads, for `fields=` on searches and exports (keeps responses small). */
export const OBSERVED_FIELDS = [
  'user_id',
  'email',
  'email_verified',
  'blocked',
  'name',
  'given_name',
  'family_name',
  'nickname',
  'picture',
  'user_metadata',
  'app_metadata',
  'last_password_reset',
  'last_login',
  'logins_count',
] as const;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** Maps a user as Auth0 returns it (search, users-by-email or an export line) to the planner's shape. */
export function toObservedUser(raw: unknown): ObservedUser | undefined {
  if (!isRecord(raw)) return undefined;
  const userId = str(raw.user_id);
  const email = str(raw.email);
  if (!userId || !email) return undefined;
  const profile: Profile = {};
  for (const field of PROFILE_FIELDS) {
    const value = str(raw[field]);
    if (value !== undefined) profile[field] = value;
  }
  const user: ObservedUser = {
    user_id: userId,
    email: email.toLowerCase(),
    email_verified: raw.email_verified === true,
    blocked: raw.blocked === true,
    profile,
    user_metadata: isRecord(raw.user_metadata) ? (raw.user_metadata as Metadata) : {},
    app_metadata: isRecord(raw.app_metadata) ? (raw.app_metadata as Metadata) : {},
  };
  const lastReset = str(raw.last_password_reset);
  if (lastReset) user.last_password_reset = lastReset;
  const lastLogin = str(raw.last_login);
  if (lastLogin) user.last_login = lastLogin;
  if (typeof raw.logins_count === 'number') user.logins_count = raw.logins_count;
  return user;
}

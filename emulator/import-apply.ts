// Applying a users-imports file to the tenant (auth0-facts.md §1 "Upsert semantics"):
// - without upsert, a user matching on email, user_id or username fails with DUPLICATED_USER;
// - with upsert, a match on email updates only the upsertable fields; metadata is replaced, not merged;
// - `email_verified` becomes false unless the record says true, on insert and on every upsert (the pessimistic
//   reading of "when the email address is added or updated", DESIGN.md);
// - a duplicate within the file fails (first occurrence wins).
import { newUserHexId } from './ids.js';
import { redactImportUser, validateImportUser } from './import-validation.js';
import type { ConnectionRecord, ImportUserError, JobSummary, Metadata, TenantState, UserRecord } from './state.js';
import { gravatarUrl, nicknameFromEmail } from './user-view.js';

export interface ImportOutcome {
  summary: JobSummary;
  errors: ImportUserError[];
}

const UPSERTABLE_STRINGS = ['given_name', 'family_name', 'name', 'nickname', 'picture'] as const;

export function applyImport(state: TenantState, connection: ConnectionRecord, users: unknown[], upsert: boolean, now: string): ImportOutcome {
  const summary: JobSummary = { failed: 0, updated: 0, inserted: 0, total: users.length };
  const errors: ImportUserError[] = [];
  const seenEmails = new Set<string>();
  const seenUserIds = new Set<string>();
  const seenUsernames = new Set<string>();
  const fail = (raw: unknown, code: string, message: string, path?: string): void => {
    summary.failed += 1;
    const error: ImportUserError['errors'][number] = { code, message };
    if (path !== undefined) error.path = path;
    errors.push({ user: redactImportUser(raw), errors: [error] });
  };

  for (const raw of users) {
    const problems = validateImportUser(raw);
    if (problems.length > 0) {
      summary.failed += 1;
      errors.push({ user: redactImportUser(raw), errors: problems });
      continue;
    }
    const record = raw as Record<string, unknown>;
    const email = (record.email as string).toLowerCase();
    const userId = typeof record.user_id === 'string' ? `auth0|${record.user_id}` : undefined;
    const username = typeof record.username === 'string' ? record.username : undefined;

    if (seenEmails.has(email)) { fail(raw, 'CONFLICT_EMAIL', 'The email appears more than once in the users file'); continue; }
    if (userId && seenUserIds.has(userId)) { fail(raw, 'CONFLICT', 'The user_id appears more than once in the users file'); continue; }
    if (username && seenUsernames.has(username)) { fail(raw, 'CONFLICT_USERNAME', 'The username appears more than once in the users file'); continue; }
    seenEmails.add(email);
    if (userId) seenUserIds.add(userId);
    if (username) seenUsernames.add(username);

    const byEmail = state.userByEmail(connection.name, email);
    const byUserId = userId ? state.usersById.get(userId) : undefined;
    const byUsername = username ? findByUsername(state, connection.name, username) : undefined;

    if (!upsert) {
      if (byEmail || byUserId || byUsername) {
        fail(raw, 'DUPLICATED_USER', 'The user already exist and upsert parameter is false');
        continue;
      }
      state.addUser(newImportedUser(record, email, userId, connection.name, now));
      summary.inserted += 1;
      continue;
    }
    if (byEmail) {
      upsertUser(byEmail, record, now);
      summary.updated += 1;
      continue;
    }
    if (byUserId) { fail(raw, 'CONFLICT', 'A user with this user_id already exists with another email'); continue; }
    if (byUsername) { fail(raw, 'CONFLICT_USERNAME', 'A user with this username already exists with another email'); continue; }
    state.addUser(newImportedUser(record, email, userId, connection.name, now));
    summary.inserted += 1;
  }
  state.changed();
  return { summary, errors };
}

function findByUsername(state: TenantState, connection: string, username: string): UserRecord | undefined {
  for (const user of state.data.users) if (user.connection === connection && user.username === username) return user;
  return undefined;
}

function newImportedUser(record: Record<string, unknown>, email: string, userId: string | undefined, connection: string, now: string): UserRecord {
  const user: UserRecord = {
    user_id: userId ?? `auth0|${newUserHexId()}`,
    connection,
    email,
    email_verified: record.email_verified === true,
    name: email,
    nickname: nicknameFromEmail(email),
    picture: gravatarUrl(email),
    app_metadata: (record.app_metadata as Metadata | undefined) ?? {},
    user_metadata: (record.user_metadata as Metadata | undefined) ?? {},
    created_at: now,
    updated_at: now,
  };
  for (const field of UPSERTABLE_STRINGS) if (typeof record[field] === 'string') user[field] = record[field] as string;
  if (typeof record.username === 'string') user.username = record.username;
  if (typeof record.phone_number === 'string') user.phone_number = record.phone_number;
  if (typeof record.phone_verified === 'boolean') user.phone_verified = record.phone_verified;
  if (typeof record.blocked === 'boolean') user.blocked = record.blocked;
  if (typeof record.password_hash === 'string') {
    user.password = { kind: 'bcrypt', hash: record.password_hash };
    user.imported_password_hash = true;
  } else if (record.custom_password_hash !== undefined) {
    // Custom hashes cannot be verified here; the user can log in only after setting a password (documented).
    user.imported_password_hash = true;
  }
  return user;
}

function upsertUser(user: UserRecord, record: Record<string, unknown>, now: string): void {
  // blocked, user_id, username, phone_number, phone_verified and password_hash are not upsertable: ignored.
  for (const field of UPSERTABLE_STRINGS) if (typeof record[field] === 'string') user[field] = record[field] as string;
  if (record.app_metadata !== undefined) user.app_metadata = record.app_metadata as Metadata;
  if (record.user_metadata !== undefined) user.user_metadata = record.user_metadata as Metadata;
  user.email_verified = record.email_verified === true;
  if (record.custom_password_hash !== undefined) {
    user.password = undefined;
    user.imported_password_hash = true;
  }
  user.updated_at = now;
}

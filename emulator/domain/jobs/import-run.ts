// Applying a users-imports file to the tenant (https://auth0.com/docs/manage-users/user-migration/bulk-user-imports "Upsert semantics"):
// - without upsert, a user matching on email, user_id or username fails with DUPLICATED_USER;
// - with upsert, a match on email updates only the upsertable fields; metadata is replaced, not merged, and an
//   absent app_metadata/user_metadata clears the stored one (pessimistic reading);
// - `email_verified` becomes false unless the record says true, on insert and on every upsert (the pessimistic
//   reading of "when the email address is added or updated");
// - a duplicate within the file fails (first occurrence wins).
import { newUserHexId } from '../ids';
import { redactImportUser, validateImportUser } from './import-rules';
import type { ConnectionRecord, ImportUserError, JobSummary, Metadata, TenantState, UserRecord } from '../state';
import { gravatarUrl, nicknameFromEmail } from '../users/view';

export interface ImportOutcome {
  summary: JobSummary;
  errors: ImportUserError[];
}

const UPSERTABLE_STRINGS = ['given_name', 'family_name', 'name', 'nickname', 'picture'] as const;

/**
 * One import file applied user by user, so a job can write its users progressively (and a failing job can stop
 * part-way). `resume` rebuilds the in-file duplicate bookkeeping after a restart from the state file.
 */
export class ImportRun {
  readonly summary: JobSummary;
  readonly errors: ImportUserError[];
  private readonly seenEmails = new Set<string>();
  private readonly seenUserIds = new Set<string>();
  private readonly seenUsernames = new Set<string>();

  constructor(
    private readonly state: TenantState,
    private readonly connection: ConnectionRecord,
    private readonly upsert: boolean,
    private readonly now: () => string,
    total: number,
    previous?: ImportOutcome,
  ) {
    this.summary = previous?.summary ?? { failed: 0, updated: 0, inserted: 0, total };
    this.errors = previous?.errors ?? [];
  }

  /** Re-notes the identifiers of users already processed (before a restart) without touching the tenant. */
  noteProcessed(raw: unknown): void {
    if (validateImportUser(raw).length === 0) this.noteSeen(raw as Record<string, unknown>);
  }

  apply(raw: unknown): void {
    const { summary, errors } = this;
    const fail = (code: string, message: string): void => {
      summary.failed += 1;
      errors.push({ user: redactImportUser(raw), errors: [{ code, message }] });
    };
    const problems = validateImportUser(raw);
    if (problems.length > 0) {
      summary.failed += 1;
      errors.push({ user: redactImportUser(raw), errors: problems });
      return;
    }
    const record = raw as Record<string, unknown>;
    const conflict = this.noteSeen(record);
    if (conflict) { fail(conflict[0], conflict[1]); return; }
    const email = (record.email as string).toLowerCase();
    const userId = typeof record.user_id === 'string' ? `auth0|${record.user_id}` : undefined;
    const username = typeof record.username === 'string' ? record.username : undefined;
    const { state, connection } = this;
    const byEmail = state.userByEmail(connection.name, email);
    const byUserId = userId ? state.usersById.get(userId) : undefined;
    const byUsername = username ? findByUsername(state, connection.name, username) : undefined;

    if (!this.upsert) {
      if (byEmail || byUserId || byUsername) { fail('DUPLICATED_USER', 'The user already exist and upsert parameter is false'); return; }
      state.addUser(newImportedUser(record, email, userId, connection.name, this.now()));
      summary.inserted += 1;
      return;
    }
    if (byEmail) {
      upsertUser(byEmail, record, this.now());
      summary.updated += 1;
      return;
    }
    if (byUserId) { fail('CONFLICT', 'A user with this user_id already exists with another email'); return; }
    if (byUsername) { fail('CONFLICT_USERNAME', 'A user with this username already exists with another email'); return; }
    state.addUser(newImportedUser(record, email, userId, connection.name, this.now()));
    summary.inserted += 1;
  }

  /** First occurrence in the file wins; returns the conflict of a later one. */
  private noteSeen(record: Record<string, unknown>): [string, string] | undefined {
    const email = (record.email as string).toLowerCase();
    const userId = typeof record.user_id === 'string' ? `auth0|${record.user_id}` : undefined;
    const username = typeof record.username === 'string' ? record.username : undefined;
    if (this.seenEmails.has(email)) return ['CONFLICT_EMAIL', 'The email appears more than once in the users file'];
    if (userId && this.seenUserIds.has(userId)) return ['CONFLICT', 'The user_id appears more than once in the users file'];
    if (username && this.seenUsernames.has(username)) return ['CONFLICT_USERNAME', 'The username appears more than once in the users file'];
    this.seenEmails.add(email);
    if (userId) this.seenUserIds.add(userId);
    if (username) this.seenUsernames.add(username);
    return undefined;
  }
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
    picture: gravatarUrl(email, 'imported'),
    app_metadata: (record.app_metadata as Metadata | undefined) ?? {},
    created_at: now,
    updated_at: now,
  };
  for (const field of UPSERTABLE_STRINGS) if (typeof record[field] === 'string') user[field] = record[field] as string;
  if (record.user_metadata !== undefined) user.user_metadata = record.user_metadata as Metadata;
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
  // Metadata is replaced, not merged (https://auth0.com/docs/manage-users/user-migration/bulk-user-imports); an absent field replaces it with nothing (the
  // pessimistic reading: the docs do not say what an absent field does).
  user.app_metadata = (record.app_metadata as Metadata | undefined) ?? {};
  if (record.user_metadata !== undefined) user.user_metadata = record.user_metadata as Metadata;
  else delete user.user_metadata;
  user.email_verified = record.email_verified === true;
  if (record.custom_password_hash !== undefined) {
    user.password = undefined;
    user.imported_password_hash = true;
  }
  user.updated_at = now;
}

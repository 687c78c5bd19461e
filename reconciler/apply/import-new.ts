// New users: created by users-imports jobs (upsert=false), already marked `pending` so that a crash before their
// mail leaves them resumable. Each file's outcome is handed back as soon as its job ends, so that its
// invitations start while later files still import.
import { randomBytes } from 'node:crypto';
import { newUserRecord, type ImportRecord } from '../import-file/records';
import { packBatches } from '../import-file/size';
import { PROFILE_FIELDS, type InviteAction, type Invitee, type ObservedUser } from '../model';
import { ApplyStopped, type Halt } from './halt';
import type { ImportRunner } from './import-runner';
import { rowOutcome } from './job-outcome';
import type { ApplyTally } from './report';

export interface ImportedBatch {
  /** Created now: to be invited, with the user as the import created it. */
  created: { invitee: Invitee; user: ObservedUser }[];
  /** Refused as DUPLICATED_USER: they exist after all, and are read again. */
  existing: Invitee[];
}

export interface ImportNewDeps {
  runner: Pick<ImportRunner, 'run'>;
  maxBytes: number;
  tally: ApplyTally;
  halt?: Pick<Halt, 'stopped' | 'race'>;
  /** New users carry the invitation marker (`mail.delivery: auth0`: Auth0's template reads it). */
  marked?: boolean;
}

/** Starts one job per import file at once (the runner bounds how many run); one promise per file. */
export function importNewUsers(invites: readonly InviteAction[], deps: ImportNewDeps): Promise<ImportedBatch>[] {
  const inviteeByEmail = new Map(invites.map((a) => [a.email, a.invitee]));
  // The same record shape as the estimate's (plan/estimate.ts): the marker under Auth0's own email, and a chosen
  // user id plus the grant record when the invitee is granted roles or memberships.
  const records = invites.map((a) =>
    newUserRecord(a.invitee, { marked: deps.marked, ...(a.grants ? { withGrants: { userId: newUserId(), grants: a.grants.record } } : {}) }),
  );
  return packBatches(records, deps.maxBytes).map((batch) => importBatch(batch, inviteeByEmail, deps));
}

/** 24 hex digits, like the ids Auth0 gives database users itself (`auth0|` is prepended by the import). */
function newUserId(): string {
  return randomBytes(12).toString('hex');
}

async function importBatch(batch: ImportRecord[], inviteeByEmail: ReadonlyMap<string, Invitee>, { runner, tally, halt }: ImportNewDeps): Promise<ImportedBatch> {
  const result: ImportedBatch = { created: [], existing: [] };
  const invitees = batch.map((record) => ({ record, invitee: inviteeByEmail.get(record.email)! }));
  let outcome;
  try {
    outcome = await runner.run(batch, false, { halt });
  } catch (error) {
    // Not submitted, or no longer waited for: whoever it created stays `pending` and is resumed by the next run.
    if (error instanceof ApplyStopped) {
      tally.skip(batch.length);
      return result;
    }
    for (const { invitee } of invitees) tally.failWith(error, { invitee, email: invitee.email, action: 'invite', stage: 'import' });
    return result;
  }
  for (const { record, invitee } of invitees) {
    const row = rowOutcome(outcome, record.email);
    // A failed job says nothing reliable about who was created: nobody is mailed; the next run observes and resumes.
    if (row.written) result.created.push({ invitee, user: justImported(record) });
    else if (row.duplicated) result.existing.push(invitee);
    else tally.fail({ invitee, email: invitee.email, action: 'invite', stage: 'import', code: row.code, message: row.message, jobId: row.jobId });
  }
  return result;
}

/** The user as the import just created it, for the bookkeeping upsert that follows the mail. */
function justImported(record: ImportRecord): ObservedUser {
  const profile: ObservedUser['profile'] = {};
  for (const field of PROFILE_FIELDS) {
    if (record[field] !== undefined) profile[field] = record[field];
  }
  return {
    user_id: record.user_id !== undefined ? `auth0|${record.user_id}` : '',
    email: record.email,
    email_verified: false,
    blocked: false,
    profile,
    user_metadata: record.user_metadata ?? {},
    app_metadata: record.app_metadata,
  };
}

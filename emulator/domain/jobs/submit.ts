// Submitting jobs: what Auth0 checks about an import file and an export request beyond their OpenAPI schemas
// (the file's content, the connection, the two-active-imports limit), and the job records that start.
import { ApiError, invalidBody } from '../errors';
import { newJobId } from '../ids';
import { MAX_METADATA_DEPTH, pruneDepth } from '../json-depth';
import type { ExportField, JobRecord, TenantState } from '../state';
import type { JobRunner } from './runner';
import { MAX_ACTIVE_IMPORT_JOBS } from './runner';

/** Auth0's payload limit for imports; hapi compares the whole request body (https://auth0.com/docs/manage-users/user-migration/bulk-user-imports). */
export const IMPORT_MAX_BYTES = 512_000;
const CSV_MAX_FIELDS = 30;

export const importTooLarge = (): ApiError => new ApiError(413, `Payload content length greater than maximum allowed: ${IMPORT_MAX_BYTES}`);

export interface ImportRequest {
  connection_id: string;
  upsert?: boolean;
  external_id?: string;
  send_completion_email?: boolean;
}

export function submitImport(state: TenantState, jobs: JobRunner, request: ImportRequest, file: Buffer, now: string): JobRecord {
  const connection = state.connectionById(request.connection_id);
  if (!connection) throw new ApiError(400, 'The connection does not exist.', 'inexistent_connection');
  const users = parseUsersFile(file);
  jobs.sweepExpired();
  if (jobs.activeImportJobs() >= MAX_ACTIVE_IMPORT_JOBS) {
    // Not a rate-limit 429: wait for a job to finish, not for x-ratelimit-reset (https://auth0.com/docs/manage-users/user-migration/bulk-user-imports).
    throw new ApiError(429, `There are ${MAX_ACTIVE_IMPORT_JOBS} active import users jobs, please wait until some of them are finished and try again`);
  }
  const job: JobRecord = {
    id: newJobId(),
    type: 'users_import',
    status: 'pending',
    created_at: now,
    connection_id: connection.id,
    connection: connection.name,
    upsert: request.upsert ?? false,
    send_completion_email: request.send_completion_email ?? true,
    // Over-deep values are cut (they fail validation anyway) so the job can be persisted and echoed in /errors.
    pending_users: users.map((user) => pruneDepth(user, MAX_METADATA_DEPTH + 2)),
  };
  // An empty external_id is left out, as Auth0 does (recorded).
  if (request.external_id !== undefined && request.external_id !== '') job.external_id = request.external_id;
  state.addJob(job);
  jobs.start(job);
  return job;
}

function parseUsersFile(file: Buffer): unknown[] {
  const text = file.toString('utf8');
  if (text.trim() === '') throw new ApiError(400, 'Users file must not be empty.', 'invalid_body');
  let users: unknown;
  try {
    users = JSON.parse(text);
  } catch {
    throw new ApiError(400, 'Users file must contain a valid JSON array.', 'invalid_body');
  }
  if (!Array.isArray(users)) throw new ApiError(400, 'Users file must contain a valid JSON array.', 'invalid_body');
  if (users.length === 0) throw new ApiError(400, 'Users file must not be empty.', 'invalid_body');
  return users;
}

/** A body that passed the OpenAPI schema (`CreateExportUsersRequestContent`). */
export interface ExportRequest {
  connection_id?: string;
  format?: 'json' | 'csv';
  limit?: number;
  fields?: ExportField[];
}

export function submitExport(state: TenantState, jobs: JobRunner, request: ExportRequest, now: string): JobRecord {
  const format = request.format ?? 'json';
  const fields = request.fields ?? [];
  if (format === 'csv' && fields.length > CSV_MAX_FIELDS) throw invalidBody(`'Array is too long (${fields.length}), maximum ${CSV_MAX_FIELDS}' on property fields`);
  const connection = request.connection_id !== undefined ? state.connectionById(request.connection_id) : undefined;
  if (request.connection_id !== undefined && !connection) throw new ApiError(400, 'The connection does not exist.', 'inexistent_connection');
  jobs.sweepExpired();
  const job: JobRecord = { id: newJobId(), type: 'users_export', status: 'pending', created_at: now, format, fields };
  if (connection) {
    job.connection_id = connection.id;
    job.connection = connection.name;
  }
  if (request.limit !== undefined) job.limit = request.limit;
  state.addJob(job);
  jobs.start(job);
  return job;
}

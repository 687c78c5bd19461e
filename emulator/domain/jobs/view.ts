// How a job looks on the wire: the key order and optional keys of Auth0's bodies (the recorded responses in test/fixtures/auth0-recordings/).
import type { JobRecord } from '../state';

export interface JobExtras {
  /** `percentage_done` and `time_left_seconds` while processing. */
  progress?: { percentage_done: number; time_left_seconds: number };
  /** A completed export's download link. */
  location?: string;
}

export function jobJson(job: JobRecord, extras: JobExtras = {}): Record<string, unknown> {
  const json: Record<string, unknown> = { type: job.type, status: job.status };
  if (job.connection_id !== undefined) json.connection_id = job.connection_id;
  if (job.type === 'users_export') {
    json.format = job.format ?? 'json';
    if (job.limit !== undefined) json.limit = job.limit;
    if (job.fields && job.fields.length > 0) json.fields = job.fields;
  }
  if (job.external_id !== undefined) json.external_id = job.external_id;
  if (extras.progress) Object.assign(json, extras.progress);
  if (job.summary && (job.status === 'completed' || job.status === 'failed')) json.summary = job.summary;
  if (job.status_details !== undefined) json.status_details = job.status_details;
  if (extras.location !== undefined) json.location = extras.location;
  // Import and export jobs always name a connection ('' for an export of all of them); other jobs have none.
  if (job.type === 'users_import' || job.type === 'users_export') json.connection = job.connection ?? '';
  json.created_at = job.created_at;
  json.id = job.id;
  return json;
}

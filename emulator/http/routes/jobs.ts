// Jobs: users-imports (multipart, 202), users-exports (200), job status, job errors, and the export download
// that stands in for Auth0's signed CDN link (valid 60 s; each `GET /jobs/{id}` hands out a fresh one).
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { validateBody, type BodySpec } from '../body-validation';
import type { EmulatorContext } from '../context';
import { ApiError, invalidBody } from '../../domain/errors';
import { CONNECTION_ID_PATTERN, newJobId } from '../../domain/ids';
import { JOB_RETENTION_MS, MAX_ACTIVE_IMPORT_JOBS } from '../../domain/jobs/runner';
import { MAX_METADATA_DEPTH, pruneDepth } from '../../domain/json-depth';
import type { ExportField, JobRecord } from '../../domain/state';

/** Auth0's payload limit for this endpoint; hapi compares the whole request body (auth0-facts.md §1). */
export const IMPORT_MAX_BYTES = 512_000;
export const EXPORT_LINK_TTL_SECONDS = 60;
const CSV_MAX_FIELDS = 30;

const tooLarge = (): ApiError => new ApiError(413, `Payload content length greater than maximum allowed: ${IMPORT_MAX_BYTES}`);
const invalidMultipart = (): ApiError => invalidBody(`'Invalid multipart payload format'.`);
// Messages per the OAS 404s; the errorCode `inexistent_job` is a guess (modelled on inexistent_user).
const jobNotFound = (): ApiError => new ApiError(404, 'Job not found.', 'inexistent_job');
const jobErrorsNotFound = (): ApiError => new ApiError(404, 'The job does not exist', 'inexistent_job');

const CREATE_EXPORT: BodySpec = {
  additionalProperties: false,
  fields: {
    connection_id: { type: 'string', pattern: CONNECTION_ID_PATTERN },
    format: { type: 'string' },
    limit: { type: 'integer', minimum: 1 },
    fields: { type: 'array' },
  },
};

interface ImportParts {
  users?: Buffer;
  fields: Record<string, string>;
}

export function registerJobRoutes(app: FastifyInstance, ctx: EmulatorContext): void {
  app.post('/api/v2/jobs/users-imports', { config: { scopes: ['create:users'] } }, async (request, reply) => {
    const declaredLength = Number(request.headers['content-length'] ?? 0);
    if (declaredLength > IMPORT_MAX_BYTES) throw tooLarge();
    if (!request.isMultipart()) throw invalidMultipart();
    const parts = await readImportParts(request.parts({ limits: { fileSize: IMPORT_MAX_BYTES, files: 1, fields: 20, parts: 25 } }));
    if (!parts.users) throw new ApiError(400, "Must provide 'users' file as multipart part.", 'invalid_body');
    const connectionId = parts.fields.connection_id;
    if (connectionId === undefined) throw new ApiError(400, "Must provide 'connection_id' as multipart part.", 'invalid_body');
    if (!CONNECTION_ID_PATTERN.test(connectionId)) {
      throw invalidBody(`'String does not match pattern ^con_[A-Za-z0-9]{16}$' on property connection_id`);
    }
    const upsert = multipartBoolean(parts.fields, 'upsert', false);
    const sendCompletionEmail = multipartBoolean(parts.fields, 'send_completion_email', true);
    const connection = ctx.state.connectionById(connectionId);
    if (!connection) throw new ApiError(400, 'The connection does not exist.', 'inexistent_connection');
    if (parts.users.length === 0 || parts.users.toString('utf8').trim() === '') {
      throw new ApiError(400, 'Users file must not be empty.', 'invalid_body');
    }
    let users: unknown;
    try {
      users = JSON.parse(parts.users.toString('utf8'));
    } catch {
      throw new ApiError(400, 'Users file must contain a valid JSON array.', 'invalid_body');
    }
    if (!Array.isArray(users)) throw new ApiError(400, 'Users file must contain a valid JSON array.', 'invalid_body');
    if (users.length === 0) throw new ApiError(400, 'Users file must not be empty.', 'invalid_body');
    ctx.jobs.sweepExpired();
    if (ctx.jobs.activeImportJobs() >= MAX_ACTIVE_IMPORT_JOBS) {
      // Not a rate-limit 429: wait for a job to finish, not for x-ratelimit-reset (auth0-facts.md addenda).
      throw new ApiError(429, `There are ${MAX_ACTIVE_IMPORT_JOBS} active import users jobs, please wait until some of them are finished and try again`);
    }
    const job: JobRecord = {
      id: newJobId(),
      type: 'users_import',
      status: 'pending',
      created_at: ctx.nowIso(),
      connection_id: connection.id,
      connection: connection.name,
      upsert,
      send_completion_email: sendCompletionEmail,
      // Over-deep values are cut (they fail validation anyway) so the job can be persisted and echoed in /errors.
      pending_users: users.map((user) => pruneDepth(user, MAX_METADATA_DEPTH + 2)),
    };
    if (parts.fields.external_id !== undefined) job.external_id = parts.fields.external_id;
    ctx.state.addJob(job);
    ctx.jobs.start(job);
    reply.code(202);
    return jobJson(job, ctx);
  });

  app.post('/api/v2/jobs/users-exports', { config: { scopes: ['read:users'] } }, async (request) => {
    const body = validateBody(request.body ?? {}, CREATE_EXPORT, request.headers['content-type']);
    const format = (body.format as string | undefined) ?? 'json';
    if (format !== 'json' && format !== 'csv') throw invalidBody(`'No enum match for: "${format}"' on property format.`);
    const fields = parseExportFields(body.fields);
    if (format === 'csv' && fields.length > CSV_MAX_FIELDS) throw invalidBody(`'Array is too long (${fields.length}), maximum ${CSV_MAX_FIELDS}' on property fields.`);
    const connectionId = body.connection_id as string | undefined;
    const connection = connectionId !== undefined ? ctx.state.connectionById(connectionId) : undefined;
    if (connectionId !== undefined && !connection) throw new ApiError(400, 'The connection does not exist.', 'inexistent_connection');
    ctx.jobs.sweepExpired();
    const job: JobRecord = { id: newJobId(), type: 'users_export', status: 'pending', created_at: ctx.nowIso(), format, fields };
    if (connection) {
      job.connection_id = connection.id;
      job.connection = connection.name;
    }
    if (typeof body.limit === 'number') job.limit = body.limit;
    ctx.state.addJob(job);
    ctx.jobs.start(job);
    return jobJson(job, ctx);
  });

  app.get('/api/v2/jobs/:id', { config: { scopes: ['create:users', 'read:users'] } }, async (request) => {
    const job = findJob(ctx, (request.params as { id: string }).id, jobNotFound);
    return jobJson(job, ctx);
  });

  app.get('/api/v2/jobs/:id/errors', { config: { scopes: ['create:users', 'read:users'] } }, async (request, reply) => {
    const job = findJob(ctx, (request.params as { id: string }).id, jobErrorsNotFound);
    const finished = job.status === 'completed' || job.status === 'failed';
    if (finished && job.errors && job.errors.length > 0) return job.errors;
    if (job.status === 'failed' && job.status_details !== undefined) {
      return { id: job.id, type: job.type, status: job.status, created_at: job.created_at, connection_id: job.connection_id, status_details: job.status_details };
    }
    reply.code(204);
    return reply.send();
  });

  app.get('/user-exports/:id/:file', async (request, reply) => {
    const { id } = request.params as { id: string; file: string };
    const query = request.query as Record<string, unknown>;
    const expires = Number(query.Expires);
    const signature = typeof query.Signature === 'string' ? query.Signature : '';
    const job = ctx.state.jobsById.get(id);
    const denied = (message: string) => reply.code(403).type('application/xml').send(`<?xml version="1.0" encoding="UTF-8"?><Error><Code>AccessDenied</Code><Message>${message}</Message></Error>`);
    if (!job || job.type !== 'users_export' || job.status !== 'completed') return reply.code(404).type('application/xml').send('<?xml version="1.0" encoding="UTF-8"?><Error><Code>NoSuchKey</Code></Error>');
    if (!Number.isFinite(expires) || !signatureMatches(ctx, id, expires, signature)) return denied('Invalid signature');
    if (expires * 1000 < ctx.now()) return denied('Request has expired');
    return reply.type('application/gzip').header('content-encoding', 'identity').send(ctx.jobs.exportFile(job));
  });
}

async function readImportParts(parts: AsyncIterableIterator<import('@fastify/multipart').Multipart>): Promise<ImportParts> {
  const result: ImportParts = { fields: {} };
  try {
    for await (const part of parts) {
      if (part.type === 'file') {
        const content = await part.toBuffer();
        if (part.fieldname === 'users') result.users = content;
      } else if (typeof part.value === 'string') {
        result.fields[part.fieldname] = part.value;
      }
    }
  } catch (error) {
    if (error instanceof ApiError) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE' || code === 'FST_PARTS_LIMIT' || code === 'FST_FILES_LIMIT' || code === 'FST_FIELDS_LIMIT') {
      throw code === 'FST_REQ_FILE_TOO_LARGE' ? tooLarge() : invalidMultipart();
    }
    throw invalidMultipart();
  }
  return result;
}

function multipartBoolean(fields: Record<string, string>, name: string, fallback: boolean): boolean {
  const value = fields[name];
  if (value === undefined) return fallback;
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw invalidBody(`'Expected type boolean but found type string' on property ${name}`);
}

function parseExportFields(value: unknown): ExportField[] {
  if (value === undefined) return [];
  const fields: ExportField[] = [];
  for (const [index, item] of (value as unknown[]).entries()) {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      throw invalidBody(`'Expected type object but found type ${typeof item}' on property fields[${index}].`);
    }
    const { name, export_as: exportAs, ...rest } = item as Record<string, unknown>;
    if (Object.keys(rest).length > 0) throw invalidBody(`'Additional properties not allowed: ${Object.keys(rest).join(',')}' on property fields[${index}].`);
    if (typeof name !== 'string' || name.length === 0 || name.length > 100) {
      throw invalidBody(`'Expected a name of 1 to 100 characters' on property fields[${index}].name.`);
    }
    if (exportAs !== undefined && (typeof exportAs !== 'string' || exportAs.length > 100)) {
      throw invalidBody(`'Expected a string of at most 100 characters' on property fields[${index}].export_as.`);
    }
    fields.push(exportAs === undefined ? { name } : { name, export_as: exportAs as string });
  }
  return fields;
}

function findJob(ctx: EmulatorContext, id: string, notFound: () => ApiError): JobRecord {
  ctx.jobs.sweepExpired();
  const job = ctx.state.jobsById.get(id);
  if (!job || ctx.now() - Date.parse(job.created_at) > JOB_RETENTION_MS) throw notFound();
  return job;
}

function exportSignature(ctx: EmulatorContext, jobId: string, expires: number): string {
  return createHmac('sha256', ctx.state.data.signing_secret).update(`export:${jobId}:${expires}`).digest('base64url');
}

function signatureMatches(ctx: EmulatorContext, jobId: string, expires: number, signature: string): boolean {
  const expected = Buffer.from(exportSignature(ctx, jobId, expires));
  const actual = Buffer.from(signature);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

function jobJson(job: JobRecord, ctx: EmulatorContext): Record<string, unknown> {
  const json: Record<string, unknown> = { type: job.type, status: job.status };
  if (job.connection_id !== undefined) json.connection_id = job.connection_id;
  if (job.type === 'users_export') {
    json.format = job.format ?? 'json';
    if (job.limit !== undefined) json.limit = job.limit;
    if (job.fields && job.fields.length > 0) json.fields = job.fields;
  }
  if (job.external_id !== undefined) json.external_id = job.external_id;
  const progress = ctx.jobs.progressOf(job);
  if (progress) Object.assign(json, progress);
  if (job.summary && (job.status === 'completed' || job.status === 'failed')) json.summary = job.summary;
  if (job.status_details !== undefined) json.status_details = job.status_details;
  if (job.type === 'users_export' && job.status === 'completed') {
    const expires = Math.floor(ctx.now() / 1000) + EXPORT_LINK_TTL_SECONDS;
    const file = `${ctx.tenantName}.${job.format ?? 'json'}.gz`;
    json.location = `${ctx.baseUrl()}/user-exports/${job.id}/${file}?Expires=${expires}&Signature=${exportSignature(ctx, job.id, expires)}`;
  }
  json.connection = job.connection ?? '';
  json.created_at = job.created_at;
  json.id = job.id;
  return json;
}

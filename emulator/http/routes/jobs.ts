// Jobs: users-imports (multipart, 202), users-exports (200), job status, job errors, and the export download
// that stands in for Auth0's signed CDN link.
import type { FastifyInstance } from 'fastify';
import type { Multipart } from '@fastify/multipart';
import type { EmulatorContext } from '../context';
import { operation } from '../openapi';
import { ApiError, invalidBody } from '../../domain/errors';
import { exportLink, exportSignatureMatches } from '../../domain/jobs/export-link';
import { JOB_RETENTION_MS } from '../../domain/jobs/runner';
import { IMPORT_MAX_BYTES, importTooLarge, submitExport, submitImport, type ExportRequest, type ImportRequest } from '../../domain/jobs/submit';
import { jobJson } from '../../domain/jobs/view';
import type { JobRecord } from '../../domain/state';

const IMPORT = operation('management', 'POST', '/jobs/users-imports');
const EXPORT = operation('management', 'POST', '/jobs/users-exports');

const invalidMultipart = (): ApiError => invalidBody(`'Invalid multipart payload format'.`);
// Messages per the OAS 404s; the errorCode `inexistent_job` is a guess (modelled on inexistent_user).
const jobNotFound = (): ApiError => new ApiError(404, 'Job not found.', 'inexistent_job');
const jobErrorsNotFound = (): ApiError => new ApiError(404, 'The job does not exist', 'inexistent_job');

interface ImportParts {
  users?: Buffer;
  fields: Record<string, string>;
}

export function registerJobRoutes(app: FastifyInstance, ctx: EmulatorContext): void {
  const present = (job: JobRecord): Record<string, unknown> => {
    const progress = ctx.jobs.progressOf(job);
    const location = job.type === 'users_export' && job.status === 'completed'
      ? exportLink(ctx.baseUrl(), ctx.state.data.signing_secret, job, ctx.tenantName, ctx.now())
      : undefined;
    return jobJson(job, { ...(progress ? { progress } : {}), ...(location !== undefined ? { location } : {}) });
  };

  app.post('/api/v2/jobs/users-imports', { config: { scopes: ['create:users'] } }, async (request, reply) => {
    const declaredLength = Number(request.headers['content-length'] ?? 0);
    if (declaredLength > IMPORT_MAX_BYTES) throw importTooLarge();
    if (!request.isMultipart()) throw invalidMultipart();
    const parts = await readImportParts(request.parts({ limits: { fileSize: IMPORT_MAX_BYTES, files: 1, fields: 20, parts: 25 } }));
    if (!parts.users) throw new ApiError(400, "Must provide 'users' file as multipart part.", 'invalid_body');
    if (parts.fields.connection_id === undefined) throw new ApiError(400, "Must provide 'connection_id' as multipart part.", 'invalid_body');
    const fields = IMPORT.body<ImportRequest>({ ...parts.fields, users: '' }, undefined, 'multipart/form-data');
    const job = submitImport(ctx.state, ctx.jobs, fields, parts.users, ctx.nowIso());
    reply.code(202);
    return present(job);
  });

  app.post('/api/v2/jobs/users-exports', { config: { scopes: ['read:users'] } }, async (request) => {
    const body = EXPORT.body<ExportRequest>(request.body ?? {}, request.headers['content-type']);
    return present(submitExport(ctx.state, ctx.jobs, body, ctx.nowIso()));
  });

  app.get('/api/v2/jobs/:id', { config: { scopes: ['create:users', 'read:users'] } }, async (request) => {
    return present(findJob(ctx, (request.params as { id: string }).id, jobNotFound));
  });

  app.get('/api/v2/jobs/:id/errors', { config: { scopes: ['create:users', 'read:users'], contentType: 'application/json' } }, async (request, reply) => {
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
    if (!Number.isFinite(expires) || !exportSignatureMatches(ctx.state.data.signing_secret, id, expires, signature)) return denied('Invalid signature');
    if (expires * 1000 < ctx.now()) return denied('Request has expired');
    return reply.type('application/gzip').header('content-encoding', 'identity').send(ctx.jobs.exportFile(job));
  });
}

async function readImportParts(parts: AsyncIterableIterator<Multipart>): Promise<ImportParts> {
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
    throw (error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE' ? importTooLarge() : invalidMultipart();
  }
  return result;
}

function findJob(ctx: EmulatorContext, id: string, notFound: () => ApiError): JobRecord {
  ctx.jobs.sweepExpired();
  const job = ctx.state.jobsById.get(id);
  if (!job || ctx.now() - Date.parse(job.created_at) > JOB_RETENTION_MS) throw notFound();
  return job;
}

// What became of one row of a users-imports job: written, refused with Auth0's per-user errors, or unknown
// because the job as a whole ended badly. Shared by the imports of new users and the upsert batcher.
import type { ImportOutcome } from './import-runner';

export type RowOutcome =
  | { written: true; jobId: string }
  | {
      written: false;
      /** Refused because the user exists already: an import of new users re-reads it instead of failing it. */
      duplicated: boolean;
      code?: string;
      message: string;
      jobId: string;
    };

export function rowOutcome(outcome: ImportOutcome, email: string): RowOutcome {
  const { job, jobId, errors } = outcome;
  const rowErrors = errors.get(email) ?? [];
  if (rowErrors.length > 0) {
    const duplicated = rowErrors.some((e) => e.code === 'DUPLICATED_USER');
    return { written: false, duplicated, code: rowErrors[0]!.code, message: rowErrors.map((e) => e.message).join('; '), jobId };
  }
  if (job.status !== 'completed') {
    // A failed job says nothing reliable about who was written.
    const message = `import job ${jobId} ended ${job.status}${job.statusDetails ? `: ${job.statusDetails}` : ''}`;
    return { written: false, duplicated: false, message, jobId };
  }
  return { written: true, jobId };
}

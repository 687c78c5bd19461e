import type { Clock } from '../clock';
import { ApplyStopped, type Halt } from './halt';
import type { JobErrorRow, JobState } from '../tenant/tenant';
import { Limiter } from './limiter';

/** The Management API calls an import job needs. */
export interface ImportPort {
  submitImport(records: readonly object[], options: { connectionId: string; upsert: boolean; externalId?: string }): Promise<string>;
  waitForJob(id: string): Promise<JobState>;
  getJobErrors(id: string): Promise<JobErrorRow[]>;
}

export interface RunOptions {
  /** Submissions of a file whose job failed as a whole (default 3). */
  attempts?: number;
  /** For jobs that create users: once halted, none is submitted, and none is waited for. Upserts take none. */
  halt?: Pick<Halt, 'stopped' | 'race'>;
}

/** Failed jobs that ran longer than this are not submitted again. */
const LONG_JOB_MS = 30 * 60_000;

export interface ImportOutcome {
  jobId: string;
  job: JobState;
  /** Per-user errors keyed by lower-cased email; empty when the job reported none. */
  errors: Map<string, JobErrorRow['errors']>;
}

/**
 * Runs users-imports jobs, never more at once than Auth0 allows per tenant (2), and reads a job's
 * errors only when it may have some: its summary counts failures, or it has no summary (each read is a request).
 * Upserts (bookkeeping) go before waiting creations: recording mails that went out bounds what a crash
 * repeats, and the next creation's tickets can wait a moment.
 */
export class ImportRunner {
  private readonly slots: Limiter;

  constructor(
    private readonly port: ImportPort,
    private readonly connectionId: string,
    concurrency: number,
    private readonly clock: Pick<Clock, 'now'>,
  ) {
    this.slots = new Limiter(concurrency);
  }

  /**
   * Runs one import file to its end. A job that fails as a whole (no per-user errors: Auth0 says nothing
   * about who was written) is submitted again, up to `attempts` times: an upsert is idempotent, and users a
   * failed create job did write come back as DUPLICATED_USER, which the applier re-plans.
   */
  async run(records: readonly object[], upsert: boolean, options: RunOptions = {}): Promise<ImportOutcome> {
    const attempts = options.attempts ?? 3;
    for (let attempt = 1; ; attempt++) {
      const started = this.clock.now();
      const outcome = await this.runOnce(records, upsert, options.halt);
      // A job that ran for long before failing most likely hit Auth0's 2-hour job timeout: another try
      // would take as long and end the same way.
      const slowFailure = this.clock.now() - started > LONG_JOB_MS;
      if (outcome.job.status === 'completed' || outcome.errors.size > 0 || attempt >= attempts || slowFailure) return outcome;
    }
  }

  private runOnce(records: readonly object[], upsert: boolean, halt: Pick<Halt, 'stopped' | 'race'> | undefined): Promise<ImportOutcome> {
    return this.slots.run(async () => {
      // A halted apply submits no new job, and stops waiting for one that creates users: they stay `pending`.
      if (halt?.stopped) throw new ApplyStopped();
      const jobId = await this.port.submitImport(records, { connectionId: this.connectionId, upsert });
      const waiting = this.port.waitForJob(jobId);
      const job = await (halt ? halt.race(waiting) : waiting);
      const errors = new Map<string, JobErrorRow['errors']>();
      const mayHaveErrors = job.status !== 'completed' || (job.summary?.failed ?? 0) > 0 || job.summary === undefined;
      if (mayHaveErrors) {
        for (const row of await this.port.getJobErrors(jobId)) {
          errors.set(row.email, [...(errors.get(row.email) ?? []), ...row.errors]);
        }
      }
      return { jobId, job, errors };
    }, upsert ? 1 : 0);
  }
}

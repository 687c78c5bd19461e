// Job life cycle: pending → processing → completed | failed, driven by timers (latency and per-user time are
// settings). Import files are applied when the job completes; an export's file is built when it completes.
// At most 2 import jobs may be active per tenant (auth0-facts.md §1 and its addenda).
import { buildExportFile } from './export-file.js';
import type { FaultInjector } from './faults.js';
import { applyImport } from './import-apply.js';
import type { JobRecord, TenantState, UserRecord } from './state.js';

export const MAX_ACTIVE_IMPORT_JOBS = 2;
/** Job data is deleted after 24 h (auth0-facts.md §1). */
export const JOB_RETENTION_MS = 24 * 60 * 60 * 1000;

export interface JobTiming {
  latencyMs: number;
  perUserMs: number;
}

export class JobRunner {
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly exportFiles = new Map<string, Buffer>();
  private stopped = false;

  constructor(
    private readonly state: TenantState,
    private readonly faults: FaultInjector,
    private readonly timing: () => JobTiming,
    private readonly nowIso: () => string,
  ) {}

  activeImportJobs(): number {
    let active = 0;
    for (const job of this.state.data.jobs) {
      if (job.type === 'users_import' && (job.status === 'pending' || job.status === 'processing')) active += 1;
    }
    return active;
  }

  /** Starts (or, after a restart from the state file, resumes) a job. */
  start(job: JobRecord): void {
    const { latencyMs, perUserMs } = this.timing();
    const size = job.type === 'users_import' ? (job.pending_users?.length ?? 0) : this.exportCandidates(job).length;
    this.later(latencyMs, () => {
      if (this.state.jobsById.get(job.id) !== job) return;
      job.status = 'processing';
      this.state.changed();
      this.later(perUserMs * size, () => this.finish(job));
    });
  }

  resumeUnfinished(): void {
    for (const job of this.state.data.jobs) if (job.status === 'pending' || job.status === 'processing') this.start(job);
  }

  exportFile(job: JobRecord): Buffer {
    let file = this.exportFiles.get(job.id);
    if (!file) {
      // Not kept in the state file; after a restart the file is rebuilt from the current users.
      file = buildExportFile(this.exportCandidates(job), job.fields ?? [], job.format ?? 'json');
      this.exportFiles.set(job.id, file);
    }
    return file;
  }

  stop(): void {
    this.stopped = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  clear(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.exportFiles.clear();
  }

  private later(ms: number, run: () => void): void {
    if (this.stopped) return;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (!this.stopped) run();
    }, ms);
    this.timers.add(timer);
  }

  private finish(job: JobRecord): void {
    // A reset may have removed the job while its timer was pending.
    if (this.state.jobsById.get(job.id) !== job) return;
    if (job.type === 'users_export') {
      this.exportFiles.set(job.id, buildExportFile(this.exportCandidates(job), job.fields ?? [], job.format ?? 'json'));
      job.status = 'completed';
      this.state.changed();
      return;
    }
    const users = job.pending_users ?? [];
    delete job.pending_users;
    if (this.faults.nextJobFails()) {
      // As in auth0/auth0.net#443: failed, no summary, and /errors answers 204.
      job.status = 'failed';
    } else {
      const connection = job.connection_id ? this.state.connectionById(job.connection_id) : undefined;
      if (!connection) {
        job.status = 'failed';
        job.status_details = 'The connection does not exist.';
      } else {
        const outcome = applyImport(this.state, connection, users, job.upsert === true, this.nowIso());
        job.summary = outcome.summary;
        job.errors = outcome.errors;
        job.status = 'completed';
      }
    }
    if (job.send_completion_email !== false) {
      this.state.data.mails.push({
        to: 'tenant-admins',
        subject: `Import users job ${job.id} ${job.status}`,
        job_id: job.id,
        status: job.status,
        sent_at: this.nowIso(),
      });
    }
    this.state.changed();
  }

  private exportCandidates(job: JobRecord): UserRecord[] {
    const connection = job.connection_id ? this.state.connectionById(job.connection_id) : undefined;
    const users = connection ? this.state.data.users.filter((u) => u.connection === connection.name) : this.state.data.users;
    return job.limit !== undefined ? users.slice(0, job.limit) : users;
  }
}

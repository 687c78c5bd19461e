// Job life cycle: pending → processing → completed | failed, driven by timers (latency and per-user time are
// settings). While processing, an import writes its users progressively (`jobPerUserMs` each, in batches), so
// `percentage_done` / `time_left_seconds` move and a job that fails part-way has written part of its file; an
// export counts through its users and builds the file at the end. With per-user time 0 (the default) a job is
// processed in one step. At most 2 import jobs may be active per tenant (https://auth0.com/docs/manage-users/user-migration/bulk-user-imports and its addenda).
// Job data (errors, export files) is forgotten 24 h after creation, by the injectable clock.
import { buildExportFile } from './export-file';
import { ImportRun } from './import-run';
import type { JobRecord, TenantState, UserRecord } from '../state';

export const MAX_ACTIVE_IMPORT_JOBS = 2;
/** Job data is deleted after 24 h (https://auth0.com/docs/manage-users/user-migration/bulk-user-imports). */
export const JOB_RETENTION_MS = 24 * 60 * 60 * 1000;
/** Progressive processing writes a batch about this often (real time, whatever the time scale). */
const TICK_MS = 20;
/** Longest delay setTimeout accepts. */
const MAX_TIMER_MS = 2_147_483_647;

/** The fault decisions a job needs; the simulation's fault injector provides them. */
export interface JobFaults {
  /** Whether the next import job ends `failed`. */
  nextJobFails(): boolean;
  /** A share in [0, 1): how much of a failing job's file is written first. */
  nextShare(): number;
}

export interface JobTiming {
  latencyMs: number;
  perUserMs: number;
}

export class JobRunner {
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly exportFiles = new Map<string, Buffer>();
  private readonly importRuns = new Map<string, ImportRun>();
  /** Ids of import jobs that are pending or processing (a running count, not a scan). */
  private readonly activeImports = new Set<string>();
  private lastSweep = Number.NEGATIVE_INFINITY;
  private stopped = false;

  constructor(
    private readonly state: TenantState,
    private readonly faults: JobFaults,
    private readonly timing: () => JobTiming,
    private readonly nowIso: () => string,
    private readonly now: () => number = Date.now,
    /** The tenant's time runs this many times faster than real time (EmulatorOptions.timeScale). */
    private readonly timeScale = 1,
  ) {}

  activeImportJobs(): number {
    return this.activeImports.size;
  }

  /** Starts (or, after a restart from the state file, resumes) a job. */
  start(job: JobRecord): void {
    if (job.type === 'users_import') this.activeImports.add(job.id);
    this.later(this.timing().latencyMs, () => {
      if (!this.isCurrent(job)) return;
      if (job.status === 'pending' || job.progress === undefined) this.beginProcessing(job);
      if (job.status !== 'processing') return;
      const perUserMs = this.timing().perUserMs;
      this.later(perUserMs > 0 ? this.batchSize(perUserMs) * perUserMs : 0, () => this.step(job));
    });
  }

  resumeUnfinished(): void {
    for (const job of this.state.data.jobs) if (isRunnable(job) && (job.status === 'pending' || job.status === 'processing')) this.start(job);
  }

  /**
   * Runs every unfinished job to its end now, whatever the latency settings: for a caller that holds jobs back
   * (a long `jobLatencyMs`) and decides when they are done, as the replay of recorded traffic does. The timers
   * already set find the jobs finished and do nothing.
   */
  settle(): void {
    for (const job of [...this.state.data.jobs]) {
      if (!isRunnable(job) || (job.status !== 'pending' && job.status !== 'processing')) continue;
      if (job.status === 'pending' || job.progress === undefined) this.beginProcessing(job);
      while (job.status === 'processing' && this.isCurrent(job)) this.step(job);
    }
  }

  /** `percentage_done` and `time_left_seconds` of a processing job (https://auth0.com/docs/manage-users/user-migration/bulk-user-imports, older docs). */
  progressOf(job: JobRecord): { percentage_done: number; time_left_seconds: number } | undefined {
    if (job.status !== 'processing') return undefined;
    const total = this.sizeOf(job);
    const done = Math.min(job.progress ?? 0, total);
    return {
      percentage_done: total === 0 ? 100 : Math.floor((done / total) * 100),
      time_left_seconds: Math.ceil(((total - done) * this.timing().perUserMs) / 1000),
    };
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

  /** Forgets finished jobs (and their errors and export files) 24 h after creation; runs at most once a minute. */
  sweepExpired(): void {
    const now = this.now();
    if (now - this.lastSweep < 60_000) return;
    this.lastSweep = now;
    const removed = this.state.removeJobs((job) => (job.status === 'completed' || job.status === 'failed') && now - Date.parse(job.created_at) > JOB_RETENTION_MS);
    for (const job of removed) {
      this.exportFiles.delete(job.id);
      this.importRuns.delete(job.id);
    }
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
    this.importRuns.clear();
    this.activeImports.clear();
    this.lastSweep = Number.NEGATIVE_INFINITY;
  }

  private isCurrent(job: JobRecord): boolean {
    // A reset may have removed the job while its timer was pending.
    return this.state.jobsById.get(job.id) === job;
  }

  private later(ms: number, run: () => void): void {
    if (this.stopped) return;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (!this.stopped) run();
    }, Math.min(Math.max(0, ms / this.timeScale), MAX_TIMER_MS));
    this.timers.add(timer);
  }

  private batchSize(perUserMs: number): number {
    return Math.max(1, Math.round((TICK_MS * this.timeScale) / perUserMs));
  }

  private beginProcessing(job: JobRecord): void {
    job.status = 'processing';
    job.progress = 0;
    if (job.type === 'users_import') {
      const connection = job.connection_id ? this.state.connectionById(job.connection_id) : undefined;
      if (!connection) {
        job.status_details = 'The connection does not exist.';
        this.finish(job, 'failed');
        return;
      }
      // As in auth0/auth0.net#443 the job ends failed with no summary; Auth0 promises nothing about which users
      // were written before, so a seeded share of the file is.
      if (this.faults.nextJobFails()) job.fail_after = Math.floor(this.faults.nextShare() * this.sizeOf(job));
    }
    this.state.changed();
  }

  private step(job: JobRecord): void {
    if (!this.isCurrent(job) || job.status !== 'processing') return;
    const total = this.sizeOf(job);
    const stopAt = Math.min(job.fail_after ?? total, total);
    const perUserMs = this.timing().perUserMs;
    const batch = perUserMs > 0 ? this.batchSize(perUserMs) : total;
    const until = Math.min(stopAt, (job.progress ?? 0) + batch);
    if (job.type === 'users_import') {
      const run = this.importRun(job);
      const users = job.pending_users ?? [];
      if (run) for (let index = job.progress ?? 0; index < until; index += 1) run.apply(users[index]);
    }
    job.progress = until;
    if (until >= stopAt) {
      this.finish(job, job.fail_after !== undefined ? 'failed' : 'completed');
      return;
    }
    this.state.changed();
    this.later(batch * perUserMs, () => this.step(job));
  }

  private importRun(job: JobRecord): ImportRun | undefined {
    let run = this.importRuns.get(job.id);
    if (run) return run;
    const connection = job.connection_id ? this.state.connectionById(job.connection_id) : undefined;
    if (!connection) return undefined;
    const users = job.pending_users ?? [];
    const previous = job.summary && job.errors ? { summary: job.summary, errors: job.errors } : undefined;
    run = new ImportRun(this.state, connection, job.upsert === true, this.nowIso, users.length, previous);
    // After a restart: the users processed before it are in the tenant; only the in-file bookkeeping is rebuilt.
    for (let index = 0; index < (job.progress ?? 0); index += 1) run.noteProcessed(users[index]);
    // Kept on the job (not shown before it ends) so a restart resumes with the counts so far.
    job.summary = run.summary;
    job.errors = run.errors;
    this.importRuns.set(job.id, run);
    return run;
  }

  private finish(job: JobRecord, status: 'completed' | 'failed'): void {
    job.status = status;
    this.importRuns.delete(job.id);
    if (job.type === 'users_export') {
      this.exportFiles.set(job.id, buildExportFile(this.exportCandidates(job), job.fields ?? [], job.format ?? 'json'));
      this.state.changed();
      return;
    }
    delete job.pending_users;
    this.activeImports.delete(job.id);
    if (status === 'failed') {
      // As in auth0/auth0.net#443: failed, no summary, and /errors answers 204 (or the job with status_details).
      delete job.summary;
      delete job.errors;
    } else if (!job.summary) {
      job.summary = { failed: 0, updated: 0, inserted: 0, total: 0 };
      job.errors = [];
    }
    if (job.send_completion_email !== false) {
      this.state.addMail({ to: 'tenant-admins', subject: `Import users job ${job.id} ${job.status}`, job_id: job.id, status: job.status, sent_at: this.nowIso() });
    }
    this.state.changed();
  }

  private sizeOf(job: JobRecord): number {
    return job.type === 'users_import' ? (job.pending_users?.length ?? job.summary?.total ?? 0) : this.exportCandidates(job).length;
  }

  private exportCandidates(job: JobRecord): UserRecord[] {
    const connection = job.connection_id ? this.state.connectionById(job.connection_id) : undefined;
    const users = connection ? this.state.data.users.filter((u) => u.connection === connection.name) : this.state.data.users;
    return job.limit !== undefined ? users.slice(0, job.limit) : users;
  }
}

/** The job types this runner runs. */
function isRunnable(job: JobRecord): boolean {
  return job.type === 'users_import' || job.type === 'users_export';
}

import type { ImportRecord } from '../import-file/records';
import { maxRecordBytes, packBatches, recordBytes } from '../import-file/size';
import { isFlushDue, type FlushRule } from './flush-policy';
import type { ImportOutcome, ImportRunner } from './import-runner';
import { rowOutcome } from './job-outcome';

/** What an upsert row is for, so that its outcome can be reported against the right invitee. */
export interface UpsertEntry<T> {
  record: ImportRecord;
  subject: T;
}

export interface UpsertBatcherOptions<T> {
  runner: Pick<ImportRunner, 'run'>;
  maxBytes: number;
  /** When rows are written (flush-policy.ts). */
  flush: FlushRule;
  /** The clock rows are aged on. */
  now: () => number;
  /** Called once per row when its job has ended: `error` unset means the row was written. */
  onResult: (entry: UpsertEntry<T>, result: { error?: { code?: string; message: string }; jobId?: string }) => void;
}

/**
 * Collects upsert rows (bookkeeping after mails, profile updates, adoptions) and writes them in
 * users-imports jobs with upsert=true: one request per hundreds of users instead of one PATCH each.
 * When rows are written is the flush rule's (flush-policy.ts), looked at as each row comes: a full window
 * at once, older rows once enough wait, the rest on drain. No timer: nothing outlives the apply.
 */
export class UpsertBatcher<T> {
  private pending: UpsertEntry<T>[] = [];
  private readonly pendingEmails = new Set<string>();
  /** When the oldest pending row was added. */
  private oldestAt = 0;
  private readonly inFlight = new Set<Promise<void>>();
  /** Rows in jobs that have not ended yet. */
  private inFlightRows = 0;
  private waiters: Array<() => void> = [];

  constructor(private readonly options: UpsertBatcherOptions<T>) {}

  add(entry: UpsertEntry<T>): void {
    // A row that cannot fit in an import file at all (the tenant's own metadata can make it large) is reported,
    // not allowed to break the whole flush window it would have been written with.
    if (recordBytes(entry.record) > maxRecordBytes(this.options.maxBytes)) {
      const message = `the user's record is ${recordBytes(entry.record)} bytes, more than an import file may hold (${this.options.maxBytes})`;
      this.options.onResult(entry, { error: { code: 'TOO_LARGE', message } });
      return;
    }
    // Auth0 rejects a file that names the same user twice: a second row for a user goes to a later job.
    if (this.pendingEmails.has(entry.record.email)) this.flush();
    const now = this.options.now();
    if (this.pending.length === 0) this.oldestAt = now;
    this.pending.push(entry);
    this.pendingEmails.add(entry.record.email);
    if (isFlushDue(this.pending.length, now - this.oldestAt, this.options.flush)) this.flush();
  }

  /** Starts writing everything pending; does not wait for the jobs. */
  flush(): void {
    if (this.pending.length === 0) return;
    const entries = this.pending;
    this.pending = [];
    this.pendingEmails.clear();
    const byEmail = new Map(entries.map((e) => [e.record.email, e]));
    for (const batch of packBatches(entries.map((e) => e.record), this.options.maxBytes)) {
      const task = this.write(batch.map((r) => byEmail.get(r.email)!));
      this.inFlight.add(task);
      void task.finally(() => this.inFlight.delete(task));
    }
  }

  /** Rows added and not yet written: pending, or in a job that has not ended. */
  get unwritten(): number {
    return this.pending.length + this.inFlightRows;
  }

  /**
   * Backpressure: resolves once fewer than `limit` rows are unwritten. The applier waits here before each ticket,
   * so that mail never runs ahead of its bookkeeping by more than that (a crash repeats at most those mails),
   * even when import jobs are slower than tickets. `limit` must exceed `flush.every`, or pending rows would wait
   * for a row that never comes.
   */
  async room(limit: number): Promise<void> {
    while (this.unwritten >= limit) await new Promise<void>((resolve) => this.waiters.push(resolve));
  }

  /** Flushes and waits until every job has ended. */
  async drain(): Promise<void> {
    this.flush();
    while (this.inFlight.size > 0) await Promise.all([...this.inFlight]);
  }

  private async write(entries: UpsertEntry<T>[]): Promise<void> {
    this.inFlightRows += entries.length;
    try {
      await this.writeRows(entries);
    } finally {
      this.inFlightRows -= entries.length;
      const waiters = this.waiters;
      this.waiters = [];
      for (const wake of waiters) wake();
    }
  }

  private async writeRows(entries: UpsertEntry<T>[]): Promise<void> {
    let outcome: ImportOutcome;
    try {
      outcome = await this.options.runner.run(
        entries.map((e) => e.record),
        true,
      );
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      for (const entry of entries) this.options.onResult(entry, { error: { message } });
      return;
    }
    for (const entry of entries) {
      const row = rowOutcome(outcome, entry.record.email);
      this.options.onResult(entry, row.written ? { jobId: row.jobId } : { error: { code: row.code, message: row.message }, jobId: row.jobId });
    }
  }
}

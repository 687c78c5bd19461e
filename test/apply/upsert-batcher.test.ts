// The upsert batcher: rows cut into import files by count, age (once enough wait) and size, never the same user
// twice in a file, each row's outcome reported once, and backpressure for mail that runs ahead of its bookkeeping.
import { describe, expect, it } from 'vitest';
import type { FlushRule } from '../../reconciler/apply/flush-policy';
import { ImportRunner } from '../../reconciler/apply/import-runner';
import { UpsertBatcher, type UpsertBatcherOptions } from '../../reconciler/apply/upsert-batcher';
import type { ImportRecord } from '../../reconciler/import-file/records';
import { FakeClock } from '../tenant/fake-clock';
import { FakeTenant } from './fake-tenant';

const row = (email: string, team = 'a', extra: Partial<ImportRecord> = {}): ImportRecord => ({ email, email_verified: false, app_metadata: { team }, ...extra });

type Result = Parameters<UpsertBatcherOptions<string>['onResult']>[1];

function batcher(tenant: FakeTenant, options: { maxBytes?: number; flush?: Partial<FlushRule> } = {}) {
  const results: { subject: string; result: Result }[] = [];
  const clock = new FakeClock();
  const upserts = new UpsertBatcher<string>({
    runner: new ImportRunner(tenant, 'con_1', 2, clock),
    maxBytes: options.maxBytes ?? 500_000,
    flush: { every: 1000, min: 1, afterMs: 3_600_000, ...options.flush },
    now: () => clock.now(),
    onResult: (entry, result) => results.push({ subject: entry.subject, result }),
  });
  const add = (record: ImportRecord, subject = record.email) => upserts.add({ record, subject });
  return { upserts, add, results, clock };
}

describe('UpsertBatcher', () => {
  it('writes a second row for the same user in a later file: Auth0 refuses a file that names a user twice', async () => {
    const tenant = new FakeTenant();
    const { upserts, add, results } = batcher(tenant);
    add(row('ada@example.com', 'first'));
    add(row('grace@example.com'));
    add(row('ada@example.com', 'second'));
    await upserts.drain();
    expect(tenant.files.map((f) => f.emails)).toEqual([['ada@example.com', 'grace@example.com'], ['ada@example.com']]);
    expect(results).toHaveLength(3);
    expect(results.every((r) => r.result.error === undefined)).toBe(true);
  });

  it('flushes every `flush.every` rows, and the rest on drain', async () => {
    const tenant = new FakeTenant();
    const { upserts, add } = batcher(tenant, { flush: { every: 2 } });
    for (const name of ['a', 'b', 'c', 'd', 'e']) add(row(`${name}@example.com`));
    expect(tenant.files.map((f) => f.emails.length)).toEqual([2, 2]);
    await upserts.drain();
    expect(tenant.files.map((f) => f.emails.length)).toEqual([2, 2, 1]);
    expect(tenant.files.every((f) => f.upsert)).toBe(true);
  });

  it('flushes rows older than `flush.afterMs` only once `flush.min` of them wait: one job per that many rows at most', async () => {
    const tenant = new FakeTenant();
    const { upserts, add, clock } = batcher(tenant, { flush: { every: 10, min: 3, afterMs: 5000 } });
    add(row('a@example.com'));
    clock.t += 60_000; // a slow tenant: one mail a minute
    add(row('b@example.com'));
    clock.t += 60_000;
    expect(tenant.files).toEqual([]); // old enough, but only 2 wait
    add(row('c@example.com'));
    expect(tenant.files.map((f) => f.emails)).toEqual([['a@example.com', 'b@example.com', 'c@example.com']]);
    // The next rows are aged from the first of them, not from the flush.
    add(row('d@example.com'));
    add(row('e@example.com'));
    clock.t += 4999;
    add(row('f@example.com'));
    expect(tenant.files).toHaveLength(1); // three wait, the oldest not yet 5 s old
    clock.t += 1;
    add(row('g@example.com'));
    expect(tenant.files.map((f) => f.emails.length)).toEqual([3, 4]);
    await upserts.drain();
  });

  it('cuts files at maxBytes, and reports a row too large for any file instead of writing it', async () => {
    const tenant = new FakeTenant();
    const { upserts, add, results } = batcher(tenant, { maxBytes: 1024 });
    add(row('big@example.com', 'x'.repeat(2000)));
    for (const name of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l']) add(row(`${name}@example.com`, 'y'.repeat(80)));
    await upserts.drain();
    expect(tenant.files.length).toBeGreaterThan(1);
    expect(tenant.files.flatMap((f) => f.emails)).not.toContain('big@example.com');
    for (const file of tenant.files) expect(2 + file.emails.length - 1 + file.emails.reduce((n, email) => n + JSON.stringify(row(email, 'y'.repeat(80))).length, 0)).toBeLessThanOrEqual(1024);
    expect(results.find((r) => r.subject === 'big@example.com')?.result).toEqual({
      error: { code: 'TOO_LARGE', message: expect.stringMatching(/^the user's record is \d+ bytes, more than an import file may hold \(1024\)$/) },
    });
  });

  it('reports each row once: written, refused with its code and job, or failed with its whole job', async () => {
    const tenant = new FakeTenant();
    tenant.refuseRows.set('ada@example.com', { code: 'FORMAT', message: 'Object didn\'t pass validation' });
    const { upserts, add, results } = batcher(tenant, { flush: { every: 2 } });
    add(row('ada@example.com'));
    add(row('grace@example.com'));
    await upserts.drain();
    tenant.failingJobs = 3;
    add(row('kim@example.com'));
    await upserts.drain();
    expect(results).toEqual([
      { subject: 'ada@example.com', result: { error: { code: 'FORMAT', message: 'Object didn\'t pass validation' }, jobId: 'job_1' } },
      { subject: 'grace@example.com', result: { jobId: 'job_1' } },
      { subject: 'kim@example.com', result: { error: { code: undefined, message: 'import job job_5 ended failed: the job timed out' }, jobId: 'job_5' } },
    ]);
  });

  it('reports every row of a file whose job could not even start', async () => {
    const tenant = new FakeTenant();
    tenant.submitImport = async () => {
      throw new Error('Could not start a users-imports job: HTTP 503');
    };
    const { upserts, add, results } = batcher(tenant);
    add(row('ada@example.com'));
    add(row('grace@example.com'));
    await upserts.drain();
    expect(results.map((r) => r.result)).toEqual([
      { error: { message: 'Could not start a users-imports job: HTTP 503' } },
      { error: { message: 'Could not start a users-imports job: HTTP 503' } },
    ]);
  });

  it('room(limit) waits while `limit` rows or more are unwritten', async () => {
    const tenant = new FakeTenant();
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const wait = tenant.waitForJob.bind(tenant);
    tenant.waitForJob = async (id) => {
      await gate;
      return wait(id);
    };
    const { upserts, add } = batcher(tenant);
    add(row('ada@example.com'));
    add(row('grace@example.com'));
    let roomy = false;
    void upserts.room(2).then(() => (roomy = true));
    upserts.flush();
    await new Promise((resolve) => setImmediate(resolve));
    expect(upserts.unwritten).toBe(2);
    expect(roomy).toBe(false);
    release();
    await upserts.drain();
    await new Promise((resolve) => setImmediate(resolve));
    expect(upserts.unwritten).toBe(0);
    expect(roomy).toBe(true);
  });
});

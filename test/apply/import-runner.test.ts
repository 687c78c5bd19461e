// The import runner: at most `concurrency` jobs at once with upserts first, a job's errors read only when it
// may have some, and a job that failed as a whole tried again unless that cannot help.
import { describe, expect, it } from 'vitest';
import { ImportRunner, type ImportPort } from '../../reconciler/apply/import-runner';
import type { JobErrorRow, JobState } from '../../reconciler/tenant/tenant';
import { FakeClock } from '../tenant/fake-clock';

/** A port whose jobs end as scripted, in order of submission (the last script repeats). */
function scriptedPort(scripts: { job: Omit<JobState, 'id'>; errors?: JobErrorRow[]; takesMs?: number }[], clock = new FakeClock()) {
  const calls: string[] = [];
  let submitted = 0;
  const port: ImportPort = {
    async submitImport(records, options) {
      const id = `job_${++submitted}`;
      calls.push(`submit ${id} ${options.upsert ? 'upsert' : 'create'} ${(records as { email: string }[]).map((r) => r.email).join(',')}`);
      return id;
    },
    async waitForJob(id) {
      const script = scripts[Math.min(Number(id.slice(4)), scripts.length) - 1]!;
      calls.push(`wait ${id}`);
      await clock.sleep(script.takesMs ?? 0);
      return { id, ...script.job };
    },
    async getJobErrors(id) {
      calls.push(`errors ${id}`);
      return scripts[Math.min(Number(id.slice(4)), scripts.length) - 1]!.errors ?? [];
    },
  };
  return { port, calls, clock };
}

const completed = (failed = 0) => ({ status: 'completed', summary: { failed, updated: 0, inserted: 1 - failed, total: 1 } });
const ada = [{ email: 'ada@example.com' }];

describe('ImportRunner', () => {
  it('reads a job\'s errors only when it may have some: failures counted, no summary, or not completed', async () => {
    for (const [job, reads] of [
      [completed(0), 0],
      [completed(1), 1],
      [{ status: 'completed' }, 1],
    ] as const) {
      const { port, calls, clock } = scriptedPort([{ job, errors: [{ email: 'ada@example.com', errors: [{ code: 'FORMAT', message: 'bad' }] }] }]);
      const outcome = await new ImportRunner(port, 'con_1', 2, clock).run(ada, false);
      expect(calls.filter((c) => c.startsWith('errors')), JSON.stringify(job)).toHaveLength(reads);
      expect(outcome.errors.size).toBe(reads);
    }
  });

  it('keys per-user errors by email, all errors of a row together', async () => {
    const errors = [
      { email: 'ada@example.com', errors: [{ code: 'FORMAT', message: 'one' }] },
      { email: 'ada@example.com', errors: [{ code: 'OTHER', message: 'two' }] },
    ];
    const { port, clock } = scriptedPort([{ job: completed(1), errors }]);
    const outcome = await new ImportRunner(port, 'con_1', 2, clock).run(ada, false);
    expect(outcome).toEqual({ jobId: 'job_1', job: { id: 'job_1', ...completed(1) }, errors: new Map([['ada@example.com', [...errors[0]!.errors, ...errors[1]!.errors]]]) });
  });

  it('submits a job that failed as a whole again, up to three attempts, and returns the last outcome', async () => {
    const { port, calls, clock } = scriptedPort([{ job: { status: 'failed' } }]);
    const outcome = await new ImportRunner(port, 'con_1', 2, clock).run(ada, true);
    expect(calls.filter((c) => c.startsWith('submit'))).toHaveLength(3);
    expect(outcome).toMatchObject({ jobId: 'job_3', job: { status: 'failed' } });
  });

  it('stops trying once a job completes, or when the failed job named the users it refused', async () => {
    const recovered = scriptedPort([{ job: { status: 'failed' } }, { job: completed() }]);
    expect((await new ImportRunner(recovered.port, 'con_1', 2, recovered.clock).run(ada, false)).jobId).toBe('job_2');
    const refused = scriptedPort([{ job: { status: 'failed' }, errors: [{ email: 'ada@example.com', errors: [{ code: 'FORMAT', message: 'bad' }] }] }]);
    expect((await new ImportRunner(refused.port, 'con_1', 2, refused.clock).run(ada, false)).jobId).toBe('job_1');
  });

  it('does not try again after a job that ran for over 30 minutes (Auth0\'s job timeout would end the next one alike)', async () => {
    const { port, calls, clock } = scriptedPort([{ job: { status: 'failed' }, takesMs: 31 * 60_000 }]);
    await new ImportRunner(port, 'con_1', 2, clock).run(ada, false);
    expect(calls.filter((c) => c.startsWith('submit'))).toHaveLength(1);
  });

  it('runs at most `concurrency` jobs at once, and a waiting upsert goes before a waiting creation', async () => {
    const { port, calls, clock } = scriptedPort([{ job: completed() }]);
    let running = 0;
    let most = 0;
    const wait = port.waitForJob.bind(port);
    port.waitForJob = async (id) => {
      most = Math.max(most, ++running);
      await new Promise((resolve) => setImmediate(resolve));
      running--;
      return wait(id);
    };
    const runner = new ImportRunner(port, 'con_1', 1, clock);
    await Promise.all([
      runner.run([{ email: 'create1@example.com' }], false),
      runner.run([{ email: 'create2@example.com' }], false),
      runner.run([{ email: 'upsert@example.com' }], true),
    ]);
    expect(most).toBe(1);
    expect(calls.filter((c) => c.startsWith('submit'))).toEqual([
      'submit job_1 create create1@example.com',
      'submit job_2 upsert upsert@example.com',
      'submit job_3 create create2@example.com',
    ]);
  });
});

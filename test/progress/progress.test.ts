import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createProgress, formatElapsed, progressLine, type Scheduler } from '../../reconciler/progress/progress';

function fakeStream() {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return { stream, lines: () => chunks.join('').split('\n').filter((l) => l !== '') };
}

function fakeClock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => void (t += ms) };
}

/** A scheduler the test fires by hand, counting how many heartbeats are live. */
function manualScheduler() {
  const live = new Set<() => void>();
  const schedule: Scheduler = (fn) => {
    live.add(fn);
    return () => live.delete(fn);
  };
  return { schedule, fire: () => [...live].forEach((fn) => fn()), liveCount: () => live.size };
}

describe('progressLine', () => {
  it('shows done/total and a whole percentage, rounded down', () => {
    expect(progressLine('inviting', 420, 1000)).toBe('inviting: 420/1000 (42%)');
    expect(progressLine('inviting', 999, 1000)).toBe('inviting: 999/1000 (99%)');
    expect(progressLine('inviting', 0, 0)).toBe('inviting: 0/0 (100%)');
  });
  it('formats elapsed time', () => {
    expect(formatElapsed(12_345)).toBe('12.3 s');
    expect(formatElapsed(245_000)).toBe('4 min 05 s');
  });
});

describe('createProgress without a TTY (CI)', () => {
  it('prints at most one line per interval, then one final line', () => {
    const { stream, lines } = fakeStream();
    const clock = fakeClock();
    const timer = manualScheduler();
    const progress = createProgress({ stream, isTTY: false, intervalMs: 10_000, now: clock.now, schedule: timer.schedule });

    progress.start('inviting', 1000);
    for (let i = 0; i < 100; i++) {
      clock.advance(90); // 100 ticks in 9 s: still inside the first interval
      progress.tick();
    }
    expect(lines()).toEqual([]);
    clock.advance(1000);
    progress.tick(320); // 10 s after start
    expect(lines()).toEqual(['inviting: 420/1000 (42%)']);
    clock.advance(5000);
    progress.tick(80);
    expect(lines()).toHaveLength(1);
    clock.advance(5000);
    progress.tick(100);
    clock.advance(12_345);
    progress.tick(400);
    progress.stop();
    expect(lines()).toEqual(['inviting: 420/1000 (42%)', 'inviting: 600/1000 (60%)', 'inviting: 1000/1000 (100%)', 'inviting: 1000/1000 (100%), done in 32.3 s']);
    progress.stop(); // idempotent
    expect(lines()).toHaveLength(4);
  });

  it('keeps printing on the heartbeat while no item finishes, and stops the heartbeat with the stage', () => {
    const { stream, lines } = fakeStream();
    const clock = fakeClock();
    const timer = manualScheduler();
    const progress = createProgress({ stream, isTTY: false, intervalMs: 10_000, now: clock.now, schedule: timer.schedule });

    progress.start('importing', 3);
    expect(timer.liveCount()).toBe(1);
    clock.advance(4000);
    timer.fire(); // too early: nothing
    clock.advance(6000);
    timer.fire();
    clock.advance(10_000);
    timer.fire();
    expect(lines()).toEqual(['importing: 0/3 (0%)', 'importing: 0/3 (0%)']);
    progress.stop();
    expect(timer.liveCount()).toBe(0);
    expect(lines().at(-1)).toBe('importing: 0/3 (0%), done in 20.0 s');
  });

  it('finishes the previous stage when a new one starts, and prints log lines as they come', () => {
    const { stream, lines } = fakeStream();
    const clock = fakeClock();
    const timer = manualScheduler();
    const progress = createProgress({ stream, isTTY: false, now: clock.now, schedule: timer.schedule });
    progress.log('Plan: 2 to invite, 0 to update, 0 to revoke, 0 unchanged.');
    progress.start('importing', 2);
    progress.tick(2);
    clock.advance(1500);
    progress.start('inviting', 2);
    progress.log('failed: ada@example.com (ticket: 400)');
    progress.tick();
    progress.tick();
    clock.advance(500);
    progress.stop();
    expect(lines()).toEqual([
      'Plan: 2 to invite, 0 to update, 0 to revoke, 0 unchanged.',
      'importing: 2/2 (100%), done in 1.5 s',
      'failed: ada@example.com (ticket: 400)',
      'inviting: 2/2 (100%), done in 0.5 s',
    ]);
    expect(timer.liveCount()).toBe(0);
  });

  it('ignores ticks outside a stage', () => {
    const { stream, lines } = fakeStream();
    const progress = createProgress({ stream, isTTY: false, now: fakeClock().now, schedule: manualScheduler().schedule });
    progress.tick(5);
    progress.stop();
    expect(lines()).toEqual([]);
  });
});

describe('createProgress on a TTY', () => {
  it('draws on the given stream only, and ends with the final line', () => {
    const stream = new PassThrough() as PassThrough & { isTTY?: boolean; columns?: number; cursorTo?: unknown; clearLine?: unknown; moveCursor?: unknown; clearScreenDown?: unknown };
    let output = '';
    stream.on('data', (chunk: Buffer) => (output += chunk.toString()));
    // The few terminal calls cli-progress makes, recorded as text.
    stream.isTTY = true;
    stream.columns = 120;
    stream.cursorTo = (x: number) => stream.write(`<cursor ${x}>`);
    stream.clearLine = () => stream.write('<clear>');
    stream.moveCursor = () => true;
    stream.clearScreenDown = () => true;
    const clock = fakeClock();
    const stdoutWrite = process.stdout.write;
    let wroteToStdout = false;
    process.stdout.write = ((...args: Parameters<typeof process.stdout.write>) => {
      wroteToStdout = true;
      return stdoutWrite.apply(process.stdout, args);
    }) as typeof process.stdout.write;
    try {
      const progress = createProgress({ stream, isTTY: true, now: clock.now });
      progress.start('inviting', 4);
      progress.tick(4);
      clock.advance(2000);
      progress.log('a line above the bar');
      progress.stop();
    } finally {
      process.stdout.write = stdoutWrite;
    }
    expect(wroteToStdout).toBe(false);
    expect(output).toContain('a line above the bar');
    expect(output).toContain('inviting: 4/4 (100%), done in 2.0 s\n');
  });
});

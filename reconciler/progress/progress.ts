// Progress on stderr: a live bar for people at a terminal, and in CI (no TTY) a plain line every interval plus
// one final line, because CI logs keep every redraw of a bar. Nothing here writes to stdout, which carries
// the results (plan, summary, JSON) that other programs read.
import cliProgress from 'cli-progress';

export interface Progress {
  /** Begins a stage (`importing`, `inviting`, …); a stage still running is finished first. */
  start(label: string, total: number): void;
  /** Counts n (default 1) more items done. */
  tick(n?: number): void;
  /** A line of its own that does not break the bar. The caller keeps secrets out of it. */
  log(line: string): void;
  /** Finishes the current stage; safe to call twice. */
  stop(): void;
}

/** Calls fn every ms milliseconds until the returned function is called. */
export type Scheduler = (fn: () => void, ms: number) => () => void;

export interface ProgressOptions {
  stream: NodeJS.WriteStream | NodeJS.WritableStream;
  isTTY: boolean;
  /** Non-TTY mode: at most one progress line per interval (default 10 s). */
  intervalMs?: number;
  /** Milliseconds since the epoch: the run's clock (tests pass a fake one). */
  now: () => number;
  /**
   * Non-TTY mode: a heartbeat that prints the line even when no tick arrives (a long import job), so a CI log
   * never looks hung. Default: an unref'd setInterval. Tests pass a manual one.
   */
  schedule?: Scheduler;
}

const DEFAULT_INTERVAL_MS = 10_000;

const defaultScheduler: Scheduler = (fn, ms) => {
  const timer = setInterval(fn, ms);
  timer.unref(); // never keeps the process alive on its own
  return () => clearInterval(timer);
};

/** `inviting: 420/1000 (42%)` */
export function progressLine(label: string, done: number, total: number): string {
  const percent = total <= 0 ? 100 : Math.floor((Math.min(done, total) * 100) / total);
  return `${label}: ${done}/${total} (${percent}%)`;
}

/** `12.3 s`, `4 min 05 s`: enough precision for a log line. */
export function formatElapsed(milliseconds: number): string {
  const seconds = Math.max(0, milliseconds) / 1000;
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  const whole = Math.round(seconds);
  return `${Math.floor(whole / 60)} min ${String(whole % 60).padStart(2, '0')} s`;
}

export function createProgress(options: ProgressOptions): Progress {
  return options.isTTY ? barProgress(options) : lineProgress(options);
}

interface Stage {
  label: string;
  total: number;
  done: number;
  startedAt: number;
}

function lineProgress(options: ProgressOptions): Progress {
  const interval = options.intervalMs ?? DEFAULT_INTERVAL_MS;
  const { now } = options;
  const schedule = options.schedule ?? defaultScheduler;
  const write = (line: string): void => void options.stream.write(`${line}\n`);
  let stage: Stage | undefined;
  let lastLineAt = 0;
  let cancelHeartbeat: (() => void) | undefined;

  const report = (force: boolean): void => {
    if (!stage) return;
    const at = now();
    if (!force && at - lastLineAt < interval) return;
    lastLineAt = at;
    write(progressLine(stage.label, stage.done, stage.total));
  };

  const stop = (): void => {
    cancelHeartbeat?.();
    cancelHeartbeat = undefined;
    if (!stage) return;
    const finished = stage;
    stage = undefined;
    write(`${progressLine(finished.label, finished.done, finished.total)}, done in ${formatElapsed(now() - finished.startedAt)}`);
  };

  return {
    start(label, total) {
      stop();
      stage = { label, total, done: 0, startedAt: now() };
      // The first line comes one interval in: a stage that ends sooner is reported by its final line alone.
      lastLineAt = stage.startedAt;
      cancelHeartbeat = schedule(() => report(false), interval);
    },
    tick(n = 1) {
      if (!stage) return;
      stage.done += n;
      report(false);
    },
    log: write,
    stop,
  };
}

function barProgress(options: ProgressOptions): Progress {
  const { now } = options;
  let bars: cliProgress.MultiBar | undefined;
  let bar: cliProgress.SingleBar | undefined;
  let stage: Stage | undefined;

  const stop = (): void => {
    if (!bars || !stage) return;
    const finished = stage;
    bars.stop();
    bars = undefined;
    bar = undefined;
    stage = undefined;
    options.stream.write(`${progressLine(finished.label, finished.done, finished.total)}, done in ${formatElapsed(now() - finished.startedAt)}\n`);
  };

  return {
    start(label, total) {
      stop();
      stage = { label, total, done: 0, startedAt: now() };
      bars = new cliProgress.MultiBar(
        {
          stream: options.stream,
          format: `${label.padEnd(10)} {bar} {value}/{total} ({percentage}%) | {eta_formatted} left`,
          hideCursor: true,
          clearOnComplete: true, // the final line replaces the bar
          // The caller decided this is a terminal; don't let cli-progress second-guess a wrapped stream.
          noTTYOutput: true,
        },
        cliProgress.Presets.shades_classic,
      );
      bar = bars.create(total, 0);
    },
    tick(n = 1) {
      if (!stage || !bar) return;
      stage.done += n;
      bar.increment(n);
    },
    log(line) {
      if (bars) {
        bars.log(`${line}\n`);
        // cli-progress only prints logged lines on its next redraw, and stop() drops any still waiting.
        bars.update();
      } else options.stream.write(`${line}\n`);
    },
    stop,
  };
}

// What the `reconcile` process adds around a run: stop signals (SIGINT, SIGTERM), output that may be closed by its
// reader, and the exit. The CLI calls it in two lines; the run itself only ever sees an AbortSignal.
import { ignoreClosedOutput, flushed } from './output-streams';
import { watchStopSignals } from './stop-signals';

export interface ProcessShell {
  /** Passed to the run: aborted on the first SIGINT or SIGTERM. */
  stop: AbortSignal;
  /** Exits with the run's code once stdout and stderr are flushed: work a stop left behind may not hold the exit. */
  exit(code: number): Promise<never>;
}

export function startProcessShell(): ProcessShell {
  ignoreClosedOutput(process.stdout, process.stderr);
  const signals = watchStopSignals({
    exitNow: (code) => {
      // The progress bar hides the cursor and a hard exit never redraws it: give the terminal its cursor back.
      if (process.stderr.isTTY) process.stderr.write('\u001b[?25h\n');
      process.exit(code);
    },
    onFirst: () =>
      void process.stderr.write(
        // On a terminal the line starts below the `^C` the terminal echoed and the progress bar.
        `${process.stderr.isTTY ? '\n' : ''}Stopping: no new invitations; those in flight finish and are recorded, then the lease is released. Press Ctrl-C again to quit at once.\n`,
      ),
  });
  return { stop: signals.signal, exit: exitFlushed };
}

/**
 * For the commands that change nothing (status, preview): output closed by its reader is ignored, and SIGINT or
 * SIGTERM end them at once (Node's default), since there is nothing to finish or record.
 */
export function startReadOnlyShell(): Pick<ProcessShell, 'exit'> {
  ignoreClosedOutput(process.stdout, process.stderr);
  return { exit: exitFlushed };
}

async function exitFlushed(code: number): Promise<never> {
  process.exitCode = code;
  await flushed([process.stdout, process.stderr]);
  process.exit(code);
}

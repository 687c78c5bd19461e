// `npm start` runs the reconciler as a child and must pass Ctrl-C and SIGTERM on to it exactly once each, whichever
// way they arrive: from the terminal, from npm (which forwards the signals it gets), or from a supervisor. The child
// runs in its own process group, so that the terminal's Ctrl-C reaches it only through here; copies of one signal
// that arrive together (the terminal's and npm's) are passed on once, and a second Ctrl-C a moment later is passed
// on as the second one (the reconciler then quits at once).
import type { ChildProcess } from 'node:child_process';

/** Copies of one signal closer together than this are one signal. */
const SAME_SIGNAL_MS = 250;

export function forwardStopSignals(child: ChildProcess, now: () => number = Date.now): void {
  let last = { signal: '', at: -Infinity };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      const at = now();
      if (last.signal === signal && at - last.at < SAME_SIGNAL_MS) return;
      last = { signal, at };
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    });
  }
}

/** The exit status of the child as a shell reports it: its code, or 128 + the signal's number. */
export function exitStatusOf(child: ChildProcess): Promise<number> {
  return new Promise((resolve) =>
    child.on('exit', (status, signal) => resolve(status ?? (signal === 'SIGTERM' ? 143 : signal === 'SIGINT' ? 130 : 1))),
  );
}

// SIGINT (Ctrl-C) and SIGTERM (what a cancelled CI job sends) ask for a clean stop: the first one aborts the
// returned signal, which the run passes down (no new ticket; what is in flight ends and is recorded; the lease
// is released; the partial report is printed), and the process then exits 130 or 143. A second signal exits at
// once: an operator who presses Ctrl-C twice means it (outbox temp files are still removed: mail/outbox.ts).

export type StopSignalName = 'SIGINT' | 'SIGTERM';

/** The shell's convention: 128 + the signal's number. */
export const SIGNAL_EXIT_CODES: Record<StopSignalName, number> = { SIGINT: 130, SIGTERM: 143 };

export interface StopSignals {
  /** Aborted on the first SIGINT or SIGTERM; its `reason` is the signal's name. */
  signal: AbortSignal;
  dispose(): void;
}

export interface StopSignalOptions {
  /** Told once, on the first signal (the shell says what happens next). */
  onFirst?: (name: StopSignalName) => void;
  /** Exits at once on the second signal; `process.exit` unless a test passes its own. */
  exitNow?: (code: number) => void;
  target?: Pick<NodeJS.Process, 'on' | 'off'>;
}

export function watchStopSignals(options: StopSignalOptions = {}): StopSignals {
  const controller = new AbortController();
  const target = options.target ?? process;
  const exitNow = options.exitNow ?? ((code: number) => process.exit(code));
  const handlers = (['SIGINT', 'SIGTERM'] as const).map((name) => {
    const handler = (): void => {
      if (controller.signal.aborted) return exitNow(SIGNAL_EXIT_CODES[name]);
      controller.abort(name);
      options.onFirst?.(name);
    };
    target.on(name, handler);
    return [name, handler] as const;
  });
  return {
    signal: controller.signal,
    dispose: () => handlers.forEach(([name, handler]) => target.off(name, handler)),
  };
}

/** The exit code of a run stopped by this signal's reason (130 unless it was SIGTERM). */
export function stopExitCode(signal: AbortSignal | undefined): number {
  return signal?.reason === 'SIGTERM' ? SIGNAL_EXIT_CODES.SIGTERM : SIGNAL_EXIT_CODES.SIGINT;
}

// stdout and stderr as a run uses them: a reader that goes away (`reconcile … | head`, a closed CI log pipe) must
// never crash or stop an apply. Writes to a closed pipe fail with EPIPE, asynchronously, as an 'error' event that
// would otherwise be uncaught: they are dropped, and the apply carries on; its exit code still says how it went.

export function ignoreClosedOutput(...streams: NodeJS.WritableStream[]): void {
  for (const stream of streams) {
    // Every write error is dropped, not only EPIPE: no failure to print may undo or halve an apply.
    stream.on('error', () => undefined);
  }
}

/**
 * Resolves once everything written so far has been handed to the system (pipes are asynchronous on POSIX, and
 * process.exit would cut them), or after `timeoutMs` for a reader that never reads.
 */
export async function flushed(streams: NodeJS.WritableStream[], timeoutMs = 5000): Promise<void> {
  const each = streams.map(
    (stream) =>
      new Promise<void>((resolve) => {
        if ((stream as { destroyed?: boolean }).destroyed) return resolve();
        stream.write('', () => resolve());
      }),
  );
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([Promise.all(each), new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)))]);
  clearTimeout(timer);
}

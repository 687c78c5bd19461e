// Why an apply stops starting new work before it is done: a stop from outside (SIGINT or SIGTERM, passed in as an
// AbortSignal) or a systemic failure it detected itself (every mail, or every ticket, failing alike). Once halted,
// nothing new starts (no import job, no ticket); what is in flight ends, for a bounded time, and is recorded.
import type { Clock } from '../clock';
import type { ApplyStop } from '../model';

/** Work given up because the apply halted: counted as not started, never as a failure. */
export class ApplyStopped extends Error {
  constructor() {
    super('the apply stopped before this started');
  }
}

export class Halt {
  private readonly controller = new AbortController();
  private why: ApplyStop | undefined;
  private readonly detach: () => void = () => undefined;

  constructor(outside: AbortSignal | undefined) {
    if (!outside) return;
    const onAbort = (): void => this.stop({ reason: 'signal', message: `interrupted by ${describeReason(outside.reason)}` });
    if (outside.aborted) onAbort();
    else {
      outside.addEventListener('abort', onAbort, { once: true });
      this.detach = () => outside.removeEventListener('abort', onAbort);
    }
  }

  get stopped(): boolean {
    return this.why !== undefined;
  }

  get reason(): ApplyStop | undefined {
    return this.why;
  }

  /** Aborted on the first stop, whatever its reason. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** The first reason wins: a signal after a systemic failure does not change what is reported. */
  stop(why: ApplyStop): void {
    if (this.why) return;
    this.why = why;
    this.controller.abort(why);
  }

  whenStopped(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    return new Promise((resolve) => this.signal.addEventListener('abort', () => resolve(), { once: true }));
  }

  /**
   * The work's result, or ApplyStopped as soon as the apply halts; the work itself may go on in the background
   * (an import job polled to its end, an export still running), its outcome ignored.
   */
  race<T>(work: Promise<T>): Promise<T> {
    if (this.stopped) {
      work.catch(() => undefined);
      return Promise.reject(new ApplyStopped());
    }
    return Promise.race([work, this.whenStopped().then(() => Promise.reject(new ApplyStopped()))]).finally(() => work.catch(() => undefined));
  }

  /** Stops listening to the outside signal (an embedding process may run many applies). */
  dispose(): void {
    this.detach();
  }
}

function describeReason(reason: unknown): string {
  return typeof reason === 'string' ? reason : 'a stop request';
}

/** Waits for `work` at most `ms`; true when it ended in time (its errors are the work's own business). */
export async function settledWithin(work: Promise<unknown>, ms: number, clock: Pick<Clock, 'sleep'>): Promise<boolean> {
  let ended = false;
  await Promise.race([work.then(() => (ended = true), () => (ended = true)), clock.sleep(ms)]);
  return ended;
}

/**
 * At most `concurrency` tasks at once. Waiting tasks start in order of priority (higher first), then FIFO.
 * A finishing task hands its slot straight to the next waiter, so a task arriving in between cannot slip in
 * and exceed the limit.
 */
export class Limiter {
  private active = 0;
  private readonly waiting: { priority: number; start: () => void }[] = [];

  constructor(private readonly concurrency: number) {}

  async run<T>(task: () => Promise<T>, priority = 0): Promise<T> {
    if (this.active < this.concurrency) {
      this.active++;
    } else {
      // The slot is handed over already counted (see release).
      await new Promise<void>((start) => {
        const at = this.waiting.findIndex((w) => w.priority < priority);
        this.waiting.splice(at === -1 ? this.waiting.length : at, 0, { priority, start });
      });
    }
    try {
      return await task();
    } finally {
      this.release();
    }
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next.start();
    else this.active--;
  }
}

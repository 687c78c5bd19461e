// Until the first mail of a run is delivered, at most one concurrency window of invitations may start: if the
// setup is broken (every mail refused), that window is all the ticket links spent. The gate opens for good on
// the first delivered mail, or once the whole window has ended without one (failures that were not alike: not
// systemic, the run goes on).

export class FirstWindow {
  private started = 0;
  private ended = 0;
  private open = false;
  private waiters: Array<() => void> = [];

  constructor(private readonly size: number) {}

  /** Resolves when one more invitation may start. */
  async enter(): Promise<void> {
    while (!this.open && this.started >= this.size) await new Promise<void>((resolve) => this.waiters.push(resolve));
    this.started++;
  }

  /** A mail was delivered: the setup works. */
  delivered(): void {
    this.openForGood();
  }

  /** An invitation that entered has ended, whatever its outcome. */
  finished(): void {
    this.ended++;
    if (this.ended >= this.size) this.openForGood();
  }

  /** The apply halted: whoever waits must wake up and see it. */
  release(): void {
    this.openForGood();
  }

  private openForGood(): void {
    this.open = true;
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }
}

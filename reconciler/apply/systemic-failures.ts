// A failure that is not about one invitee but about the setup: every mail refused the same way (a sender the
// server will not relay for, a quota), every ticket refused the same way (a client id the tenant does not know).
// Each failing invitation costs a ticket link that is never delivered, so the apply stops starting new ones
// after one concurrency window of them, and says why.

/** What failed, grouped so that "alike" means the same stage and the same reply or error code. */
export interface FailureKind {
  signature: string;
  /** One failure's message, to say what went wrong (already free of links and credentials). */
  message: string;
}

export class SystemicFailures {
  private successes = 0;
  private streak = 0;
  private last: string | undefined;
  private tripped = false;

  /**
   * `window`: failures in a row, all alike, that stop the apply when nothing has succeeded yet (the first window);
   * after a success it takes at least 3 (a run of bad addresses should not stop everyone else's invitations).
   */
  constructor(
    private readonly window: number,
    private readonly what: 'mails' | 'tickets',
    private readonly onSystemic: (message: string) => void,
  ) {}

  succeeded(): void {
    this.successes++;
    this.streak = 0;
    this.last = undefined;
  }

  failed({ signature, message }: FailureKind): void {
    this.streak = signature === this.last ? this.streak + 1 : 1;
    this.last = signature;
    const needed = this.successes === 0 ? this.window : Math.max(this.window, 3);
    if (this.tripped || this.streak < needed) return;
    this.tripped = true;
    const first = this.successes === 0 ? 'the first ' : '';
    this.onSystemic(`${first}${this.streak} ${this.what} in a row failed alike (${message}); no more invitations were started`);
  }
}

/** How a failed mail or ticket is grouped: its stage and SMTP reply, HTTP status or error code. */
export function failureSignature(stage: 'mail' | 'ticket', error: unknown): string {
  const e = (typeof error === 'object' && error !== null ? error : {}) as { responseCode?: unknown; statusCode?: unknown; code?: unknown; name?: unknown };
  const status = e.responseCode ?? e.statusCode;
  return `${stage}:${typeof status === 'number' ? status : ''}:${typeof e.code === 'string' ? e.code : typeof e.name === 'string' ? e.name : ''}`;
}

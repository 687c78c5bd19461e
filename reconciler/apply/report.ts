// What an apply did, collected while it runs: the counts and the failures of its report. The failures are put
// in their order here, once (by email, then stage), so that every output format lists them alike.
import type { ActionKind, ApplyReport, ApplyStop, FailureStage, Invitee, InviteeFailure } from '../model';
import { compareStrings } from '../plan/strings';

/** The counters of a report. */
export type Outcome = 'invited' | 'resumed' | 'reinvited' | 'updated' | 'adopted' | 'revoked';

/** The report of an apply that did nothing. */
export function emptyReport(): ApplyReport {
  return { invited: 0, resumed: 0, reinvited: 0, updated: 0, adopted: 0, revoked: 0, failures: [], requests: 0, durationMs: 0, notStarted: 0 };
}

export interface FailureInput {
  /** The declared invitee, for its file:line (absent for revocations of undeclared users). */
  invitee?: Invitee;
  email: string;
  action: ActionKind;
  stage: FailureStage;
  message: string;
  code?: string;
  jobId?: string;
}

export class ApplyTally {
  private readonly report = emptyReport();

  count(outcome: Outcome): void {
    this.report[outcome]++;
  }

  fail(input: FailureInput): void {
    const failure: InviteeFailure = { email: input.email, action: input.action, stage: input.stage, message: input.message };
    if (input.invitee) failure.source = input.invitee.source;
    if (input.code) failure.code = input.code;
    if (input.jobId) failure.jobId = input.jobId;
    this.report.failures.push(failure);
  }

  /** Actions given up because the apply halted: not failures, the next run does them. */
  skip(n = 1): void {
    this.report.notStarted += n;
  }

  stop(why: ApplyStop): void {
    this.report.stopped ??= why;
  }

  /** A call that threw: its message, and Auth0's error code when it has one. */
  failWith(error: unknown, input: Omit<FailureInput, 'message' | 'code'>): void {
    this.fail({ ...input, message: messageOf(error), code: codeOf(error) });
  }

  /** The report, failures in their order; `requests` and `durationMs` are the apply's own. */
  finish(requests: number, durationMs: number): ApplyReport {
    const failures = [...this.report.failures].sort((a, b) => compareStrings(a.email, b.email) || compareStrings(a.stage, b.stage));
    return { ...this.report, failures, requests, durationMs };
  }
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

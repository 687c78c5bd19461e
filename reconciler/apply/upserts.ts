// The upserts of an apply (bookkeeping after each mail, profile updates, adoptions), written in batches by an
// UpsertBatcher; each row's outcome goes to the report.
import type { BatchingSettings } from '../config';
import type { Clock } from '../clock';
import type { ActionKind, Invitee } from '../model';
import { flushRuleOf } from './flush-policy';
import type { ImportRunner } from './import-runner';
import type { ApplyTally } from './report';
import { UpsertBatcher } from './upsert-batcher';

/** What an upsert row is for: the invitee it is reported against, and the action that asked for it. */
export interface UpsertSubject {
  invitee: Invitee;
  kind: 'bookkeeping' | 'update' | 'adopt';
  action: ActionKind;
}

export type Upserts = UpsertBatcher<UpsertSubject>;

export function createUpserts(runner: Pick<ImportRunner, 'run'>, batching: BatchingSettings, clock: Pick<Clock, 'now'>, tally: ApplyTally): Upserts {
  return new UpsertBatcher<UpsertSubject>({
    runner,
    maxBytes: batching.import_max_bytes,
    flush: flushRuleOf(batching),
    now: () => clock.now(),
    onResult: ({ subject, record }, result) => {
      if (result.error) {
        const bookkeeping = subject.kind === 'bookkeeping';
        tally.fail({
          invitee: subject.invitee,
          email: record.email,
          action: subject.action,
          stage: bookkeeping ? 'bookkeeping' : 'update',
          message: bookkeeping
            ? `the invitation was sent but could not be recorded (the next run may send it again): ${result.error.message}`
            : result.error.message,
          code: result.error.code,
          jobId: result.jobId,
        });
      } else if (subject.kind === 'update') tally.count('updated');
      else if (subject.kind === 'adopt') tally.count('adopted');
    },
  });
}

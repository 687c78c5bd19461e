// Failures in a stable order for every report format: by email, then stage (the applier's order otherwise).
import type { InviteeFailure } from '../model.js';
import { compareStrings } from '../plan/changes.js';

export function sortedFailures(failures: readonly InviteeFailure[]): InviteeFailure[] {
  return [...failures].sort((a, b) => compareStrings(a.email, b.email) || compareStrings(a.stage, b.stage));
}

// Whether a saved plan still holds: pure comparisons of what the plan relied on with what is there now. The files
// must be byte for byte those it was made from, and every user an action touches must be as the plan saw it (a user
// to invite must still be absent). Users the plan leaves alone may have changed: applying it does not touch them.
import type { Observed, ObservedUser, Plan } from '../model';
import { escapeUnprintable } from '../escape';
import { jsonEqual } from '../plan/deep-equal';
import { digestChanges, type InputDigest } from './input-digest';
import type { SavedPlan } from './saved-plan';

/** What changed in the files since the plan was made, one phrase each; empty when nothing did. */
export function staleInputs(saved: SavedPlan, current: InputDigest): string[] {
  return digestChanges(saved.inputs, current);
}

/** What changed in the tenant for the users the plan touches, one phrase each; empty when nothing did. */
export function staleUsers(plan: Plan, observed: Observed): string[] {
  const byEmail = new Map<string, ObservedUser>(observed.users.map((user) => [user.email, user]));
  const changes: string[] = [];
  for (const action of plan.actions) {
    // Held users are left alone like unchanged ones: applying the plan does not touch them.
    if (action.kind === 'unchanged' || action.kind === 'held') continue;
    const now = byEmail.get(action.email);
    // Addresses come from the tenant and the files: escaped, so that none can break or disguise a line.
    const email = escapeUnprintable(action.email);
    if (action.kind === 'invite') {
      if (now !== undefined) changes.push(`${email} now exists in the tenant (the plan invites a new user)`);
      continue;
    }
    if (now === undefined) changes.push(`${email} is no longer in the tenant`);
    else if (!jsonEqual(comparable(now), comparable(action.user))) changes.push(`${email} changed in the tenant (${changedParts(action.user, now).join(', ')})`);
  }
  return changes;
}

/** A user as JSON (what a saved plan holds): undefined fields dropped. */
function comparable(user: ObservedUser): unknown {
  return JSON.parse(JSON.stringify(user));
}

function changedParts(before: ObservedUser, after: ObservedUser): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)] as Array<keyof ObservedUser>);
  return [...keys].filter((key) => !jsonEqual(comparable({ [key]: before[key] } as never), comparable({ [key]: after[key] } as never))).sort();
}

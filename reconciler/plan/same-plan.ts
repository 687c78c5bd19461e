// Whether two plans do the same: the same actions on the same users with the same changes (removals included),
// grants and delivery, and the same refusal. What the actions were computed from (the observed users' other
// fields) does not matter here, except whether a held user is blocked: that is why it is held.
import type { Plan, PlanAction } from '../model';
import { jsonEqual } from './deep-equal';

export function samePlan(a: Plan, b: Plan): boolean {
  if (a.refusal !== b.refusal || a.delivery !== b.delivery || a.actions.length !== b.actions.length) return false;
  return a.actions.every((action, i) => jsonEqual(essence(action), essence(b.actions[i]!)));
}

/** Through JSON, as a saved plan holds it: a removal's `to: undefined` is then simply absent on both sides. */
function essence(action: PlanAction): unknown {
  return JSON.parse(
    JSON.stringify({
      kind: action.kind,
      email: action.email,
      changes: 'changes' in action ? action.changes : [],
      grants: 'grants' in action ? action.grants?.changes : undefined,
      mode: action.kind === 'revoke' ? action.mode : undefined,
      blocked: action.kind === 'held' ? action.user.blocked === true : undefined,
      user_id: 'user' in action ? action.user.user_id : undefined,
    }),
  );
}

// Whether two plans do the same: the same actions on the same users with the same changes, and the same refusal.
// What the actions were computed from (the observed users' other fields) does not matter here.
import type { Plan, PlanAction } from '../model';
import { jsonEqual } from './deep-equal';

export function samePlan(a: Plan, b: Plan): boolean {
  if (a.refusal !== b.refusal || a.actions.length !== b.actions.length) return false;
  return a.actions.every((action, i) => jsonEqual(essence(action), essence(b.actions[i]!)));
}

function essence(action: PlanAction): unknown {
  return {
    kind: action.kind,
    email: action.email,
    changes: 'changes' in action ? action.changes : [],
    mode: action.kind === 'revoke' ? action.mode : undefined,
    user_id: 'user' in action ? action.user.user_id : undefined,
  };
}

// A plan that no longer holds: what it relied on changed. The run refuses it before its first write.
export class StalePlanError extends Error {
  constructor(readonly changes: readonly string[]) {
    super(`the plan is stale (${changes.length} ${changes.length === 1 ? 'change' : 'changes'} since it was made, listed above): nothing was changed; make the plan again and review it`);
  }
}

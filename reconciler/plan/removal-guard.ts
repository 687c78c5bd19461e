// The mass-removal guard: a typo in an invitee file (or a deleted file) must not lock out a whole team.

export interface RemovalGuardInput {
  /** Revoke actions in the plan (blocks or deletions). */
  revocations: number;
  /** Declared users that lose at least one managed role or organization membership (plan/grants.ts). */
  grantRemovals?: number;
  /** Users of the connection carrying the reconciler's bookkeeping, declared or not. */
  managed: number;
  maxRemovalFraction: number;
  allowMassRemoval: boolean;
}

/**
 * The refusal reason, or undefined when the plan may be applied.
 * Edge cases, decided:
 * - No revocations never refuse (also with 0 managed users, where no revocation is possible anyway).
 * - The share is compared as `revocations / managed > maxRemovalFraction`, a division of two integers, so an
 *   exact boundary (3 of 30 at 0.1, 29 of 100 at 0.29) is allowed and not refused by a rounding error of
 *   `0.29 * 100 = 28.999999999999996`.
 * - `maxRemovalFraction` 0 refuses any revocation; 1 never refuses.
 */
export function massRemovalRefusal(input: RemovalGuardInput): string | undefined {
  const { revocations, managed, maxRemovalFraction, allowMassRemoval } = input;
  const grantRemovals = input.grantRemovals ?? 0;
  // A user losing a role or a membership loses access too: both count against the same share.
  const removals = revocations + grantRemovals;
  if (removals === 0 || allowMassRemoval) return undefined;
  const share = managed === 0 ? Infinity : removals / managed;
  if (share <= maxRemovalFraction) return undefined;
  const what = grantRemovals === 0
    ? `revokes ${revocations}`
    : revocations === 0
      ? `takes roles or memberships from ${grantRemovals}`
      : `revokes ${revocations} and takes roles or memberships from ${grantRemovals}`;
  return (
    `Refusing to apply: the plan ${what} of ${managed} managed users (${percent(share)}), ` +
    `more than the allowed ${percent(maxRemovalFraction)} (revoke.max_fraction in invitation.config.yaml). ` +
    `Check the invitee files; if the removals are intended, rerun with --allow-mass-removal.`
  );
}

function percent(fraction: number): string {
  if (!Number.isFinite(fraction)) return 'all';
  // At most one decimal, without trailing zeros: 10%, 33.3%, 0.5%.
  return `${Number((fraction * 100).toFixed(1))}%`;
}

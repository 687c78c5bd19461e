// The mass-removal guard: a typo in an invitee file (or a deleted file) must not lock out a whole team.

export interface RemovalGuardInput {
  /** Revoke actions in the plan (blocks or deletions). */
  revocations: number;
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
  if (revocations === 0 || allowMassRemoval) return undefined;
  const share = managed === 0 ? Infinity : revocations / managed;
  if (share <= maxRemovalFraction) return undefined;
  return (
    `Refusing to apply: the plan revokes ${revocations} of ${managed} managed users (${percent(share)}), ` +
    `more than the allowed ${percent(maxRemovalFraction)} (revoke.max_fraction in invitation.config.yaml). ` +
    `Check the invitee files; if the removals are intended, rerun with --allow-mass-removal.`
  );
}

function percent(fraction: number): string {
  if (!Number.isFinite(fraction)) return 'all';
  // At most one decimal, without trailing zeros: 10%, 33.3%, 0.5%.
  return `${Number((fraction * 100).toFixed(1))}%`;
}

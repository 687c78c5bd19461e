// Issue 3 "Done when": after applying a plan, planning again yields no changes; applying twice equals applying once;
// the plan is deterministic; each declared invitee appears exactly once.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { declaredChanges } from '../../reconciler/plan/changes';
import { readInvitation } from '../../reconciler/plan/invitation';
import { recordedFields } from '../../reconciler/plan/managed';
import { plan } from '../../reconciler/plan/plan';
import { desiredArb, observedArb, policyArb } from '../support/arbitraries';
import { applyModel } from '../support/tenant-model';

const RUNS = { numRuns: 500 };

describe('plan() against a model tenant', () => {
  it('converges: after applying a plan, planning again changes nothing', () => {
    fc.assert(
      fc.property(desiredArb, observedArb, policyArb, (desired, observed, policy) => {
        const first = plan(desired, observed, policy);
        const after = applyModel(observed, first, policy);
        const second = plan(desired, after, policy);
        if (first.refusal !== undefined) {
          // A refused plan is applied not at all; it is refused again for the same reason.
          expect(after).toBe(observed);
          expect(second).toEqual(first);
          return;
        }
        // Held users (blocked by someone else, or unreadable bookkeeping with a password set) stay held.
        expect(second.actions.filter((a) => a.kind !== 'unchanged' && a.kind !== 'held')).toEqual([]);
        expect(second.counts.unchanged + second.counts.held).toBe(desired.invitees.length);
        expect(second.counts.held).toBe(first.counts.held);
        expect(second.refusal).toBeUndefined();
      }),
      RUNS,
    );
  });

  it('reaches the declared state: every invitee exists, managed, unblocked and as declared; undeclared users per policy', () => {
    fc.assert(
      fc.property(desiredArb, observedArb, policyArb, (desired, observed, policy) => {
        const result = plan(desired, observed, policy);
        fc.pre(result.refusal === undefined);
        const after = applyModel(observed, result, policy);
        const byEmail = new Map(after.users.map((u) => [u.email, u]));
        const held = new Set(result.actions.filter((a) => a.kind === 'held').map((a) => a.email));
        for (const invitee of desired.invitees) {
          const user = byEmail.get(invitee.email);
          expect(user).toBeDefined();
          if (held.has(invitee.email)) {
            // Left alone: never unblocked, never written.
            expect(user).toEqual(observed.users.find((u) => u.email === invitee.email));
            continue;
          }
          expect(user!.blocked).toBe(false);
          expect(readInvitation(user!.app_metadata)).toBeDefined();
          expect(declaredChanges(invitee, user!, recordedFields(readInvitation(user!.app_metadata)?.managed))).toEqual([]);
        }
        const declared = new Set(desired.invitees.map((i) => i.email));
        for (const before of observed.users) {
          if (declared.has(before.email)) continue;
          const now = byEmail.get(before.email);
          if (readInvitation(before.app_metadata) === undefined || policy.revoke === 'ignore') expect(now).toEqual(before);
          else if (policy.revoke === 'block' && before.blocked) expect(now).toEqual(before);
          else if (policy.revoke === 'block') {
            // Blocked, and the block marked as the reconciler's own.
            expect(now).toEqual({ ...before, blocked: true, app_metadata: { ...before.app_metadata, invitation: { ...readInvitation(before.app_metadata), revoked_at: policy.now } } });
          }
          else expect(now).toBeUndefined();
        }
      }),
      RUNS,
    );
  });

  it('is idempotent: reconciling twice leaves the tenant as reconciling once', () => {
    fc.assert(
      fc.property(desiredArb, observedArb, policyArb, (desired, observed, policy) => {
        const once = applyModel(observed, plan(desired, observed, policy), policy);
        const twice = applyModel(once, plan(desired, once, policy), policy);
        expect(twice).toEqual(once);
      }),
      RUNS,
    );
  });

  it('is deterministic: the same input gives a deep-equal plan with the same JSON, whatever the order of users', () => {
    fc.assert(
      fc.property(desiredArb, observedArb, policyArb, (desired, observed, policy) => {
        const a = plan(desired, observed, policy);
        const b = plan(structuredClone(desired), structuredClone(observed), { ...policy });
        const reversed = plan(desired, { ...observed, users: [...observed.users].reverse() }, policy);
        expect(b).toEqual(a);
        expect(JSON.stringify(b)).toBe(JSON.stringify(a));
        expect(JSON.stringify(reversed)).toBe(JSON.stringify(a));
      }),
      RUNS,
    );
  });

  it('lists each declared invitee exactly once, revokes only undeclared managed users, and counts what it lists', () => {
    fc.assert(
      fc.property(desiredArb, observedArb, policyArb, (desired, observed, policy) => {
        const result = plan(desired, observed, policy);
        const declared = desired.invitees.map((i) => i.email);
        const forInvitees = result.actions.filter((a) => a.kind !== 'revoke').map((a) => a.email);
        expect(forInvitees).toEqual(declared); // sorted, one each
        for (const action of result.actions) {
          if (action.kind === 'revoke') {
            expect(declared).not.toContain(action.email);
            expect(policy.revoke).not.toBe('ignore');
          }
        }
        const emails = result.actions.map((a) => a.email);
        expect(emails).toEqual([...emails].sort());
        const total = Object.values(result.counts).reduce((sum, n) => sum + n, 0);
        expect(total).toBe(result.actions.length);
      }),
      RUNS,
    );
  });
});

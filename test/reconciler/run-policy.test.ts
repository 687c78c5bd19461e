// A run's decisions: what follows the plan, whether it takes the lease, and its exit code.
import { describe, expect, it } from 'vitest';
import { emptyReport } from '../../reconciler/apply/report';
import { plan } from '../../reconciler/plan/plan';
import { applyExitCode, EXIT, isPlaceholderSender, nextStep, takesLease } from '../../reconciler/run-policy';
import { invitee, observed, policy, user } from '../support/model';

const changes = plan({ invitees: [invitee('ada@example.com')] }, observed(), policy());
const none = plan({ invitees: [] }, observed(), policy());
const managed = ['a', 'b'].map((name) => user(`${name}@example.com`, { app_metadata: { invitation: { status: 'invited' } } }));
const refused = plan({ invitees: [] }, observed(...managed), policy({ maxRemovalFraction: 0.1 }));

describe('run policy', () => {
  it('a dry run stops after the plan: exit 2 with --detailed-exitcode when there are changes, else 0', () => {
    expect(nextStep(changes, { dryRun: true, detailedExitcode: true })).toEqual({ kind: 'dry-run', exitCode: EXIT.changes });
    expect(nextStep(changes, { dryRun: true, detailedExitcode: false })).toEqual({ kind: 'dry-run', exitCode: EXIT.ok });
    expect(nextStep(none, { dryRun: true, detailedExitcode: true })).toEqual({ kind: 'dry-run', exitCode: EXIT.ok });
  });

  it('a dry run of a plan that would be refused exits 1, so that the pull request fails before the merge', () => {
    expect(nextStep(refused, { dryRun: true, detailedExitcode: true })).toEqual({ kind: 'dry-run', exitCode: EXIT.error });
    expect(nextStep(refused, { dryRun: true, detailedExitcode: false })).toEqual({ kind: 'dry-run', exitCode: EXIT.error });
  });

  it('an apply is refused, has nothing to do, or goes ahead; only the last takes the lease', () => {
    const apply = { dryRun: false, detailedExitcode: false };
    expect(refused.refusal).toBeDefined();
    expect(nextStep(refused, apply)).toEqual({ kind: 'refused', reason: refused.refusal });
    expect(nextStep(none, apply)).toEqual({ kind: 'nothing-to-do' });
    expect(nextStep(changes, apply)).toEqual({ kind: 'apply' });
    expect([refused, none, changes].map((p) => takesLease(p, apply))).toEqual([false, false, true]);
    expect(takesLease(changes, { dryRun: true, detailedExitcode: false })).toBe(false);
  });

  it('an apply with failures exits 3', () => {
    expect(applyExitCode(emptyReport())).toBe(EXIT.ok);
    expect(applyExitCode({ ...emptyReport(), failures: [{ email: 'a@example.com', action: 'invite', stage: 'mail', message: 'm' }] })).toBe(EXIT.partial);
  });

  it('an apply stopped by a signal exits 130 (SIGINT) or 143 (SIGTERM), failures or not; a systemic stop exits 3', () => {
    const signalled = (name: string): AbortSignal => AbortSignal.abort(name);
    const stopped = { ...emptyReport(), notStarted: 5, stopped: { reason: 'signal' as const, message: 'stopped' } };
    expect(applyExitCode(stopped, signalled('SIGINT'))).toBe(130);
    expect(applyExitCode({ ...stopped, failures: [{ email: 'a@example.com', action: 'invite', stage: 'mail', message: 'm' }] }, signalled('SIGTERM'))).toBe(143);
    const systemic = { ...emptyReport(), failures: [{ email: 'a@example.com', action: 'invite' as const, stage: 'mail' as const, message: 'm' }], stopped: { reason: 'systemic-failure' as const, message: 'm' } };
    expect(applyExitCode(systemic, signalled('SIGINT'))).toBe(EXIT.partial);
  });

  it('knows a placeholder sender', () => {
    expect(isPlaceholderSender('Example <no-reply@example.com>')).toBe(true);
    expect(isPlaceholderSender('ops@mail.test')).toBe(true);
    expect(isPlaceholderSender('Acme <invites@acme.io>')).toBe(false);
  });
});

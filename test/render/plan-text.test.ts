import { describe, expect, it } from 'vitest';
import { renderPlanText } from '../../reconciler/render/plan-text';
import { planSummaryLine } from '../../reconciler/render/summary';
import { emptyPlan, samplePlan } from './sample';

describe('renderPlanText', () => {
  it('prints the summary line, one line per change with its source, changes field by field, unmanaged as a count', () => {
    expect(renderPlanText(samplePlan())).toBe(
      [
        'Plan: 1 to invite, 1 to resume, 1 to reinvite, 1 to update, 1 to adopt, 1 to revoke, 1 held, 1 unchanged.',
        '',
        '  + invite   ada@example.com (invitees/engineering.yaml:6)',
        '  + resume   bea@example.com (invitees/engineering.yaml:12)',
        '  + reinvite cy@example.com (invitees/design.yaml:4)',
        '  ~ update   dieter@example.com (invitees/design.yaml:6)',
        '      + user_metadata.locale: "de-DE"',
        '      - user_metadata.old: "x|y"',
        '      + app_metadata.contact: "dieter.rams@braun.de"',
        '      ~ app_metadata.team: "design" → "engineering"',
        '      ~ blocked: true → false',
        '  ~ adopt    eve@example.com (invitees/design.yaml:9)',
        '  ! held     gus@example.com (invitees/design.yaml:13): blocked by someone else: left alone, never unblocked',
        '  - revoke   old@example.com (no longer declared: block)',
        '',
        'Warnings:',
        '  ! invitees/notes.txt: not read: only *.yaml and *.yml files that are not hidden declare invitees (rename it, or move it out of the folder)',
        '  ! stranger@example.com: app_metadata.invitation cannot be read (it is a string, not an object): it is not declared, so it is left alone as unmanaged',
        '',
        '2 users of the connection are neither declared nor managed: left alone.',
        '',
      ].join('\n'),
    );
  });

  it('states the estimate of the apply under the summary line, when given and there is something to do', () => {
    const estimate = { requests: 2012, durationMs: 251_500, requestsPerSecond: 8 };
    expect(renderPlanText(samplePlan(), { estimate }).split('\n').slice(0, 3)).toEqual([
      'Plan: 1 to invite, 1 to resume, 1 to reinvite, 1 to update, 1 to adopt, 1 to revoke, 1 held, 1 unchanged.',
      "Estimate: ≈ 2,012 Management API requests, ≈ 4 min 12 s at 8 requests/s, plus the tenant's time for import jobs.",
      '',
    ]);
    expect(renderPlanText(samplePlan(), { estimate: { requests: 2018, durationMs: 2_018_000, requestsPerSecond: 1.25 } })).toContain('≈ 2,018 Management API requests, ≈ 33 min 38 s at 1.25 requests/s');
    expect(renderPlanText(samplePlan(), { estimate: { requests: 10_020, durationMs: 10_020_000, requestsPerSecond: 1 } })).toContain('≈ 2 h 47 min at 1 request/s');
    expect(renderPlanText(emptyPlan(), { estimate: { requests: 0, durationMs: 0, requestsPerSecond: 8 } })).not.toContain('Estimate');
  });

  it('masks addresses everywhere when asked, values included', () => {
    const text = renderPlanText(samplePlan(), { maskEmails: true });
    expect(text).toContain('  + invite   a***@e***.com (invitees/engineering.yaml:6)\n');
    expect(text).toContain('      + app_metadata.contact: "d***@b***.de"\n');
    expect(text).not.toMatch(/[a-z]+@example\.com/);
  });

  it('ends with the refusal when the plan is refused', () => {
    const text = renderPlanText(samplePlan({ maxRemovalFraction: 0.1 }));
    expect(text.endsWith(
      '\nRefusing to apply: the plan revokes 1 of 6 managed users (16.7%), more than the allowed 10% ' +
        '(revoke.max_fraction in invitation.config.yaml). Check the invitee files; if the removals are intended, rerun with --allow-mass-removal.\n',
    )).toBe(true);
  });

  it('says so when nothing changes', () => {
    expect(renderPlanText(emptyPlan())).toBe('Plan: 0 to invite, 0 to update, 0 to revoke, 0 unchanged.\n\nNo changes: the tenant matches the invitee files.\n');
  });

  it('summary line: the four fixed parts always, the others when non-zero, in a fixed order', () => {
    const zero = { invite: 0, resume: 0, reinvite: 0, update: 0, adopt: 0, revoke: 0, held: 0, unchanged: 0 };
    expect(planSummaryLine({ ...zero, invite: 12, update: 1, unchanged: 240 })).toBe('Plan: 12 to invite, 1 to update, 0 to revoke, 240 unchanged.');
    expect(planSummaryLine({ ...zero, adopt: 3, reinvite: 2 })).toBe(
      'Plan: 0 to invite, 2 to reinvite, 0 to update, 3 to adopt, 0 to revoke, 0 unchanged.',
    );
  });

  it('cuts very long values (the JSON output carries them whole)', () => {
    const long = samplePlan();
    const update = long.actions.find((a) => a.kind === 'update');
    if (update?.kind !== 'update') throw new Error('sample has an update');
    update.changes = [{ field: 'user_metadata.bio', from: undefined, to: 'x'.repeat(500) }];
    const line = renderPlanText(long).split('\n').find((l) => l.includes('user_metadata.bio'))!;
    expect(line).toBe(`      + user_metadata.bio: "${'x'.repeat(118)}…`);
  });
});

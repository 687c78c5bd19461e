import { describe, expect, it } from 'vitest';
import { maskEmail } from '../../reconciler/render/mask.js';
import { cell } from '../../reconciler/render/markdown-blocks.js';
import { renderPlanMarkdown } from '../../reconciler/render/plan-markdown.js';
import { emptyPlan, samplePlan } from './sample.js';

describe('renderPlanMarkdown', () => {
  it('renders a summary table and one collapsible section per kind of change', () => {
    expect(renderPlanMarkdown(samplePlan())).toBe(
      [
        '### Invitation plan',
        '',
        '**Plan: 1 to invite, 1 to resume, 1 to reinvite, 1 to update, 1 to adopt, 1 to revoke, 1 unchanged.**',
        '',
        '| Action | Count |',
        '|:--|--:|',
        '| Invite | 1 |',
        '| Resume (imported, never mailed) | 1 |',
        '| Reinvite (ticket expired unused) | 1 |',
        '| Update | 1 |',
        '| Adopt (existing account, no mail) | 1 |',
        '| Revoke | 1 |',
        '| Unchanged | 1 |',
        '| Unmanaged (left alone) | 2 |',
        '',
        '<details><summary>Invite (1)</summary>',
        '',
        '| Invitee | Source | Changes |',
        '|:--|:--|:--|',
        '| ada@example.com | invitees/engineering.yaml:6 | — |',
        '',
        '</details>',
        '',
        '<details><summary>Resume (imported, never mailed) (1)</summary>',
        '',
        '| Invitee | Source | Changes |',
        '|:--|:--|:--|',
        '| bea@example.com | invitees/engineering.yaml:12 | — |',
        '',
        '</details>',
        '',
        '<details><summary>Reinvite (ticket expired unused) (1)</summary>',
        '',
        '| Invitee | Source | Changes |',
        '|:--|:--|:--|',
        '| cy@example.com | invitees/design.yaml:4 | — |',
        '',
        '</details>',
        '',
        '<details><summary>Update (1)</summary>',
        '',
        '| Invitee | Source | Changes |',
        '|:--|:--|:--|',
        '| dieter@example.com | invitees/design.yaml:6 | + user\\_metadata.locale: "de-DE"<br>- user\\_metadata.old: "x\\|y"<br>' +
          '+ app\\_metadata.contact: "dieter.rams@braun.de"<br>\\~ app\\_metadata.team: "design" → "engineering"<br>\\~ blocked: true → false |',
        '',
        '</details>',
        '',
        '<details><summary>Adopt (existing account, no mail) (1)</summary>',
        '',
        '| Invitee | Source | Changes |',
        '|:--|:--|:--|',
        '| eve@example.com | invitees/design.yaml:9 | — |',
        '',
        '</details>',
        '',
        '<details><summary>Revoke (1)</summary>',
        '',
        '| Invitee | Source | Mode |',
        '|:--|:--|:--|',
        '| old@example.com | — | block |',
        '',
        '</details>',
        '',
      ].join('\n'),
    );
  });

  it('puts the refusal right under the summary line', () => {
    const md = renderPlanMarkdown(samplePlan({ maxRemovalFraction: 0.1 }));
    expect(md).toContain(
      '**Plan: 1 to invite, 1 to resume, 1 to reinvite, 1 to update, 1 to adopt, 1 to revoke, 1 unchanged.**\n\n' +
        '> [!CAUTION]\n> Refusing to apply: the plan revokes 1 of 5 managed users (20%), more than the allowed 10% ' +
        '(revoke.max\\_fraction in invitation.config.yaml). Check the invitee files; if the removals are intended, rerun with --allow-mass-removal.\n\n| Action |',
    );
  });

  it('states the estimate of the apply under the summary line, when given', () => {
    const md = renderPlanMarkdown(samplePlan(), { estimate: { requests: 2012, durationMs: 251_500, requestsPerSecond: 8 } });
    expect(md).toContain(
      '**Plan: 1 to invite, 1 to resume, 1 to reinvite, 1 to update, 1 to adopt, 1 to revoke, 1 unchanged.**\n\n' +
        "Estimated apply: ≈ 2,012 Management API requests, ≈ 4 min 12 s at 8 requests/s, plus the tenant's time for import jobs.\n\n| Action |",
    );
    expect(renderPlanMarkdown(samplePlan())).not.toContain('Estimated apply');
  });

  it('has no details sections when nothing changes', () => {
    const md = renderPlanMarkdown(emptyPlan());
    expect(md).not.toContain('<details');
    expect(md).toContain('| Unchanged | 0 |');
  });

  it('masks addresses, in values too', () => {
    const md = renderPlanMarkdown(samplePlan(), { maskEmails: true });
    expect(md).toContain('| a\\*\\*\\*@e\\*\\*\\*.com | invitees/engineering.yaml:6 | — |');
    expect(md).toContain('"d\\*\\*\\*@b\\*\\*\\*.de"');
    expect(md).not.toMatch(/example\.com|braun/);
  });
});

describe('markdown cells and masking', () => {
  it('escapes whatever a declared value could use to break out of a cell', () => {
    expect(cell('a|b <img src=x> [l](u) `c` *e* _u_ ~s~ #h !x \\ &amp;\nnext')).toBe(
      'a\\|b &lt;img src=x&gt; \\[l\\](u) \\`c\\` \\*e\\* \\_u\\_ \\~s\\~ \\#h \\!x \\\\ &amp;amp; next',
    );
  });

  it('masks an address to its first letters and top-level domain', () => {
    expect(maskEmail('ada.lovelace@example.co.uk')).toBe('a***@e***.uk');
    expect(maskEmail('x@localhost')).toBe('x***@l***');
    expect(maskEmail('émile@école.fr')).toBe('é***@é***.fr');
    expect(maskEmail('not-an-address')).toBe('***');
  });
});

describe('renderPlanMarkdown size', () => {
  it('fits a GitHub comment however large the plan: rows that do not fit are counted, the summary stays complete', async () => {
    const { plan } = await import('../../reconciler/plan/plan.js');
    const { invitee, observed, policy } = await import('../support/model');
    const invitees = Array.from({ length: 3000 }, (_, i) =>
      invitee(`person-${String(i).padStart(5, '0')}@example.com`, { source: { file: 'invitees/onboarding-2026.yaml', line: 3 + 4 * i, column: 5 } }),
    );
    const big = plan({ invitees }, observed(), policy());
    const text = renderPlanMarkdown(big);
    expect(text.length).toBeLessThanOrEqual(60_000);
    expect(text).toContain('**Plan: 3000 to invite');
    const listed = text.match(/\| person-\d{5}@example\.com \|/g)!.length;
    expect(listed).toBeGreaterThan(100);
    expect(listed).toBeLessThan(3000);
    expect(text).toContain(`Invite (${listed} of 3000)`);
    expect(text).toContain(`_${3000 - listed} more changes are not listed`);
  });

  it('lists everything when it fits', () => {
    expect(renderPlanMarkdown(samplePlan())).not.toContain('not listed');
  });
});

import { describe, expect, it } from 'vitest';
import { maskEmail } from '../../reconciler/render/mask';
import { cell } from '../../reconciler/render/markdown-blocks';
import { renderPlanMarkdown } from '../../reconciler/render/plan-markdown';
import { emptyPlan, samplePlan } from './sample';

describe('renderPlanMarkdown', () => {
  it('renders a summary table and one collapsible section per kind of change', () => {
    expect(renderPlanMarkdown(samplePlan())).toBe(
      [
        '### Invitation plan',
        '',
        '**Plan: 1 to invite, 1 to resume, 1 to reinvite, 1 to update, 1 to adopt, 1 to revoke, 1 held, 1 unchanged.**',
        '',
        '> [!WARNING]',
        '> **1 user loses access** (blocked): see "Revoke" below.',
        '',
        '> [!WARNING]',
        '> - invitees/notes.txt: not read: only \\*.yaml and \\*.yml files that are not hidden declare invitees (rename it, or move it out of the folder)',
        '> - stranger@example.com: app\\_metadata.invitation cannot be read (it is a string, not an object): it is not declared, so it is left alone as unmanaged',
        '',
        '| Action | Count |',
        '|:--|--:|',
        '| Invite | 1 |',
        '| Resume (imported, never mailed) | 1 |',
        '| Reinvite (ticket expired unused) | 1 |',
        '| Update | 1 |',
        '| Adopt (existing account, no mail) | 1 |',
        '| Revoke | 1 |',
        '| Held (left alone) | 1 |',
        '| Unchanged | 1 |',
        '| Unmanaged (left alone) | 2 |',
        '',
        '<details><summary>Invite (1)</summary>',
        '',
        '| Invitee | Source | Declared |',
        '|:--|:--|:--|',
        '| ada@example.com | invitees/engineering.yaml:6 | + name: "Ada Lovelace" |',
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
        '<details open><summary>Revoke (1)</summary>',
        '',
        '| Invitee | Source | Mode |',
        '|:--|:--|:--|',
        '| old@example.com | — | \*\*block\*\* |',
        '',
        '</details>',
        '',
        '<details><summary>Held (left alone) (1)</summary>',
        '',
        '| Invitee | Source | Why |',
        '|:--|:--|:--|',
        '| gus@example.com | invitees/design.yaml:13 | blocked by someone else: left alone, never unblocked |',
        '',
        '</details>',
        '',
        '<details><summary>Unmanaged, left alone (2)</summary>',
        '',
        '| User |',
        '|:--|',
        '| stranger@example.com |',
        '| visitor@example.com |',
        '',
        '</details>',
        '',
      ].join('\n'),
    );
  });

  it('puts the refusal right under the summary line', () => {
    const md = renderPlanMarkdown(samplePlan({ maxRemovalFraction: 0.1 }));
    expect(md).toContain(
      '**Plan: 1 to invite, 1 to resume, 1 to reinvite, 1 to update, 1 to adopt, 1 to revoke, 1 held, 1 unchanged.**\n\n' +
        '> [!CAUTION]\n> **Refusing to apply: the plan revokes 1 of 6 managed users (16.7%), more than the allowed 10% ' +
        '(revoke.max\\_fraction in invitation.config.yaml). Check the invitee files; if the removals are intended, rerun with --allow-mass-removal.**\n\n' +
        '> [!WARNING]\n> **1 user loses access** (blocked): see "Revoke" below.\n\n> [!WARNING]',
    );
  });

  it('states the estimate of the apply under the summary line, when given', () => {
    const md = renderPlanMarkdown(samplePlan(), { estimate: { requests: 2012, durationMs: 251_500, requestsPerSecond: 8 } });
    expect(md).toContain(
      '**Plan: 1 to invite, 1 to resume, 1 to reinvite, 1 to update, 1 to adopt, 1 to revoke, 1 held, 1 unchanged.**\n\n' +
        "Estimated apply: ≈ 2,012 Management API requests, ≈ 4 min 12 s at 8 requests/s, plus the tenant's time for import jobs.\n\n> [!WARNING]",
    );
    expect(renderPlanMarkdown(samplePlan())).not.toContain('Estimated apply');
  });

  it('has no details sections when nothing changes', () => {
    const md = renderPlanMarkdown(emptyPlan());
    expect(md).not.toContain('<details');
    expect(md).toContain('| Unchanged | 0 |');
  });

  it('masks addresses, in values too, and of unmanaged users', () => {
    const md = renderPlanMarkdown(samplePlan(), { maskEmails: true });
    expect(md).toContain('| s\\*\\*\\*@e\\*\\*\\*.com |');
    expect(md).toContain('| a\\*\\*\\*@e\\*\\*\\*.com | invitees/engineering.yaml:6 | + name: "Ada Lovelace" |');
    expect(md).toContain('"d\\*\\*\\*@b\\*\\*\\*.de"');
    expect(md).not.toMatch(/example\.com|braun/);
  });
});

describe('renderPlanMarkdown warnings', () => {
  it('lists the first 20 warnings and counts the rest', async () => {
    const { plan } = await import('../../reconciler/plan/plan');
    const { observed, policy } = await import('../support/model');
    const unloaded = Array.from({ length: 25 }, (_, i) => `invitees/stray-${String(i).padStart(2, '0')}.txt`);
    const md = renderPlanMarkdown(plan({ invitees: [], unloaded }, observed(), policy()));
    expect(md.match(/^> - invitees\/stray-/gm)).toHaveLength(20);
    expect(md).toContain('> - and 5 more (the text and JSON formats list them all)');
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
    const { plan } = await import('../../reconciler/plan/plan');
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

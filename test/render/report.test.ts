import { describe, expect, it } from 'vitest';
import type { ApplyReport } from '../../reconciler/model';
import { renderReportMarkdown } from '../../reconciler/render/report-markdown';
import { renderReportText } from '../../reconciler/render/report-text';
import { sampleReport } from './sample';

const clean: ApplyReport = { invited: 3, resumed: 0, reinvited: 0, updated: 0, adopted: 0, revoked: 1, failures: [], requests: 9, durationMs: 850, notStarted: 0 };

describe('renderReportText', () => {
  it('prints counts, requests and time, then every failed invitee with source, stage, code and job id', () => {
    expect(renderReportText(sampleReport)).toBe(
      [
        'Applied: 2 invited, 1 resumed, 1 updated, 0 revoked, 3 failed.',
        '31 Management API requests in 4.2 s.',
        '',
        'Failed:',
        '  ✗ ada@example.com (invitees/engineering.yaml:6): invite failed at mail: SMTP 550 rejected; link was [link removed]',
        '  ✗ grace@example.com (invitees/engineering.yaml:11): invite failed at import [DUPLICATED_USER, job job_abc123]: ' +
          'The user already exist and upsert parameter is false',
        '  ✗ old@example.com: revoke failed at revoke [inexistent_user]: The user does not exist.',
        '',
      ].join('\n'),
    );
  });

  it('prints no failure section when all went well', () => {
    expect(renderReportText(clean)).toBe('Applied: 3 invited, 0 updated, 1 revoked, 0 failed.\n9 Management API requests in 850 ms.\n');
  });

  it('never prints a URL that slipped into a message', () => {
    for (const output of [renderReportText(sampleReport), renderReportMarkdown(sampleReport)]) {
      expect(output).not.toContain('SECRET');
      expect(output).not.toContain('https://');
    }
  });

  it('masks addresses when asked', () => {
    const text = renderReportText(sampleReport, { maskEmails: true });
    expect(text).toContain('  ✗ g***@e***.com (invitees/engineering.yaml:11): invite failed at import');
    expect(text).not.toContain('example.com');
  });
});

describe('renderReportMarkdown', () => {
  it('renders a result table and the failures, open', () => {
    expect(renderReportMarkdown(sampleReport)).toBe(
      [
        '### Invitation apply',
        '',
        '**Applied: 2 invited, 1 resumed, 1 updated, 0 revoked, 3 failed.**',
        '',
        '| Result | Count |',
        '|:--|--:|',
        '| Invited | 2 |',
        '| Resumed | 1 |',
        '| Reinvited | 0 |',
        '| Updated | 1 |',
        '| Adopted | 0 |',
        '| Revoked | 0 |',
        '| Failed | 3 |',
        '| Management API requests | 31 |',
        '| Duration | 4.2 s |',
        '',
        '<details open><summary>Failed (3)</summary>',
        '',
        '| Invitee | Source | Action | Stage | Code | Job | Message |',
        '|:--|:--|:--|:--|:--|:--|:--|',
        '| ada@example.com | invitees/engineering.yaml:6 | invite | mail | — | — | SMTP 550 rejected; link was \\[link removed\\] |',
        '| grace@example.com | invitees/engineering.yaml:11 | invite | import | DUPLICATED\\_USER | job\\_abc123 | The user already exist and upsert parameter is false |',
        '| old@example.com | — | revoke | revoke | inexistent\\_user | — | The user does not exist. |',
        '',
        '</details>',
        '',
      ].join('\n'),
    );
  });

  it('has no failure section when all went well', () => {
    expect(renderReportMarkdown(clean)).not.toContain('<details');
  });
});

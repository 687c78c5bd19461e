// A small plan and report used by the renderer tests: one of every kind, plus unmanaged users and findings.
import type { ApplyReport, Plan } from '../../reconciler/model';
import { plan } from '../../reconciler/plan/plan';
import { invitee, observed, policy, user } from '../support/model';

const NOTHING = { profile: [], user_metadata: [], app_metadata: [] };
const managed = (status: string, extra: object = {}) => ({ invitation: { status, expires_at: '2099-01-01T00:00:00.000Z', managed: NOTHING, ...extra } });

export function samplePlan(overrides: Partial<Parameters<typeof policy>[0]> = {}): Plan {
  return plan(
    {
      invitees: [
        invitee('ada@example.com', { profile: { name: 'Ada Lovelace' }, source: { file: 'invitees/engineering.yaml', line: 6, column: 5 } }),
        invitee('bea@example.com', { source: { file: 'invitees/engineering.yaml', line: 12, column: 5 } }),
        invitee('cy@example.com', { source: { file: 'invitees/design.yaml', line: 4, column: 5 } }),
        invitee('dieter@example.com', {
          user_metadata: { locale: 'de-DE', old: null },
          app_metadata: { team: 'engineering', contact: 'dieter.rams@braun.de' },
          source: { file: 'invitees/design.yaml', line: 6, column: 5 },
        }),
        invitee('eve@example.com', { source: { file: 'invitees/design.yaml', line: 9, column: 5 } }),
        invitee('fay@example.com', { source: { file: 'invitees/design.yaml', line: 11, column: 5 } }),
        invitee('gus@example.com', { source: { file: 'invitees/design.yaml', line: 13, column: 5 } }),
      ],
      unloaded: ['invitees/notes.txt'],
    },
    observed(
      user('bea@example.com', { app_metadata: { invitation: { status: 'pending', managed: NOTHING } } }),
      user('cy@example.com', { app_metadata: managed('invited', { expires_at: '2025-05-01T00:00:00.000Z' }) }),
      user('dieter@example.com', {
        blocked: true,
        app_metadata: { team: 'design', ...managed('invited', { revoked_at: '2025-05-01T00:00:00.000Z', managed: { profile: [], user_metadata: ['old'], app_metadata: ['team'] } }) },
        user_metadata: { old: 'x|y' },
      }),
      user('eve@example.com', { app_metadata: { team: 'design' } }),
      user('fay@example.com', { app_metadata: managed('adopted') }),
      user('gus@example.com', { blocked: true, app_metadata: managed('invited') }),
      user('old@example.com', { app_metadata: managed('invited') }),
      user('stranger@example.com', { app_metadata: { invitation: 'by hand' } }),
      user('visitor@example.com'),
    ),
    policy(overrides),
  );
}

export function emptyPlan(): Plan {
  return plan({ invitees: [] }, observed(), policy());
}

export const sampleReport: ApplyReport = {
  invited: 2,
  resumed: 1,
  reinvited: 0,
  updated: 1,
  adopted: 0,
  revoked: 0,
  requests: 31,
  durationMs: 4213.4,
  notStarted: 0,
  failures: [
    {
      email: 'ada@example.com',
      source: { file: 'invitees/engineering.yaml', line: 6, column: 5 },
      action: 'invite',
      stage: 'mail',
      message: 'SMTP 550 rejected;\nlink was https://tenant.example/lo/reset?ticket=SECRET#',
    },
    {
      email: 'grace@example.com',
      source: { file: 'invitees/engineering.yaml', line: 11, column: 5 },
      action: 'invite',
      stage: 'import',
      code: 'DUPLICATED_USER',
      jobId: 'job_abc123',
      message: 'The user already exist and upsert parameter is false',
    },
    { email: 'old@example.com', action: 'revoke', stage: 'revoke', code: 'inexistent_user', message: 'The user does not exist.' },
  ],
};

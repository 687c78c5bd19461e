// Measures plan() at issue 5 target 4 size: 100,000 declared invitees x 100,000 existing users (not a test:
// timing assertions are flaky). Run: npx tsx test/plan/measure-plan.ts [N]
import type { Desired, Invitee, Observed, ObservedUser } from '../../reconciler/model.js';
import { plan } from '../../reconciler/plan/plan.js';
import { CONNECTION, NOW, policy } from './fixtures.js';

const n = Number(process.argv[2] ?? 100_000);
const email = (i: number) => `person${String(i).padStart(6, '0')}@example.com`;

// A realistic mix: most users already invited and unchanged, some with a changed team, some missing, some gone.
const invitees: Invitee[] = [];
for (let i = 0; i < n; i++) {
  invitees.push({
    email: email(i),
    profile: { name: `Person ${i}`, given_name: 'Person' },
    user_metadata: { locale: 'en-GB', prefs: { theme: 'dark', tags: ['a', 'b'] } },
    app_metadata: { team: i % 50 === 0 ? 'design' : 'engineering', role: null },
    source: { file: `invitees/team${i % 10}.yaml`, line: 3 + (i % 1000) * 4, column: 5 },
  });
}
const users: ObservedUser[] = [];
for (let i = 100; i < n + 100; i++) {
  users.push({
    user_id: `auth0|${i.toString(16).padStart(24, '0')}`,
    email: email(i),
    email_verified: true,
    blocked: false,
    profile: { name: `Person ${i}`, given_name: 'Person', nickname: `person${i}`, picture: 'https://s.gravatar.com/avatar/x.png' },
    user_metadata: { prefs: { tags: ['a', 'b'], theme: 'dark' }, locale: 'en-GB' },
    app_metadata: {
      team: 'engineering',
      invitation: { status: 'invited', invited_at: '2025-05-01T00:00:00.000Z', expires_at: '2025-05-08T00:00:00.000Z', sent: 1 },
    },
    last_password_reset: i % 3 === 0 ? undefined : '2025-05-02T00:00:00.000Z',
  });
}
const desired: Desired = { invitees };
const observed: Observed = { connection: CONNECTION, users };
const p = policy({ allowMassRemoval: true });

for (let round = 1; round <= 5; round++) {
  const start = process.hrtime.bigint();
  const result = plan(desired, observed, p);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  console.log(`round ${round}: plan(${n} declared x ${n} existing) in ${ms.toFixed(0)} ms  ${JSON.stringify(result.counts)}`);
}

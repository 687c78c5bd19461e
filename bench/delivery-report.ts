// Issue 14 in BENCHMARKS.md: the two delivery figures (requests per invitee by delivery; wall time against the
// Authentication API's change-password limit), their verdicts and their section. Pure.
import { table } from './markdown-table';
import type { Auth0WallTimeRun, DeliveryCount } from './targets/delivery';
import { atMost, fixed, integer, seconds, type Verdict } from './targets';

export interface DeliveryResults {
  counts: DeliveryCount[];
  wallTime: Auth0WallTimeRun;
}

/** The change-password phase over the time the limit allows for it, with 5% slack: ≤ 1 keeps pace. */
export function changePasswordPhaseRatio(run: Auth0WallTimeRun): number {
  return phaseMs(run) / (1.05 * run.idealMs);
}

const phaseMs = (run: Auth0WallTimeRun): number => ((run.n - 1) / run.phaseRate) * 1000;

export function deliveryVerdicts({ counts, wallTime }: DeliveryResults): Verdict[] {
  const rows: Verdict[] = [];
  const auth0 = counts.find((c) => c.delivery === 'auth0');
  const smtp = counts.find((c) => c.delivery === 'smtp');
  if (auth0 && smtp) {
    rows.push({
      ...atMost('14', `Management API requests per invitee by delivery, N = ${integer(auth0.n)}: auth0 (smtp for comparison)`, auth0.requests / auth0.n, 0.02, fixed(4)),
      measured: `${(auth0.requests / auth0.n).toFixed(4)} (smtp ${(smtp.requests / smtp.n).toFixed(4)})`,
    });
  }
  const after = wallTime.wallMs - wallTime.importMs - phaseMs(wallTime);
  rows.push({
    ...atMost('14', `auth0 at the change-password limit (${wallTime.perSecond}/s, share 1), N = ${integer(wallTime.n)}: the change-password phase / (1.05 × N / limit)`, changePasswordPhaseRatio(wallTime), 1, fixed(3)),
    measured: `${changePasswordPhaseRatio(wallTime).toFixed(3)} (wall ${seconds(wallTime.wallMs)}: ${seconds(wallTime.importMs)} before, ${seconds(phaseMs(wallTime))} of change-password requests for ${seconds(wallTime.idealMs)} at the limit, ${seconds(after)} after)`,
  });
  return rows;
}

export function deliverySection({ counts, wallTime }: DeliveryResults): string {
  const rows = counts.map((c) => [
    `\`${c.delivery}\``,
    integer(c.n),
    integer(c.tickets),
    integer(c.changePasswords),
    integer(c.requests),
    (c.requests / c.n).toFixed(4),
    integer(c.failures),
  ]);
  return [
    '## Issue 14: invitations through Auth0\'s own email (`mail.delivery`)',
    '',
    'Requests by delivery: the same N new invitees into an empty tenant (emulator in its own process, every limit off, job latency 0), once with each `mail.delivery`. Management API requests are counted by the emulator as in targets 1 and 2 (token included); change-password requests go to the Authentication API and are counted apart. With `auth0` the Management API cost is the import jobs, the bookkeeping jobs, their polls and the fixed handful (token, connection, observation, lease).',
    '',
    table(['delivery', 'N', 'tickets', 'change-password requests', 'Management API requests', 'per invitee', 'failures'], rows, ['---', '---:', '---:', '---:', '---:', '---:', '---:']),
    '',
    `Wall time against the Authentication API limit: N = ${integer(wallTime.n)} with \`mail.delivery: auth0\`, the emulator (its own process) enforcing Enterprise's change-password limit of ${wallTime.perSecond}/s and its Management API limit (50/16), the reconciler told \`rate_limit.authentication: { per_second: ${wallTime.perSecond}, share: 1 }\` and the shipped Management API settings. Real time, not scaled: at ${wallTime.perSecond}/s the run takes seconds. Whole run ${seconds(wallTime.wallMs)}; before the first change-password request (load, token, observe, lease, the import job and its polls) ${seconds(wallTime.importMs)}; change-password requests at ${wallTime.phaseRate.toFixed(1)}/s between the first and the last (the limit allows ${seconds(wallTime.idealMs)} for ${integer(wallTime.n)}); after the last, the final bookkeeping job and its polls. ${integer(wallTime.throttled)} answers were 429, ${integer(wallTime.failures)} invitees failed. At Essentials (25/s) the same N would take ${seconds((wallTime.n / 25) * 1000)} of change-password requests, at Free (300 per minute) ${seconds((wallTime.n / 5) * 1000)}; with \`smtp\` the tickets alone take N / 8 s at Enterprise's shipped pace (${seconds((wallTime.n / 8) * 1000)}).`,
  ].join('\n');
}

// Child-process entry for target 4, one measurement per process so that peak RSS is this work's alone:
// `loadDesired` on an invitee folder (timed), then an observed tenant of the same size derived from it (not
// timed: in a real run it comes from the export), then `plan()` (timed). Prints one JSON line on stdout.
// Usage (compiled by bench/targets/local-work.ts): node bench/out/programs/local-work-process.js <invitee dir> <expected count>
import { loadDesired } from '../reconciler/desired/load-invitees';
import { maxRecordBytes } from '../reconciler/import-file/size';
import type { Invitee, ObservedUser, Policy } from '../reconciler/model';
import { declaredFields } from '../reconciler/plan/managed';
import { plan } from '../reconciler/plan/plan';
import { toObservedUser } from '../reconciler/tenant/users';

export interface LocalWorkResult {
  invitees: number;
  existing: number;
  loadMs: number;
  planMs: number;
  /** process.resourceUsage().maxRSS after both steps, in MB (10^6 bytes). */
  peakRssMb: number;
  counts: Record<string, number>;
}

const NOW = '2026-01-15T12:00:00.000Z';

/**
 * The tenant after earlier runs: nearly everyone invited and unchanged (two thirds have set a password), 1% with
 * a changed team (update), 0.5% not yet imported (invite), and as many undeclared managed users (revoke) so that
 * the tenant holds as many users as are declared.
 */
function observedFor(invitees: readonly Invitee[]): ObservedUser[] {
  const users: ObservedUser[] = [];
  invitees.forEach((invitee, index) => {
    const missing = index % 200 === 7;
    if (missing) return;
    users.push(userFor(invitee.email, invitee, index, index % 100 === 3 ? { ...invitee.app_metadata, team: 'moved' } : invitee.app_metadata));
  });
  for (let extra = 0; users.length < invitees.length; extra++) {
    users.push(userFor(`former-${extra}@example.org`, undefined, extra, { team: 'gone' }));
  }
  return users;
}

/**
 * The user as a line of the users-exports file, read as the reconciler reads one (tenant.ts: JSON.parse, then
 * toObservedUser), so that the observed tenant takes the memory it takes in a run.
 */
function userFor(email: string, invitee: Invitee | undefined, index: number, appMetadata: Record<string, unknown>): ObservedUser {
  const line = JSON.stringify({
    user_id: `auth0|${index.toString(16).padStart(24, '0')}${invitee ? '' : 'x'}`,
    email,
    email_verified: index % 3 !== 0,
    ...(invitee ? invitee.profile : { name: email }),
    user_metadata: invitee ? invitee.user_metadata : {},
    app_metadata: {
      ...appMetadata,
      // Written by an earlier run: it records the fields it manages (plan/managed.ts), or every user is an update.
      invitation: {
        status: 'invited',
        invited_at: '2026-01-10T00:00:00.000Z',
        expires_at: '2026-01-17T00:00:00.000Z',
        sent: 1,
        ...(invitee ? { managed: declaredFields(invitee) } : {}),
      },
    },
    ...(index % 3 !== 0 ? { last_password_reset: '2026-01-11T00:00:00.000Z' } : {}),
  });
  const user = toObservedUser(JSON.parse(line));
  if (user === undefined) throw new Error(`local work: an export line the reconciler would skip: ${line}`);
  return user;
}

const dir = process.argv[2];
const expected = Number(process.argv[3]);
if (!dir || !Number.isInteger(expected)) throw new Error('usage: local-work-process.ts <invitee dir> <expected count>');

const loadStarted = performance.now();
const loaded = await loadDesired(dir, { maxRecordBytes: maxRecordBytes(500_000) });
const loadMs = performance.now() - loadStarted;
if (loaded.errors.length > 0 || loaded.desired.invitees.length !== expected) {
  throw new Error(`local work: expected ${expected} valid invitees, got ${loaded.desired.invitees.length} and ${loaded.errors.length} errors`);
}

const users = observedFor(loaded.desired.invitees);
const policy: Policy = { now: NOW, revoke: 'block', maxRemovalFraction: 0.1, allowMassRemoval: false, reinviteExpired: true };
const planStarted = performance.now();
const result = plan(loaded.desired, { connection: { id: 'con_0123456789abcdef', name: 'Invitees' }, users }, policy);
const planMs = performance.now() - planStarted;
// The tenant above is meant to be a steady one; a plan that rewrites everyone measures another workload.
if (result.counts.unchanged < expected * 0.9) {
  throw new Error(`local work: the observed tenant is not steady (${JSON.stringify(result.counts)}): fix observedFor`);
}

const output: LocalWorkResult = {
  invitees: loaded.desired.invitees.length,
  existing: users.length,
  loadMs,
  planMs,
  peakRssMb: (process.resourceUsage().maxRSS * 1024) / 1e6,
  counts: { ...result.counts },
};
process.stdout.write(`${JSON.stringify(output)}\n`);

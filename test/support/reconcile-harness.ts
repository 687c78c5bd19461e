// A bare emulated tenant and a workspace, with the reconciler run in-process against them: the shape the
// reconciler's end-to-end tests share. Built from the pieces of test/support/; each harness has its own tenant
// and temp folder.
import type { EmulatorOptions, RunningEmulator } from '../../emulator/index';
import type { ConfigOverrides } from './config';
import { outboxCounts } from './outbox';
import { difference, managementRequests, type RouteCounts } from './requests';
import { reconcile, type CapturedRun, type RunFlags } from './run';
import { BARE, startTenant, tenantEnv } from './tenant';
import { createWorkspace, type Workspace } from './workspace';

/** Pacing that never waits and a mass-removal limit the tests' removals stay under. */
const UNPACED: ConfigOverrides = { rate_limit: { share: 1, per_second: 1000, burst: 1000 }, revoke: { max_fraction: 0.5 } };

export interface Harness {
  emulator: RunningEmulator;
  workspace: Workspace;
  /** Replaces the invitee folder with these files (name → YAML text). */
  writeInvitees(files: Record<string, string>): Promise<void>;
  /** Rewrites the config: the fixture config, the harness's pacing, then these overrides. */
  writeConfig(overrides?: ConfigOverrides): Promise<void>;
  reconcile(flags?: RunFlags & { env?: NodeJS.ProcessEnv }): Promise<CapturedRun>;
  /** Management API requests (token included) per route since the last call. */
  takeRequests(): RouteCounts;
  /** Mails per outbox address. */
  mailsPerInvitee(): Promise<Map<string, number>>;
  close(): Promise<void>;
}

export async function createHarness(options: EmulatorOptions = {}): Promise<Harness> {
  const workspace = await createWorkspace({ prefix: 'reconcile-', config: UNPACED });
  const emulator = await startTenant(BARE, options);
  let seen: RouteCounts = {};
  return {
    emulator,
    workspace,
    writeInvitees: async (files) => void (await workspace.writeInviteeFiles(files)),
    writeConfig: (overrides) => workspace.writeConfig(overrides),
    reconcile: ({ env, ...flags } = {}) => reconcile(workspace, { ...tenantEnv(emulator), ...env }, flags),
    takeRequests() {
      const now = managementRequests(emulator.stats());
      const delta = difference(now, seen);
      seen = now;
      return delta;
    },
    mailsPerInvitee: () => outboxCounts(workspace.outbox),
    async close() {
      await emulator.stop();
      await workspace.remove();
    },
  };
}

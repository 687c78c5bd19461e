// Benchmark workspaces: the shared test workspace (test/support/workspace.ts) on tmpfs when it can be, and the
// invitees every benchmark generates.
import { accessSync, constants } from 'node:fs';
import { tmpdir } from 'node:os';
import { people, teamFiles, type InviteeSpec } from '../test/support/invitees';
import { createWorkspace, type Workspace } from '../test/support/workspace';

/**
 * Where benchmark workspaces go: BENCH_TMPDIR, else /dev/shm (tmpfs) when writable, else the OS temp dir.
 * tmpfs keeps the outbox's per-mail fsync (reconciler/mail/outbox.ts) from measuring the disk instead of the
 * reconciler; BENCHMARKS.md says which was used.
 */
export function benchTempBase(): string {
  if (process.env.BENCH_TMPDIR) return process.env.BENCH_TMPDIR;
  try {
    accessSync('/dev/shm', constants.W_OK);
    return '/dev/shm';
  } catch {
    return tmpdir();
  }
}

export const createBenchWorkspace = (prefix: string): Promise<Workspace> => createWorkspace({ prefix, base: benchTempBase() });

/**
 * Invitees `first .. first+count-1`: `person-000042@example-2.com`, shaped like the examples (a name always,
 * given and family names on some, user_metadata on others).
 */
export const benchPeople = (count: number, first = 0): InviteeSpec[] => people(count, { first, digits: 6, domains: 10, profiles: true });

/** Writes `count` invitees spread over `files` team files, replacing the workspace's invitees. Returns the bytes written. */
export function writeBenchInvitees(workspace: Workspace, count: number, files: number, first = 0): Promise<number> {
  return workspace.writeInviteeFiles(teamFiles(benchPeople(count, first), files));
}

/** The address of bench invitee `index` (as benchPeople writes it). */
export const inviteeEmail = (index: number): string => benchPeople(1, index)[0]!.email;

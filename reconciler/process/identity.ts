// Which process this is, precisely enough that another run on the same machine can prove it is gone: the host
// name and pid, plus (on Linux) the boot id, the pid namespace and the process's start time, so that a pid the
// kernel has since given to another process, a reboot, or a container sharing the host name is never taken for
// the original. Used by the lease (a dead holder's lease is taken over at once) and the outbox (leftover temp files).
import { readFileSync, readlinkSync } from 'node:fs';
import { hostname } from 'node:os';

export interface ProcessIdentity {
  hostname: string;
  pid: number;
  /** /proc/sys/kernel/random/boot_id: changes at every boot. */
  boot_id?: string;
  /** /proc/self/ns/pid: which pid namespace the pid belongs to (containers have their own). */
  pid_namespace?: string;
  /** Start time in clock ticks since boot (/proc/<pid>/stat, field 22): tells a reused pid from the original. */
  start_ticks?: string;
}

/** Where the kernel facts come from; tests pass a fake. */
export interface ProcessTable {
  hostname(): string;
  bootId(): string | undefined;
  pidNamespace(pid: number | 'self'): string | undefined;
  startTicks(pid: number): string | undefined;
  /** False when no process has this pid (ESRCH); true when one has, even if it belongs to another user. */
  exists(pid: number): boolean;
}

const readOrUndefined = (read: () => string): string | undefined => {
  try {
    return read().trim() || undefined;
  } catch {
    return undefined;
  }
};

export const systemProcessTable: ProcessTable = {
  hostname,
  bootId: () => readOrUndefined(() => readFileSync('/proc/sys/kernel/random/boot_id', 'utf8')),
  pidNamespace: (pid) => readOrUndefined(() => readlinkSync(`/proc/${pid}/ns/pid`)),
  startTicks: (pid) =>
    readOrUndefined(() => {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // The command name (field 2) is in parentheses and may hold spaces: count fields after its closing one.
      return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? '';
    }),
  exists: (pid) => isProcessAlive(pid),
};

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function currentProcess(table: ProcessTable = systemProcessTable): ProcessIdentity {
  const identity: ProcessIdentity = { hostname: table.hostname(), pid: process.pid };
  const bootId = table.bootId();
  const namespace = table.pidNamespace('self');
  const startTicks = table.startTicks(process.pid);
  if (bootId) identity.boot_id = bootId;
  if (namespace) identity.pid_namespace = namespace;
  if (startTicks) identity.start_ticks = startTicks;
  return identity;
}

/**
 * True only when the process is provably gone: same host, same pid namespace, and either a reboot since, no
 * process with that pid, or one that started at another time. Anything unknown (another host, a platform without
 * /proc, a record without these facts) is not proof: the caller waits for the lease to expire instead.
 */
export function isProvablyDead(other: ProcessIdentity, table: ProcessTable = systemProcessTable): boolean {
  const self = currentProcess(table);
  if (other.hostname !== self.hostname) return false;
  if (!other.boot_id || !self.boot_id || !other.pid_namespace || other.pid_namespace !== self.pid_namespace) return false;
  if (other.boot_id !== self.boot_id) return true;
  if (!table.exists(other.pid)) return true;
  const started = table.startTicks(other.pid);
  return other.start_ticks !== undefined && started !== undefined && started !== other.start_ticks;
}

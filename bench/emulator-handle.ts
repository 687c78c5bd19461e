// The bench's side of an emulator running in a child process (bench/emulator-process.ts).
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { EmulatorOptions, StatsSnapshot } from '../emulator/index';
import type { EmulatorReady, EmulatorReply, EmulatorRequest } from './emulator-process';
import type { LoggedRequest } from './request-log';
import { ROOT } from '../test/support/paths';

export interface EmulatorHandle {
  url: string;
  clientId: string;
  clientSecret: string;
  connections: Record<string, string>;
  pid: number;
  stats(): Promise<StatsSnapshot>;
  /** Every Management API request so far, timestamped in epoch ms (see request-log.ts). */
  log(): Promise<LoggedRequest[]>;
  clearLog(): Promise<void>;
  /** Moves the tenant's clock `ms` ahead. */
  advance(ms: number): Promise<void>;
  stop(): Promise<void>;
}

/** Options must be plain JSON (no clock function): they cross a process boundary. */
export async function spawnEmulator(options: EmulatorOptions): Promise<EmulatorHandle> {
  const child: ChildProcess = fork(path.join(ROOT, 'bench/emulator-process.ts'), [JSON.stringify(options)], {
    cwd: ROOT,
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ready = await new Promise<EmulatorReady>((resolve, reject) => {
    const onExit = (code: number | null): void => reject(new Error(`emulator process exited with ${code} before it was ready`));
    child.once('exit', onExit);
    child.once('message', (message: EmulatorReady) => {
      child.off('exit', onExit);
      resolve(message);
    });
  });

  let nextId = 1;
  const pending = new Map<number, (reply: EmulatorReply) => void>();
  child.on('message', (message: EmulatorReply) => {
    const resolve = pending.get(message.id);
    pending.delete(message.id);
    resolve?.(message);
  });
  const ask = async <T>(type: EmulatorRequest['type'], extra: { ms?: number } = {}): Promise<T> => {
    const id = nextId++;
    const reply = await new Promise<EmulatorReply>((resolve) => {
      pending.set(id, resolve);
      child.send({ id, type, ...extra } as EmulatorRequest);
    });
    if (reply.error) throw new Error(`emulator process: ${reply.error}`);
    return reply.value as T;
  };

  return {
    url: ready.url,
    clientId: ready.clientId,
    clientSecret: ready.clientSecret,
    connections: ready.connections,
    pid: child.pid ?? -1,
    stats: () => ask<StatsSnapshot>('stats'),
    log: () => ask<LoggedRequest[]>('log'),
    clearLog: () => ask<void>('clear-log'),
    advance: (ms) => ask<void>('advance', { ms }),
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      await ask<void>('stop');
      await exited;
    },
  };
}

// Child-process entry: one emulator in its own process (its own core), driven over IPC by bench/emulator-handle.ts.
// The benchmarks keep the reconciler (and its mail) and the load generator out of the emulator's event loop, so
// a figure measures the thing it names. Started with the options as JSON in argv[2]; bound to 127.0.0.1 only.
import { startEmulator, type EmulatorOptions } from '../emulator/index';
import { scaledNow } from '../emulator/simulation/time-scale';
import { attachRequestLog } from './request-log';

/** `advance`: the tenant's clock jumps `ms` ahead (a crashed holder's lease runs out without waiting). */
export type EmulatorRequest = { id: number; type: 'stats' | 'log' | 'clear-log' | 'stop' } | { id: number; type: 'advance'; ms: number };
export type EmulatorReply = { id: number; value?: unknown; error?: string };
export interface EmulatorReady {
  type: 'ready';
  url: string;
  clientId: string;
  clientSecret: string;
  connections: Record<string, string>;
}

const options = JSON.parse(process.argv[2] ?? '{}') as EmulatorOptions;
// The tenant's clock (scaled when asked), plus whatever `advance` added.
let advancedMs = 0;
const clock = options.timeScale ? scaledNow(options.timeScale, options.timeOrigin ?? Date.now()) : Date.now;
const emulator = await startEmulator({ ...options, now: () => clock() + advancedMs, host: '127.0.0.1', port: 0 });
const log = attachRequestLog(emulator);

const send = (message: EmulatorReply | EmulatorReady): void => void process.send?.(message);

process.on('message', (raw: EmulatorRequest) => {
  const { id, type } = raw;
  switch (type) {
    case 'advance':
      advancedMs += raw.ms;
      return send({ id });
    case 'stats':
      return send({ id, value: emulator.stats() });
    case 'log':
      return send({ id, value: log.entries });
    case 'clear-log':
      log.entries.length = 0;
      return send({ id });
    case 'stop':
      void emulator.stop().then(() => {
        send({ id });
        process.disconnect?.();
      });
      return;
  }
});
// The parent going away ends this process too: a benchmark never leaves an emulator behind.
process.on('disconnect', () => void emulator.stop().finally(() => process.exit(0)));

send({ type: 'ready', url: emulator.url, clientId: emulator.clientId, clientSecret: emulator.clientSecret, connections: emulator.connections });

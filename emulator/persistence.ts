// The state file: loaded on start, written atomically (temp file + rename, so a crash never leaves a torn
// file) after a short debounce and on stop. No request ever waits for the disk.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { StateData } from './state.js';

export function loadStateFile(path: string): StateData | undefined {
  if (!existsSync(path)) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`state file ${path} is not valid JSON: ${(error as Error).message}`);
  }
  if (!isStateData(parsed)) throw new Error(`state file ${path} does not hold emulator state (version 1)`);
  return parsed;
}

function isStateData(value: unknown): value is StateData {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return v.version === 1 && typeof v.signing_secret === 'string' && Array.isArray(v.connections) && Array.isArray(v.users)
    && Array.isArray(v.jobs) && Array.isArray(v.tickets) && Array.isArray(v.mails);
}

export function writeStateFileAtomically(path: string, data: StateData): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  writeFileSync(temp, JSON.stringify(data));
  renameSync(temp, path);
}

export class DebouncedStateWriter {
  private timer: NodeJS.Timeout | undefined;
  private dirty = false;

  constructor(private readonly path: string, private readonly data: () => StateData, private readonly delayMs = 200) {}

  schedule(): void {
    this.dirty = true;
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.flush();
    }, this.delayMs);
    this.timer.unref();
  }

  flush(): void {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    if (!this.dirty) return;
    this.dirty = false;
    writeStateFileAtomically(this.path, this.data());
  }
}

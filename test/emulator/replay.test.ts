// Real recorded Auth0 traffic (test/fixtures/auth0-recordings/), replayed cassette by cassette against fresh
// emulators over plain HTTP: every replayable interaction must get the recorded status, content type, error
// envelope, keys and JSON types, values (generated ones by format), and no key Auth0 did not send.
import { describe, expect, it } from 'vitest';
import { loadRecordings } from './replay/cassettes';
import type { Deviation } from './replay/compare';
import { replayCassette, type InteractionResult } from './replay/replay-cassette';

/** Cassettes replayed at once; each has its own emulator. */
const CONCURRENCY = 4;

async function replayAll(): Promise<InteractionResult[]> {
  const recordings = loadRecordings();
  const queue = [...recordings.sequences];
  const results: InteractionResult[][] = [];
  const worker = async (): Promise<void> => {
    for (let cassette = queue.shift(); cassette !== undefined; cassette = queue.shift()) {
      results.push(await replayCassette(cassette, recordings.connections[cassette.repo] ?? {}));
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return results.flat();
}

function describeDeviation(result: InteractionResult, deviation: Deviation): string {
  const value = (v: unknown): string => (v === undefined ? '(none)' : JSON.stringify(v).slice(0, 200));
  return `${result.cassette} #${result.n} ${result.endpoint}: ${deviation.kind} ${deviation.at} recorded ${value(deviation.recorded)} emulated ${value(deviation.emulated)}`;
}

describe('replay of recorded Auth0 traffic', () => {
  it('answers every replayable interaction as Auth0 did', async () => {
    const results = await replayAll();
    const count = (outcome: InteractionResult['outcome']): number => results.filter((r) => r.outcome === outcome).length;
    const skips = new Map<string, number>();
    for (const r of results) if (r.outcome === 'skipped') skips.set(r.reason ?? '', (skips.get(r.reason ?? '') ?? 0) + 1);
    const replayable = results.length - count('context');
    const lines = results.flatMap((r) => r.deviations.map((d) => describeDeviation(r, d)));
    console.log([
      `replay: ${count('passed')} passed, ${count('deviated')} deviated, ${count('skipped')} skipped of ${replayable} replayable interactions (${count('context')} context calls applied to the tenant)`,
      ...[...skips].map(([reason, n]) => `  skipped ${n}: ${reason}`),
      ...lines.slice(0, 40).map((line) => `  ${line}`),
    ].join('\n'));

    expect(lines.filter((line) => line.includes(': extra key ')), 'keys Auth0 did not send').toEqual([]);
    expect(lines, 'deviations from the recorded answers').toEqual([]);
    expect(count('passed')).toBeGreaterThanOrEqual(780);
    // The fixture is fixed: these are its exact numbers.
    expect({ passed: count('passed'), skipped: count('skipped'), context: count('context') }).toEqual({ passed: 781, skipped: 1, context: 40 });
  });
});

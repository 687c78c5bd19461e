// Diagnostic for target 4: loadDesired() on invitee folders of other shapes than the benchmark's, at 1,000,
// 10,000 and 100,000 invitees in 100 files, several runs each (median). Target 4 itself is measured by
// `npm run bench` (bench/targets/local-work.ts, a fresh process per run); this shows what the shape costs.
// Usage: npx tsx bench/load-shapes.ts [--shape lean|rich|flow] [--runs 5]
//   lean: the benchmark's invitees (bench/workspace.ts)   rich: plus user_metadata and app_metadata on everyone
//   flow: rich, with the metadata in flow style (`{ … }`), the YAML parser's general path
import { loadDesired } from '../reconciler/desired/load-invitees';
import { teamFiles, type InviteeSpec } from '../test/support/invitees';
import { median } from './statistics';
import { benchPeople, createBenchWorkspace } from './workspace';

const SHAPES = ['lean', 'rich', 'flow'] as const;
type Shape = (typeof SHAPES)[number];

function argument(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : (process.argv[at + 1] ?? fallback);
}

const enrich = (invitee: InviteeSpec): InviteeSpec => ({ ...invitee, user_metadata: { locale: 'en-GB', seat: 1 }, app_metadata: { role: 'member' } });

const shape = argument('shape', 'lean') as Shape;
if (!SHAPES.includes(shape)) throw new Error(`--shape must be one of ${SHAPES.join(', ')}`);
const runs = Number(argument('runs', '5'));
const files = 100;
const workspace = await createBenchWorkspace('bench-shapes-');
try {
  console.log(`loadDesired, shape ${shape}, ${runs} runs each (median), Node ${process.version}`);
  console.log('| invitees | files | MB | median s | min s | heap used MB | rss MB |');
  console.log('|---:|---:|---:|---:|---:|---:|---:|');
  for (const total of [1_000, 10_000, 100_000]) {
    const people = shape === 'lean' ? benchPeople(total) : benchPeople(total).map(enrich);
    const bytes = await workspace.writeInviteeFiles(teamFiles(people, files, { flow: shape === 'flow' }));
    const times: number[] = [];
    let heap = 0;
    for (let run = 0; run < runs; run++) {
      const started = performance.now();
      const result = await loadDesired(workspace.invitees, { maxRecordBytes: 500_000 });
      times.push((performance.now() - started) / 1000);
      if (result.errors.length > 0 || result.desired.invitees.length !== total) {
        throw new Error(`unexpected result: ${result.errors.length} errors, ${result.desired.invitees.length} invitees`);
      }
      heap = Math.max(heap, process.memoryUsage().heapUsed);
    }
    const cells = [total, files, (bytes / 1e6).toFixed(1), median(times).toFixed(3), Math.min(...times).toFixed(3), (heap / 1e6).toFixed(0), (process.memoryUsage().rss / 1e6).toFixed(0)];
    console.log(`| ${cells.join(' | ')} |`);
  }
} finally {
  await workspace.remove();
}

// Measures loadDesired on generated invitee folders (issue 5, target 4: 100,000 invitees in 100 files within 3 s).
// Not a test: timing belongs in a benchmark. Run: npx tsx test/desired/bench-load.ts [--shape lean|rich|yaml] [--runs 5]
//   lean: email + name (+ given/family names every other person)   rich: plus user_metadata and app_metadata
//   yaml: rich, written in flow style so that every file takes the `yaml` package path (the slow path)
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDesired } from '../../reconciler/desired/load-invitees';

type Shape = 'lean' | 'rich' | 'yaml';

function argument(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : (process.argv[at + 1] ?? fallback);
}

function inviteeYaml(shape: Shape, file: number, person: number): string {
  const id = `${file}-${person}`;
  const lines = [`  - email: Person.${id}+team@example-${file}.com`, `    name: Person Number ${id}`];
  if (person % 2 === 0) lines.push('    given_name: Person', `    family_name: Number ${id}`);
  if (shape === 'rich') lines.push('    user_metadata:', '      locale: en-GB', '    app_metadata:', `      role: member`);
  if (shape === 'yaml') lines.push(`    user_metadata: { locale: en-GB, seat: ${person} }`);
  return lines.join('\n');
}

async function generate(folder: string, shape: Shape, files: number, perFile: number): Promise<number> {
  await mkdir(folder, { recursive: true });
  let bytes = 0;
  for (let file = 0; file < files; file++) {
    const body = ['defaults:', '  app_metadata:', `    team: team-${file}`, 'invitees:'];
    for (let person = 0; person < perFile; person++) body.push(inviteeYaml(shape, file, person));
    const text = `${body.join('\n')}\n`;
    bytes += Buffer.byteLength(text);
    await writeFile(join(folder, `team-${String(file).padStart(3, '0')}.yaml`), text);
  }
  return bytes;
}

const shape = argument('shape', 'lean') as Shape;
const runs = Number(argument('runs', '5'));
const sizes = [1_000, 10_000, 100_000];
const root = await mkdtemp(join(tmpdir(), 'bench-load-'));
try {
  console.log(`loadDesired, shape ${shape}, ${runs} runs each (median), Node ${process.version}`);
  console.log('| invitees | files | MB | median s | min s | heap used MB | rss MB |');
  console.log('|---:|---:|---:|---:|---:|---:|---:|');
  for (const total of sizes) {
    const folder = join(root, String(total));
    const files = 100;
    const bytes = await generate(folder, shape, files, total / files);
    const times: number[] = [];
    let heap = 0;
    for (let run = 0; run < runs; run++) {
      const started = performance.now();
      const result = await loadDesired(folder, { maxRecordBytes: 500_000 });
      times.push((performance.now() - started) / 1000);
      if (result.errors.length > 0 || result.desired.invitees.length !== total) {
        throw new Error(`unexpected result: ${result.errors.length} errors, ${result.desired.invitees.length} invitees`);
      }
      heap = Math.max(heap, process.memoryUsage().heapUsed);
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)] ?? 0;
    console.log(
      `| ${total} | ${files} | ${(bytes / 1e6).toFixed(1)} | ${median.toFixed(3)} | ${(times[0] ?? 0).toFixed(3)} | ${(heap / 1e6).toFixed(0)} | ${(process.memoryUsage().rss / 1e6).toFixed(0)} |`,
    );
  }
} finally {
  if (process.env.KEEP_BENCH_DIR === undefined) await rm(root, { recursive: true, force: true });
  else console.log(`kept ${root}`);
}

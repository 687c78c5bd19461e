// How fast the machine is right now, to read the timed rows by: a fixed workload of the kind the loader and the
// planner do (many small objects kept alive, strings, a sort), in a fresh child process. On a shared host the
// same code ran 1.6 times slower in some minutes than in others, with the load average unchanged.
import { execFileSync } from 'node:child_process';

const WORKLOAD = `
const started = performance.now();
const people = [];
for (let i = 0; i < 400000; i++) people.push({ email: 'person-' + i + '@example.com', profile: { name: 'Person ' + i }, n: i });
people.sort((a, b) => (a.email < b.email ? -1 : a.email > b.email ? 1 : 0));
let sum = 0;
for (const p of people) sum += JSON.stringify(p).length;
process.stdout.write(String(performance.now() - started));
`;

/** Milliseconds of the fixed workload: the median of three runs. */
export function machineSpeedMs(): number {
  const runs = [0, 1, 2].map(() => Number(execFileSync(process.execPath, ['-e', WORKLOAD], { encoding: 'utf8' })));
  return runs.sort((a, b) => a - b)[1] ?? Number.NaN;
}

// Diagnostic for target 3: where a rate-limited run loses time. Invites N people with the emulator at
// BURST/PER_SECOND and the reconciler told the same limit at SHARE, then prints every pause over 40 ms between
// two requests the emulator received, the requests per second of the run, the status counts and the retries.
// Usage: npx tsx bench/rate-gaps.ts [PER_SECOND=200] [SHARE=1] [N=2000] [BURST=50]
import { spawnEmulator } from './emulator-handle';
import { assertSucceeded, reconcile } from './reconcile';
import { BARE } from '../test/support/tenant';
import { createBenchWorkspace, writeBenchInvitees } from './workspace';

const [perSecond = 200, share = 1, n = 2000, burst = 50] = process.argv.slice(2).map(Number);
const workspace = await createBenchWorkspace('bench-gaps-');
await writeBenchInvitees(workspace, n, Math.max(1, Math.round(n / 100)));
const emulator = await spawnEmulator({ ...BARE, rateLimit: `${burst}/${perSecond}` });
try {
  const outcome = await reconcile({
    workspace,
    target: { url: emulator.url, clientId: emulator.clientId, clientSecret: emulator.clientSecret },
    rateLimit: { share, perSecond, burst },
  });
  assertSucceeded(outcome, 'rate-gaps run');
  const log = await emulator.log();
  const at = (ms: number): string => `${((ms - outcome.startedAt) / 1000).toFixed(3)} s`;
  for (let i = 1; i < log.length; i++) {
    const gap = log[i]!.at - log[i - 1]!.at;
    if (gap > 40) console.log(`${at(log[i - 1]!.at)}  pause ${Math.round(gap)} ms after ${log[i - 1]!.route}`);
  }
  const perSecondCounts: number[] = [];
  for (const entry of log) {
    const second = Math.floor((entry.at - outcome.startedAt) / 1000);
    perSecondCounts[second] = (perSecondCounts[second] ?? 0) + 1;
  }
  console.log(`wall ${(outcome.wallMs / 1000).toFixed(2)} s; requests per second: ${Array.from(perSecondCounts, (c) => c ?? 0).join(' ')}`);
  console.log('statuses', (await emulator.stats()).statuses);
  for (const line of outcome.stderr.split('\n').filter((l) => l.startsWith('retrying'))) console.log(line);
} finally {
  await emulator.stop();
  await workspace.remove();
}

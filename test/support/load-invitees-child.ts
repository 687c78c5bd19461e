// Loads an invitees folder in a child process (so the test can start it under `ulimit -n`) and prints what came
// of it as one JSON line: invitees, errors and the first error.
import { formatInputError } from '../../reconciler/desired/errors';
import { loadDesired } from '../../reconciler/desired/load-invitees';

const folder = process.argv[2];
if (folder === undefined) throw new Error('usage: load-invitees-child.ts <invitees folder>');
const result = await loadDesired(folder, { maxRecordBytes: 500_000 });
const first = result.errors[0];
process.stdout.write(`${JSON.stringify({ invitees: result.desired.invitees.length, errors: result.errors.length, first: first && formatInputError(first) })}\n`);

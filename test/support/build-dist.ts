// Before any test: the command-line programs compiled from the current sources, so that no test spawning bin/
// runs a stale build.
import { build } from '../../scripts/build';

export default async function setup(): Promise<void> {
  await build();
}

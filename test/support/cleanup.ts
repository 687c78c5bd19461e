// What a test starts (tenants, workspaces, SMTP servers) is stopped after it, whether it passed or not.
import { afterEach } from 'vitest';

type Disposable = { stop(): Promise<void> } | { remove(): Promise<void> };

/** Registers an afterEach that ends everything passed to the returned function during the test, last first. */
export function cleanUpAfterEach(): <T extends Disposable>(thing: T) => T {
  let things: Disposable[] = [];
  afterEach(async () => {
    const ending = things.reverse();
    things = [];
    for (const thing of ending) await ('stop' in thing ? thing.stop() : thing.remove());
  });
  return (thing) => {
    things.push(thing);
    return thing;
  };
}

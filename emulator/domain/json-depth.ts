// Nesting depth of JSON values, measured without recursion (a 200,000-level array must not overflow the stack),
// and pruning of over-deep values so that anything the emulator echoes or persists can be serialized.

/** Metadata may nest at most this many levels (`{"a":{"b":1}}` is 2). Auth0's own limit is not published. */
export const MAX_METADATA_DEPTH = 10;

/** Depth of a value: 0 for a scalar, 1 for `{}`/`[]` of scalars, and so on. Stops counting past `limit`. */
export function jsonDepth(value: unknown, limit = Number.POSITIVE_INFINITY): number {
  if (typeof value !== 'object' || value === null) return 0;
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop() as [unknown, number];
    if (depth > deepest) deepest = depth;
    if (deepest > limit) return deepest;
    const children = Array.isArray(current) ? current : Object.values(current as object);
    for (const child of children) if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
  }
  return deepest;
}

export function exceedsDepth(value: unknown, maxDepth: number): boolean {
  return jsonDepth(value, maxDepth) > maxDepth;
}

export const PRUNED = '[nested too deeply]';

/** A copy of `value` in which containers deeper than `maxDepth` are replaced by a marker string. */
export function pruneDepth(value: unknown, maxDepth: number): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (maxDepth <= 0) return PRUNED;
  if (Array.isArray(value)) return value.map((item) => pruneDepth(item, maxDepth - 1));
  const copy: Record<string, unknown> = {};
  // defineProperty: a `__proto__` key from JSON.parse stays a plain own property.
  for (const [key, item] of Object.entries(value)) {
    Object.defineProperty(copy, key, { value: pruneDepth(item, maxDepth - 1), enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

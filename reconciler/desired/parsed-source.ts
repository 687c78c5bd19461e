// A parsed YAML file: its plain value plus a way back from a path in that value to an offset in the text.
// Two parsers produce it (the fast subset parser and the `yaml` package); validation only sees this interface.

export type PathSegment = string | number;

export interface ParsedSource {
  /** The document as plain data (mappings as objects, sequences as arrays). */
  value: unknown;
  /**
   * Offset of the node at `path`: its value, or with `part: 'key'` the key naming it in its mapping.
   * Undefined when the path does not exist in the text (e.g. a missing property).
   */
  offsetOf(path: readonly PathSegment[], part: 'value' | 'key'): number | undefined;
}

/** The offset of `path` or, when it does not exist, of its nearest ancestor that does. */
export function nearestOffset(source: ParsedSource, path: readonly PathSegment[], part: 'value' | 'key'): number {
  for (let length = path.length; length >= 0; length--) {
    const offset = source.offsetOf(path.slice(0, length), length === path.length ? part : 'value');
    if (offset !== undefined) return offset;
  }
  return 0;
}

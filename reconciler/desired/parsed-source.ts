// A parsed YAML file: its plain value plus a way back from a path in that value to an offset in the text.
// parse-yaml.ts produces it; validation only sees this interface.

export type PathSegment = string | number;

export interface ParsedSource {
  /** The document as plain data (mappings as objects, sequences as arrays). */
  value: unknown;
  /**
   * Offset of the node at `path`: its value, or with `part: 'key'` the key naming it in its mapping.
   * Undefined when the path does not exist in the text (e.g. a missing property).
   */
  offsetOf(path: readonly PathSegment[], part: 'value' | 'key'): number | undefined;
  /**
   * Plain (unquoted, untagged) scalars that YAML reads as a number whose canonical form differs from what is
   * written (`01234`, `+49151`, `1.10`, `0x1F`, `1e3`, `.inf`): the value would not be what the file shows.
   * Absent when there are none.
   */
  alteredNumbers?: readonly AlteredNumber[];
}

export interface AlteredNumber {
  /** Path of the value; with `part: 'key'`, of the value whose key is the number. */
  path: PathSegment[];
  part: 'value' | 'key';
  offset: number;
  /** As written. */
  source: string;
  value: number;
}

/** The text a number becomes in JSON (what reaches the tenant); `null` for infinities and NaN. */
export function jsonNumber(value: number): string {
  return JSON.stringify(value);
}

/** The offset of `path` or, when it does not exist, of its nearest ancestor that does. */
export function nearestOffset(source: ParsedSource, path: readonly PathSegment[], part: 'value' | 'key'): number {
  for (let length = path.length; length >= 0; length--) {
    const offset = source.offsetOf(path.slice(0, length), length === path.length ? part : 'value');
    if (offset !== undefined) return offset;
  }
  return 0;
}

// Where each value of a parsed YAML document was written, as the recorder (yaml-recorder.ts) found it: the way
// back from a path in the value to an offset in the text, and the numbers not written as their JSON form.
import type { AlteredNumber, PathSegment } from './parsed-source';

// Each collection is a record in `records`: a header [kind, start, entry count, index of its first key in
// `keys`], then per entry of a mapping [key offset, value offset, value's record] and per item of a sequence
// [offset, item's record]; a scalar has no record (-1). Flat numbers: an object per collection made loading
// twice as slow. Keys are kept as js-yaml stores them (as text).
export const MAPPING = 1;
export const SEQUENCE = 2;
export const HEADER = 4;
/** Entry count of a sequence whose items could not be placed. */
export const UNKNOWN = -1;

export interface WrittenNumber {
  source: string;
  value: number;
}

export class YamlPlaces {
  /** About one number per four characters: what the densest shapes (flow mappings, short keys) need. */
  records: Int32Array<ArrayBuffer>;
  readonly keys: string[] = [];
  /** Plain numbers whose JSON form is not what is written, by offset. */
  readonly numbers = new Map<number, WrittenNumber>();
  /** Where the first document's content starts, and its record. */
  root: { start: number; record: number } | undefined;
  private used = 0;

  constructor(textLength: number) {
    this.records = new Int32Array(Math.max(16, textLength >> 2));
  }

  /** A record of `kind` with room for `entries` entries; its header says none yet (see `finish`). */
  add(kind: number, start: number, entries: number): number {
    const record = this.used;
    const size = HEADER + (kind === MAPPING ? 3 : 2) * entries;
    while (record + size > this.records.length) this.records = grow(this.records);
    this.used += size;
    this.records[record] = kind;
    this.records[record + 1] = start;
    this.records[record + 2] = 0;
    this.records[record + 3] = this.keys.length;
    return record;
  }

  /** The record written last holds `entries` entries (or UNKNOWN). */
  finish(record: number, entries: number): void {
    this.records[record + 2] = entries;
    this.used = record + HEADER + Math.max(0, entries) * (this.records[record] === MAPPING ? 3 : 2);
  }

  /** Offset of the value at `path` in the first document (with `part: 'key'`, of its key). */
  offsetOf(path: readonly PathSegment[], part: 'value' | 'key'): number | undefined {
    const { records } = this;
    let record = this.root?.record ?? -1;
    let offset = this.root?.start;
    for (let index = 0; index < path.length && offset !== undefined; index++) {
      const segment = path[index];
      if (record === -1 || segment === undefined) return undefined;
      const count = records[record + 2] ?? 0;
      let entry: number;
      if (records[record] === SEQUENCE) {
        if (typeof segment !== 'number' || segment >= count) return undefined;
        entry = record + HEADER + 2 * segment;
        offset = records[entry];
        record = records[entry + 1] ?? -1;
      } else {
        const firstKey = records[record + 3] ?? 0;
        const key = String(segment);
        let at = 0;
        while (at < count && this.keys[firstKey + at] !== key) at++;
        if (at === count) return undefined;
        entry = record + HEADER + 3 * at;
        offset = records[entry + (index === path.length - 1 && part === 'key' ? 0 : 1)];
        record = records[entry + 2] ?? -1;
      }
    }
    return offset;
  }

  /** Each number not written as its JSON form, where it is written: a block shared through aliases once. */
  alteredNumbers(): AlteredNumber[] {
    const found: AlteredNumber[] = [];
    if (this.numbers.size === 0) return found;
    const { records } = this;
    const seen = new Set<number>();
    const check = (offset: number | undefined, path: PathSegment[], part: 'key' | 'value'): void => {
      const written = offset === undefined ? undefined : this.numbers.get(offset);
      if (written !== undefined) found.push({ path, part, offset: offset as number, ...written });
    };
    const visit = (record: number, path: PathSegment[]): void => {
      if (record === -1 || seen.has(record)) return;
      seen.add(record);
      const count = records[record + 2] ?? 0;
      const mapping = records[record] === MAPPING;
      for (let at = 0; at < count; at++) {
        const entry = record + HEADER + (mapping ? 3 : 2) * at;
        const child = [...path, mapping ? (this.keys[(records[record + 3] ?? 0) + at] ?? '') : at];
        if (mapping) check(records[entry], child, 'key');
        check(records[entry + (mapping ? 1 : 0)], child, 'value');
        visit(records[entry + (mapping ? 2 : 1)] ?? -1, child);
      }
    };
    visit(this.root?.record ?? -1, []);
    return found;
  }
}

export function grow(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

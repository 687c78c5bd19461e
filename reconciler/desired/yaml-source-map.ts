// Where each value of a YAML text was written. js-yaml builds plain values in one fast pass and, through its
// `listener` option, reports every node as it opens and closes; this recorder keeps, per mapping and sequence,
// where its keys and values start (where the `yaml` package places them: after anchors and tags, an empty value
// at its comment or the end of its line), and notes on the way what the loader must refuse: explicit tags, keys
// over 1,024 characters, numbers that are not what is written, and how far aliases expand.
// Length: one listener whose cases share their state. It runs for every node of up to 10 MB of YAML, so its
// state is flat typed arrays: an object or array per collection (and a map to find it) made loading twice as slow.
import type { State } from 'js-yaml';
import type { AlteredNumber, PathSegment } from './parsed-source';
import { isHarmlessTag } from './yaml-schema';

/** What js-yaml's state holds when a node closes, beyond what @types/js-yaml declares. */
interface NodeState extends State {
  tag: string | null;
  anchor: string | null;
}

// Each collection is a record in `records`: a header [kind, start, entry count, index of its first key in
// `keys`], then per entry of a mapping [key offset, value offset, value's record] and per item of a sequence
// [offset, item's record]; a scalar has no record (-1). Keys are kept as js-yaml stores them (as text).
const MAPPING = 1;
const SEQUENCE = 2;
const HEADER = 4;
/** Entry count of a sequence whose items could not be placed. */
const UNKNOWN = -1;

interface WrittenNumber {
  source: string;
  value: number;
}

/**
 * The recorders' working stacks, shared: a parse runs from start to end without yielding, and a recorder reads its
 * stacks only during its parse (and right after it, to describe a syntax error), so 10,000 files need no 10,000
 * sets of arrays.
 */
const spare = {
  opens: new Int32Array(64),
  starts: new Int32Array(64),
  ends: new Int32Array(64),
  sizes: new Float64Array(64),
  nodeRecords: new Int32Array(64),
  values: new Array<unknown>(64),
  frameOpens: new Int32Array(32),
  frameBases: new Int32Array(32),
};

/** YAML 1.2 allows at most 1,024 characters between the start of an implicit key and its ":". */
export const MAX_IMPLICIT_KEY_LENGTH = 1024;

export class SourceRecorder {
  /** Content start and record of each document's root, in order. */
  readonly roots: { open: number; start: number; record: number }[] = [];
  readonly tags: { offset: number; tag: string }[] = [];
  readonly longKeys: number[] = [];
  /** Empty list items after which js-yaml misreads the list (see blockItems). */
  readonly misreadEmptyItems: number[] = [];
  firstAlias: number | undefined;
  /** Nodes as written, and as they would be with every alias replaced by what it stands for. */
  written = 0;
  expanded = 0;
  /** The most nodes any one alias stands for. */
  largestAlias = 0;

  // About one number per four characters: what the densest shapes (flow mappings, short keys) need, so that a
  // 10 MB file is recorded without copying its records over and over while they grow.
  private records: Int32Array<ArrayBuffer>;
  private recordsEnd = 0;
  private readonly keys: string[] = [];
  /** Plain numbers whose JSON form is not what is written, by offset. */
  private readonly numbers = new Map<number, WrittenNumber>();
  /** Per anchor: how many nodes it stands for, and its record. */
  private readonly anchors = new Map<string, [number, number]>();

  // The closed children of the nodes still open, as a stack of columns: where js-yaml opened each, where its
  // content starts, where it ended, its value, its record, and how many nodes it stands for once aliases are
  // expanded. Then the open nodes: where js-yaml opened each and where its children begin on the stack.
  // The columns are the module's (see `spare`), reused by the next file.
  private top = 0;
  private opens = spare.opens;
  private starts = spare.starts;
  private ends = spare.ends;
  private sizes = spare.sizes;
  private nodeRecords = spare.nodeRecords;
  private values = spare.values;
  private depth = 0;
  private frameOpens = spare.frameOpens;
  private frameBases = spare.frameBases;
  /** Offset of the first explicit tag of the node whose start was found last, or -1. */
  private tagAt = -1;

  /** `shift`: characters js-yaml dropped before its offsets (a byte-order mark). */
  constructor(
    private readonly text: string,
    private readonly shift: number,
  ) {
    this.records = new Int32Array(Math.max(16, text.length >> 2));
  }

  readonly listener = (event: 'open' | 'close', state: State): void => {
    if (event === 'close') {
      this.close(state as NodeState);
      return;
    }
    if (this.depth === this.frameOpens.length) {
      this.frameOpens = spare.frameOpens = grow(this.frameOpens);
      this.frameBases = spare.frameBases = grow(this.frameBases);
    }
    this.frameOpens[this.depth] = state.position + this.shift;
    this.frameBases[this.depth++] = this.top;
  };

  /** Offset of the value at `path` in the first document (with `part: 'key'`, of its key). */
  offsetOf(path: readonly PathSegment[], part: 'value' | 'key'): number | undefined {
    const { records } = this;
    let record = this.roots[0]?.record ?? -1;
    let offset = this.roots[0]?.start;
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
    visit(this.roots[0]?.record ?? -1, []);
    return found;
  }

  /** Content starts of the nodes still open (innermost last): where an unfinished quote or bracket began. */
  openStarts(): number[] {
    return Array.from(this.frameOpens.subarray(0, this.depth), (open) => this.contentStart(open));
  }

  /** The node closed last, outside any open one: [start, end]. */
  lastClosed(): [number, number] | undefined {
    return this.top === 0 ? undefined : [this.starts[this.top - 1] ?? 0, this.ends[this.top - 1] ?? 0];
  }

  private close(state: NodeState): void {
    const base = this.frameBases[--this.depth] ?? 0;
    const open = this.frameOpens[this.depth] ?? 0;
    const { text } = this;
    const value: unknown = state.result;
    const end = state.position + this.shift;
    let start = this.contentStart(open);
    const tagAt = this.tagAt;
    // js-yaml reads a node's first key before it knows the node is no mapping; then the key is the node.
    if (this.top - base === 1 && this.starts[base] === start && this.values[base] === value) {
      this.opens[base] = open;
      this.closeRoot(open, start);
      return;
    }
    let size = 1;
    let record = -1;
    const kind = state.kind as string | null;
    if (kind === 'mapping' || kind === 'sequence') {
      for (let at = base; at < this.top; at++) size += this.sizes[at] ?? 0;
      record = kind === 'mapping' ? this.mapping(base, start) : this.sequence((value as unknown[]).length, base, start, end);
    } else if (text.charCodeAt(start) === 0x2a /* * */) {
      [size, record] = this.alias(start);
    } else if (start >= end) {
      // Nothing written: the `yaml` package places the empty value after its anchor or tag, at the comment, the
      // comma or the end of the line.
      start = this.emptyValueOffset(open);
    } else if (typeof value === 'number' && tagAt === -1) {
      this.checkNumber(start, value);
    }
    if (tagAt !== -1 && state.tag !== null && !isHarmlessTag(state.tag, kind)) this.tags.push({ offset: tagAt, tag: state.tag });
    if (state.anchor !== null) this.anchors.set(state.anchor, [size, record]);
    this.written++;
    this.top = base;
    this.push(open, start, end, value, size, record);
    this.closeRoot(open, start);
  }

  private push(open: number, start: number, end: number, value: unknown, size: number, record: number): void {
    if (this.top === this.opens.length) {
      this.opens = spare.opens = grow(this.opens);
      this.starts = spare.starts = grow(this.starts);
      this.ends = spare.ends = grow(this.ends);
      this.nodeRecords = spare.nodeRecords = grow(this.nodeRecords);
      const sizes = new Float64Array(this.sizes.length * 2);
      sizes.set(this.sizes);
      this.sizes = spare.sizes = sizes;
      this.values.length = this.opens.length;
    }
    const at = this.top++;
    this.opens[at] = open;
    this.starts[at] = start;
    this.ends[at] = end;
    this.values[at] = value;
    this.sizes[at] = size;
    this.nodeRecords[at] = record;
  }

  /** A document's root closed: remember where it starts and how far it expands, and start afresh. */
  private closeRoot(open: number, start: number): void {
    if (this.depth > 0) return;
    this.roots.push({ open, start, record: this.nodeRecords[this.top - 1] ?? -1 });
    this.expanded += this.sizes[this.top - 1] ?? 0;
    this.values.fill(undefined, 0, this.top);
    this.top = 0;
    this.anchors.clear();
  }

  /**
   * Keys and values alternate among the children, except where a key has no value (`? key` alone, `{ key }`):
   * a key is followed by its value exactly when a ":" comes next after it. Without a value the key is the place
   * to point at (as the `yaml` package does).
   */
  private mapping(base: number, start: number): number {
    const { text, top } = this;
    const record = this.reserve(HEADER + 3 * (top - base));
    const { records } = this;
    const firstKey = this.keys.length;
    const block = text.charCodeAt(start) !== 0x7b; /* { */
    let entry = record + HEADER;
    for (let at = base; at < top; entry += 3) {
      const keyStart = this.starts[at] ?? 0;
      const colon = skipSeparation(text, this.ends[at] ?? 0);
      const paired = at + 1 < top && text.charCodeAt(colon) === 0x3a;
      const key = this.values[at];
      this.keys.push(typeof key === 'object' && key !== null && !Array.isArray(key) ? '[object Object]' : String(key));
      records[entry] = keyStart;
      records[entry + 1] = paired ? (this.starts[at + 1] ?? 0) : keyStart;
      records[entry + 2] = paired ? (this.nodeRecords[at + 1] ?? -1) : -1;
      const keyOpen = this.opens[at] ?? 0;
      // `? key` is explicit and may be longer.
      if (block && paired && colon - keyOpen > MAX_IMPLICIT_KEY_LENGTH && text.charCodeAt(keyOpen - 1) !== 0x3f /* ? */) this.longKeys.push(keyStart);
      at += paired ? 2 : 1;
    }
    this.header(record, MAPPING, start, this.keys.length - firstKey, firstKey);
    this.recordsEnd = entry;
    return record;
  }

  private sequence(length: number, base: number, start: number, end: number): number {
    const count = this.top - base;
    if (count !== length && this.text.charCodeAt(start) !== 0x2d /* - */) {
      const record = this.reserve(HEADER);
      this.header(record, SEQUENCE, start, UNKNOWN, 0);
      return record;
    }
    const items = count === length ? undefined : this.blockItems(base, start, end);
    const record = this.reserve(HEADER + 2 * length);
    const { records } = this;
    this.header(record, SEQUENCE, start, length, 0);
    for (let item = 0, entry = record + HEADER; item < length; item++, entry += 2) {
      const at = items === undefined ? base + item : (items[item] ?? -1);
      records[entry] = at >= 0 ? (this.starts[at] ?? 0) : -2 - at;
      records[entry + 1] = at >= 0 ? (this.nodeRecords[at] ?? -1) : -1;
    }
    return record;
  }

  private header(record: number, kind: number, start: number, count: number, firstKey: number): void {
    this.records[record] = kind;
    this.records[record + 1] = start;
    this.records[record + 2] = count;
    this.records[record + 3] = firstKey;
  }

  /** Room for `size` more numbers in `records`; returns where they start. */
  private reserve(size: number): number {
    const at = this.recordsEnd;
    while (this.recordsEnd + size > this.records.length) this.records = grow(this.records);
    this.recordsEnd += size;
    return at;
  }

  /**
   * js-yaml reports no node for an empty item (`-` alone on its line): between the items it did report there is
   * only white space, comments and "-" indicators, so each "-" not followed by a reported item is an empty one.
   * Returns per item the stack index of its node, or for an empty one -2 - its offset.
   * After an empty item js-yaml also takes a less indented "-" for an item of the same list (`- -` then `- x`
   * reads as one list): an indicator out of line with the first one means the value is not what YAML says.
   */
  private blockItems(base: number, start: number, end: number): number[] {
    const { text } = this;
    const column = start - (text.lastIndexOf('\n', start - 1) + 1);
    const items: number[] = [];
    let firstEmpty: number | undefined;
    let misaligned = false;
    let from = start;
    const scan = (to: number, itemFollows: boolean): void => {
      const dashes = indicatorsBetween(text, from, to);
      for (const dash of dashes) misaligned ||= dash - (text.lastIndexOf('\n', dash - 1) + 1) !== column;
      if (itemFollows) dashes.pop();
      for (const dash of dashes) {
        firstEmpty ??= dash;
        items.push(-2 - skipSpaces(text, dash + 1));
      }
    };
    for (let at = base; at < this.top; at++) {
      scan(this.starts[at] ?? 0, true);
      items.push(at);
      from = this.ends[at] ?? 0;
    }
    scan(end, false);
    if (misaligned && firstEmpty !== undefined) this.misreadEmptyItems.push(firstEmpty);
    return items;
  }

  /** How many nodes the alias at `start` stands for, and the record of what it stands for. */
  private alias(start: number): [number, number] {
    const [size, record] = this.anchors.get(this.text.slice(start + 1, propertyEnd(this.text, start))) ?? [1, -1];
    this.firstAlias ??= start;
    if (size > this.largestAlias) this.largestAlias = size;
    return [size, record];
  }

  private checkNumber(start: number, value: number): void {
    const { text } = this;
    let end = start;
    while (end < text.length && isNumberCharacter(text.charCodeAt(end))) end++;
    const source = text.slice(start, end);
    // String() and JSON agree on every finite number; for the others (`.inf`, `.nan`) neither is what is written.
    if (String(value) !== source) this.numbers.set(start, { source, value });
  }

  /** Past spaces, then past anchors and tags on the same line. */
  private emptyValueOffset(open: number): number {
    const { text } = this;
    let at = skipSpaces(text, open);
    while (text.charCodeAt(at) === 0x26 || text.charCodeAt(at) === 0x21) at = skipSpaces(text, propertyEnd(text, at));
    return at;
  }

  /** Past white space, comments and line breaks, then past anchors and tags (noting the first tag). */
  private contentStart(open: number): number {
    const { text } = this;
    let at = skipSeparation(text, open);
    this.tagAt = -1;
    for (let first = text.charCodeAt(at); first === 0x26 /* & */ || first === 0x21 /* ! */; first = text.charCodeAt(at)) {
      if (first === 0x21 && this.tagAt === -1) this.tagAt = at;
      at = skipSeparation(text, propertyEnd(text, at));
    }
    return at;
  }
}

function grow(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

function isSpaceOrBreak(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

function isFlowIndicator(code: number): boolean {
  return code === 0x2c || code === 0x5b || code === 0x5d || code === 0x7b || code === 0x7d; // , [ ] { }
}

/** Characters a core-schema number is written with (`-1.5e+3`, `0x1F`, `0o17`, `.inf`). */
function isNumberCharacter(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x2b || code === 0x2d || code === 0x2e;
}

/** The end of the anchor or alias (`&name`, `*name`: up to white space or a flow indicator) or tag (`!name`: up to white space) at `at`. */
function propertyEnd(text: string, at: number): number {
  const tag = text.charCodeAt(at) === 0x21;
  let end = at + 1;
  while (end < text.length && !isSpaceOrBreak(text.charCodeAt(end)) && (tag || !isFlowIndicator(text.charCodeAt(end)))) end++;
  return end;
}

/** Past spaces and tabs on the same line. */
function skipSpaces(text: string, from: number): number {
  let at = from;
  while (text.charCodeAt(at) === 0x20 || text.charCodeAt(at) === 0x09) at++;
  return at;
}

/** Past spaces, tabs, line breaks and comments. */
function skipSeparation(text: string, from: number): number {
  let at = from;
  for (;;) {
    const code = text.charCodeAt(at);
    if (code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d) at++;
    else if (code === 0x23 /* # */) {
      while (at < text.length && text.charCodeAt(at) !== 0x0a && text.charCodeAt(at) !== 0x0d) at++;
    } else return at;
  }
}

/** Offsets of the block sequence indicators ("-" followed by white space) between `from` and `to`. */
function indicatorsBetween(text: string, from: number, to: number): number[] {
  const dashes: number[] = [];
  for (let at = skipSeparation(text, from); at < to; at = skipSeparation(text, at + 1)) {
    if (text.charCodeAt(at) === 0x2d && (at + 1 >= text.length || isSpaceOrBreak(text.charCodeAt(at + 1)))) dashes.push(at);
    else break;
  }
  return dashes;
}

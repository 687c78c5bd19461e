// Where each value of a YAML text was written. js-yaml builds plain values in one fast pass and, through its
// `listener` option, reports every node as it opens and closes; this recorder finds, per mapping and sequence,
// where its keys and values start (where the `yaml` package places them: after anchors and tags, an empty value
// at its comment or the end of its line) and writes that into YamlPlaces, and notes on the way what the loader
// must refuse: explicit tags, keys over 1,024 characters, numbers that are not what is written, and how far
// aliases expand. Its working state is flat typed arrays, since it runs for every node of up to 10 MB of YAML.
import type { State } from 'js-yaml';
import { grow, HEADER, MAPPING, SEQUENCE, UNKNOWN, YamlPlaces } from './yaml-places';
import { isHarmlessTag } from './yaml-schema';
import { indicatorsBetween, isNumberCharacter, propertyEnd, skipSeparation, skipSpaces } from './yaml-scan';

/** What js-yaml's state holds when a node closes, beyond what @types/js-yaml declares. */
interface NodeState extends State {
  tag: string | null;
  anchor: string | null;
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
  /** Where each document's root was opened and where its content starts, in order. */
  readonly roots: { open: number; start: number }[] = [];
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

  readonly places: YamlPlaces;
  /** Per anchor: how many nodes it stands for, and its record. */
  private readonly anchors = new Map<string, [number, number]>();

  // The closed children of the nodes still open, as a stack of columns: where js-yaml opened each, where its
  // content starts, where it ended, its value, its record, and how many nodes it stands for once aliases are
  // expanded. Then the open nodes: where js-yaml opened each and where its children begin on the stack.
  // The columns are the module's (see `spare`), reused by the next file.
  private top = 0;
  /** The highest the stack has been, since values above `top` still hold nodes until cleared. */
  private highest = 0;
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
    this.places = new YamlPlaces(text.length);
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
    if (this.top > this.highest) this.highest = this.top;
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
    this.roots.push({ open, start });
    this.places.root ??= { start, record: this.nodeRecords[this.top - 1] ?? -1 };
    this.expanded += this.sizes[this.top - 1] ?? 0;
    // The stacks outlive this file: they must not keep its values alive.
    this.values.fill(undefined, 0, this.highest);
    this.highest = 0;
    this.top = 0;
    this.anchors.clear();
  }

  /**
   * Keys and values alternate among the children, except where a key has no value (`? key` alone, `{ key }`):
   * a key is followed by its value exactly when a ":" comes next after it. Without a value the key is the place
   * to point at (as the `yaml` package does).
   */
  private mapping(base: number, start: number): number {
    const { text, top, places } = this;
    const record = places.add(MAPPING, start, top - base);
    const block = text.charCodeAt(start) !== 0x7b; /* { */
    let entries = 0;
    for (let at = base; at < top; entries++) {
      const keyStart = this.starts[at] ?? 0;
      const colon = skipSeparation(text, this.ends[at] ?? 0);
      const paired = at + 1 < top && text.charCodeAt(colon) === 0x3a;
      const key = this.values[at];
      places.keys.push(typeof key === 'object' && key !== null && !Array.isArray(key) ? '[object Object]' : String(key));
      const entry = record + HEADER + 3 * entries;
      places.records[entry] = keyStart;
      places.records[entry + 1] = paired ? (this.starts[at + 1] ?? 0) : keyStart;
      places.records[entry + 2] = paired ? (this.nodeRecords[at + 1] ?? -1) : -1;
      const keyOpen = this.opens[at] ?? 0;
      // `? key` is explicit and may be longer.
      if (block && paired && colon - keyOpen > MAX_IMPLICIT_KEY_LENGTH && text.charCodeAt(keyOpen - 1) !== 0x3f /* ? */) this.longKeys.push(keyStart);
      at += paired ? 2 : 1;
    }
    places.finish(record, entries);
    return record;
  }

  private sequence(length: number, base: number, start: number, end: number): number {
    const { places } = this;
    const count = this.top - base;
    if (count !== length && this.text.charCodeAt(start) !== 0x2d /* - */) {
      const record = places.add(SEQUENCE, start, 0);
      places.finish(record, UNKNOWN);
      return record;
    }
    const items = count === length ? undefined : this.blockItems(base, start, end);
    const record = places.add(SEQUENCE, start, length);
    for (let item = 0, entry = record + HEADER; item < length; item++, entry += 2) {
      const at = items === undefined ? base + item : (items[item] ?? -1);
      places.records[entry] = at >= 0 ? (this.starts[at] ?? 0) : -2 - at;
      places.records[entry + 1] = at >= 0 ? (this.nodeRecords[at] ?? -1) : -1;
    }
    places.finish(record, length);
    return record;
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
    if (String(value) !== source) this.places.numbers.set(start, { source, value });
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


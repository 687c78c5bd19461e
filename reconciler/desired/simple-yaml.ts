// A fast parser for the plain block subset of YAML that invitee files are written in: block mappings and
// sequences, plain and single-line quoted text, comments. The `yaml` package parses about 2-3 MB/s, too slow for
// 100,000 invitees in 3 s; this parser handles the common shape at a fraction of the cost. It is deliberately
// narrow: on anything outside the subset (numbers, booleans, anchors, tags, flow collections, escapes, multi-line
// scalars, tabs, duplicate keys, keys over 1,024 characters, odd indentation, ...) it gives up and the caller parses with `yaml`, which also
// produces the error messages. So it never decides that a file is invalid, and where it answers, it answers as
// `yaml` would (checked by a differential property test).
import type { ParsedSource, PathSegment } from './parsed-source';

/** Returns undefined when the text is outside the subset. */
export function parseSimpleYaml(text: string): ParsedSource | undefined {
  if (UNSUPPORTED_CHARACTERS.test(text) || LONE_CARRIAGE_RETURN.test(text)) return undefined;
  const lines = significantLines(text);
  if (lines === undefined || lines.length === 0 || lines[0]?.indent !== 0) return undefined;
  const parser = new SubsetParser(lines);
  try {
    const value = parser.parseBlock(0);
    if (parser.position !== lines.length) return undefined;
    return sourceOf(value, parser.offsets);
  } catch (error) {
    if (error instanceof OutsideSubset) return undefined;
    throw error;
  }
}

// Tabs, control characters, non-ASCII line breaks and an inner byte-order mark all have YAML rules of their own.
const UNSUPPORTED_CHARACTERS = /[\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x85\u2028\u2029\ufeff]/;
const LONE_CARRIAGE_RETURN = /\r(?!\n)/;
/** A plain key: a word that the core schema resolves to a string. */
const KEY = /^([A-Za-z_][A-Za-z0-9_.-]*):(?= |$)/;
/** YAML 1.2 limits an implicit key to 1,024 characters (`yaml`: KEY_OVER_1024_CHARS); longer ones are its to report. */
const MAX_IMPLICIT_KEY_LENGTH = 1024;
/** Plain text starting with a letter: neither a number nor an indicator. */
const PLAIN_START = /^[A-Za-z_\u00c0-\uffff]/;
const PLAIN_STOPPERS = /: |:$|[{}[\]]/;
const NOT_TEXT = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);

class OutsideSubset extends Error {}

function giveUp(): never {
  throw new OutsideSubset();
}

interface Line {
  indent: number;
  /** Content after the indentation, without trailing spaces and carriage return. */
  content: string;
  /** Offset of the content's first character. */
  offset: number;
  /** Offset where the line ends, trailing spaces included (where `yaml` places an empty value). */
  end: number;
}

interface NodeOffsets {
  start: number;
  /** Per key of a mapping: [offset of the key, offset of the value]. */
  keys?: Map<string, [number, number]>;
  /** Per item of a sequence: offset of the item. */
  items?: number[];
}

function significantLines(text: string): Line[] | undefined {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    let indent = 0;
    while (text.charCodeAt(start + indent) === 32) indent++;
    let last = end;
    while (last > start + indent && (text.charCodeAt(last - 1) === 32 || text.charCodeAt(last - 1) === 13)) last--;
    const content = text.slice(start + indent, last);
    if (content !== '' && !content.startsWith('#')) {
      if (indent === 0 && (content.startsWith('%') || content.startsWith('---') || content.startsWith('...'))) return undefined;
      lines.push({ indent, content, offset: start + indent, end: text.charCodeAt(end - 1) === 13 ? end - 1 : end });
    }
    start = end + 1;
  }
  return lines;
}

class SubsetParser {
  position = 0;
  readonly offsets = new WeakMap<object, NodeOffsets>();

  constructor(private readonly lines: Line[]) {}

  parseBlock(indent: number): unknown {
    const line = this.lines[this.position];
    if (line === undefined) return giveUp();
    return isSequenceItem(line.content) ? this.parseSequence(indent) : this.parseMapping(indent);
  }

  private parseMapping(indent: number): Record<string, unknown> {
    const mapping: Record<string, unknown> = {};
    const keys = new Map<string, [number, number]>();
    this.offsets.set(mapping, { start: this.lines[this.position]?.offset ?? 0, keys });
    for (let line = this.lines[this.position]; line !== undefined && line.indent === indent; line = this.lines[this.position]) {
      const match = KEY.exec(line.content);
      const key = match?.[1];
      if (match === null || key === undefined || key.length > MAX_IMPLICIT_KEY_LENGTH || NOT_TEXT.has(key) || key === '__proto__' || keys.has(key)) {
        return giveUp();
      }
      let restStart = match[0].length;
      while (line.content.charCodeAt(restStart) === 32) restStart++;
      const rest = line.content.slice(restStart);
      const restOffset = line.offset + restStart;
      let value: unknown;
      let valueOffset: number;
      this.position++;
      if (rest === '' || rest.startsWith('#')) {
        const next = this.lines[this.position];
        if (next !== undefined && next.indent > indent) {
          valueOffset = next.offset;
          value = this.parseBlock(next.indent);
        } else if (next !== undefined && next.indent === indent && isSequenceItem(next.content)) {
          valueOffset = next.offset;
          value = this.parseSequence(indent);
        } else {
          // `key:` with nothing after it is null; `yaml` places that null at the comment or else at the line's end.
          valueOffset = rest === '' ? line.end : restOffset;
          value = null;
        }
      } else {
        valueOffset = restOffset;
        value = parseScalar(rest);
        const next = this.lines[this.position];
        if (next !== undefined && next.indent > indent) return giveUp();
      }
      mapping[key] = value;
      keys.set(key, [line.offset, valueOffset]);
    }
    const after = this.lines[this.position];
    if (after !== undefined && after.indent === indent && isSequenceItem(after.content)) return giveUp();
    return mapping;
  }

  private parseSequence(indent: number): unknown[] {
    const sequence: unknown[] = [];
    const items: number[] = [];
    this.offsets.set(sequence, { start: this.lines[this.position]?.offset ?? 0, items });
    for (let line = this.lines[this.position]; line !== undefined && line.indent === indent; line = this.lines[this.position]) {
      if (!isSequenceItem(line.content) || line.content === '-') break;
      let restStart = 2;
      while (line.content.charCodeAt(restStart) === 32) restStart++;
      const rest = line.content.slice(restStart);
      const restOffset = line.offset + restStart;
      if (rest.startsWith('#') || rest.startsWith('-')) return giveUp();
      if (KEY.test(rest)) {
        // `- key: value` opens a mapping whose keys line up with this first one.
        const itemIndent = indent + restStart;
        this.lines[this.position] = { indent: itemIndent, content: rest, offset: restOffset, end: line.end };
        sequence.push(this.parseMapping(itemIndent));
      } else {
        sequence.push(parseScalar(rest));
        this.position++;
        const next = this.lines[this.position];
        if (next !== undefined && next.indent > indent) return giveUp();
      }
      items.push(restOffset);
    }
    const after = this.lines[this.position];
    if (after !== undefined && (after.indent > indent || (after.indent === indent && after.content === '-'))) return giveUp();
    return sequence;
  }
}

function isSequenceItem(content: string): boolean {
  return content === '-' || content.startsWith('- ');
}

/** A scalar on one line: quoted text without escapes, or plain text that the core schema keeps as text. */
function parseScalar(source: string): string {
  const quote = source[0];
  if (quote === '"') {
    const close = source.indexOf('"', 1);
    if (close === -1 || source.lastIndexOf('\\', close) !== -1) return giveUp();
    return afterQuoted(source, close, source.slice(1, close));
  }
  if (quote === "'") {
    let text = '';
    let from = 1;
    for (;;) {
      const close = source.indexOf("'", from);
      if (close === -1) return giveUp();
      text += source.slice(from, close);
      if (source[close + 1] === "'") {
        text += "'";
        from = close + 2;
        continue;
      }
      return afterQuoted(source, close, text);
    }
  }
  if (!PLAIN_START.test(source)) return giveUp();
  const comment = source.indexOf(' #');
  let text = comment === -1 ? source : source.slice(0, comment);
  let end = text.length;
  while (text.charCodeAt(end - 1) === 32) end--;
  text = text.slice(0, end);
  if (PLAIN_STOPPERS.test(text) || NOT_TEXT.has(text)) return giveUp();
  return text;
}

/** After a closing quote only spaces and a comment may follow. */
function afterQuoted(source: string, close: number, text: string): string {
  const rest = source.slice(close + 1);
  if (rest !== '' && !/^ +(#.*)?$/.test(rest)) return giveUp();
  return text;
}

function sourceOf(value: unknown, offsets: WeakMap<object, NodeOffsets>): ParsedSource {
  return {
    value,
    offsetOf(path: readonly PathSegment[], part: 'value' | 'key'): number | undefined {
      let node: unknown = value;
      let offset = typeof node === 'object' && node !== null ? offsets.get(node)?.start : undefined;
      for (let index = 0; index < path.length; index++) {
        const segment = path[index];
        if (typeof node !== 'object' || node === null || segment === undefined) return undefined;
        const info = offsets.get(node);
        if (Array.isArray(node)) {
          offset = typeof segment === 'number' ? info?.items?.[segment] : undefined;
          node = typeof segment === 'number' ? node[segment] : undefined;
        } else {
          const pair = info?.keys?.get(String(segment));
          if (pair === undefined) return undefined;
          offset = index === path.length - 1 && part === 'key' ? pair[0] : pair[1];
          node = (node as Record<string, unknown>)[String(segment)];
        }
        if (offset === undefined) return undefined;
      }
      return offset;
    },
  };
}

// parseYaml against the `yaml` package as a reference: on every text both accept, the same value and the same
// offset for every key and value; generated in every style invitee files are written in.
import fc from 'fast-check';
import { isAlias, isMap, isScalar, isSeq, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkInviteeText } from '../../reconciler/desired/invitee-file';
import type { PathSegment } from '../../reconciler/desired/parsed-source';
import { parseYaml } from '../../reconciler/desired/parse-yaml';
import { indexLines } from '../../reconciler/desired/positions';

type Tree = string | Tree[] | { [key: string]: Tree };

const SCALARS = [
  'ada@example.com', 'Ada Lovelace', "O'Brien", 'José Ñúñez', '李小龍', '🐉 dragon', 'C#', 'a#b', 'a:b', 'a  b', 'x, y',
  'end.', 'https://example.com/a?b=c', 'true', 'False', 'null', '~', '', '123', '0x1F', '1e3', '.inf', '-1', '+1', '01234',
  '1.10', 'yes', '- x', '#x', '[x]', '{x}', '&anchor', '*alias', '!tag', '"q"', "'q'", 'back\\slash', 'tab\tin', 'line\nbreak',
  'two\n\nparagraphs\n', ' lead', 'trail ',
];
const KEYS = ['email', 'name', 'user_metadata', 'a.b', 'a-b', '_x', 'Key2', 'é', 'x y', 'true', '1', 'k:v', '-k'];

interface Style {
  /** Per node: 0-2 plain, 3 single quotes, 4 double quotes, 5 block scalar where the text allows. */
  quote: number;
  indentStep: number;
  compactSequences: boolean;
  dashSpaces: number;
  comments: boolean;
  blankLines: boolean;
  crlf: boolean;
  /** Nesting depth from which collections are written in flow style (`{ }`, `[ ]`); 9 for never. */
  flowFrom: number;
  quoteKeys: boolean;
}

const style: fc.Arbitrary<Style> = fc.record({
  quote: fc.nat(5),
  indentStep: fc.integer({ min: 1, max: 4 }),
  compactSequences: fc.boolean(),
  dashSpaces: fc.integer({ min: 1, max: 3 }),
  comments: fc.boolean(),
  blankLines: fc.boolean(),
  crlf: fc.boolean(),
  flowFrom: fc.constantFrom(1, 2, 3, 9, 9),
  quoteKeys: fc.boolean(),
});

const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...SCALARS),
    fc.array(tie('node'), { minLength: 1, maxLength: 4 }),
    fc.dictionary(fc.constantFrom(...KEYS), tie('node'), { minKeys: 1, maxKeys: 4 }),
  ),
})).node;

/** Single-quoted text folds a line break written twice into one; its continuation lines are indented. */
function quoted(text: string, choice: number, indent: number, flow: boolean): string {
  if (choice === 3 && !(flow && text.includes('\n'))) return `'${text.replace(/'/g, "''").replace(/\n/g, `\n\n${' '.repeat(indent + 1)}`)}'`;
  return JSON.stringify(text);
}

function renderScalar(text: string, s: Style, salt: number, indent: number, flow: boolean): string {
  const choice = (s.quote + salt) % 6;
  if (choice === 5 && !flow && /^[^ \n].*\S$/s.test(text) && text.includes('\n') && !/\n\n/.test(text)) {
    const pad = ' '.repeat(indent + 2);
    return `|-${s.crlf ? '\r\n' : '\n'}${text.split('\n').map((line) => pad + line).join(s.crlf ? '\r\n' : '\n')}`;
  }
  if (choice <= 2 && !text.includes('\n') && !text.includes('\t')) return text;
  return quoted(text, choice >= 3 ? choice : 4, indent, flow);
}

function renderKey(key: string, s: Style): string {
  return s.quoteKeys ? JSON.stringify(key) : key;
}

function renderFlow(value: Tree, s: Style, salt: number): string {
  if (typeof value === 'string') return renderScalar(value, s, salt, 0, true);
  if (Array.isArray(value)) return `[${value.map((item, index) => renderFlow(item, s, salt + index)).join(', ')}]`;
  return `{ ${Object.entries(value).map(([key, item], index) => `${renderKey(key, s)}: ${renderFlow(item, s, salt + index)}`).join(', ')} }`;
}

function render(value: Tree, indent: number, depth: number, s: Style, lines: string[], prefix: string | undefined, salt: number): void {
  const pad = ' '.repeat(indent);
  const comment = s.comments && salt % 3 === 0 ? ' # note' : '';
  if (typeof value === 'string' || depth >= s.flowFrom) {
    lines.push(`${prefix ?? pad}${typeof value === 'string' ? renderScalar(value, s, salt, indent, false) : renderFlow(value, s, salt)}${comment}`);
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      const dash = `${index === 0 && prefix !== undefined ? prefix : pad}-${' '.repeat(s.dashSpaces)}`;
      render(item, indent + 1 + s.dashSpaces, depth + 1, s, lines, dash, salt + index);
    });
    return;
  }
  Object.entries(value).forEach(([key, item], index) => {
    const head = `${index === 0 && prefix !== undefined ? prefix : pad}${renderKey(key, s)}:`;
    if (typeof item === 'string' || depth + 1 >= s.flowFrom) {
      lines.push(`${head} ${typeof item === 'string' ? renderScalar(item, s, salt + index, indent, false) : renderFlow(item, s, salt + index)}${comment}`);
    } else {
      lines.push(`${head}${comment}`);
      if (s.blankLines) lines.push('');
      const nested = Array.isArray(item) && s.compactSequences ? indent : indent + s.indentStep;
      render(item, nested, depth + 1, s, lines, undefined, salt + index + 1);
    }
  });
}

function toText(value: Tree, s: Style): string {
  const lines: string[] = s.comments ? ['# header'] : [];
  render(value, 0, 0, s, lines, undefined, 0);
  const newline = s.crlf ? '\r\n' : '\n';
  return lines.join(newline) + newline;
}

/** Where the `yaml` package places the node at `path` (its key, with `part: 'key'`). */
function yamlOffset(document: Document, path: readonly PathSegment[], part: 'value' | 'key'): number | undefined {
  let node: unknown = document.contents;
  for (let index = 0; index < path.length; index++) {
    const segment = path[index];
    if (isAlias(node)) node = node.resolve(document);
    if (isMap(node)) {
      const pair = node.items.find((item) => String(isScalar(item.key) ? item.key.value : item.key) === String(segment));
      if (pair === undefined) return undefined;
      if (index === path.length - 1 && part === 'key') return isScalar(pair.key) ? pair.key.range?.[0] : undefined;
      node = pair.value ?? pair.key;
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment];
    } else {
      return undefined;
    }
  }
  return (node as YamlNode | null | undefined)?.range?.[0];
}

function paths(value: unknown, prefix: PathSegment[] = []): PathSegment[][] {
  const result: PathSegment[][] = [prefix];
  if (Array.isArray(value)) value.forEach((item, index) => result.push(...paths(item, [...prefix, index])));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) result.push(...paths(item, [...prefix, key]));
  }
  return result;
}

/** The reference's verdict and ours agree; where both accept, values and every offset agree. Returns whether both accepted. */
function expectSameAsYaml(text: string): boolean {
  const reference = parseDocument(text, { uniqueKeys: true, strict: true, schema: 'core' });
  const ours = parseYaml('x.yaml', text, indexLines(text));
  let value: unknown;
  let referenceAccepts = reference.errors.length === 0 && reference.warnings.length === 0;
  try {
    value = reference.toJS();
  } catch {
    referenceAccepts = false; // an alias to no anchor
  }
  if (!referenceAccepts || ours.source === undefined) {
    // The one refusal of our own: an empty item that js-yaml would merge with the less indented list after it.
    const misread = referenceAccepts && ours.errors.length > 0 && ours.errors.every((error) => error.message.startsWith('an empty list item'));
    if (!misread) expect({ ours: ours.errors.length > 0, text }).toEqual({ ours: !referenceAccepts, text });
    return false;
  }
  expect(ours.source.value, text).toEqual(value);
  for (const path of paths(value)) {
    expect(ours.source.offsetOf(path, 'value'), `${text}\nvalue at ${JSON.stringify(path)}`).toBe(yamlOffset(reference, path, 'value'));
    if (typeof path.at(-1) === 'string') {
      expect(ours.source.offsetOf(path, 'key'), `${text}\nkey at ${JSON.stringify(path)}`).toBe(yamlOffset(reference, path, 'key'));
    }
  }
  return true;
}

describe('parseYaml against the yaml package', () => {
  it('accepts what it accepts, with the same values and offsets, in block, flow, quoted, commented and CRLF styles', () => {
    let accepted = 0;
    let runs = 0;
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...KEYS), tree, { minKeys: 1, maxKeys: 4 }), style, (value, s) => {
        runs++;
        if (expectSameAsYaml(toText(value, s))) accepted++;
      }),
      { numRuns: 2000, seed: 20240601 },
    );
    // The generator must mostly write valid YAML, or the comparison proves little.
    expect(accepted).toBeGreaterThan(runs / 2);
  });
});

/** Each invitee's email, line and column as the loader reports them. */
function entriesOf(text: string): { errors: string[]; entries: [string, number, number][] } {
  const result = checkInviteeText('a.yaml', text, { maxRecordBytes: 500_000 });
  return {
    errors: result.errors.map((error) => `${error.line}:${error.column} ${error.message}`),
    entries: result.entries.map((entry) => [entry.writtenEmail, entry.source.line, entry.source.column]),
  };
}

function parse(text: string) {
  return parseYaml('x.yaml', text, indexLines(text));
}

/** `line:column message` of each error. */
function errorsOf(text: string): string[] {
  return parse(text).errors.map((error) => `${error.line}:${error.column} ${error.message}`);
}

describe('every shape of invitee file loads, with the position of each email', () => {
  it.each<[string, string, [string, number, number][]]>([
    ['block style', 'invitees:\n  - email: ada@example.com\n    name: Ada\n  -   email: grace@example.com\n', [['ada@example.com', 2, 12], ['grace@example.com', 4, 14]]],
    ['flow mappings', 'invitees: [{ email: ada@example.com, name: Ada }, {email: "grace@example.com"}]\n', [['ada@example.com', 1, 21], ['grace@example.com', 1, 59]]],
    ['quoted keys', '"invitees":\n  - \'email\': "ada@example.com"\n    "name": \'Ada\'\n', [['ada@example.com', 2, 14]]],
    ['comments', '# team\ninvitees: # everyone\n  # first\n  - email: ada@example.com # work\n\n  # second\n  - email: grace@example.com\n', [['ada@example.com', 4, 12], ['grace@example.com', 7, 12]]],
    ['booleans', 'invitees:\n  - email: ada@example.com\n    user_metadata: { beta: true, admin: False }\n', [['ada@example.com', 2, 12]]],
    ['multi-line strings', 'invitees:\n  - name: |\n      Ada\n      Lovelace\n    email: ada@example.com\n  - name: >-\n      Grace\n      Hopper\n    email: "grace@\n      example.com"\n', [['ada@example.com', 5, 12], ['grace@ example.com', 9, 12]]],
    ['CRLF line ends', 'invitees:\r\n  - email: ada@example.com\r\n  - email: grace@example.com\r\n', [['ada@example.com', 2, 12], ['grace@example.com', 3, 12]]],
  ])('%s', (_shape, text, entries) => {
    expect(entriesOf(text).entries).toEqual(entries);
  });

  it('reads booleans and multi-line strings as YAML defines them', () => {
    const text = 'a: { beta: true, admin: False, off: no }\nb: |\n  one\n  two\nc: >-\n  folded\n  text\nd: plain\n  continued\n';
    expect(parse(text).source?.value).toEqual({ a: { beta: true, admin: false, off: 'no' }, b: 'one\ntwo\n', c: 'folded text', d: 'plain continued' });
  });

  it('reads numbers by the YAML 1.2 core schema, not by js-yaml\'s own', () => {
    const text = 'a: [1, -2, 0o17, 0x1F, 1.5, -.5, .inf, 0b101, 1_000, -0x1F, +.5e1]\n';
    expect(parse(text).source?.value).toEqual({ a: [1, -2, 15, 31, 1.5, -0.5, Infinity, '0b101', '1_000', '-0x1F', 5] });
  });

  it('shares an anchored block with every alias, however many (no cliff at 100 uses)', () => {
    const people = Array.from({ length: 150 }, (_, index) => `  - email: p${index}@example.com\n    app_metadata: *team`);
    const text = `defaults:\n  user_metadata: &team { team: core, seats: 2 }\ninvitees:\n${people.join('\n')}\n`;
    const result = checkInviteeText('a.yaml', text, { maxRecordBytes: 500_000 });
    expect(result.errors).toEqual([]);
    expect(result.entries).toHaveLength(150);
    expect(result.entries[149]?.invitee?.app_metadata).toEqual({ team: 'core', seats: 2 });
    expect([result.entries[149]?.source.line, result.entries[149]?.source.column]).toEqual([302, 12]);
    // Positions inside an alias are those of the anchored block.
    expect(parse(text).source?.offsetOf(['invitees', 3, 'app_metadata', 'seats'], 'value')).toBe(text.indexOf('2 }'));
  });

  it('places empty values where the yaml package does: after a "-" or ":", at a comment or the end of the line', () => {
    const text = 'a:\n  -\n  - x\n  -   # nothing\nb:\nc: &anchor\nd: {e: }\n';
    const source = parse(text).source;
    expect(source?.value).toEqual({ a: [null, 'x', null], b: null, c: null, d: { e: null } });
    const at = (path: PathSegment[]): number | undefined => source?.offsetOf(path, 'value');
    expect([at(['a', 0]), at(['a', 1]), at(['a', 2]), at(['b']), at(['c']), at(['d', 'e'])]).toEqual([6, 11, 19, 31, 42, 50]);
  });

  it('counts offsets in the text as given, a byte-order mark included', () => {
    const text = '\ufeffa: 1\nb: [x]\n';
    expect(parse(text).source?.offsetOf(['b', 0], 'value')).toBe(text.indexOf('x'));
  });

  it('takes a file of white space and comments as empty, and "---" alone as one empty document', () => {
    expect(parse('').empty).toBe(true);
    expect(parse('\n  # nothing yet\n').empty).toBe(true);
    expect(parse('---\n').source?.value).toBeNull();
  });
});

describe('refusals, each at its place', () => {
  it('a key written twice, in block and flow style', () => {
    expect(errorsOf('a: 1\nb: 2\na: 3\n')).toEqual(['3:1 duplicate key "a": a key may appear only once in a mapping']);
    expect(errorsOf('x: { a: 1, "a": 2 }\n')).toEqual(['1:12 duplicate key "a": a key may appear only once in a mapping']);
  });

  it('an implicit key over 1,024 characters, but not one of 1,024 or an explicit one', () => {
    expect(errorsOf(`a:\n  ${'k'.repeat(1025)}: v\n`)).toEqual(['2:3 a key longer than 1024 characters: YAML allows at most 1024 for a key without "?" (shorten the key)']);
    expect(errorsOf(`a:\n  ${'k'.repeat(1024)}: v\n`)).toEqual([]);
    expect(errorsOf(`? ${'k'.repeat(1100)}\n: v\n`)).toEqual([]);
  });

  it('explicit tags other than the core ones, every one of them, at the tag', () => {
    expect(errorsOf('a: !secret x\nb: !!binary aGk=\nc: !!set { x }\nd: !!str { x: 1 }\n')).toEqual([
      '1:4 custom tag !secret is not allowed: write plain text, numbers, true/false, lists and mappings',
      '2:4 tag !!binary is not allowed: write plain text, numbers, true/false, lists and mappings',
      '3:4 tag !!set is not allowed: write plain text, numbers, true/false, lists and mappings',
      '4:4 tag !!str is not allowed: write plain text, numbers, true/false, lists and mappings',
    ]);
    expect(parse('a: !!str 1\nb: !!int "2"\nc: ! 3\nd: !!map { x: 1 }\n').source?.value).toEqual({ a: '1', b: 2, c: '3', d: { x: 1 } });
  });

  it('a second document, after "---" or "..."', () => {
    expect(errorsOf('a: 1\n---\nb: 2\n')).toEqual(['2:1 more than one YAML document ("---") in one file: put each document in a file of its own']);
    expect(errorsOf('a: 1\n...\nb: 2\n')).toEqual(['3:1 more than one YAML document ("---") in one file: put each document in a file of its own']);
    expect(errorsOf('---\na: 1\n...\n')).toEqual([]);
  });

  it('numbers that would not reach the tenant as written, as values and as keys, once where an anchor is written', () => {
    const source = parse('a: &x { zip: 01234, 007: agent, ok: 12 }\nb: *x\n').source;
    expect(source?.alteredNumbers).toEqual([
      { path: ['a', 'zip'], part: 'value', offset: 13, source: '01234', value: 1234 },
      { path: ['a', '7'], part: 'key', offset: 20, source: '007', value: 7 },
    ]);
  });

  it('aliases that expand a small text into a huge document', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let level = 1; level < 6; level++) levels.push(`l${level}: &l${level} [${Array(10).fill(level === 1 ? '*a' : `*l${level - 1}`).join(', ')}]`);
    const errors = errorsOf(`${levels.join('\n')}\n`);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^2:10 aliases expand to too many values .*"billion laughs"/);
  });

  it('an empty list item that js-yaml would merge into the less indented list after it', () => {
    expect(errorsOf('x:\n  - a: 1\n    tags:\n      -\n  - b: 2\n')).toEqual([
      '4:7 an empty list item ("-" with nothing after it) before a less indented "-": YAML tools read this list differently; write a value after the "-" (null for none) or remove it',
    ]);
  });

  it('syntax errors say where an unclosed quote or bracket was opened', () => {
    expect(errorsOf('a: "open\nb: 1\n')).toEqual(['3:1 YAML syntax error: missing closing "quote for the text opened at line 1, column 4']);
    expect(errorsOf("a: 'open\n")).toEqual(["2:1 YAML syntax error: missing closing 'quote for the text opened at line 1, column 4"]);
    expect(errorsOf('a: { b: 1\n')).toEqual(['2:1 YAML syntax error: the mapping opened with "{" at line 1, column 4 is not closed with "}" (or a comma is missing between its entries)']);
  });
});

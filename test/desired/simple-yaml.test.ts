// The fast subset parser against the `yaml` package: wherever the fast parser answers, `yaml` accepts the text
// and yields the same value and the same offsets; it never accepts a text `yaml` rejects.
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { ParsedSource, PathSegment } from '../../reconciler/desired/parsed-source';
import { parseWithYamlPackage } from '../../reconciler/desired/parse-yaml';
import { indexLines } from '../../reconciler/desired/positions';
import { parseSimpleYaml } from '../../reconciler/desired/simple-yaml';

type Tree = string | Tree[] | { [key: string]: Tree };

/** Texts the fast path can take in some quoting, and texts that force (or test) the fallback. */
const COMMON_SCALARS = [
  'ada@example.com', 'Ada Lovelace', "O'Brien", 'José Ñúñez', '李小龍', '🐉 dragon', 'C#', 'a#b', 'a #b', 'a:b',
  'a  b', 'x, y', 'trail ', 'end.', 'https://example.com/a?b=c', 'Zoë',
];
const TRICKY_SCALARS = [
  'a: b', 'x:', 'true', 'False', 'null', 'NULL', '~', '', ' lead', '123', '0x1F', '1e3', '.inf', '-1', '+1', 'yes',
  'no', 'on', '- x', '-x', '#x', '[x]', '{x}', '&anchor', '*alias', '!tag', '|', '>', '%x', '@x', '`x', '?x', ': x',
  '"q"', "'q'", 'back\\slash', 'tab\tin', 'x\u00a0y', '\u00a0x', 'a\\"b',
];
const COMMON_KEYS = ['email', 'name', 'user_metadata', 'a.b', 'a-b', '_x', 'Key2'];
// 1,024 characters is the longest implicit key YAML allows; one more and `yaml` reports KEY_OVER_1024_CHARS.
const TRICKY_KEYS = ['é', 'x y', 'true', 'null', '1', '__proto__', 'k:v', '-k', 'k ', 'k'.repeat(1024), 'k'.repeat(1025)];

const scalar = fc.oneof({ arbitrary: fc.constantFrom(...COMMON_SCALARS), weight: 12 }, { arbitrary: fc.constantFrom(...TRICKY_SCALARS), weight: 1 });
const key = fc.oneof({ arbitrary: fc.constantFrom(...COMMON_KEYS), weight: 12 }, { arbitrary: fc.constantFrom(...TRICKY_KEYS), weight: 1 });

const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('node'), { minLength: 1, maxLength: 4 }),
    fc.dictionary(key, tie('node'), { minKeys: 1, maxKeys: 4 }),
  ),
})).node;

interface Style {
  quote: number;
  indentStep: number;
  compactSequences: boolean;
  dashSpaces: number;
  comments: boolean;
  blankLines: boolean;
  crlf: boolean;
}

const style: fc.Arbitrary<Style> = fc.record({
  quote: fc.nat(5),
  indentStep: fc.integer({ min: 1, max: 4 }),
  compactSequences: fc.boolean(),
  dashSpaces: fc.integer({ min: 1, max: 3 }),
  comments: fc.boolean(),
  blankLines: fc.boolean(),
  crlf: fc.boolean(),
});

function renderScalar(value: string, s: Style, salt: number): string {
  const choice = (s.quote + salt) % 6;
  if (choice === 4) return `'${value.replace(/'/g, "''")}'`;
  if (choice === 5) return JSON.stringify(value);
  return value;
}

function render(value: Tree, indent: number, s: Style, lines: string[], prefix: string | undefined, salt: number): void {
  const pad = ' '.repeat(indent);
  const comment = s.comments && salt % 3 === 0 ? ' # note' : '';
  if (typeof value === 'string') {
    lines.push(`${prefix ?? pad}${renderScalar(value, s, salt)}${comment}`);
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      const dash = `${pad}-${' '.repeat(s.dashSpaces)}`;
      if (typeof item === 'string') lines.push(`${dash}${renderScalar(item, s, salt + index)}`);
      else render(item, indent + 1 + s.dashSpaces, s, lines, dash, salt + index);
    });
    return;
  }
  Object.entries(value).forEach(([key, item], index) => {
    const head = `${index === 0 && prefix !== undefined ? prefix : pad}${key}:`;
    if (typeof item === 'string') {
      lines.push(`${head} ${renderScalar(item, s, salt + index)}${comment}`);
    } else {
      lines.push(`${head}${comment}`);
      if (s.blankLines) lines.push('');
      const nested = Array.isArray(item) && s.compactSequences ? indent : indent + s.indentStep;
      render(item, nested, s, lines, undefined, salt + index + 1);
    }
  });
}

function toText(value: Tree, s: Style): string {
  const lines: string[] = s.comments ? ['# header'] : [];
  render(value, 0, s, lines, undefined, 0);
  return lines.join(s.crlf ? '\r\n' : '\n') + (s.crlf ? '\r\n' : '\n');
}

function paths(value: unknown, prefix: PathSegment[] = []): PathSegment[][] {
  const result: PathSegment[][] = [prefix];
  if (Array.isArray(value)) value.forEach((item, index) => result.push(...paths(item, [...prefix, index])));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) result.push(...paths(item, [...prefix, key]));
  }
  return result;
}

function expectSameAsYaml(text: string, fast: ParsedSource): void {
  const reference = parseWithYamlPackage('x.yaml', text, indexLines(text));
  expect(reference.errors, text).toEqual([]);
  expect(reference.source).toBeDefined();
  if (reference.source === undefined) return;
  expect(fast.value, text).toEqual(reference.source.value);
  for (const path of paths(fast.value)) {
    expect(fast.offsetOf(path, 'value'), `${text}\nvalue at ${JSON.stringify(path)}`).toBe(reference.source.offsetOf(path, 'value'));
    if (typeof path.at(-1) === 'string') {
      expect(fast.offsetOf(path, 'key'), `${text}\nkey at ${JSON.stringify(path)}`).toBe(reference.source.offsetOf(path, 'key'));
    }
  }
}

describe('parseSimpleYaml', () => {
  it('agrees with the yaml package wherever it answers, and only answers for texts yaml accepts', () => {
    let answered = 0;
    let runs = 0;
    fc.assert(
      // Files are mappings at the top, as invitee and config files are.
      fc.property(fc.dictionary(key, tree, { minKeys: 1, maxKeys: 4 }), style, (value, s) => {
        runs++;
        const text = toText(value, s);
        const fast = parseSimpleYaml(text);
        if (fast === undefined) return;
        answered++;
        expectSameAsYaml(text, fast);
      }),
      { numRuns: 3000, seed: 20240601 },
    );
    // The generator must exercise the fast path, not only the fallback.
    expect(answered).toBeGreaterThan(runs / 20);
  });

  it('answers for most texts in the invitee-file style, identically to yaml', () => {
    const plainTree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree; map: Tree }>((tie) => ({
      map: fc.dictionary(fc.constantFrom(...COMMON_KEYS), tie('node'), { minKeys: 1, maxKeys: 4 }),
      node: fc.oneof(
        { depthSize: 'small' },
        fc.constantFrom(...COMMON_SCALARS),
        tie('map'),
        fc.array(fc.oneof(fc.constantFrom(...COMMON_SCALARS), tie('map')), { minLength: 1, maxLength: 3 }),
      ),
    })).map;
    let answered = 0;
    let runs = 0;
    fc.assert(
      fc.property(plainTree, style, (value, s) => {
        runs++;
        const text = toText(value, s);
        const fast = parseSimpleYaml(text);
        if (fast === undefined) return;
        answered++;
        expectSameAsYaml(text, fast);
      }),
      { numRuns: 1500, seed: 7 },
    );
    expect(answered).toBeGreaterThan(runs / 2);
  });

  it('handles the shape of invitee files', () => {
    const text = [
      '# yaml-language-server: $schema=../schemas/invitees.schema.json',
      'defaults:',
      '  app_metadata:',
      '    team: engineering',
      'invitees:',
      '  - email: ada@example.com',
      '    name: Ada Lovelace   # the first programmer',
      '    user_metadata:',
      '      locale: en-GB',
      '',
      '  - email: "grace@example.com"',
      "    name: 'Grace ''Amazing'' Hopper'",
      '    nickname:',
      '',
    ].join('\n');
    const fast = parseSimpleYaml(text);
    expect(fast).toBeDefined();
    if (fast !== undefined) expectSameAsYaml(text, fast);
  });

  it.each([
    ['numbers', 'a: 1\n'],
    ['booleans', 'a: true\n'],
    ['flow collections', 'a: { b: c }\n'],
    ['anchors', 'a: &x b\n'],
    ['tags', 'a: !foo b\n'],
    ['escapes', 'a: "b\\n"\n'],
    ['block scalars', 'a: |\n  b\n'],
    ['multi-line plain scalars', 'a: b\n  c\n'],
    ['tabs', 'a:\n\tb: c\n'],
    ['duplicate keys', 'a: b\na: c\n'],
    ['several documents', 'a: b\n---\nc: d\n'],
    ['directives', '%YAML 1.2\n---\na: b\n'],
    ['an empty text', ''],
    ['a root scalar', 'hello\n'],
    ['an inner byte-order mark', 'a: b\ufeff\n'],
    ['a key over 1,024 characters', `${'k'.repeat(1025)}: v\n`],
    ['a key over 1,024 characters in a sequence item', `a:\n  - b: c\n    ${'k'.repeat(1025)}: v\n`],
  ])('gives up on %s', (_name, text) => {
    expect(parseSimpleYaml(text)).toBeUndefined();
  });

  it('takes keys of up to 1,024 characters, as yaml does, and leaves longer ones to yaml to report', () => {
    const longest = `${'k'.repeat(1024)}: v\n`;
    const fast = parseSimpleYaml(longest);
    expect(fast).toBeDefined();
    if (fast !== undefined) expectSameAsYaml(longest, fast);
    const over = `invitees:\n  - email: ada@example.com\n    ${'k'.repeat(1025)}: v\n`;
    expect(parseSimpleYaml(over)).toBeUndefined();
    const reference = parseWithYamlPackage('x.yaml', over, indexLines(over));
    expect(reference.errors).toHaveLength(1);
    expect(reference.errors[0]).toMatchObject({ line: 3, column: 5 });
    expect(reference.errors[0]?.message).toContain('longer than 1024 characters');
  });

  it('takes the fast path for a 1,000-invitee file', () => {
    // Not timed: a structural check that a 1,000-invitee file takes the fast path.
    const body = Array.from({ length: 1000 }, (_, index) => `  - email: p${index}@example.com\n    name: Person ${index}`).join('\n');
    const text = `invitees:\n${body}\n`;
    const fast = parseSimpleYaml(text);
    expect(fast).toBeDefined();
    expect(parseDocument(text).toJS()).toEqual(fast?.value);
  });
});

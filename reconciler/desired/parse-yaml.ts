// Parsing one YAML file safely: the fast subset parser when it can, otherwise the `yaml` package with duplicate
// keys, custom tags, several documents and alias bombs all turned into located errors.
import { isAlias, isMap, isScalar, isSeq, parseDocument, visit } from 'yaml';
import type { Document, Node as YamlNode, YAMLError } from 'yaml';
import { excerpt, shortText, type InputError } from './errors';
import { jsonNumber, type AlteredNumber, type ParsedSource, type PathSegment } from './parsed-source';
import { positionAt } from './positions';
import { parseSimpleYaml } from './simple-yaml';

/** Aliases are legitimate for sharing a block; more expansions than this signal a "billion laughs" document. */
export const MAX_ALIAS_COUNT = 100;

export type ParseYamlResult =
  | { source: ParsedSource; empty?: undefined; errors: [] }
  | { source?: undefined; empty: true; errors: [] }
  | { source?: undefined; empty?: undefined; errors: InputError[] };

/** Characters of the `yaml` package's own message shown at most. */
const MAX_PARSER_MESSAGE = 160;

/** Tags the core schema resolves implicitly; written out explicitly they are harmless. */
const PLAIN_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((name) => `tag:yaml.org,2002:${name}`));

export function parseYaml(file: string, text: string, lineStarts: readonly number[]): ParseYamlResult {
  const fast = parseSimpleYaml(text);
  if (fast !== undefined) return { source: fast, errors: [] };
  return parseWithYamlPackage(file, text, lineStarts);
}

/** The general path (any YAML); exported so that tests can compare the fast parser against it. */
export function parseWithYamlPackage(file: string, text: string, lineStarts: readonly number[]): ParseYamlResult {
  const at = (offset: number, message: string): InputError => ({ file, ...positionAt(lineStarts, offset), message });
  const document = parseDocument(text, { prettyErrors: false, uniqueKeys: true, strict: true, schema: 'core' });
  const errors: InputError[] = [
    ...document.errors.map((error) => at(error.pos[0], describeYamlError(error, text, lineStarts))),
    ...document.warnings.map((warning) => at(warning.pos[0], describeYamlWarning(warning))),
  ];
  if (text.includes('!')) errors.push(...explicitTagErrors(document, text, at));
  if (errors.length > 0) return { errors: firstPerLine(errors) };
  if (document.contents === null) return { empty: true, errors: [] };

  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    return {
      errors: [
        at(
          firstAliasOffset(document),
          `aliases expand to too many nodes (more than ${MAX_ALIAS_COUNT} per alias): refusing a possible "billion laughs" document; write the values out or use "defaults"`,
        ),
      ],
    };
  }
  const alteredNumbers = /[0-9]|\.(?:inf|nan)/i.test(text) ? findAlteredNumbers(document) : [];
  return {
    source: { value, offsetOf: (path, part) => documentOffset(document, path, part), ...(alteredNumbers.length > 0 ? { alteredNumbers } : {}) },
    errors: [],
  };
}

/**
 * Plain scalars read as numbers whose JSON form is not what is written. Iterative, and aliases are not followed:
 * each written scalar is looked at once, where it is written.
 */
function findAlteredNumbers(document: Document): AlteredNumber[] {
  // Paths are linked lists, turned into arrays only for the rare finding: the walk stays cheap on big files.
  interface Trail {
    up: Trail | undefined;
    segment: PathSegment;
  }
  const pathOf = (trail: Trail | undefined): PathSegment[] => {
    const path: PathSegment[] = [];
    for (let at = trail; at !== undefined; at = at.up) path.push(at.segment);
    return path.reverse();
  };
  const found: AlteredNumber[] = [];
  const check = (node: unknown, trail: Trail | undefined, part: 'value' | 'key'): void => {
    if (!isScalar(node) || typeof node.value !== 'number' || node.type !== 'PLAIN' || node.tag !== undefined) return;
    const source = typeof node.source === 'string' ? node.source : String(node.value);
    if (jsonNumber(node.value) !== source) found.push({ path: pathOf(trail), part, offset: node.range?.[0] ?? 0, source, value: node.value });
  };
  const stack: { node: unknown; trail: Trail | undefined }[] = [{ node: document.contents, trail: undefined }];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const { node, trail } = next;
    if (isMap(node)) {
      for (const pair of node.items) {
        const child: Trail = { up: trail, segment: isScalar(pair.key) ? String(pair.key.value) : String(pair.key) };
        check(pair.key, child, 'key');
        stack.push({ node: pair.value, trail: child });
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => stack.push({ node: item, trail: { up: trail, segment: index } }));
    } else {
      check(node, trail, 'value');
    }
  }
  return found;
}

function describeYamlError(error: YAMLError, text: string, lineStarts: readonly number[]): string {
  const { line } = positionAt(lineStarts, error.pos[0]);
  const lineText = text.slice(lineStarts[line - 1] ?? 0, lineStarts[line] ?? text.length);
  if (error.code === 'TAB_AS_INDENT' || /^ *\t/.test(lineText)) {
    return 'a tab is used for indentation; YAML allows only spaces there: replace the tab with spaces';
  }
  switch (error.code) {
    case 'DUPLICATE_KEY': {
      const written = /^[^:\s]+|^"[^"]*"|^'[^']*'/.exec(text.slice(error.pos[0], error.pos[0] + 1024))?.[0];
      const key = written === undefined ? 'this key' : excerpt(/^["']/.test(written) ? written.slice(1, -1) : written);
      return `duplicate key ${key}: a key may appear only once in a mapping`;
    }
    case 'KEY_OVER_1024_CHARS':
      return 'a key longer than 1024 characters: YAML allows at most 1024 for a key without "?" (shorten the key)';
    case 'MULTIPLE_DOCS':
      return 'more than one YAML document ("---") in one file: put each document in a file of its own';
    case 'BAD_ALIAS':
    case 'BAD_DIRECTIVE':
    default:
      // The parser's messages may embed a piece of the text (an unexpected token, a tag): keep that short.
      return `YAML syntax error: ${shortText(lowerFirst(error.message), MAX_PARSER_MESSAGE)}`;
  }
}

function describeYamlWarning(warning: YAMLError): string {
  if (warning.code === 'TAG_RESOLVE_FAILED') {
    const tag = /: (\S+)$/.exec(warning.message)?.[1];
    return `custom tag ${tag === undefined ? 'here' : shortText(tag, 60)} is not allowed: write plain text, numbers, true/false, lists and mappings`;
  }
  return `YAML problem: ${shortText(lowerFirst(warning.message), MAX_PARSER_MESSAGE)}`;
}

function explicitTagErrors(document: Document, text: string, at: (offset: number, message: string) => InputError): InputError[] {
  const errors: InputError[] = [];
  visit(document, {
    Node(_key, node) {
      // Tags outside yaml.org never resolve with the core schema: the warnings above already report them.
      if (node.tag?.startsWith('tag:yaml.org,2002:') === true && !PLAIN_TAGS.has(node.tag) && node.range !== undefined && node.range !== null) {
        const shortTag = node.tag.replace('tag:yaml.org,2002:', '!!');
        // The node's range starts after its tag; point at the tag itself.
        let tagStart = Math.max(0, text.lastIndexOf('!', node.range[0]));
        while (text[tagStart - 1] === '!') tagStart--;
        errors.push(at(tagStart, `tag ${shortText(shortTag, 60)} is not allowed: write plain text, numbers, true/false, lists and mappings`));
      }
    },
  });
  return errors;
}

function firstAliasOffset(document: Document): number {
  let offset = 0;
  visit(document, {
    Alias(_key, alias) {
      offset = alias.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return offset;
}

function documentOffset(document: Document, path: readonly PathSegment[], part: 'value' | 'key'): number | undefined {
  let node: unknown = document.contents;
  for (let index = 0; index < path.length; index++) {
    const segment = path[index];
    if (isAlias(node)) node = node.resolve(document);
    if (isMap(node)) {
      const pair = node.items.find((item) => String(isScalar(item.key) ? item.key.value : item.key) === String(segment));
      if (pair === undefined) return undefined;
      if (index === path.length - 1 && part === 'key') return isScalar(pair.key) ? pair.key.range?.[0] : undefined;
      // `key:` without a value has no value node: point at the key.
      node = pair.value ?? pair.key;
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment];
    } else {
      return undefined;
    }
  }
  return (node as YamlNode | null | undefined)?.range?.[0];
}

/** One mistake often trips several parser rules on the same line; the first message is the telling one. */
function firstPerLine(errors: InputError[]): InputError[] {
  const seen = new Set<number>();
  return errors.filter((error) => {
    const key = error.line;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function lowerFirst(message: string): string {
  return message.charAt(0).toLowerCase() + message.slice(1);
}

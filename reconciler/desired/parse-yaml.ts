// Parsing one YAML file safely, with the position of every value: js-yaml builds the values and a recorder
// (yaml-recorder.ts) keeps where each was written. Duplicate keys, explicit tags, several documents, keys over
// 1,024 characters and alias bombs are located errors. One parser for every shape of file: js-yaml 4 read
// 100,000 invitees (10 MB) in 0.3-0.9 s of CPU whatever the style, where the `yaml` package's lexer and CST
// parser alone took 0.5-3 s and 4-13 s, and js-yaml 5's event parser (it has no listener) twice js-yaml 4's time
// and memory.
import { loadAll, YAMLException } from 'js-yaml';
import type { InputError } from './errors';
import type { ParsedSource } from './parsed-source';
import { positionAt } from './positions';
import { describeSyntaxError } from './yaml-errors';
import { CORE_SCHEMA, shortTagName } from './yaml-schema';
import { SourceRecorder } from './yaml-recorder';

/** Aliases share a block; one that stands for more values than this signals a "billion laughs" document. */
export const MAX_VALUES_PER_ALIAS = 10_000;
/** Nor may aliases make a document more than this many times the values written (plus a small allowance). */
export const MAX_ALIAS_GROWTH = 10;
const ALIAS_GROWTH_ALLOWANCE = 100_000;

/** Nothing but white space and comments (js-yaml reads a document into that; the `yaml` package reads none). */
const BLANK = /^\ufeff?(?:[ \t\r\n]|#[^\r\n]*)*$/;

export type ParseYamlResult =
  | { source: ParsedSource; empty?: undefined; errors: [] }
  | { source?: undefined; empty: true; errors: [] }
  | { source?: undefined; empty?: undefined; errors: InputError[] };

export function parseYaml(file: string, text: string, lineStarts: readonly number[]): ParseYamlResult {
  const at = (offset: number, message: string): InputError => ({ file, ...positionAt(lineStarts, offset), message });
  // js-yaml drops a leading byte-order mark and counts its offsets without it.
  const shift = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const recorder = new SourceRecorder(text, shift);
  let documents: unknown[];
  const errors: InputError[] = [];
  try {
    documents = loadAll(text, null, { schema: CORE_SCHEMA, listener: recorder.listener });
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    const context = { text, lineStarts, shift, at, openStarts: () => recorder.openStarts(), lastClosed: () => recorder.lastClosed() };
    errors.push(describeSyntaxError(error, context));
    documents = [];
  }
  errors.push(...recordedErrors(recorder, at));
  const second = recorder.roots[1];
  if (second !== undefined) {
    // The second document starts at its "---" (or, after a "...", at its first value).
    const marker = text.lastIndexOf('---', second.open);
    const offset = marker > (recorder.roots[0]?.start ?? 0) ? marker : second.start;
    errors.push(at(offset, 'more than one YAML document ("---") in one file: put each document in a file of its own'));
  }
  if (errors.length > 0) return { errors: firstPerLine(errors) };
  if (documents.length === 0 || (documents[0] === null && BLANK.test(text))) return { empty: true, errors: [] };
  return { source: sourceOf(documents[0], recorder), errors: [] };
}

/** What the recorder noted on the way: explicit tags, long keys, alias bombs. */
function recordedErrors(recorder: SourceRecorder, at: (offset: number, message: string) => InputError): InputError[] {
  const errors = recorder.tags.map(({ offset, tag }) =>
    at(offset, `${tag.startsWith('!') ? 'custom tag' : 'tag'} ${shortTagName(tag)} is not allowed: write plain text, numbers, true/false, lists and mappings`),
  );
  for (const offset of recorder.longKeys) {
    errors.push(at(offset, 'a key longer than 1024 characters: YAML allows at most 1024 for a key without "?" (shorten the key)'));
  }
  for (const offset of recorder.misreadEmptyItems) {
    errors.push(at(offset, 'an empty list item ("-" with nothing after it) before a less indented "-": YAML tools read this list differently; write a value after the "-" (null for none) or remove it'));
  }
  const growthLimit = MAX_ALIAS_GROWTH * recorder.written + ALIAS_GROWTH_ALLOWANCE;
  if (recorder.firstAlias !== undefined && (recorder.largestAlias > MAX_VALUES_PER_ALIAS || recorder.expanded > growthLimit)) {
    errors.push(
      at(
        recorder.firstAlias,
        `aliases expand to too many values (more than ${MAX_VALUES_PER_ALIAS} for one alias, or ${MAX_ALIAS_GROWTH} times the values written): refusing a possible "billion laughs" document; write the values out or use "defaults"`,
      ),
    );
  }
  return errors;
}

function sourceOf(value: unknown, recorder: SourceRecorder): ParsedSource {
  const { places } = recorder;
  const alteredNumbers = places.alteredNumbers();
  return {
    value,
    offsetOf: (path, part) => places.offsetOf(path, part),
    ...(alteredNumbers.length > 0 ? { alteredNumbers } : {}),
  };
}

/** One mistake often trips several rules on the same line; the first message is the telling one. */
function firstPerLine(errors: InputError[]): InputError[] {
  const seen = new Set<number>();
  return errors
    .sort((a, b) => a.line - b.line || a.column - b.column)
    .filter((error) => {
      if (seen.has(error.line)) return false;
      seen.add(error.line);
      return true;
    });
}

// js-yaml's syntax errors as located, plain-language input errors. js-yaml stops at the first one; its reason is
// turned into advice where the usual mistakes are known (tabs, a repeated key, a misaligned key, a quote or a
// bracket left open), and quoted otherwise.
import type { YAMLException } from 'js-yaml';
import { MAX_METADATA_DEPTH } from './metadata-limits';
import { excerpt, shortText, type InputError } from './errors';
import { positionAt } from './positions';

/** Characters of js-yaml's own reason shown at most. */
const MAX_PARSER_MESSAGE = 160;

export const TAB_MESSAGE = 'a tab is used for indentation; YAML allows only spaces there: replace the tab with spaces';

export interface SyntaxContext {
  text: string;
  lineStarts: readonly number[];
  /** Characters js-yaml dropped before its offsets (a byte-order mark). */
  shift: number;
  /** Content starts of the nodes open when the parser stopped, innermost last. */
  openStarts: () => number[];
  /** [start, end] of the node the parser closed last. */
  lastClosed: () => [number, number] | undefined;
  at: (offset: number, message: string) => InputError;
}

export function describeSyntaxError(error: YAMLException, context: SyntaxContext): InputError {
  const { text, lineStarts, at } = context;
  const offset = (error.mark?.position ?? 0) + context.shift;
  const { line } = positionAt(lineStarts, offset);
  const lineStart = lineStarts[line - 1] ?? 0;
  if (error.reason === 'tab characters must not be used in indentation' || /^ *\t/.test(text.slice(lineStart, lineStarts[line] ?? text.length))) {
    return at(offset, TAB_MESSAGE);
  }
  // js-yaml stops at 100 levels (its maxDepth), long before the stack would overflow; metadata may nest far less
  // (input-rules.ts), so the message says how deep is allowed.
  if (error.reason.startsWith('nesting exceeded maxDepth')) {
    return at(offset, `nested too deeply: more than 100 levels of lists and mappings (metadata may nest at most ${MAX_METADATA_DEPTH} levels)`);
  }
  switch (error.reason) {
    case 'duplicated mapping key':
      return at(offset, `duplicate key ${writtenKey(text, offset)}: a key may appear only once in a mapping`);
    case 'bad indentation of a mapping entry':
    case 'bad indentation of a sequence entry':
      return misalignment(context, offset, lineStart);
    case 'unexpected end of the stream within a double quoted scalar':
    case 'unexpected end of the stream within a single quoted scalar': {
      const quote = error.reason.includes('double') ? '"' : "'";
      const opened = context.openStarts().findLast((start) => text[start] === quote);
      return at(offset, `YAML syntax error: missing closing ${quote}quote${opened === undefined ? '' : ` for the text opened at ${where(lineStarts, opened)}`}`);
    }
    case 'unexpected end of the stream within a flow collection':
    case 'missed comma between flow collection entries': {
      const opened = context.openStarts().findLast((start) => text[start] === '[' || text[start] === '{');
      if (opened === undefined) break;
      const [kind, close] = text[opened] === '[' ? ['list', ']'] : ['mapping', '}'];
      return at(offset, `YAML syntax error: the ${kind} opened with "${text[opened]}" at ${where(lineStarts, opened)} is not closed with "${close}" (or a comma is missing between its entries)`);
    }
  }
  return at(offset, `YAML syntax error: ${shortText(error.reason, MAX_PARSER_MESSAGE)}`);
}

/**
 * A key indented deeper than its siblings reads as the continuation of the value above it, and its ":" then
 * comes too late: the value is what to point at. Otherwise the line's indentation is the mistake.
 */
function misalignment(context: SyntaxContext, offset: number, lineStart: number): InputError {
  const { text, at } = context;
  const value = context.lastClosed();
  if (value !== undefined && text[offset] === ':' && value[1] === offset && value[0] < lineStart) {
    return at(value[0], 'YAML syntax error: this value runs on into the next line, where a ":" follows: indent the key on that line like the keys above it, or quote the value');
  }
  return at(lineStart, 'YAML syntax error: this line is indented differently from the entries of its mapping or list: line it up with them');
}

function where(lineStarts: readonly number[], offset: number): string {
  const { line, column } = positionAt(lineStarts, offset);
  return `line ${line}, column ${column}`;
}

/** The key as written at `offset`, quotes removed, as a short excerpt. */
function writtenKey(text: string, offset: number): string {
  const written = /^[^:\s]+|^"[^"]*"|^'[^']*'/.exec(text.slice(offset, offset + 1024))?.[0];
  return written === undefined ? 'this key' : excerpt(/^["']/.test(written) ? written.slice(1, -1) : written);
}

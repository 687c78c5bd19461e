// The YAML 1.2 core schema exactly as the spec (and the `yaml` package) resolves plain scalars, for js-yaml.
// js-yaml's own CORE_SCHEMA also reads `0b101`, `-0x1F` and `1_000` as numbers and `-.5` as text; invitee files
// must mean the same to every YAML tool, so the resolution rules are the spec's, written out here once.
// Explicit tags outside these (custom `!foo`, `!!binary`, ...) are read as plain data, never executed, so that
// the parser can report every one of them with its position instead of stopping at the first.
import { FAILSAFE_SCHEMA, Type } from 'js-yaml';

const NULL = /^(?:~|null|Null|NULL)$/;
const BOOL = /^(?:true|True|TRUE|false|False|FALSE)$/;
const DECIMAL = /^[-+]?[0-9]+$/;
const OCTAL = /^0o[0-7]+$/;
const HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
const INFINITY = /^[-+]?\.(?:inf|Inf|INF)$/;
const NOT_A_NUMBER = /^\.(?:nan|NaN|NAN)$/;

/** Only text starting with one of these can be a number: the cheap test that keeps names off the regexes. */
function mayBeNumber(text: string): boolean {
  const first = text.charCodeAt(0);
  return (first >= 0x30 && first <= 0x39) || first === 0x2d || first === 0x2b || first === 0x2e; // 0-9 - + .
}

const nullType = new Type('tag:yaml.org,2002:null', {
  kind: 'scalar',
  resolve: (text: string | null) => text === null || NULL.test(text),
  construct: () => null,
});

const boolType = new Type('tag:yaml.org,2002:bool', {
  kind: 'scalar',
  resolve: (text: string | null) => text !== null && BOOL.test(text),
  construct: (text: string) => text.charCodeAt(0) === 0x74 || text.charCodeAt(0) === 0x54, // t T
});

const intType = new Type('tag:yaml.org,2002:int', {
  kind: 'scalar',
  resolve: (text: string | null) => text !== null && mayBeNumber(text) && (DECIMAL.test(text) || OCTAL.test(text) || HEX.test(text)),
  construct: (text: string) => {
    if (OCTAL.test(text)) return parseInt(text.slice(2), 8);
    if (HEX.test(text)) return parseInt(text.slice(2), 16);
    // As the spec's JSON form of a big integer: the nearest double (the number check then calls it altered).
    return text.charCodeAt(0) === 0x2d ? -parseInt(text.slice(1), 10) : parseInt(text, 10);
  },
});

const floatType = new Type('tag:yaml.org,2002:float', {
  kind: 'scalar',
  resolve: (text: string | null) =>
    text !== null && mayBeNumber(text) && (FLOAT.test(text) || INFINITY.test(text) || NOT_A_NUMBER.test(text)),
  construct: (text: string) => {
    if (INFINITY.test(text)) return text.charCodeAt(0) === 0x2d ? -Infinity : Infinity;
    if (NOT_A_NUMBER.test(text)) return Number.NaN;
    return parseFloat(text);
  },
});

/** Any other explicit tag, on any kind of node: the data as written, for the parser to report the tag. */
const anyTag = (['scalar', 'sequence', 'mapping'] as const).flatMap((kind) =>
  ['!', 'tag:'].map((prefix) => new Type(prefix, { kind, multi: true, construct: (data: unknown) => data })),
);

export const CORE_SCHEMA = FAILSAFE_SCHEMA.extend({ implicit: [nullType, boolType, intType, floatType], explicit: anyTag });

const CORE_TAG = 'tag:yaml.org,2002:';

/** The explicit tags that only say what the core schema says anyway, by the kind of node they may stand on. */
const HARMLESS_TAGS: Readonly<Record<string, string>> = {
  [`${CORE_TAG}str`]: 'scalar',
  [`${CORE_TAG}int`]: 'scalar',
  [`${CORE_TAG}float`]: 'scalar',
  [`${CORE_TAG}bool`]: 'scalar',
  [`${CORE_TAG}null`]: 'scalar',
  [`${CORE_TAG}seq`]: 'sequence',
  [`${CORE_TAG}map`]: 'mapping',
};

/** `!` (non-specific) and the core tags on their own kind of node are harmless; anything else is refused. */
export function isHarmlessTag(tag: string, kind: string | null): boolean {
  return tag === '!' || (Object.hasOwn(HARMLESS_TAGS, tag) && (kind === null || HARMLESS_TAGS[tag] === kind));
}

/** `tag:yaml.org,2002:binary` → `!!binary`; other tags as js-yaml names them (`!python/object`). */
export function shortTagName(tag: string): string {
  return tag.startsWith(CORE_TAG) ? `!!${tag.slice(CORE_TAG.length)}` : tag;
}

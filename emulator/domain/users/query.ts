// A subset of Auth0's v3 user search syntax (Lucene-like): `field:"value"`, `field:value`, trailing `*`
// wildcards, `_exists_:field`, AND / OR / NOT and parentheses. Juxtaposed terms without an operator are
// rejected on purpose: Lucene's default operator is OR, which surprises callers who meant AND, so the emulator
// forces portable, explicit queries.
import { invalidQuery } from '../errors';
import type { UserRecord } from '../state';

export type UserPredicate = (user: UserRecord) => boolean;

/** Normalised profile fields are matched case-insensitively (https://auth0.com/docs/manage-users/user-search/user-search-best-practices). */
const CASE_INSENSITIVE = new Set(['email', 'name', 'given_name', 'family_name', 'nickname']);

const SEARCHABLE_ROOTS = new Set([
  'user_id', 'email', 'email_verified', 'username', 'phone_number', 'phone_verified', 'name', 'given_name',
  'family_name', 'nickname', 'picture', 'blocked', 'app_metadata', 'user_metadata', 'created_at', 'updated_at',
  'last_password_reset', 'last_login', 'logins_count',
]);

type Token = { kind: 'lparen' } | { kind: 'rparen' } | { kind: 'op'; op: 'AND' | 'OR' | 'NOT' } | { kind: 'term'; field: string; value: string; quoted: boolean };

function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < query.length) {
    const ch = query[i];
    if (ch === ' ' || ch === '\t' || ch === '\n') { i += 1; continue; }
    if (ch === '(') { tokens.push({ kind: 'lparen' }); i += 1; continue; }
    if (ch === ')') { tokens.push({ kind: 'rparen' }); i += 1; continue; }
    const word = /^(AND|OR|NOT|&&|\|\|)(?=[\s()]|$)/.exec(query.slice(i));
    if (word?.[1]) {
      const op = word[1] === '&&' ? 'AND' : word[1] === '||' ? 'OR' : (word[1] as 'AND' | 'OR' | 'NOT');
      tokens.push({ kind: 'op', op });
      i += word[1].length;
      continue;
    }
    const field = /^([A-Za-z0-9_.\-[\]]+):/.exec(query.slice(i));
    if (!field?.[1]) throw invalidQuery(`'Unexpected input at position ${i}' on property q`);
    i += field[0].length;
    if (query[i] === '"') {
      let value = '';
      i += 1;
      while (i < query.length && query[i] !== '"') {
        if (query[i] === '\\' && i + 1 < query.length) i += 1;
        value += query[i];
        i += 1;
      }
      if (query[i] !== '"') throw invalidQuery(`'Unterminated quoted value' on property q`);
      i += 1;
      tokens.push({ kind: 'term', field: field[1], value, quoted: true });
    } else {
      let value = '';
      while (i < query.length && !/[\s()]/.test(query[i] ?? '')) {
        if (query[i] === '\\' && i + 1 < query.length) i += 1;
        value += query[i];
        i += 1;
      }
      if (value === '') throw invalidQuery(`'Missing value for ${field[1]}' on property q`);
      tokens.push({ kind: 'term', field: field[1], value, quoted: false });
    }
  }
  return tokens;
}

export function parseUserQuery(query: string): UserPredicate {
  const tokens = tokenize(query);
  let position = 0;
  const peek = (): Token | undefined => tokens[position];

  const parseOr = (): UserPredicate => {
    let left = parseAnd();
    while (peek()?.kind === 'op' && (peek() as { op: string }).op === 'OR') {
      position += 1;
      const right = parseAnd();
      const l = left;
      left = (u) => l(u) || right(u);
    }
    return left;
  };
  const parseAnd = (): UserPredicate => {
    let left = parseUnary();
    for (;;) {
      const next = peek();
      if (next?.kind === 'op' && next.op === 'AND') {
        position += 1;
        const right = parseUnary();
        const l = left;
        left = (u) => l(u) && right(u);
      } else if (next && (next.kind === 'term' || next.kind === 'lparen' || (next.kind === 'op' && next.op === 'NOT'))) {
        throw invalidQuery(`'Terms must be joined with AND or OR' on property q`);
      } else {
        return left;
      }
    }
  };
  const parseUnary = (): UserPredicate => {
    const token = peek();
    position += 1;
    if (!token) throw invalidQuery(`'Unexpected end of query' on property q`);
    if (token.kind === 'op' && token.op === 'NOT') {
      const inner = parseUnary();
      return (u) => !inner(u);
    }
    if (token.kind === 'lparen') {
      const inner = parseOr();
      if (peek()?.kind !== 'rparen') throw invalidQuery(`'Missing closing parenthesis' on property q`);
      position += 1;
      return inner;
    }
    if (token.kind === 'term') return termPredicate(token.field, token.value, token.quoted);
    throw invalidQuery(`'Unexpected ${token.kind === 'op' ? token.op : ')'}' on property q`);
  };

  const predicate = parseOr();
  if (position < tokens.length) throw invalidQuery(`'Unexpected input after the query' on property q`);
  return predicate;
}

function termPredicate(field: string, rawValue: string, quoted: boolean): UserPredicate {
  if (field === '_exists_') return (user) => rawValues(user, rawValue).length > 0;
  const insensitive = CASE_INSENSITIVE.has(field);
  const value = insensitive ? rawValue.toLowerCase() : rawValue;
  const wildcards = quoted ? 0 : value.split('*').length - 1;
  if (wildcards > MAX_WILDCARDS) throw invalidQuery(`'Too many wildcards (${wildcards}), maximum ${MAX_WILDCARDS} per term' on property q`);
  const matches = wildcards > 0 ? globMatcher(value) : (text: string) => text === value;
  return (user) =>
    fieldValues(user, field).some((candidate) => matches(insensitive ? candidate.toLowerCase() : candidate));
}

/** Wildcards per term; Auth0 publishes no limit (deviation), this keeps queries cheap. */
export const MAX_WILDCARDS = 10;

/**
 * `*` matches any run of characters. No regular expression (`a*a*a*…b` backtracks exponentially): the first
 * and last pieces are anchored, the pieces between are found left to right with `indexOf`, which is correct
 * for `*`-only globs (taking the leftmost occurrence never loses a match) and at most O(text × pattern).
 */
export function globMatcher(pattern: string): (text: string) => boolean {
  const pieces = pattern.split('*');
  const first = pieces[0] ?? '';
  const last = pieces[pieces.length - 1] ?? '';
  const middle = pieces.slice(1, -1).filter((piece) => piece !== '');
  return (text) => {
    if (text.length < first.length + last.length || !text.startsWith(first) || !text.endsWith(last)) return false;
    let at = first.length;
    const end = text.length - last.length;
    for (const piece of middle) {
      const found = text.indexOf(piece, at);
      if (found === -1 || found + piece.length > end) return false;
      at = found + piece.length;
    }
    return true;
  };
}

/** Values at a dotted path, expanding arrays, stringified for comparison. */
function fieldValues(user: UserRecord, field: string): string[] {
  return rawValues(user, field).flatMap(stringify);
}

/** Values at a dotted path, expanding arrays. */
function rawValues(user: UserRecord, field: string): unknown[] {
  if (field.startsWith('identities.')) {
    const identity: Record<string, unknown> = {
      connection: user.connection,
      provider: 'auth0',
      user_id: user.user_id.slice(user.user_id.indexOf('|') + 1),
      isSocial: false,
    };
    const value = identity[field.slice('identities.'.length)];
    return value === undefined ? [] : [value];
  }
  const steps = field.split('.');
  // Internal fields (password hashes, bookkeeping) are not part of the profile and never searchable.
  if (!SEARCHABLE_ROOTS.has(steps[0] ?? '')) return [];
  let current: unknown[] = [user];
  for (const step of steps) {
    const next: unknown[] = [];
    for (const item of current) {
      if (typeof item !== 'object' || item === null) continue;
      const value = (item as Record<string, unknown>)[step];
      if (Array.isArray(value)) next.push(...value);
      else if (value !== undefined && value !== null) next.push(value);
    }
    current = next;
  }
  return current;
}

function stringify(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (typeof value === 'string') return [value];
  if (typeof value === 'number' || typeof value === 'boolean') return [String(value)];
  return [];
}

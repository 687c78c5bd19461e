// Auth0's limits on metadata, checked at validation (with file:line) so that a value the tenant would refuse never
// passes here to fail at import on every run. The source of each limit:
// - depth: Auth0 publishes none; 10 levels is the limit this project's emulated tenant holds imports and PATCH
//   bodies to (emulator/domain/json-depth.ts, MAX_METADATA_DEPTH), kept equal here;
// - key names: Auth0's "Metadata field names and data types" page: field names must not contain `.` or `$`;
// - key sizes: Auth0 publishes none; 1,024 characters, YAML's own limit on an implicit key (parse-yaml.ts), so
//   that a key has one limit whether it is written plain or quoted;
// - total size: each invitee's users-imports record must fit an import file (512,000 bytes, auth0-facts.md §1
//   "Limits"); invitee-file.ts checks that against `batching.import_max_bytes`.
// The walk is iterative: a value nested thousands of levels deep gives a located error, never a stack overflow.
import type { PathSegment } from './parsed-source';

export const MAX_METADATA_DEPTH = 10;
export const MAX_METADATA_KEY_CHARACTERS = 1024;
const FORBIDDEN_KEY_CHARACTERS = /[.$]/;

export interface MetadataProblem {
  /** Path of the offending value below the metadata object (empty for the object itself). */
  path: PathSegment[];
  /** The problem is the key naming the value at `path`, not the value. */
  part: 'key' | 'value';
  message: string;
}

/** Every problem of one metadata object (user_metadata or app_metadata), at most one per kind of rule. */
export function metadataProblems(metadata: Record<string, unknown>): MetadataProblem[] {
  const problems: MetadataProblem[] = [];
  if (isFlatAndWellNamed(metadata)) return problems;
  let tooDeep = false;
  const stack: { value: unknown; path: PathSegment[]; depth: number }[] = [{ value: metadata, path: [], depth: 1 }];
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop()!;
    if (depth > MAX_METADATA_DEPTH) {
      if (!tooDeep) {
        problems.push({ path, part: 'value', message: `nested too deeply: metadata may nest at most ${MAX_METADATA_DEPTH} levels of lists and mappings (Auth0 refuses deeper values at import)` });
        tooDeep = true;
      }
      continue;
    }
    const entries: [PathSegment, unknown][] = Array.isArray(value) ? value.map((item, index) => [index, item]) : Object.entries(value as object);
    for (const [key, child] of entries) {
      if (typeof key === 'string') {
        const problem = keyProblem(key);
        if (problem !== undefined) problems.push({ path: [...path, key], part: 'key', message: problem });
      }
      if (typeof child === 'object' && child !== null) stack.push({ value: child, path: [...path, key], depth: depth + 1 });
    }
  }
  return problems;
}

/** Plain values under good keys (nearly all metadata): nothing to find, and no walk to allocate. */
function isFlatAndWellNamed(metadata: Record<string, unknown>): boolean {
  // for…in allocates no list of keys; an inherited enumerable key only sends the object to the full walk.
  for (const key in metadata) {
    if (!Object.hasOwn(metadata, key)) return false;
    const value = metadata[key];
    if ((typeof value === 'object' && value !== null) || keyProblem(key) !== undefined) return false;
  }
  return true;
}

function keyProblem(key: string): string | undefined {
  if (FORBIDDEN_KEY_CHARACTERS.test(key)) {
    return key.includes('.')
      ? 'the key contains ".", which Auth0 does not allow in metadata field names (nest the value instead of writing "a.b")'
      : 'the key contains "$", which Auth0 does not allow in metadata field names (rename the key)';
  }
  if (key.length > MAX_METADATA_KEY_CHARACTERS) return `a key of ${key.length} characters: metadata keys may have at most ${MAX_METADATA_KEY_CHARACTERS}`;
  return undefined;
}

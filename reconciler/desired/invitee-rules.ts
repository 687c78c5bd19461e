// The input rules an invitee file must meet beyond its schema, each a located error before any request: no
// bidirectional controls in profile fields (profile-rules.ts), and Auth0's metadata limits (metadata-limits.ts),
// in the defaults and in every entry.
import { PROFILE_FIELDS } from '../model';
import type { InputError } from './errors';
import { metadataProblems } from './metadata-limits';
import type { ParsedSource, PathSegment } from './parsed-source';
import { nearestOffset } from './parsed-source';
import { positionAt } from './positions';
import { profileTextProblem } from './profile-rules';
import { formatPath } from './schema-errors';

export interface RuleError {
  error: InputError;
  /** Where in the file: `['defaults', …]` or `['invitees', n, …]`. */
  path: PathSegment[];
}

export function inviteeRuleErrors(file: string, source: ParsedSource, lineStarts: readonly number[]): RuleError[] {
  const root = asRecord(source.value);
  if (root === undefined) return [];
  const errors: RuleError[] = [];
  // Paths are built only for an error: this runs for each of up to 100,000 invitees, nearly all without one.
  const fail = (path: PathSegment[], part: 'key' | 'value', message: string, email: string | undefined): void => {
    const { line, column } = positionAt(lineStarts, nearestOffset(source, path, part));
    errors.push({ path, error: { file, line, column, field: formatPath(path), ...(email !== undefined ? { email } : {}), message } });
  };
  const check = (fields: Record<string, unknown>, at: () => PathSegment[], email: string | undefined): void => {
    for (const field of PROFILE_FIELDS) {
      const value = fields[field];
      const problem = typeof value === 'string' ? profileTextProblem(value) : undefined;
      if (problem !== undefined) fail([...at(), field], 'value', problem, email);
    }
    for (const kind of METADATA_FIELDS) {
      const metadata = asRecord(fields[kind]);
      if (metadata === undefined) continue;
      for (const problem of metadataProblems(metadata)) fail([...at(), kind, ...problem.path], problem.part, problem.message, email);
    }
  };
  const defaults = asRecord(root.defaults);
  if (defaults !== undefined) check(defaults, () => ['defaults'], undefined);
  const invitees = root.invitees;
  if (Array.isArray(invitees)) {
    for (let index = 0; index < invitees.length; index++) {
      const fields = asRecord(invitees[index]);
      if (fields !== undefined) check(fields, () => ['invitees', index], typeof fields.email === 'string' ? fields.email : undefined);
    }
  }
  return errors;
}

const METADATA_FIELDS = ['user_metadata', 'app_metadata'] as const;

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

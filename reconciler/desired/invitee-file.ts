// One invitee file: read, parse, validate against the schema, and turn its entries into invitees with defaults
// merged in and source positions attached. Cross-file rules (duplicate emails) live in load-invitees.ts.
import { normalizeEmail, PROFILE_FIELDS, type AccessReference, type Invitee, type Metadata, type Profile, type SourceLocation } from '../model';
import { accessLimitErrors, accessReferences, mergeAccess } from './access';
import { isLeaseAddress, LEASE_DOMAIN } from '../lease/address';
import { excerpt, type InputError } from './errors';
import { importRecordBytes, importRecordFits } from '../import-file/size';
import { parseYaml } from './parse-yaml';
import { jsonNumber, type AlteredNumber, type ParsedSource } from './parsed-source';
import { indexLines, positionAt } from './positions';
import { MAX_FILE_BYTES, readTextFile } from './read-text';
import { inviteeRuleErrors } from './invitee-rules';
import { describeSchemaErrors, formatPath } from './schema-errors';
import { validateInviteeFile } from './schemas';

/** An entry as declared, valid or not: enough to find duplicates across files and to point at it. */
export interface DeclaredEntry {
  /** Normalised email. */
  email: string;
  /** As written. */
  writtenEmail: string;
  /** Where the email is written; the invitee's `source` is this same object. */
  source: SourceLocation;
  index: number;
  /** Set only when the entry (and the file's defaults) passed every check. */
  invitee: Invitee | undefined;
}

export interface InviteeFileResult {
  entries: DeclaredEntry[];
  errors: InputError[];
  /** Every role and organization name the file mentions, where it is written. */
  references?: AccessReference[];
}

export interface InviteeFileOptions {
  maxRecordBytes: number;
}

/** Why each field has no place in an invitee file, for the "unknown field" message. */
const UNKNOWN_FIELD_ADVICE: Record<string, string> = {
  password: ': passwords are never declared; each person sets their own through the invitation link',
  password_hash: ': password hashes are never declared; each person sets a password through the invitation link',
  custom_password_hash: ': password hashes are never declared; each person sets a password through the invitation link',
  user_id: ': Auth0 assigns user ids; the email is the identity here',
  username: ': the connection identifies people by email; usernames are not managed here',
  blocked: ': blocking is the reconciler\'s job (remove the person from the file and the revoke policy applies)',
  email_verified: ': the invitation link verifies the email (tickets.mark_email_as_verified in invitation.config.yaml)',
  mfa_factors: ': MFA enrolment is up to each person after they accept the invitation',
  phone_number: ': phone numbers are not managed by invitee files',
  phone_verified: ': phone numbers are not managed by invitee files',
  identities: ': Auth0 maintains identities itself',
};

/** `listedAsFile`: the folder's listing showed a regular file here (see readTextFile). */
export async function loadInviteeFile(file: string, options: InviteeFileOptions, listedAsFile = false): Promise<InviteeFileResult> {
  const read = await readTextFile(file, MAX_FILE_BYTES, { listedAsFile });
  if (read.error !== undefined) return { entries: [], errors: [read.error] };
  return checkInviteeText(file, read.text, options);
}

export function checkInviteeText(file: string, text: string, options: InviteeFileOptions): InviteeFileResult {
  const lineStarts = indexLines(text);
  const parsed = parseYaml(file, text, lineStarts);
  if (parsed.empty) {
    return {
      entries: [],
      errors: [
        {
          file,
          line: 1,
          column: 1,
          message: 'the file is empty: an invitee file needs an "invitees" list (write "invitees: []" for a file with nobody in it yet)',
        },
      ],
    };
  }
  if (parsed.source === undefined) return { entries: [], errors: parsed.errors };
  const { source } = parsed;

  const { errors, faultyEntries, faultyDefaults } = fileErrors(file, source, lineStarts);

  const root = asRecord(source.value);
  const defaults = asRecord(root?.defaults) ?? {};
  const items = Array.isArray(root?.invitees) ? (root.invitees as unknown[]) : [];
  const entries: DeclaredEntry[] = [];
  const references = accessReferences(file, source, lineStarts, ['defaults'], defaults);
  const emailPath: [string, number, string] = ['invitees', 0, 'email'];
  items.forEach((item, index) => {
    const fields = asRecord(item);
    const writtenEmail = fields?.email;
    if (fields === undefined || typeof writtenEmail !== 'string') return;
    emailPath[1] = index;
    const offset = source.offsetOf(emailPath, 'value') ?? 0;
    const { line, column } = positionAt(lineStarts, offset);
    // Every field in the literal, `invitee` included: one shape for all entries, no property added later.
    const entry: DeclaredEntry = { email: normalizeEmail(writtenEmail), writtenEmail, source: { file, line, column }, index, invitee: undefined };
    if (isLeaseAddress(writtenEmail)) {
      faultyEntries.add(index);
      errors.push({
        file,
        line,
        column,
        field: formatPath(['invitees', index, 'email']),
        email: writtenEmail,
        message: `addresses @${LEASE_DOMAIN} are reserved for the reconciler's tenant lease: an invitee cannot use one`,
      });
    }
    if (declaresAccess(fields)) references.push(...accessReferences(file, source, lineStarts, ['invitees', index], fields));
    if (!faultyDefaults && !faultyEntries.has(index)) {
      const invitee = mergeDefaults(entry, fields, defaults);
      const limitErrors =
        invitee.roles === undefined && invitee.organizations === undefined
          ? []
          : accessLimitErrors({ roles: invitee.roles ?? [], organizations: invitee.organizations ?? [] }, invitee.source, index, writtenEmail);
      if (limitErrors.length > 0) {
        errors.push(...limitErrors);
      } else if (!importRecordFits(invitee, options.maxRecordBytes)) {
        const bytes = importRecordBytes(invitee);
        errors.push({
          file,
          line,
          column,
          field: formatPath(['invitees', index]),
          email: writtenEmail,
          message: `this invitee's users-imports record would be about ${bytes} bytes (including ~200 bytes of bookkeeping), more than the ${options.maxRecordBytes} bytes an import file may hold: shorten its metadata`,
        });
      } else {
        entry.invitee = invitee;
      }
    }
    entries.push(entry);
  });
  return { entries, errors, references };
}

/**
 * The file's errors before its entries are read: schema, input rules (invitee-rules.ts) and numbers YAML would
 * alter; and which entries (or the defaults) they touch: those stay out of the desired state (but still count for
 * duplicates).
 */
function fileErrors(file: string, source: ParsedSource, lineStarts: readonly number[]): { errors: InputError[]; faultyEntries: Set<number>; faultyDefaults: boolean } {
  const validate = validateInviteeFile();
  const valid = validate(source.value);
  const errors = valid ? [] : describeSchemaErrors(validate.errors ?? [], { file, source, lineStarts, unknownFieldAdvice: UNKNOWN_FIELD_ADVICE });
  const faultyEntries = new Set<number>();
  let faultyDefaults = false;
  const touches = (path: readonly (string | number)[]): void => {
    if (path[0] === 'invitees' && path[1] !== undefined) faultyEntries.add(Number(path[1]));
    else faultyDefaults = true;
  };
  for (const error of validate.errors ?? []) touches(error.instancePath.split('/').slice(1));
  for (const { error, path } of inviteeRuleErrors(file, source, lineStarts)) {
    errors.push(error);
    touches(path);
  }
  for (const altered of (source.alteredNumbers ?? []).filter(isInMetadata)) {
    errors.push(alteredNumberError(file, source, lineStarts, altered));
    touches(altered.path);
  }
  return { errors, faultyEntries, faultyDefaults };
}

/** Inside user_metadata or app_metadata, of the defaults or of an invitee (a key or a value of any depth). */
function isInMetadata({ path }: AlteredNumber): boolean {
  const metadataAt = path[0] === 'defaults' ? 1 : path[0] === 'invitees' && typeof path[1] === 'number' ? 2 : -1;
  const field = path[metadataAt];
  // The metadata object itself (`user_metadata: 1`) is the schema's to report, as a wrong type.
  return metadataAt > 0 && (field === 'user_metadata' || field === 'app_metadata') && path.length > metadataAt + 1;
}

/** `zip: 01234` would reach the tenant as 1234: refused, so that metadata arrives as written. */
function alteredNumberError(file: string, source: ParsedSource, lineStarts: readonly number[], altered: AlteredNumber): InputError {
  const written = `${altered.part === 'key' ? 'the key ' : ''}${excerpt(altered.source)}`;
  const reading = Number.isFinite(altered.value)
    ? `is read as the number ${jsonNumber(altered.value)}, not as written`
    : `is read as ${String(altered.value)}, which JSON cannot carry (the tenant would get null, which removes the key)`;
  const email = inviteeEmailOf(source.value, altered.path);
  return {
    file,
    ...positionAt(lineStarts, altered.offset),
    field: formatPath(altered.path),
    ...(email !== undefined ? { email } : {}),
    message: `${written} ${reading}: quote it to keep it as text`,
  };
}

function inviteeEmailOf(root: unknown, path: readonly (string | number)[]): string | undefined {
  if (path[0] !== 'invitees' || typeof path[1] !== 'number') return undefined;
  const invitees = asRecord(root)?.invitees;
  const email = Array.isArray(invitees) ? asRecord(invitees[path[1]])?.email : undefined;
  return typeof email === 'string' ? email : undefined;
}

/**
 * Defaults under the invitee: profile fields when the invitee names none (its `null` declares nothing, cancelling
 * the default), metadata merged one level deep (a `null` key stays: the planner reads it as not declared), roles
 * joined, organizations joined by name (desired/access.ts). `roles` and `organizations` are set only when declared.
 */
function mergeDefaults(entry: DeclaredEntry, fields: Record<string, unknown>, defaults: Record<string, unknown>): Invitee {
  const profile: Profile = {};
  for (const field of PROFILE_FIELDS) {
    const value = Object.hasOwn(fields, field) ? fields[field] : defaults[field];
    if (typeof value === 'string') profile[field] = value;
  }
  const user_metadata = mergeMetadata(defaults.user_metadata, fields.user_metadata);
  const app_metadata = mergeMetadata(defaults.app_metadata, fields.app_metadata);
  const { source } = entry;
  // Object literals without spreads: spreading here cost a third of the time per invitee.
  if (!declaresAccess(defaults) && !declaresAccess(fields)) return { email: entry.email, profile, user_metadata, app_metadata, source };
  const access = mergeAccess(defaults, fields);
  return {
    email: entry.email,
    profile,
    user_metadata,
    app_metadata,
    ...(access.roles.length > 0 ? { roles: access.roles } : {}),
    ...(access.organizations.length > 0 ? { organizations: access.organizations } : {}),
    source,
  };
}

/** Whether `fields` name roles or organizations: most invitees name none, and skip that work (and its objects). */
function declaresAccess(fields: Record<string, unknown>): boolean {
  return fields.roles !== undefined || fields.organizations !== undefined;
}

/** No metadata: one object for every such invitee (nothing writes to an invitee's metadata). */
const NO_METADATA: Metadata = Object.freeze({});

/**
 * The defaults' keys, then the invitee's. Where only one side declares metadata its object is used as it is,
 * shared as YAML aliases already share it: a copy per invitee was a fifth of the loading time. `__proto__` is a
 * key like any other (as in a spread).
 */
function mergeMetadata(defaults: unknown, own: unknown): Metadata {
  const base = asRecord(defaults);
  const extra = asRecord(own);
  if (extra === undefined) return (base as Metadata | undefined) ?? NO_METADATA;
  // `app_metadata: *defaults` (an alias of the defaults' own block): the same object on both sides.
  if (base === undefined || base === extra) return extra as Metadata;
  const merged: Metadata = {};
  for (const from of [base, extra]) {
    for (const key of Object.keys(from)) {
      if (key === '__proto__') Object.defineProperty(merged, key, { value: from[key], enumerable: true, writable: true, configurable: true });
      else merged[key] = from[key];
    }
  }
  return merged;
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

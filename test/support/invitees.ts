// Invitees for tests and benchmarks: one generator of people, one YAML writer, one way to lay them out in files.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

type Metadata = Record<string, unknown>;

/** One entry of an invitee file, keys in the order they are written. */
export interface InviteeSpec {
  email: string;
  name?: string;
  given_name?: string;
  family_name?: string;
  user_metadata?: Metadata;
  app_metadata?: Metadata;
}

export interface PeopleOptions {
  /** Local part before the number (default `person`). */
  prefix?: string;
  /** Index of the first person (default 0). */
  first?: number;
  /** Digits of the zero-padded number (default 4). */
  digits?: number;
  /** Spread over `example-<index % domains>.com` instead of one `example.com`. */
  domains?: number;
  /** Shaped like the examples: given and family names on every second person, a locale on every third. */
  profiles?: boolean;
}

/** `count` people, `<prefix>-<number>@example.com`, named `Person <index>`: unique, stable, valid for Auth0. */
export function people(count: number, options: PeopleOptions | string = {}): InviteeSpec[] {
  const { prefix = 'person', first = 0, digits = 4, domains, profiles = false } = typeof options === 'string' ? { prefix: options } : options;
  return Array.from({ length: count }, (_, i) => {
    const index = first + i;
    const domain = domains === undefined ? 'example.com' : `example-${index % domains}.com`;
    const spec: InviteeSpec = { email: `${prefix}-${String(index).padStart(digits, '0')}@${domain}`, name: `Person ${index}` };
    if (profiles && index % 2 === 0) Object.assign(spec, { given_name: 'Person', family_name: `Number ${index}` });
    if (profiles && index % 3 === 0) spec.user_metadata = { locale: 'en-GB' };
    return spec;
  });
}

/** An invitee named after its address (`ada@example.com` is `Person ada`). */
export const person = (email: string): InviteeSpec => ({ email, name: `Person ${email.split('@')[0]}` });

export const emailsOf = (invitees: readonly InviteeSpec[]): string[] => invitees.map((invitee) => invitee.email);

/** Plain where YAML reads the text back as the same string, double-quoted (JSON) otherwise. */
function scalar(value: unknown): string {
  if (typeof value !== 'string') return JSON.stringify(value);
  const plain = /^[A-Za-z][\w .@+-]*$/.test(value) && !/ $/.test(value) && !/^(true|false|null|yes|no|on|off|y|n)$/i.test(value);
  return plain ? value : JSON.stringify(value);
}

export interface YamlStyle {
  /** Nested mappings (metadata) in flow style, `{ … }` (written as JSON), instead of block style. */
  flow?: boolean;
}

function mappingLines(value: Metadata, indent: string, style: YamlStyle = {}): string[] {
  const entries = Object.entries(value).filter(([, item]) => item !== undefined);
  return entries.flatMap(([key, item]) =>
    typeof item === 'object' && item !== null && !Array.isArray(item) && !style.flow
      ? [`${indent}${key}:`, ...mappingLines(item as Metadata, `${indent}  `)]
      : [`${indent}${key}: ${typeof item === 'object' ? JSON.stringify(item) : scalar(item)}`],
  );
}

/** An invitee file: optional `defaults`, then the invitees (block style unless asked). */
export function inviteesYaml(invitees: readonly InviteeSpec[], defaults?: Metadata, style: YamlStyle = {}): string {
  const lines = defaults === undefined ? [] : ['defaults:', ...mappingLines(defaults, '  ')];
  lines.push(invitees.length === 0 ? 'invitees: []' : 'invitees:');
  for (const invitee of invitees) {
    const [first = '', ...rest] = mappingLines({ ...invitee }, '    ', style);
    lines.push(`  - ${first.trimStart()}`, ...rest);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Invitees spread over `files` team files (`team-000.yaml`, …, each with its own `app_metadata.team` default),
 * as a file name → YAML text map.
 */
export function teamFiles(invitees: readonly InviteeSpec[], files: number, style: YamlStyle = {}): Record<string, string> {
  const perFile = Math.ceil(invitees.length / files);
  const result: Record<string, string> = {};
  for (let file = 0; file * perFile < invitees.length; file++) {
    const chunk = invitees.slice(file * perFile, (file + 1) * perFile);
    result[`team-${String(file).padStart(3, '0')}.yaml`] = inviteesYaml(chunk, { app_metadata: { team: `team-${file}` } }, style);
  }
  return result;
}

/** Replaces the folder's contents with these files (name → text); returns the bytes written. */
export async function writeFiles(dir: string, files: Record<string, string>): Promise<number> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  let bytes = 0;
  for (const [name, text] of Object.entries(files)) {
    bytes += Buffer.byteLength(text);
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), text);
  }
  return bytes;
}

// How an emulated response is held against the recorded one: the status; the content type; error envelopes
// exactly; other bodies by key sets and JSON types, recursively, and by value, except values Auth0 generates
// (timestamps, ids, ticket links, gravatar hashes), which must only have the recorded format.

export type DeviationKind = 'status' | 'content type' | 'missing key' | 'extra key' | 'type' | 'value' | 'format' | 'length' | 'envelope';

export interface Deviation {
  kind: DeviationKind;
  /** Where in the body: `users[0].picture`; '' for the response itself. */
  at: string;
  recorded: unknown;
  emulated: unknown;
}

export interface Response {
  status: number;
  contentType: string | null;
  body: unknown;
}

/** Values Auth0 generates: each is compared by the format it matches, with the variable part blanked. */
const GENERATED: Array<[RegExp, (match: RegExpExecArray) => string]> = [
  [/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/, () => '<timestamp>'],
  [/^auth0\|[0-9a-f]{24}$/, () => 'auth0|<hex id>'],
  [/^[0-9a-f]{24}$/, () => '<hex id>'],
  [/^job_[A-Za-z0-9]{16}$/, () => '<job id>'],
  [/^https?:\/\/[^/]+\/u\/reset-password\?ticket=[A-Za-z0-9]{32}#$/, () => '<origin>/u/reset-password?ticket=<ticket id>#'],
  // The hash is the email's; recorders rewrote some emails. Host and fallback avatar are compared as they are.
  [/^(https:\/\/[a-z.]*gravatar\.com\/avatar\/)[0-9a-f]{32}(\?.*)$/, (m) => `${m[1]}<md5>${m[2]}`],
];

/** Keys whose recorded values were redacted by the recorders: only the JSON type can be compared. */
const REDACTED = new Set(['access_token']);

export function normalizeGenerated(value: string): string {
  for (const [format, blank] of GENERATED) {
    const match = format.exec(value);
    if (match) return blank(match);
  }
  return value;
}

export function compareResponses(recorded: Response, emulated: Response): Deviation[] {
  if (recorded.status !== emulated.status) return [{ kind: 'status', at: '', recorded: recorded.status, emulated: emulated.status }];
  const deviations: Deviation[] = [];
  if ((recorded.contentType ?? '').toLowerCase() !== (emulated.contentType ?? '').toLowerCase()) {
    deviations.push({ kind: 'content type', at: '', recorded: recorded.contentType, emulated: emulated.contentType });
  }
  if (recorded.status >= 400) {
    if (JSON.stringify(sortKeys(recorded.body)) !== JSON.stringify(sortKeys(emulated.body))) {
      deviations.push({ kind: 'envelope', at: '', recorded: recorded.body, emulated: emulated.body });
    }
    return deviations;
  }
  compareValues(recorded.body, emulated.body, '', deviations);
  return deviations;
}

function compareValues(recorded: unknown, emulated: unknown, at: string, out: Deviation[]): void {
  const type = jsonType(recorded);
  if (type !== jsonType(emulated)) {
    out.push({ kind: 'type', at, recorded, emulated });
    return;
  }
  if (type === 'object') {
    compareObjects(recorded as Record<string, unknown>, emulated as Record<string, unknown>, at, out);
  } else if (type === 'array') {
    const [r, e] = [recorded as unknown[], emulated as unknown[]];
    if (r.length !== e.length) out.push({ kind: 'length', at, recorded: r.length, emulated: e.length });
    for (let index = 0; index < Math.min(r.length, e.length); index += 1) compareValues(r[index], e[index], `${at}[${index}]`, out);
  } else if (type === 'string') {
    const [r, e] = [normalizeGenerated(recorded as string), normalizeGenerated(emulated as string)];
    if (r !== e) out.push({ kind: r !== recorded ? 'format' : 'value', at, recorded, emulated });
  } else if (recorded !== emulated) {
    out.push({ kind: 'value', at, recorded, emulated });
  }
}

function compareObjects(recorded: Record<string, unknown>, emulated: Record<string, unknown>, at: string, out: Deviation[]): void {
  const where = (key: string): string => (at === '' ? key : `${at}.${key}`);
  for (const key of Object.keys(recorded)) {
    if (!Object.hasOwn(emulated, key)) out.push({ kind: 'missing key', at: where(key), recorded: recorded[key], emulated: undefined });
    else if (REDACTED.has(key)) {
      if (jsonType(recorded[key]) !== jsonType(emulated[key])) out.push({ kind: 'type', at: where(key), recorded: recorded[key], emulated: emulated[key] });
    } else compareValues(recorded[key], emulated[key], where(key), out);
  }
  for (const key of Object.keys(emulated)) {
    if (!Object.hasOwn(recorded, key)) out.push({ kind: 'extra key', at: where(key), recorded: undefined, emulated: emulated[key] });
  }
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.keys(value).sort().map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]));
}

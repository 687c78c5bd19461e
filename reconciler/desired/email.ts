// Email addresses as Auth0's users-imports schema accepts them (`format: email`, the same check as ajv-formats):
// ASCII only, a dot-atom local part, one `@`, and a domain of valid DNS labels with at least one dot.
import { domainToASCII } from 'node:url';

const LOCAL_ATOM = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+$/;
const DOMAIN_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
const NON_ASCII = /[^\x00-\x7f]/;
const WHITESPACE_OR_CONTROL = /[\s\x00-\x1f\x7f]/;
const MAX_EMAIL_LENGTH = 254;
const MAX_LOCAL_LENGTH = 64;

/**
 * Why an address would be refused, or undefined when it is fine. Surrounding whitespace is ignored (identity is
 * the trimmed address, and the trimmed address is what gets imported); everything else must be exact.
 */
export function emailProblem(raw: string): string | undefined {
  const email = raw.trim();
  if (email === '') return 'is empty';
  if (WHITESPACE_OR_CONTROL.test(email)) return 'contains whitespace or a control character';
  const at = email.indexOf('@');
  if (at === -1) return 'has no "@"';
  if (email.indexOf('@', at + 1) !== -1) return 'contains more than one "@"';
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  if (NON_ASCII.test(domain)) {
    const mixed = mixedScriptLabel(domain);
    if (mixed !== undefined) {
      // Never a punycode suggestion here: it would turn a look-alike into an address that seems deliberate.
      return `has the domain label "${mixed.label}", which mixes ${mixed.scripts.join(' and ')} letters: that is how look-alike (homoglyph) domains are made; write the domain you mean in plain ASCII letters`;
    }
    const ascii = domainToASCII(domain);
    const suggestion = ascii === '' ? '' : `: write the domain in its punycode form, "${local}@${ascii}"`;
    return `has a non-ASCII domain, which Auth0's import schema rejects${suggestion}`;
  }
  if (NON_ASCII.test(local)) {
    return 'has non-ASCII characters before the "@", which Auth0\'s import schema rejects (internationalised local parts cannot be imported)';
  }
  if (email.length > MAX_EMAIL_LENGTH) return `is ${email.length} characters long; an address may have at most ${MAX_EMAIL_LENGTH}`;
  if (local === '') return 'has nothing before the "@"';
  if (local.length > MAX_LOCAL_LENGTH) return `has ${local.length} characters before the "@"; at most ${MAX_LOCAL_LENGTH} are allowed`;
  if (local.startsWith('.') || local.endsWith('.')) return 'has a dot at the start or end of the part before the "@"';
  if (local.includes('..')) return 'has two dots in a row before the "@"';
  if (local.startsWith('"')) return 'has a quoted local part, which Auth0\'s import schema rejects';
  for (const atom of local.split('.')) {
    if (!LOCAL_ATOM.test(atom)) {
      const bad = [...atom].find((character) => !LOCAL_ATOM.test(character)) ?? atom;
      return `has the character ${JSON.stringify(bad)} before the "@", which is not allowed there`;
    }
  }
  if (domain === '') return 'has no domain after the "@"';
  if (domain.endsWith('.')) return 'ends with a dot';
  if (domain.startsWith('.')) return 'has a domain starting with a dot';
  if (domain.includes('..')) return 'has two dots in a row in the domain';
  if (!domain.includes('.')) return `has the domain "${domain}" without a dot; a full domain like "example.com" is needed`;
  for (const label of domain.split('.')) {
    if (!DOMAIN_LABEL.test(label)) {
      return label.length > 63
        ? `has a domain label of ${label.length} characters; DNS allows at most 63`
        : `has the domain label "${label}", which is not a valid host name part (letters, digits and inner hyphens only)`;
    }
  }
  return undefined;
}

/** Scripts whose letters pass for one another; Han, Hiragana and Katakana count as one (Japanese mixes them). */
const SCRIPTS: readonly [string, RegExp][] = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Armenian', /\p{Script=Armenian}/u],
  ['Cherokee', /\p{Script=Cherokee}/u],
  ['Georgian', /\p{Script=Georgian}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['Japanese or Chinese', /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['Hangul', /\p{Script=Hangul}/u],
];

/** The first domain label whose letters come from more than one script, e.g. Latin `pple` after a Cyrillic `а`. */
function mixedScriptLabel(domain: string): { label: string; scripts: string[] } | undefined {
  for (const label of domain.split('.')) {
    const scripts = new Set<string>();
    for (const character of label) {
      const script = SCRIPTS.find(([, pattern]) => pattern.test(character));
      if (script !== undefined) scripts.add(script[0]);
    }
    if (scripts.size > 1) return { label, scripts: [...scripts] };
  }
  return undefined;
}

/**
 * The common address in one test: dot-atoms of the allowed characters, one `@`, DNS labels with at least one dot.
 * It accepts nothing emailProblem() refuses (the lengths are checked beside it); anything else goes through
 * emailProblem() for the verdict. 100,000 invitees are validated without building a reason for each.
 */
const PLAIN_ADDRESS =
  /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

export function isValidEmail(raw: string): boolean {
  if (raw.length <= MAX_EMAIL_LENGTH && raw.indexOf('@') <= MAX_LOCAL_LENGTH && PLAIN_ADDRESS.test(raw)) return true;
  return emailProblem(raw) === undefined;
}

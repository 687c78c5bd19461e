// The formats the schemas use, as ajv format definitions, in a module of their own so that validators compiled
// ahead of time (scripts/precompiled-validators.ts) can import them: our own `email` (Auth0's import rules, with
// reasons) and a `uri` good enough for http(s) URLs (the schemas add a pattern for the scheme).
import { isValidEmail } from './email';

export const SCHEMA_FORMATS = {
  email: { type: 'string', validate: isValidEmail },
  uri: { type: 'string', validate: isAbsoluteUrl },
} as const;

function isAbsoluteUrl(value: string): boolean {
  if (/\s/.test(value)) return false;
  try {
    return new URL(value).host !== '';
  } catch {
    return false;
  }
}

// Password storage. scrypt with a low cost: the emulator guards no real secrets and must stay fast.
// Users imported with a bcrypt `password_hash` keep that hash; it can be checked only if `bcryptjs` is installed.
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import { createRequire } from 'node:module';
import { ApiError } from '../errors';

export type StoredPassword = { kind: 'scrypt'; salt: string; hash: string } | { kind: 'bcrypt'; hash: string };

const SCRYPT_OPTIONS = { N: 1024, r: 8, p: 1 } as const;

export function hashPassword(password: string): StoredPassword {
  const salt = randomBytes(16);
  const hash = scryptSync(password, salt, 32, SCRYPT_OPTIONS);
  return { kind: 'scrypt', salt: salt.toString('base64'), hash: hash.toString('base64') };
}

interface BcryptLike {
  compareSync(password: string, hash: string): boolean;
}

let bcrypt: BcryptLike | null | undefined;
function loadBcrypt(): BcryptLike | null {
  if (bcrypt !== undefined) return bcrypt;
  try {
    const loaded: unknown = createRequire(import.meta.url)('bcryptjs');
    bcrypt = isBcryptLike(loaded) ? loaded : null;
  } catch {
    bcrypt = null;
  }
  return bcrypt;
}
function isBcryptLike(value: unknown): value is BcryptLike {
  return typeof value === 'object' && value !== null && typeof (value as { compareSync?: unknown }).compareSync === 'function';
}

export function verifyPassword(password: string, stored: StoredPassword | undefined): boolean {
  if (!stored) return false;
  if (stored.kind === 'bcrypt') return loadBcrypt()?.compareSync(password, stored.hash) ?? false;
  const expected = Buffer.from(stored.hash, 'base64');
  const actual = scryptSync(password, Buffer.from(stored.salt, 'base64'), expected.length, SCRYPT_OPTIONS);
  return timingSafeEqual(expected, actual);
}

/** The connection's password policy, simplified to a minimum length (tickets, POST and PATCH alike). */
export function checkPasswordStrength(password: string, minLength: number): void {
  if (password.length < minLength) throw new ApiError(400, 'PasswordStrengthError: Password is too weak', 'invalid_body');
}

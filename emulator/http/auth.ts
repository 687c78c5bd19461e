// Client credentials and access tokens. Tokens are HS256 JWTs signed with the tenant's persisted secret, so a
// token survives an emulator restart with `--state`, as a real token survives a tenant's deploys.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { ApiError } from '../domain/errors';

export interface ClientRecord {
  client_id: string;
  client_secret: string;
  scopes: string[];
}

/** Every scope an endpoint of the emulator checks (the `security` blocks of emulator/openapi/auth0-management-oas.json); the default client has them all. */
export const ALL_SCOPES = [
  'read:users',
  'create:users',
  'update:users',
  'update:users_app_metadata',
  'delete:users',
  'create:user_tickets',
  'read:connections',
  'read:roles',
  'create:roles',
  'update:roles',
  'read:role_members',
  'create:role_members',
  'delete:role_members',
  'read:organizations',
  'create:organizations',
  'read:organization_members',
  'create:organization_members',
  'delete:organization_members',
  'read:organization_member_roles',
  'create:organization_member_roles',
  'delete:organization_member_roles',
  'read:organization_connections',
  'create:organization_connections',
] as const;

export const TOKEN_LIFETIME_SECONDS = 86_400;

/** Parses `id:secret:scope1,scope2` (`--client`); no scope list means all scopes. */
export function parseClientSpec(spec: string): ClientRecord {
  // Scopes contain colons themselves: only the first two separate id and secret.
  const first = spec.indexOf(':');
  const second = first < 0 ? -1 : spec.indexOf(':', first + 1);
  const clientId = first < 0 ? spec : spec.slice(0, first);
  const clientSecret = first < 0 ? '' : second < 0 ? spec.slice(first + 1) : spec.slice(first + 1, second);
  const scopeList = second < 0 ? undefined : spec.slice(second + 1);
  if (!clientId || !clientSecret) throw new Error(`invalid client "${spec}": expected id:secret[:scope1,scope2]`);
  const scopes = scopeList === undefined ? [...ALL_SCOPES] : scopeList.split(',').map((s) => s.trim()).filter(Boolean);
  return { client_id: clientId, client_secret: clientSecret, scopes };
}

export interface TokenClaims {
  sub: string;
  azp: string;
  scope: string;
  iat: number;
  exp: number;
  aud: string;
  gty: 'client-credentials';
}

const base64url = (input: string | Buffer): string => Buffer.from(input).toString('base64url');
const HEADER = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));

export function signToken(claims: TokenClaims, secret: string): string {
  const payload = base64url(JSON.stringify(claims));
  const signature = createHmac('sha256', secret).update(`${HEADER}.${payload}`).digest('base64url');
  return `${HEADER}.${payload}.${signature}`;
}

const unauthorized = (message: string, errorCode?: string): ApiError => new ApiError(401, message, errorCode);

/** Verifies `Authorization: Bearer <jwt>`; throws Auth0-like 401s. Cached verdicts keep the hot path cheap. */
export class TokenVerifier {
  private readonly cache = new Map<string, TokenClaims>();

  constructor(private readonly secret: () => string, private readonly now: () => number) {}

  verify(authorization: string | undefined): TokenClaims {
    if (!authorization) throw unauthorized('Missing authentication');
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!match?.[1]) throw unauthorized('Bad HTTP authentication header format', 'Bearer');
    const token = match[1];
    let claims = this.cache.get(token);
    if (!claims) {
      claims = this.decode(token);
      if (this.cache.size > 10_000) this.cache.clear();
      this.cache.set(token, claims);
    }
    if (claims.exp * 1000 <= this.now()) throw unauthorized('Expired token received for JSON Web Token validation', 'invalid_token');
    return claims;
  }

  clear(): void {
    this.cache.clear();
  }

  private decode(token: string): TokenClaims {
    const [header, payload, signature] = token.split('.');
    if (!header || !payload || !signature) throw unauthorized('Invalid token', 'invalid_token');
    const expected = createHmac('sha256', this.secret()).update(`${header}.${payload}`).digest();
    const actual = Buffer.from(signature, 'base64url');
    if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) {
      throw unauthorized('Invalid signature received for JSON Web Token validation', 'invalid_signature');
    }
    try {
      const parsed: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
      if (!isClaims(parsed)) throw new Error('claims missing');
      return parsed;
    } catch {
      throw unauthorized('Invalid token', 'invalid_token');
    }
  }
}

function isClaims(value: unknown): value is TokenClaims {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.sub === 'string' && typeof v.scope === 'string' && typeof v.exp === 'number';
}

/** 403 `insufficient_scope` unless the token holds one of `accepted` (https://auth0.com/docs/api/management/v2 wording). */
export function requireScope(claims: TokenClaims, accepted: readonly string[]): void {
  const held = claims.scope.split(' ');
  if (accepted.some((scope) => held.includes(scope))) return;
  throw new ApiError(403, `Insufficient scope, expected any of: ${accepted.join(',')}`, 'insufficient_scope');
}

// Identifier formats Auth0 uses: `con_` + 16 alphanumerics, `job_` + 16, `auth0|` + 24 hex, 32-char ticket ids.
import { randomBytes } from 'node:crypto';

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export function alphanumeric(length: number): string {
  const bytes = randomBytes(length);
  let out = '';
  // 62 does not divide 256 evenly; the slight bias is irrelevant for identifiers.
  for (const byte of bytes) out += ALPHANUMERIC[byte % ALPHANUMERIC.length];
  return out;
}

export const newConnectionId = (): string => `con_${alphanumeric(16)}`;
export const newJobId = (): string => `job_${alphanumeric(16)}`;
export const newUserHexId = (): string => randomBytes(12).toString('hex');
export const newTicketId = (): string => alphanumeric(32);
export const newRoleId = (): string => `rol_${alphanumeric(16)}`;
export const newOrganizationId = (): string => `org_${alphanumeric(16)}`;
export const CONNECTION_ID_PATTERN = /^con_[A-Za-z0-9]{16}$/;

// The signed, short-lived link to an export file that stands in for Auth0's CDN link: valid 60 s, and every
// `GET /jobs/{id}` hands out a fresh one.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const EXPORT_LINK_TTL_SECONDS = 60;

export function exportSignature(secret: string, jobId: string, expires: number): string {
  return createHmac('sha256', secret).update(`export:${jobId}:${expires}`).digest('base64url');
}

export function exportSignatureMatches(secret: string, jobId: string, expires: number, signature: string): boolean {
  const expected = Buffer.from(exportSignature(secret, jobId, expires));
  const actual = Buffer.from(signature);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/** `<origin>/user-exports/<job>/<tenant>.<format>.gz?Expires=…&Signature=…`, valid from `nowMs` for the TTL. */
export function exportLink(origin: string, secret: string, job: { id: string; format?: string }, tenantName: string, nowMs: number): string {
  const expires = Math.floor(nowMs / 1000) + EXPORT_LINK_TTL_SECONDS;
  const file = `${tenantName}.${job.format ?? 'json'}.gz`;
  return `${origin}/user-exports/${job.id}/${file}?Expires=${expires}&Signature=${exportSignature(secret, job.id, expires)}`;
}

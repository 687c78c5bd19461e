// Metadata rules shared by every writer: the one merge Auth0 uses for PATCH /users/{id} and for Actions'
// setAppMetadata/setUserMetadata (top-level keys merged, nested values replaced whole, `null` removes a key),
// what an empty object does in a PATCH (clears it), and the nesting limit POST and PATCH bodies are held to.
import { invalidBody } from '../errors';
import { MAX_METADATA_DEPTH } from '../json-depth';
import type { Metadata } from '../state';
import { compileCheck, type SchemaCheck } from '../validation/schema';
import { issueDetail } from '../validation/wording';

export function mergeOneLevel(current: Metadata | undefined, patch: Metadata): Metadata {
  const merged: Metadata = { ...current };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete merged[key];
    else merged[key] = value;
  }
  return merged;
}

/** `PATCH /users/{id}`: an empty object clears the metadata (recorded); any other object is merged one level. */
export function patchMetadata(current: Metadata | undefined, patch: Metadata): Metadata {
  return Object.keys(patch).length === 0 ? {} : mergeOneLevel(current, patch);
}

let depthCheck: SchemaCheck | undefined;

/** 400 when a body's metadata nests deeper than MAX_METADATA_DEPTH (a limit the OpenAPI schema does not state). */
export function checkMetadataDepth(body: Record<string, unknown>): void {
  depthCheck ??= compileCheck({
    properties: { app_metadata: { 'x-max-depth': MAX_METADATA_DEPTH }, user_metadata: { 'x-max-depth': MAX_METADATA_DEPTH } },
  }, 'first');
  const [issue] = depthCheck(body);
  if (issue) throw invalidBody(issueDetail(issue));
}

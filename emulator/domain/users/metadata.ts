// The one metadata merge Auth0 uses for PATCH /users/{id} and for Actions' setAppMetadata/setUserMetadata:
// top-level keys are merged, nested values replaced whole, `null` removes a key.
import type { Metadata } from '../state';

export function mergeOneLevel(current: Metadata, patch: Metadata): Metadata {
  const merged: Metadata = { ...current };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete merged[key];
    else merged[key] = value;
  }
  return merged;
}

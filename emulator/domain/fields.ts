// `fields=a,b` + `include_fields`: the projection every read of users and connections accepts.

export type Json = Record<string, unknown>;
export type Projection = (json: Json) => Json;

/**
 * Parses `fields` + `include_fields` (default true); null when every field is wanted. `alwaysKept` names keys
 * the resource shows whatever the projection says (Auth0 adds a connection's `id` and `is_domain_connection`).
 */
export function fieldSelector(fields: string | undefined, includeFields: boolean | undefined, alwaysKept: readonly string[] = []): Projection | null {
  if (fields === undefined || fields.trim() === '') return null;
  const names = new Set(fields.split(',').map((f) => f.trim()).filter(Boolean));
  const include = includeFields !== false;
  return (json) => {
    const out: Json = {};
    for (const [key, value] of Object.entries(json)) if (names.has(key) === include || alwaysKept.includes(key)) out[key] = value;
    return out;
  };
}

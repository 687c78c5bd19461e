// Names of roles and organizations the invitee files use but the tenant does not have: reported where they are
// written, before anything is planned, so that a typo never reaches the tenant.
import type { InputError } from '../desired/errors';
import type { AccessReference, ObservedAccess } from '../model';

/** One error per unknown name, at its first mention (the other mentions counted). */
export function unknownNameErrors(
  references: readonly AccessReference[],
  access: ObservedAccess | undefined,
  declaredInConfig: { roles: readonly string[]; organizations: readonly string[] },
): InputError[] {
  const known = {
    role: new Set((access?.roles ?? []).map((r) => r.name)),
    organization: new Set((access?.organizations ?? []).map((o) => o.name)),
  };
  const first = new Map<string, { reference: AccessReference; count: number }>();
  for (const reference of references) {
    if (known[reference.kind].has(reference.name)) continue;
    const key = `${reference.kind}\n${reference.name}`;
    const seen = first.get(key);
    if (seen) seen.count++;
    else first.set(key, { reference, count: 1 });
  }
  return [...first.values()].map(({ reference, count }) => {
    const configured = (reference.kind === 'role' ? declaredInConfig.roles : declaredInConfig.organizations).includes(reference.name);
    const others = count > 1 ? ` (named ${count} times; this is the first)` : '';
    const fix = configured
      ? 'it is declared in invitation.config.yaml but the stack that creates it has not been deployed yet (cdktf deploy)'
      : `declare it under ${reference.kind === 'role' ? 'roles' : 'organizations'} in invitation.config.yaml (the stack creates it), create it in the tenant, or correct the name`;
    return {
      ...reference.source,
      field: reference.kind,
      message: `the ${reference.kind} ${JSON.stringify(reference.name)} does not exist in the tenant${others}: ${fix}`,
    };
  });
}

// Who holds the lease, as other runs are told when they are refused.
import { hostname } from 'node:os';

/** The CI run this process belongs to, when there is one (read from the environment by environment.ts). */
export interface CiRun {
  id: string;
  repository?: string;
}

/** A CI run when there is one, else host and process. */
export function holderName(ci: CiRun | undefined): string {
  if (ci) return `GitHub Actions run ${ci.id}${ci.repository ? ` of ${ci.repository}` : ''}`;
  return `${hostname()} pid ${process.pid}`;
}

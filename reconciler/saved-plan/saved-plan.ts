// `reconcile --dry-run --out FILE` and `reconcile --plan FILE`: a plan saved as a versioned JSON document (format
// `reconcile-plan`, version 1; docs/saved-plan.md) and read back. It holds the actions, a digest of the files the
// plan was made from, and, in each action, the tenant's user as the plan observed it. It holds no ticket URL and
// no secret: tickets are created by the apply, and credentials come only from the environment.
import { readFile, writeFile } from 'node:fs/promises';
import type { Plan } from '../model';
import type { InputDigest } from './input-digest';

export const SAVED_PLAN_FORMAT = 'reconcile-plan';
export const SAVED_PLAN_VERSION = 1;

export interface SavedPlan {
  format: typeof SAVED_PLAN_FORMAT;
  version: typeof SAVED_PLAN_VERSION;
  /** The instant the plan was made for (ISO 8601). */
  planned_at: string;
  /** The connection the plan observed, by name and id. */
  connection: { id: string; name: string };
  inputs: InputDigest;
  plan: Plan;
}

/** Saved plans are read by this program only; the error says why one cannot be. */
export class SavedPlanError extends Error {}

export async function writeSavedPlan(file: string, saved: SavedPlan): Promise<void> {
  await writeFile(file, `${JSON.stringify(saved, null, 2)}\n`, { mode: 0o600 });
}

export async function readSavedPlan(file: string): Promise<SavedPlan> {
  let document: unknown;
  try {
    document = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new SavedPlanError(`cannot read the saved plan ${file}: ${(error as Error).message}`);
  }
  const saved = document as Partial<SavedPlan> | null;
  if (saved?.format !== SAVED_PLAN_FORMAT) throw new SavedPlanError(`${file} is not a plan saved by reconcile --dry-run --out`);
  if (saved.version !== SAVED_PLAN_VERSION) {
    throw new SavedPlanError(`${file} is a version ${String(saved.version)} plan; this reconcile reads version ${SAVED_PLAN_VERSION}: make the plan again`);
  }
  // A plan saved before findings (and held users) were planned has no `findings`: its actions may be outdated too.
  if (!saved.plan || !Array.isArray(saved.plan.actions) || !Array.isArray(saved.plan.findings) || !saved.inputs || !saved.connection) {
    throw new SavedPlanError(`${file} is incomplete: make the plan again`);
  }
  return saved as SavedPlan;
}

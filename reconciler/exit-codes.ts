// The exit codes of `reconcile` (see --help), in their own module so that the command line reads them without
// loading the reconciler.
export const EXIT = { ok: 0, error: 1, changes: 2, partial: 3 } as const;

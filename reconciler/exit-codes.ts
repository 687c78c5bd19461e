// The exit codes of `reconcile` (see --help), in their own module so that the command line reads them without
// loading the reconciler.
import { SIGNAL_EXIT_CODES } from './process/stop-signals';

export const EXIT = { ok: 0, error: 1, changes: 2, partial: 3, sigint: SIGNAL_EXIT_CODES.SIGINT, sigterm: SIGNAL_EXIT_CODES.SIGTERM } as const;

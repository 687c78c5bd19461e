// Validators compiled ahead of time. Run from the sources, there are none and schemas.ts compiles them at first
// use; the build (scripts/precompiled-validators.ts) replaces this module with ajv's standalone code for each, so
// the compiled CLI starts without compiling schemas.
import type { ValidateFunction } from 'ajv';
import type { ValidatorName } from './schemas';

export const PRECOMPILED: Readonly<Record<ValidatorName, ValidateFunction>> | undefined = undefined;

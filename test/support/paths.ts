// Where the tests and the benchmarks find the project's code and their own copy of a user's project. Nothing
// here points at the user's invitees/, invitation.config.yaml or templates/: those are the user's to change.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** A project as a user starts it (config, templates, example invitees), copied from the shipped example. */
export const PROJECT_FIXTURE = path.join(ROOT, 'test/fixtures/project');
export const BASE_CONFIG = path.join(PROJECT_FIXTURE, 'invitation.config.yaml');

/** The login gate Action: code of the stack, not user data. */
export const LOGIN_GATE = path.join(ROOT, 'stack/action/login-gate.cjs');
export const RECONCILE_BIN = path.join(ROOT, 'bin/reconcile.js');

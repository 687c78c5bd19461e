#!/usr/bin/env node
// Runs the emulator's TypeScript CLI through tsx, with no build step.
import { register } from 'tsx/esm/api';

register();
await import('../emulator/cli.ts');

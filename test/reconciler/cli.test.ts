import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/reconcile-harness';

const cli = (...args: string[]) =>
  spawnSync(process.execPath, [path.join(ROOT, 'bin/reconcile.js'), ...args], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH } });

describe('reconcile CLI', () => {
  it('--help documents the flags, the environment and the exit codes', () => {
    const result = cli('--help');
    expect(result.status).toBe(0);
    for (const text of ['--dry-run', '--format', '--mask-emails', '--detailed-exitcode', '--allow-mass-removal', 'AUTH0_DOMAIN', 'SMTP_URL', 'Exit codes']) {
      expect(result.stdout).toContain(text);
    }
  });

  it('rejects unknown flags and arguments with exit 1 and a pointer to --help', () => {
    for (const args of [['--nope'], ['extra'], ['--format', 'yaml']]) {
      const result = cli(...args);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('--help');
    }
  });

  it('without credentials says which variable is missing, after validating the input', () => {
    const result = cli('--dry-run');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('AUTH0_DOMAIN is not set');
  });
});

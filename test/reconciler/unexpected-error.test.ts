// The one way every command reports an error it did not expect: no credentials, nothing a terminal would act on,
// in the message and (with RECONCILE_DEBUG) in each line of the stack.
import { describe, expect, it } from 'vitest';
import { ConfigurationError, sayUnexpectedError } from '../../reconciler/environment';

const said = (error: unknown, env: NodeJS.ProcessEnv): string[] => {
  const lines: string[] = [];
  sayUnexpectedError(error, env, (line) => lines.push(line));
  return lines;
};

describe('sayUnexpectedError', () => {
  const error = new Error('reply \u001b[31mred\u001b[0m from smtp://mailer:hunter2@smtp.example.com');

  it('prints the message alone, escaped and without credentials', () => {
    expect(said(error, {})).toEqual(['Error: reply \\u001b[31mred\\u001b[0m from smtp://[credentials removed]@smtp.example.com']);
  });

  it('adds the stack with RECONCILE_DEBUG, each line cleaned the same way', () => {
    const lines = said(error, { RECONCILE_DEBUG: '1' });
    expect(lines.length).toBeGreaterThan(2);
    expect(lines[1]).toBe('Error: reply \\u001b[31mred\\u001b[0m from smtp://[credentials removed]@smtp.example.com');
    expect(lines.join('\n')).not.toContain('hunter2');
    expect(lines.join('\n')).not.toContain('\u001b');
  });

  it('never prints the stack of a configuration error', () => {
    expect(said(new ConfigurationError('AUTH0_DOMAIN is not set'), { RECONCILE_DEBUG: '1' })).toEqual(['Error: AUTH0_DOMAIN is not set']);
  });
});

// The bad-input corpus: every case in test/fixtures/bad/ gives exactly the expected errors, at the expected
// positions, with the expected wording, and nothing throws.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, open, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatInputError, type InputError } from '../../reconciler/desired/errors';
import { loadConfig } from '../../reconciler/desired/load-config';
import { loadDesired } from '../../reconciler/desired/load-invitees';
import { MAX_FILE_BYTES, readTextFile } from '../../reconciler/desired/read-text';

const CORPUS = 'test/fixtures/bad';

interface ExpectedError {
  file: string;
  line: number;
  column: number;
  message: string;
  /** Another place the message must name (the first declaration of a duplicate). */
  alsoMentions?: string;
}

interface Expected {
  errors: ExpectedError[];
  maxRecordBytes?: number;
}

async function loadCase(caseDir: string, expected: Expected): Promise<InputError[]> {
  const config = join(caseDir, 'invitation.config.yaml');
  if (existsSync(config)) {
    const result = await loadConfig(config);
    expect(result.config).toBeUndefined();
    return result.errors;
  }
  const result = await loadDesired(join(caseDir, 'invitees'), { maxRecordBytes: expected.maxRecordBytes ?? 500_000 });
  return result.errors;
}

const cases = readdirSync(CORPUS).sort();

describe('bad input corpus', () => {
  it('has at least 30 cases, each with an expected.json', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    for (const name of cases) expect(existsSync(join(CORPUS, name, 'expected.json')), name).toBe(true);
  });

  it.each(cases)('%s', async (name) => {
    const caseDir = join(CORPUS, name);
    const expected = JSON.parse(readFileSync(join(caseDir, 'expected.json'), 'utf8')) as Expected;
    const errors = await loadCase(caseDir, expected);
    const actual = errors.map((error) => ({ ...error, file: relative(caseDir, error.file) }));
    expect(actual.map((error) => formatInputError(error)), 'number of errors').toHaveLength(expected.errors.length);
    expected.errors.forEach((want, index) => {
      const got = actual[index];
      expect(got, `error ${index}`).toMatchObject({ file: want.file, line: want.line, column: want.column });
      expect(got?.message).toContain(want.message);
      if (want.alsoMentions !== undefined) expect(got?.message).toContain(want.alsoMentions);
      // Plain language: no raw ajv wording.
      expect(got?.message).not.toMatch(/must NOT|must match format|must have required property/);
    });
  });
});

describe('a 50 MB invitee file', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'desired-huge-'));
    const invitees = join(folder, 'invitees');
    await (await import('node:fs/promises')).mkdir(invitees);
    // Sparse: a real 50 MB size without writing 50 MB; the loader must refuse it from its size alone.
    const handle = await open(join(invitees, 'huge.yaml'), 'w');
    await handle.truncate(50 * 1024 * 1024);
    await handle.close();
    await writeFile(join(invitees, 'fine.yaml'), 'invitees:\n  - email: ada@example.com\n');
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('is refused before parsing, with its size and the limit, and other files are still checked', async () => {
    const result = await loadDesired(join(folder, 'invitees'), { maxRecordBytes: 500_000 });
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ file: join(folder, 'invitees', 'huge.yaml'), line: 0, column: 0 });
    expect(result.errors[0]?.message).toContain('50 MB (52428800 bytes)');
    expect(result.errors[0]?.message).toContain(`${MAX_FILE_BYTES} bytes`);
    expect(result.desired.invitees.map((invitee) => invitee.email)).toEqual(['ada@example.com']);
  });
});

// Symbolic links and special files cannot live in the corpus (git may not keep them), so these cases are made
// here. The loader must refuse them without opening them, and no message may carry anything of their target.
describe('entries that are not regular files', () => {
  const CANARY = 'canary-7f3a9c-secret-value';
  let folder: string;
  let invitees: string;
  let outside: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'desired-links-'));
    invitees = join(folder, 'invitees');
    outside = join(folder, 'outside');
    await mkdir(invitees);
    await mkdir(outside);
    // A target whose content would be quoted if it were parsed: the scalar root makes a "must be a mapping" error.
    await writeFile(join(outside, 'secret.yaml'), `${CANARY}\n`);
    await writeFile(join(invitees, 'fine.yaml'), 'invitees:\n  - email: ada@example.com\n');
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  async function loadWith(name: string, make: (path: string) => Promise<void>): Promise<{ errors: InputError[]; text: string; emails: string[] }> {
    const path = join(invitees, name);
    await make(path);
    try {
      const result = await loadDesired(invitees, { maxRecordBytes: 500_000 });
      return { errors: result.errors, text: result.errors.map(formatInputError).join('\n'), emails: result.desired.invitees.map((invitee) => invitee.email) };
    } finally {
      await rm(path, { recursive: true, force: true });
    }
  }

  it.each([
    ['/proc/self/environ', '/proc/self/environ'],
    ['a file outside the folder', 'outside/secret.yaml'],
    ['a missing target', 'outside/nothing.yaml'],
  ])('a symbolic link to %s is refused, quoting nothing of the target', async (_name, target) => {
    const absolute = target.startsWith('/') ? target : join(folder, target);
    const { errors, text, emails } = await loadWith('leak.yaml', (path) => symlink(absolute, path));
    expect(errors).toEqual([
      {
        file: join(invitees, 'leak.yaml'),
        line: 0,
        column: 0,
        message: 'this invitee file is a symbolic link, which is not followed: input files must be regular files committed in place (replace the link with the file itself)',
      },
    ]);
    expect(text).not.toContain(CANARY);
    expect(text).not.toContain(target);
    // The other files are still checked.
    expect(emails).toEqual(['ada@example.com']);
  });

  it('a symbolic link to a folder named like an invitee file is refused', async () => {
    const { errors } = await loadWith('team.yaml', (path) => symlink(outside, path));
    expect(errors.map((error) => error.message)).toEqual([expect.stringContaining('is a symbolic link, which is not followed')]);
  });

  it('a named pipe (FIFO) is refused without being opened (no hang)', async (context) => {
    const make = async (path: string): Promise<void> => {
      execFileSync('mkfifo', [path]);
    };
    let result: Awaited<ReturnType<typeof loadWith>>;
    try {
      result = await loadWith('pipe.yaml', make);
    } catch (error) {
      if (String(error).includes('ENOENT')) return context.skip(); // no mkfifo on this system
      throw error;
    }
    expect(result.errors).toEqual([
      { file: join(invitees, 'pipe.yaml'), line: 0, column: 0, message: expect.stringContaining('is a named pipe (FIFO), not a regular file') },
    ]);
  });

  it('a folder given as a symbolic link is refused', async () => {
    const link = join(folder, 'linked-invitees');
    await symlink(outside, link);
    const result = await loadDesired(link, { maxRecordBytes: 500_000 });
    expect(result.errors).toEqual([
      { file: link, line: 0, column: 0, message: 'cannot read the invitees folder: it is a symbolic link, which is not followed: name the folder itself' },
    ]);
  });

  it('a config file given as a symbolic link is refused', async () => {
    const link = join(folder, 'invitation.config.yaml');
    await symlink(join(outside, 'secret.yaml'), link);
    const result = await loadConfig(link);
    expect(result.config).toBeUndefined();
    expect(result.errors.map(formatInputError)).toEqual([`${link}: the path is a symbolic link, which is not followed: input files must be regular files committed in place (replace the link with the file itself)`]);
  });

  it.runIf(existsSync('/proc/self/status'))('counts the bytes read, not the size a file reports (/proc files report 0)', async () => {
    const result = await readTextFile('/proc/self/status', 64);
    expect(result.text).toBeUndefined();
    expect(result.error?.message).toContain('holds more bytes than it reports (0), more than the 64 bytes a file may have');
  });
});

describe('messages quote only short, sanitized excerpts of a file', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'desired-excerpts-'));
    await mkdir(join(folder, 'invitees'));
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('cuts long keys, values and emails, and escapes control and bidirectional characters', async () => {
    const long = 'S'.repeat(5000);
    const text = [
      'invitees:',
      `  - email: "${long}\\u202e@example.com"`,
      `    ${'k'.repeat(900)}x\u202e: 1`,
      `    name: "a\\u001b[31mred\\u0007${long}"`,
      `  - email: ada@example.com`,
      `    app_metadata: { "${long}": "\\u2028" }`,
      `  - email: "${long}@example.com"`,
      `    name: 7`,
      '',
    ].join('\n');
    await writeFile(join(folder, 'invitees', 'a.yaml'), text);
    const result = await loadDesired(join(folder, 'invitees'), { maxRecordBytes: 500_000 });
    expect(result.errors.length).toBeGreaterThanOrEqual(4);
    for (const line of result.errors.map(formatInputError)) {
      expect(line.length, line).toBeLessThan(join(folder, 'invitees', 'a.yaml').length + 400);
      expect(line).not.toMatch(/[\x00-\x1f\x7f\u2028\u2029\u202a-\u202e]/);
      expect(line).not.toContain('S'.repeat(61));
    }
  });
});

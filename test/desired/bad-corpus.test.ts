// The bad-input corpus: every case in test/fixtures/bad/ gives exactly the expected errors, at the expected
// positions, with the expected wording, and nothing throws.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatInputError, type InputError } from '../../reconciler/desired/errors';
import { loadConfig } from '../../reconciler/desired/load-config';
import { loadDesired } from '../../reconciler/desired/load-invitees';
import { MAX_FILE_BYTES } from '../../reconciler/desired/read-text';

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

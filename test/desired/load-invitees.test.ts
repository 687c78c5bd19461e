// loadDesired: defaults merging, identity, positions, sorting, cross-file rules, record size, and the repo's examples.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatInputError } from '../../reconciler/desired/errors';
import { BOOKKEEPING_RESERVE_BYTES, importRecordBytes } from '../../reconciler/import-file/size';
import { loadConfig } from '../../reconciler/desired/load-config';
import { loadDesired } from '../../reconciler/desired/load-invitees';
import { BASE_CONFIG, PROJECT_FIXTURE } from '../support/paths';

let folder: string;
let invitees: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'desired-'));
  invitees = join(folder, 'invitees');
  await mkdir(invitees);
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function load(files: Record<string, string>, maxRecordBytes = 500_000) {
  for (const [name, text] of Object.entries(files)) {
    await mkdir(dirname(join(invitees, name)), { recursive: true });
    await writeFile(join(invitees, name), text);
  }
  return loadDesired(invitees, { maxRecordBytes });
}

describe('loadDesired', () => {
  it('keeps a metadata key named __proto__ as data, with or without defaults, and leaves prototypes alone', async () => {
    const result = await load({
      'a.yaml': [
        'defaults:',
        '  app_metadata: { team: core }',
        'invitees:',
        '  - email: ada@example.com',
        '    app_metadata: { __proto__: { polluted: true } }',
        '  - email: bob@example.com',
        '    user_metadata: { __proto__: { polluted: true } }',
        '',
      ].join('\n'),
    });
    expect(result.errors).toEqual([]);
    const [ada, bob] = result.desired.invitees;
    expect(JSON.stringify(ada?.app_metadata)).toBe('{"team":"core","__proto__":{"polluted":true}}');
    expect(Object.getPrototypeOf(ada?.app_metadata)).toBe(Object.prototype);
    expect(JSON.stringify(bob?.user_metadata)).toBe('{"__proto__":{"polluted":true}}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('merges defaults one level deep, the invitee winning, and keeps null as "remove this key"', async () => {
    const result = await load({
      'a.yaml': [
        'defaults:',
        '  name: Someone',
        '  user_metadata: { locale: en-GB, prefs: { theme: dark, font: serif } }',
        '  app_metadata:',
        '    team: core',
        'invitees:',
        '  - email: ada@example.com',
        '    user_metadata:',
        '      prefs: { theme: light }',
        '      locale: null',
        '  - email: grace@example.com',
        '    name: Grace Hopper',
        '    app_metadata:',
        '      team: navy',
        '',
      ].join('\n'),
    });
    expect(result.errors).toEqual([]);
    const [ada, grace] = result.desired.invitees;
    expect(ada).toMatchObject({
      profile: { name: 'Someone' },
      // One level: `prefs` is replaced whole, not merged key by key.
      user_metadata: { locale: null, prefs: { theme: 'light' } },
      app_metadata: { team: 'core' },
    });
    expect(grace).toMatchObject({ profile: { name: 'Grace Hopper' }, app_metadata: { team: 'navy' } });
    expect(grace?.user_metadata).toEqual({ locale: 'en-GB', prefs: { theme: 'dark', font: 'serif' } });
  });

  it('defaults of one file do not leak into another', async () => {
    const result = await load({
      'a.yaml': 'defaults:\n  app_metadata:\n    team: a\ninvitees:\n  - email: ada@example.com\n',
      'b.yaml': 'invitees:\n  - email: bob@example.com\n',
    });
    expect(result.desired.invitees.map((invitee) => invitee.app_metadata)).toEqual([{ team: 'a' }, {}]);
  });

  it('identifies invitees by the trimmed, lower-cased email and sorts them by it', async () => {
    const result = await load({
      'b.yaml': 'invitees:\n  - email: Zed@Example.com\n  - email: "  MARY+test@example.com "\n',
      'a.yaml': 'invitees:\n  - email: bob@EXAMPLE.com\n',
    });
    expect(result.errors).toEqual([]);
    expect(result.desired.invitees.map((invitee) => invitee.email)).toEqual([
      'bob@example.com',
      'mary+test@example.com',
      'zed@example.com',
    ]);
  });

  it('points each invitee at its email value: file as given, 1-based line and column', async () => {
    const result = await load({
      'team.yaml': '# header\ninvitees:\n  - email: ada@example.com\n  -   name: Grace\n      email: "grace@example.com"\n',
      'flow.yml': 'invitees: [{ email: alan@example.com }, {name: X,   email: bob@example.com}]\n',
    });
    expect(result.errors).toEqual([]);
    expect(Object.fromEntries(result.desired.invitees.map((invitee) => [invitee.email, invitee.source]))).toEqual({
      'ada@example.com': { file: join(invitees, 'team.yaml'), line: 3, column: 12 },
      'grace@example.com': { file: join(invitees, 'team.yaml'), line: 5, column: 14 },
      'alan@example.com': { file: join(invitees, 'flow.yml'), line: 1, column: 21 },
      'bob@example.com': { file: join(invitees, 'flow.yml'), line: 1, column: 60 },
    });
  });

  it('reports every error of every file in one run, sorted by file and position', async () => {
    const result = await load({
      'b.yaml': 'invitees:\n  - email: bad\n  - email: ok@example.com\n    name: 7\n',
      'a.yaml': 'invitees:\n  - email: also bad\n',
    });
    expect(result.errors.map(formatInputError)).toEqual([
      `${join(invitees, 'a.yaml')}:2:12: invitees[0].email: "also bad" is not a valid email address: it contains whitespace or a control character`,
      `${join(invitees, 'b.yaml')}:2:12: invitees[0].email: "bad" is not a valid email address: it has no "@"`,
      `${join(invitees, 'b.yaml')}:4:11: invitees[1].name (ok@example.com): must be text or null (empty), not the number 7 (quote it to make it text)`,
    ]);
    // Invalid entries stay out of the desired state.
    expect(result.desired.invitees).toEqual([]);
  });

  it('finds case-insensitive duplicates even when the entries have other errors', async () => {
    const result = await load({
      'a.yaml': 'invitees:\n  - email: ada@example.com\n    name: 1\n',
      'b.yaml': 'invitees:\n  - email: ADA@example.com\n',
    });
    expect(result.errors.map((error) => [error.file, error.line, error.field])).toEqual([
      [join(invitees, 'a.yaml'), 3, 'invitees[0].name'],
      [join(invitees, 'b.yaml'), 2, 'invitees[0].email'],
    ]);
    expect(result.errors[1]?.message).toContain(`first at ${join(invitees, 'a.yaml')}:2:12`);
  });

  it('refuses an invitee whose import record exceeds maxRecordBytes, counting the bookkeeping reserve', async () => {
    const text = 'invitees:\n  - email: ada@example.com\n    user_metadata: { note: ' + 'x'.repeat(300) + ' }\n';
    const fits = await load({ 'a.yaml': text }, 10_000);
    const invitee = fits.desired.invitees[0];
    expect(invitee).toBeDefined();
    if (invitee === undefined) return;
    const bytes = importRecordBytes(invitee);
    const managed = '"managed":{"profile":[],"user_metadata":["note"],"app_metadata":[]},';
    expect(bytes).toBe(
      Buffer.byteLength(JSON.stringify({ email: invitee.email, email_verified: false, user_metadata: invitee.user_metadata, app_metadata: {} })) +
        BOOKKEEPING_RESERVE_BYTES +
        managed.length,
    );
    expect((await loadDesired(invitees, { maxRecordBytes: bytes })).errors).toEqual([]);
    const tooBig = await loadDesired(invitees, { maxRecordBytes: bytes - 1 });
    expect(tooBig.errors).toHaveLength(1);
    expect(tooBig.errors[0]).toMatchObject({ line: 2, column: 12, field: 'invitees[0]', email: 'ada@example.com' });
    expect(tooBig.desired.invitees).toEqual([]);
  });

  it('counts multi-byte characters as bytes, not characters', async () => {
    const result = await load({ 'a.yaml': `invitees:\n  - email: ada@example.com\n    name: ${'é'.repeat(300)}\n` });
    const invitee = result.desired.invitees[0];
    expect(invitee && importRecordBytes(invitee)).toBeGreaterThan(600 + BOOKKEEPING_RESERVE_BYTES);
  });

  it('keeps plain numbers, booleans and quoted number-like text in metadata as written', async () => {
    const result = await load({
      'a.yaml': [
        'invitees:',
        '  - email: ada@example.com',
        '    user_metadata: { answer: 42, ratio: 3.5, debt: -7, none: 0, tiny: 1e-7, zip: "01234", phone: \'+4915112345678\', on: true }',
        '    app_metadata:',
        '      version: "1.10"',
        '      level: 3',
        '',
      ].join('\n'),
    });
    expect(result.errors).toEqual([]);
    expect(result.desired.invitees[0]).toMatchObject({
      user_metadata: { answer: 42, ratio: 3.5, debt: -7, none: 0, tiny: 1e-7, zip: '01234', phone: '+4915112345678', on: true },
      app_metadata: { version: '1.10', level: 3 },
    });
  });

  it('refuses unquoted numbers that would not reach the tenant as written, keeping that invitee out', async () => {
    const result = await load({
      'a.yaml': 'invitees:\n  - email: ada@example.com\n    user_metadata:\n      zip: 01234\n  - email: bob@example.com\n',
    });
    expect(result.errors.map(formatInputError)).toEqual([
      `${join(invitees, 'a.yaml')}:4:12: invitees[0].user_metadata.zip (ada@example.com): "01234" is read as the number 1234, not as written: quote it to keep it as text`,
    ]);
    expect(result.desired.invitees.map((invitee) => invitee.email)).toEqual(['bob@example.com']);
  });

  it('refuses a folder entry named like an invitee file that is a folder', async () => {
    await mkdir(join(invitees, 'nested.yaml'));
    const result = await load({ 'a.yaml': 'invitees:\n  - email: a@example.com\n' });
    expect(result.errors.map(formatInputError)).toEqual([
      `${join(invitees, 'nested.yaml')}: this invitee file is a folder, not a regular file: input files must be regular files (rename or remove it)`,
    ]);
  });

  it('accepts an empty folder (nobody declared) but not a missing one', async () => {
    expect(await loadDesired(invitees, { maxRecordBytes: 500_000 })).toEqual({ desired: { invitees: [] }, errors: [] });
    const missing = await loadDesired(join(folder, 'nope'), { maxRecordBytes: 500_000 });
    expect(missing.errors).toEqual([{ file: join(folder, 'nope'), line: 0, column: 0, message: 'cannot read the invitees folder: no such folder' }]);
    expect(formatInputError(missing.errors[0]!)).toBe(`${join(folder, 'nope')}: cannot read the invitees folder: no such folder`);
  });

  it('reads *.yaml and *.yml files in subfolders too, in code-unit order of their relative path, and reports the rest', async () => {
    const result = await load({
      'notes.md': '# not yaml',
      'a.YML': 'invitees:\n  - email: a@example.com\n',
      'sub/x.yaml': 'invitees:\n  - email: sub@example.com\n',
      'sub/deeper/y.yml': 'invitees:\n  - email: deep@example.com\n',
      'sub-b.yaml': 'invitees:\n  - email: dash@example.com\n',
      '.hidden.yaml': 'invitees:\n  - email: hidden@example.com\n',
      '.github/x.yaml': 'invitees:\n  - email: dot@example.com\n',
      'sub/.gitkeep': '',
      'sub/README': 'about this team',
    });
    expect(result.errors).toEqual([]);
    expect(result.desired.invitees.map((invitee) => [invitee.email, relative(invitees, invitee.source.file)])).toEqual([
      ['a@example.com', 'a.YML'],
      ['dash@example.com', 'sub-b.yaml'],
      ['deep@example.com', 'sub/deeper/y.yml'],
      ['sub@example.com', 'sub/x.yaml'],
    ]);
    // Hidden entries and other extensions are not read, and each is named; a placeholder keeping a folder is not.
    expect(result.desired.unloaded?.map((file) => relative(invitees, file))).toEqual(['.github', '.hidden.yaml', 'notes.md', 'sub/README']);
  });

  it('reads the files in the same order wherever they are listed from (code units, not the locale)', async () => {
    const result = await load({ 'b/z.yaml': 'invitees: []\n', 'B.yaml': 'invitees: []\n', 'a b.yaml': 'invitees: []\n', 'a/b.yaml': 'invitees: []\n', 'ä.yaml': 'invitees: []\n' });
    expect(result.errors).toEqual([]);
    expect(result.desired.unloaded).toBeUndefined();
    const { listInviteeFolder } = await import('../../reconciler/desired/invitee-folder');
    expect((await listInviteeFolder(invitees)).files.map((file) => relative(invitees, file))).toEqual(['B.yaml', 'a b.yaml', 'a/b.yaml', 'b/z.yaml', 'ä.yaml']);
  });
});

describe('the examples, as their fixture copy (the repository files belong to the user)', () => {
  it('invitees/ and invitation.config.yaml load without errors', async () => {
    const config = await loadConfig(BASE_CONFIG);
    expect(config.errors.map(formatInputError)).toEqual([]);
    const maxRecordBytes = config.config?.batching.import_max_bytes ?? 0;
    const desired = await loadDesired(join(PROJECT_FIXTURE, 'invitees'), { maxRecordBytes });
    expect(desired.errors.map(formatInputError)).toEqual([]);
    expect(desired.desired.invitees.map((invitee) => invitee.email)).toEqual([
      'ada@example.com',
      'alan.turing+auth0@example.com',
      'dieter@example.com',
      'grace@example.com',
      'zaha.hadid@example.com',
    ]);
    expect(desired.desired.invitees[0]?.source).toEqual({ file: join(PROJECT_FIXTURE, 'invitees/engineering.yaml'), line: 6, column: 12 });
  });
});

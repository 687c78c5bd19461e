// Valid but unusual inputs (unicode names, plus-addressing, BOM, CRLF, defaults, flow style, anchors) load cleanly
// into exactly the expected invitees, with their source positions.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDesired } from '../../reconciler/desired/load-invitees';
import type { Invitee } from '../../reconciler/model';

const GOOD = 'test/fixtures/good';

describe('good fixtures', () => {
  it.each(readdirSync(GOOD).sort())('%s', async (name) => {
    const caseDir = join(GOOD, name);
    const expected = JSON.parse(readFileSync(join(caseDir, 'expected.json'), 'utf8')) as { invitees: Invitee[]; unloaded?: string[] };
    const result = await loadDesired(join(caseDir, 'invitees'), { maxRecordBytes: 500_000 });
    expect(result.errors).toEqual([]);
    const invitees = result.desired.invitees.map((invitee) => ({
      ...invitee,
      source: { ...invitee.source, file: relative(caseDir, invitee.source.file) },
    }));
    expect(invitees).toEqual(expected.invitees);
    // Files that declare nothing are named, never skipped silently.
    expect(result.desired.unloaded?.map((file) => relative(caseDir, file))).toEqual(expected.unloaded);
  });

  it('the byte-order mark does not shift columns and CRLF does not shift lines', async () => {
    const bom = await loadDesired(join(GOOD, 'byte-order-mark', 'invitees'), { maxRecordBytes: 500_000 });
    expect(bom.desired.invitees[0]?.source).toMatchObject({ line: 2, column: 12 });
    const crlf = await loadDesired(join(GOOD, 'crlf-line-endings', 'invitees'), { maxRecordBytes: 500_000 });
    expect(crlf.desired.invitees.map((invitee) => [invitee.source.line, invitee.source.column, invitee.profile.name])).toEqual([
      [3, 12, 'Ada Lovelace'],
      [5, 12, 'Grace Hopper'],
    ]);
  });
});

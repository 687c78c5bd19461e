// importRecordFits answers from a bound for most invitees; it must always agree with the exact count.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importRecordBytes, importRecordFits } from '../../reconciler/import-file/size';
import type { Invitee, Metadata } from '../../reconciler/model';

/** Text that makes JSON and UTF-8 longest: control characters (\u00XX), quotes, accents, astral characters. */
const UNITS = ['a', 'é', '"', '\\', '\u0001', '\u2028', '😀', '中'];
// Long runs of one kind of character too: a bound too small for that kind shows only when it dominates.
const textArb = fc.oneof(
  fc.string({ unit: fc.constantFrom(...UNITS), maxLength: 40 }),
  fc.constantFrom(...UNITS).chain((unit) => fc.integer({ min: 50, max: 400 }).map((n) => unit.repeat(n))),
);
const scalarArb: fc.Arbitrary<unknown> = fc.oneof(textArb, fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null));
const valueArb: fc.Arbitrary<unknown> = fc.oneof(scalarArb, fc.array(scalarArb, { maxLength: 3 }), fc.dictionary(textArb, fc.oneof(scalarArb, fc.array(scalarArb)), { maxKeys: 3 }));
const metadataArb: fc.Arbitrary<Metadata> = fc.dictionary(textArb, valueArb, { maxKeys: 4 });

const inviteeArb: fc.Arbitrary<Invitee> = fc.record({
  email: fc.constant('ada@example.com'),
  profile: fc.record({ name: textArb, nickname: textArb }, { requiredKeys: [] }),
  user_metadata: metadataArb,
  app_metadata: metadataArb,
  source: fc.constant({ file: 'invitees/team.yaml', line: 2, column: 12 }),
});

describe('importRecordFits', () => {
  it('agrees with importRecordBytes at, just under and well over the exact size', () => {
    fc.assert(
      fc.property(inviteeArb, fc.integer({ min: -3, max: 3000 }), (invitee, slack) => {
        const exact = importRecordBytes(invitee);
        for (const max of [exact - 1, exact, exact + slack]) expect(importRecordFits(invitee, max)).toBe(exact <= max);
      }),
      { numRuns: 500 },
    );
  });

  it('bounds the longest numbers JSON writes (25 characters), many of them in one list', () => {
    for (const number of [-0.0000012345678901234567, -1.7976931348623157e308, -123456789012345670000]) {
      const invitee: Invitee = {
        email: 'ada@example.com',
        profile: {},
        user_metadata: { n: Array.from({ length: 2_000 }, () => number) },
        app_metadata: {},
        source: { file: 'invitees/team.yaml', line: 2, column: 12 },
      };
      const exact = importRecordBytes(invitee);
      expect(importRecordFits(invitee, exact - 1)).toBe(false);
      expect(importRecordFits(invitee, exact)).toBe(true);
    }
  });

  it('counts roles and organizations exactly', () => {
    const invitee: Invitee = {
      email: 'ada@example.com',
      profile: {},
      user_metadata: {},
      app_metadata: {},
      roles: ['admin'],
      organizations: [{ name: 'acme', roles: ['member'] }],
      source: { file: 'invitees/team.yaml', line: 2, column: 12 },
    };
    const exact = importRecordBytes(invitee);
    expect(importRecordFits(invitee, exact)).toBe(true);
    expect(importRecordFits(invitee, exact - 1)).toBe(false);
  });
});

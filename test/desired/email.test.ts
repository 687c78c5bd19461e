// Email rules: at least as strict as Auth0's import schema (ajv-formats' `email`, ASCII only), with reasons.
import fc from 'fast-check';
import { fullFormats } from 'ajv-formats/dist/formats';
import { describe, expect, it } from 'vitest';
import { emailProblem, isValidEmail } from '../../reconciler/desired/email';
import { normalizeEmail } from '../../reconciler/model';

const ajvFormatsEmail = fullFormats.email as RegExp;

describe('emailProblem', () => {
  it.each([
    'ada@example.com',
    'Ada.Lovelace@Example.COM',
    'ada+invites@example.com',
    "o'reilly@example.com",
    'a_b-c.d@sub-domain.example.co.uk',
    'x@xn--bcher-kva.de',
    '  padded@example.com  ',
    `${'a'.repeat(64)}@example.com`,
  ])('accepts %s', (email) => {
    expect(emailProblem(email)).toBeUndefined();
  });

  it.each([
    ['', 'is empty'],
    ['ada', 'has no "@"'],
    ['ada@@example.com', 'more than one "@"'],
    ['ada lovelace@example.com', 'whitespace'],
    ['ada@exam\u00a0ple.com', 'whitespace'],
    ['ada@example.com.', 'ends with a dot'],
    ['ada.@example.com', 'dot at the start or end'],
    ['ada..l@example.com', 'two dots in a row before'],
    ['ada@example..com', 'two dots in a row in the domain'],
    ['ada@.example.com', 'domain starting with a dot'],
    ['ada@localhost', 'without a dot'],
    ['ada@-x.com', 'domain label "-x"'],
    ['ada@x_y.com', 'domain label "x_y"'],
    ['@example.com', 'nothing before the "@"'],
    ['ada@', 'no domain'],
    ['"ada"@example.com', 'quoted local part'],
    ['a(b)@example.com', 'the character "("'],
    ['jörg@example.com', 'non-ASCII characters before the "@"'],
    ['ada@bücher.de', 'punycode form, "ada@xn--bcher-kva.de"'],
    [`${'a'.repeat(65)}@example.com`, '65 characters before the "@"'],
    [`a@${'b'.repeat(64)}.com`, 'label of 64 characters'],
    [`a@${Array.from({ length: 5 }, () => 'b'.repeat(60)).join('.')}.com`, 'at most 254'],
  ])('rejects %j: %s', (email, reason) => {
    expect(emailProblem(email)).toContain(reason);
  });

  it('never accepts what ajv-formats (the format Auth0 documents) rejects', () => {
    const character = fc.constantFrom(...'abcXYZ019.@+-_!#$%&\'*/=?^`{|}~ "(),:;<>[\\]éü\t'.split(''));
    fc.assert(
      fc.property(fc.array(character, { maxLength: 30 }), (characters) => {
        const email = characters.join('');
        if (isValidEmail(email)) expect(ajvFormatsEmail.test(email.trim()), email).toBe(true);
      }),
      { numRuns: 5000, seed: 42 },
    );
  });

  it('isValidEmail, with its quick test for plain addresses, says exactly what emailProblem says', () => {
    const character = fc.constantFrom(...'abZ09.@+-_!#{|}~ "(),:;<>[\\]é\t'.split(''));
    const address = fc.oneof(
      fc.array(character, { maxLength: 30 }).map((characters) => characters.join('')),
      // Near the limits: 64 characters before the "@", 63 per label, 254 in all.
      fc.tuple(fc.integer({ min: 1, max: 66 }), fc.integer({ min: 1, max: 65 }), fc.integer({ min: 1, max: 5 })).map(
        ([local, label, labels]) => `${'l'.repeat(local)}@${Array.from({ length: labels }, () => 'd'.repeat(label)).join('.')}.io`,
      ),
    );
    fc.assert(
      fc.property(address, (email) => {
        expect(isValidEmail(email), email).toBe(emailProblem(email) === undefined);
      }),
      { numRuns: 5000, seed: 7 },
    );
  });

  it('accepts what looks like an ordinary address', () => {
    const atom = fc.stringMatching(/^[a-z0-9+_-]{1,12}$/);
    const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,8}[a-z0-9])?$/);
    fc.assert(
      fc.property(fc.array(atom, { minLength: 1, maxLength: 3 }), fc.array(label, { minLength: 2, maxLength: 4 }), (local, domain) => {
        expect(emailProblem(`${local.join('.')}@${domain.join('.')}`)).toBeUndefined();
      }),
      { numRuns: 500, seed: 1 },
    );
  });
});

describe('normalizeEmail', () => {
  it('trims and lower-cases, keeping plus-addressing', () => {
    expect(normalizeEmail('  Ada.Lovelace+Team@Example.COM ')).toBe('ada.lovelace+team@example.com');
  });
});

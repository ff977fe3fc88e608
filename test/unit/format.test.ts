import { describe, it, expect } from 'vitest';
import { formatDate, formatEuro, parseAmount } from '../../src/core/format.js';

/** Intl puts a no-break space between € and the amount; compare with plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatEuro', () => {
  it('shows whole euros without cents', () => {
    expect(plain(formatEuro(950, 'nl'))).toBe('€ 950');
    expect(plain(formatEuro(1234, 'nl'))).toBe('€ 1.234');
    expect(plain(formatEuro(0, 'nl'))).toBe('€ 0');
    expect(formatEuro(950, 'en')).toBe('€950');
    expect(formatEuro(1234, 'en')).toBe('€1,234');
  });

  it('shows cents, always two digits, when there are any', () => {
    expect(plain(formatEuro(1234.5, 'nl'))).toBe('€ 1.234,50');
    expect(plain(formatEuro(12.05, 'nl'))).toBe('€ 12,05');
    expect(formatEuro(1234.5, 'en')).toBe('€1,234.50');
    expect(formatEuro(0.99, 'en')).toBe('€0.99');
  });

  it('rounds to cents', () => {
    expect(plain(formatEuro(12.345, 'nl'))).toMatch(/^€ 12,3[45]$/);
    expect(plain(formatEuro(12.341, 'nl'))).toBe('€ 12,34');
  });

  it('uses Western digits in every interface language', () => {
    expect(formatEuro(1234.5, 'ar')).toMatch(/1,234\.50/);
    expect(plain(formatEuro(1234.5, 'uk'))).toMatch(/1 234,50/);
  });

  it('shows an amount that rounds to whole euros without cents (BUG: 12.999 gives "€ 13,00")', () => {
    expect(plain(formatEuro(12.999, 'nl'))).toBe('€ 13');
  });
});

describe('formatDate', () => {
  it('writes the date out in the interface language', () => {
    expect(formatDate('2026-11-22', 'nl')).toBe('22 november 2026');
    expect(formatDate('2026-11-22', 'en')).toBe('22 November 2026');
    expect(formatDate('2025-01-01', 'nl')).toBe('1 januari 2025');
  });

  it('does not shift the day by time zone', () => {
    const before = process.env.TZ;
    try {
      for (const tz of ['UTC', 'Europe/Amsterdam', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/Los_Angeles']) {
        process.env.TZ = tz;
        expect(formatDate('2026-12-31', 'nl'), tz).toBe('31 december 2026');
        expect(formatDate('2026-01-01', 'nl'), tz).toBe('1 januari 2026');
      }
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });

  it('uses Western digits in Arabic', () => {
    expect(formatDate('2026-01-01', 'ar')).toMatch(/2026/);
    expect(formatDate('2026-01-01', 'ar')).not.toMatch(/[\u0660-\u0669]/);
  });

  it('returns text that is not a date unchanged', () => {
    expect(formatDate('morgen', 'nl')).toBe('morgen');
    expect(formatDate('', 'nl')).toBe('');
    expect(formatDate('2026-13-01', 'nl')).toBe('2026-13-01');
  });

  it('returns a date that does not exist unchanged (BUG: "2026-02-30" becomes "2 maart 2026")', () => {
    expect(formatDate('2026-02-30', 'nl')).toBe('2026-02-30');
  });
});

describe('parseAmount', () => {
  it.each<[string, number]>([
    ['1.234,56', 1234.56],
    ['1234.56', 1234.56],
    ['1234,56', 1234.56],
    ['€ 950', 950],
    ['€950', 950],
    ['950,-', 950],
    ['€ 1.000,-', 1000],
    ['1,234.5', 1234.5],
    ['1.234', 1234],
    ['1.000.000,00', 1000000],
    ['1,25', 1.25],
    ['1 234,56', 1234.56],
    [' 12 ', 12],
    ['0', 0],
    ['007', 7],
  ])('reads %j as %d', (input, expected) => {
    expect(parseAmount(input)).toBe(expected);
  });

  it.each(['', '   ', '€', 'abc', '-5', '€ -5', '12a', 'a12', '1,2,3', '12.345.67', '1e3', 'Infinity', 'NaN', '.5', '1..2', '1.234,56,78', '0x10'])(
    'refuses %j',
    (input) => {
      expect(parseAmount(input)).toBeUndefined();
    },
  );

  it.each<[string, number]>([
    ['\u0661\u0662\u0665\u0660', 1250], // Arabic-Indic ١٢٥٠
    ['\u06f1\u06f2\u06f5\u06f0', 1250], // Extended Arabic-Indic (Persian, Urdu) ۱۲۵۰
    ['\u0967\u0968\u096b\u0966', 1250], // Devanagari १२५०
    ['\u09e6\u09e7\u09e8\u09e9\u09ea\u09eb\u09ec\u09ed\u09ee\u09ef', 123456789], // Bengali ০১২৩৪৫৬৭৮৯: every value
    ['\uff11\uff12\uff13', 123], // full-width １２３
    ['\u{1d7ce}\u{1d7cf}\u{1d7d7}', 19], // mathematical 𝟎𝟏𝟗: the first run of five that touch
    ['\u{1d7f6}\u{1d7ff}', 9], // mathematical monospace 𝟶𝟿: the last run
    ['\u0660', 0],
    ['\u0661\u0662\u0663\u0664\u066b\u0665\u0666', 1234.56], // Arabic decimal mark ١٢٣٤٫٥٦
    ['\u0661\u066c\u0662\u0663\u0664\u066b\u0665', 1234.5], // and thousands mark ١٬٢٣٤٫٥
    ['\u0661\u066c\u0662\u0663\u0664', 1234],
    ['\u200f\u0661\u0662 \u20ac', 12], // a right-to-left mark and the euro sign after the number
    ['\u0661\u0662,\u0665', 12.5], // mixed with a Western decimal comma
    ['1\u00a0234', 1234], // a non-breaking space between thousands
    ['999999999999999', 999_999_999_999_999], // 15 digits
  ])('reads %j as %d', (input, expected) => {
    expect(parseAmount(input)).toBe(expected);
  });

  it.each([
    '\u0661e\u0663', // exponent in Arabic-Indic digits
    '1E3',
    '1e10',
    '-\u0661',
    '\u0661\u066b\u0662\u066b\u0663',
    '10\u00b2', // a superscript is no decimal digit
    '\u00bd',
    '1111111111111111', // 16 digits: absurd for any answer
    '1.0000000000000001', // 16 decimals
    '1'.repeat(400), // would be Infinity
    '9'.repeat(300), // would be 1e300
    ' '.repeat(1000) + '5',
  ])('refuses %j', (input) => {
    expect(parseAmount(input)).toBeUndefined();
  });
});

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
});

import type { Locale } from './locale.js';

const NUMBER_LOCALE: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB', uk: 'uk-UA', ar: 'ar' };

/** An amount in euros in the interface's number format; whole euros without cents. */
export function formatEuro(value: number, locale: Locale): string {
  const cents = Math.round(value * 100) / 100;
  return new Intl.NumberFormat(NUMBER_LOCALE[locale], {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: Number.isInteger(cents) ? 0 : 2,
    maximumFractionDigits: 2,
    numberingSystem: 'latn',
  }).format(cents);
}

/** A number in the interface's format ("1.234,5" in Dutch), with Western digits. */
export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(NUMBER_LOCALE[locale], { maximumFractionDigits: 1, numberingSystem: 'latn' }).format(value);
}

/** A date (JJJJ-MM-DD) as "22 november 2026" in the interface language. */
export function formatDate(value: string, locale: Locale): string {
  const date = new Date(`${value}T12:00:00`);
  // "2026-02-30" parses as 2 March: a date that does not exist is shown as written.
  if (Number.isNaN(date.getTime()) || date.getDate() !== Number(value.slice(8, 10))) return value;
  return new Intl.DateTimeFormat(NUMBER_LOCALE[locale], { dateStyle: 'long', numberingSystem: 'latn' }).format(date);
}

// Longer input is no amount anyone types; it is refused before any pattern runs.
const MAX_INPUT = 40;

const digitValues = new Map<string, string>();

/**
 * The value (0-9) of a Unicode decimal digit. Unicode encodes every set of decimal digits as a
 * run of ten, 0 to 9, and some runs touch (the mathematical digits), so the value is the number
 * of digits just before it, modulo 10.
 */
function asciiDigit(digit: string): string {
  let value = digitValues.get(digit);
  if (value === undefined) {
    const code = digit.codePointAt(0)!;
    let before = 0;
    while (/\p{Nd}/u.test(String.fromCodePoint(code - before - 1))) before++;
    value = String(before % 10);
    digitValues.set(digit, value);
  }
  return value;
}

/**
 * Reads an amount as people type it: "1.234,56", "1234.56", "€ 950", "950,-", and in any script's
 * decimal digits ("١٢٥٠", "۱۲۵۰", "१२५०"), with the Arabic decimal (٫) and thousands (٬) marks.
 * Returns undefined for anything that is not a plain non-negative number: no sign, no exponent,
 * at most 15 digits before and after the decimal mark.
 */
export function parseAmount(input: string): number | undefined {
  if (input.length > MAX_INPUT) return undefined;
  let text = input
    .replace(/[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g, '') // direction marks from right-to-left text
    .replace(/\p{Nd}/gu, (digit) => (digit >= '0' && digit <= '9' ? digit : asciiDigit(digit)))
    .replace(/\u066b/g, ',') // Arabic decimal mark: the decimal comma
    .replace(/\u066c/g, '.') // Arabic thousands mark: the thousands dot
    .replace(/[€\s]/g, '')
    .replace(/,-$/, '');
  if (text === '') return undefined;
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(text)) text = text.replace(/\./g, '').replace(',', '.');
  else if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) text = text.replace(/,/g, '');
  else text = text.replace(',', '.');
  if (!/^\d{1,15}(\.\d{1,15})?$/.test(text)) return undefined;
  return Number(text);
}

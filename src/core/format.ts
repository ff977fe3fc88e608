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

/** A date (JJJJ-MM-DD) as "22 november 2026" in the interface language. */
export function formatDate(value: string, locale: Locale): string {
  const date = new Date(`${value}T12:00:00`);
  // "2026-02-30" parses as 2 March: a date that does not exist is shown as written.
  if (Number.isNaN(date.getTime()) || date.getDate() !== Number(value.slice(8, 10))) return value;
  return new Intl.DateTimeFormat(NUMBER_LOCALE[locale], { dateStyle: 'long', numberingSystem: 'latn' }).format(date);
}

/**
 * Reads an amount as people type it: "1.234,56", "1234.56", "€ 950", "950,-".
 * Returns undefined for anything that is not a non-negative number.
 */
export function parseAmount(input: string): number | undefined {
  let text = input.replace(/[€\s]/g, '').replace(/,-$/, '');
  if (text === '') return undefined;
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(text)) text = text.replace(/\./g, '').replace(',', '.');
  else if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) text = text.replace(/,/g, '');
  else text = text.replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(text)) return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

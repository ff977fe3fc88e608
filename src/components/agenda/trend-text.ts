import { msg, str } from '@lit/localize';
import { trend } from '../../core/agenda.js';
import { formatNumber } from '../../core/format.js';
import type { Locale } from '../../core/locale.js';
import type { AgendaIndicator, IndicatorUnit } from '../../core/schemas/agenda.js';
import { plural } from '../shared/messages.js';

/**
 * A meting in words, in the interface language: the unit, a value, and the last step of the
 * series. No Lit templates here, so the wording is tested in Node.
 */

export type YearValue = AgendaIndicator['values'][number];

const yes = () => msg('ja');
const no = () => msg('nee');

/** A unit as a column heading. */
export function unitLabel(unit: IndicatorUnit): string {
  switch (unit) {
    case 'aantal':
      return msg('Aantal');
    case 'procent':
      return msg('Procent');
    case 'arbeidsjaren':
      return msg('Arbeidsjaren');
    case 'ja-nee':
      return msg('Ja of nee');
  }
}

/** A value as a table cell or chart label: "309", "100%", "ja". */
export function cellText(unit: IndicatorUnit, value: number | boolean, locale: Locale): string {
  if (typeof value === 'boolean') return value ? yes() : no();
  const n = formatNumber(value, locale);
  return unit === 'procent' ? msg(str`${n}%`, { id: 'percent' }) : n;
}

/** A number with its unit, in the plural form of the interface language: "208 arbeidsjaren". */
function quantity(unit: IndicatorUnit, value: number, locale: Locale): string {
  const n = formatNumber(value, locale);
  if (unit === 'arbeidsjaren') {
    return plural(locale, value, {
      zero: () => msg(str`${n} arbeidsjaren`, { id: 'work-years.zero' }),
      one: () => msg(str`${n} arbeidsjaar`, { id: 'work-years.one' }),
      two: () => msg(str`${n} arbeidsjaren`, { id: 'work-years.two' }),
      few: () => msg(str`${n} arbeidsjaren`, { id: 'work-years.few' }),
      many: () => msg(str`${n} arbeidsjaren`, { id: 'work-years.many' }),
      other: () => msg(str`${n} arbeidsjaren`, { id: 'work-years.other' }),
    });
  }
  return unit === 'procent' ? msg(str`${n}%`, { id: 'percent' }) : n;
}

/** A difference: "66 minder", "3 procentpunten meer". Percentages differ in points, not percent. */
function difference(unit: IndicatorUnit, change: number, locale: Locale): string {
  const size = Math.abs(change);
  const n = formatNumber(size, locale);
  const amount =
    unit === 'procent'
      ? plural(locale, size, {
          zero: () => msg(str`${n} procentpunten`, { id: 'points.zero' }),
          one: () => msg(str`${n} procentpunt`, { id: 'points.one' }),
          two: () => msg(str`${n} procentpunten`, { id: 'points.two' }),
          few: () => msg(str`${n} procentpunten`, { id: 'points.few' }),
          many: () => msg(str`${n} procentpunten`, { id: 'points.many' }),
          other: () => msg(str`${n} procentpunten`, { id: 'points.other' }),
        })
      : quantity(unit, size, locale);
  return change > 0 ? msg(str`${amount} meer`) : msg(str`${amount} minder`);
}

/** The values with a year, oldest first. */
export const sortedValues = (values: readonly YearValue[]): YearValue[] => [...values].sort((a, b) => a.year - b.year);

/**
 * The last step of the series in words, for any unit, without claiming what the series means:
 * "2024: 309 (2023: 375, 66 minder)."
 */
export function trendSentence(indicator: Pick<AgendaIndicator, 'unit' | 'values'>, locale: Locale): string {
  const { unit } = indicator;
  const values = sortedValues(indicator.values);
  const last = values.at(-1);
  if (!last) return msg('Er zijn nog geen cijfers.');
  const step = trend(indicator);
  if (step) {
    const value = quantity(unit, step.value, locale);
    const previous = quantity(unit, step.previousValue, locale);
    const year = String(step.year);
    const previousYear = String(step.previousYear);
    if (step.direction === 'same') return msg(str`${year}: ${value} (${previousYear}: ${previous}, evenveel).`);
    const change = difference(unit, step.change, locale);
    return msg(str`${year}: ${value} (${previousYear}: ${previous}, ${change}).`);
  }
  const year = String(last.year);
  const value = cellText(unit, last.value, locale);
  // Yes/no values: the last answer and the one before, without a "trend".
  const before = values.at(-2);
  if (typeof last.value === 'boolean' && before && typeof before.value === 'boolean') {
    const previous = cellText(unit, before.value, locale);
    const previousYear = String(before.year);
    return msg(str`${year}: ${value} (${previousYear}: ${previous}).`);
  }
  return typeof last.value === 'number' ? msg(str`${year}: ${quantity(unit, last.value, locale)}.`) : msg(str`${year}: ${value}.`);
}

import { describe, it, expect } from 'vitest';
import { cellText, trendSentence } from '../../src/components/agenda/trend-text.js';
import type { AgendaFeed, IndicatorUnit } from '../../src/core/schemas/agenda.js';
import data from '../../src/data/twenterand/agenda.json';

const feed = data as unknown as AgendaFeed;
const indicator = (id: string) => (feed.indicators ?? []).find((i) => i.id === id)!;
const series = (unit: IndicatorUnit, ...values: [number, number | boolean][]) => ({ unit, values: values.map(([year, value]) => ({ year, value })) });

/**
 * The sentence under every chart, and its description for screen readers. Run outside a
 * translated locale, so msg() gives the Dutch source; numbers follow the locale given.
 */
describe('trendSentence', () => {
  it('says the last step of the Meedoenregeling: 309 in 2024, 66 fewer than in 2023', () => {
    expect(trendSentence(indicator('meedoenregeling'), 'nl')).toBe('2024: 309 (2023: 375, 66 minder).');
  });

  it('compares with the last year that has a number, across a gap', () => {
    // Jeugdhulp has no figure for 2023.
    expect(trendSentence(indicator('jeugdhulpvoorzieningen'), 'nl')).toBe('2024: 971 (2022: 1.144, 173 minder).');
  });

  it('formats numbers in the interface language, never years', () => {
    expect(trendSentence(indicator('jeugdhulpvoorzieningen'), 'en')).toBe('2024: 971 (2022: 1,144, 173 minder).');
    expect(trendSentence(series('aantal', [2023, 1234.5], [2024, 2000]), 'nl')).toBe('2024: 2.000 (2023: 1.234,5, 765,5 meer).');
  });

  it('says more, fewer or as many, for counts', () => {
    expect(trendSentence(series('aantal', [2023, 5], [2024, 6]), 'nl')).toBe('2024: 6 (2023: 5, 1 meer).');
    expect(trendSentence(series('aantal', [2023, 5], [2024, 5]), 'nl')).toBe('2024: 5 (2023: 5, evenveel).');
  });

  it('gives percentages with %, and their difference in percentage points with real plural forms', () => {
    expect(trendSentence(series('procent', [2023, 100], [2024, 100]), 'nl')).toBe('2024: 100% (2023: 100%, evenveel).');
    expect(trendSentence(series('procent', [2023, 40], [2024, 45]), 'nl')).toBe('2024: 45% (2023: 40%, 5 procentpunten meer).');
    expect(trendSentence(series('procent', [2023, 40], [2024, 39]), 'nl')).toBe('2024: 39% (2023: 40%, 1 procentpunt minder).');
  });

  it('names arbeidsjaren with their plural form', () => {
    expect(trendSentence(indicator('wsw-zittend-bestand'), 'nl')).toBe('2024: 208 arbeidsjaren (2023: 219 arbeidsjaren, 11 arbeidsjaren minder).');
    expect(trendSentence(series('arbeidsjaren', [2023, 2], [2024, 1]), 'nl')).toBe('2024: 1 arbeidsjaar (2023: 2 arbeidsjaren, 1 arbeidsjaar minder).');
  });

  it('gives yes/no answers without a trend, and a single value on its own', () => {
    expect(trendSentence(indicator('meldpunt-loverboys-mensenhandel'), 'nl')).toBe('2023: ja (2022: ja).');
    expect(trendSentence(series('ja-nee', [2021, false]), 'nl')).toBe('2021: nee.');
    expect(trendSentence(indicator('gezinswerk'), 'nl')).toBe('2024: 87.');
    expect(trendSentence(series('aantal'), 'nl')).toBe('Er zijn nog geen cijfers.');
  });

  it('words every meting of the default data, with its own numbers', () => {
    for (const item of feed.indicators ?? []) {
      const sentence = trendSentence(item, 'nl');
      expect(sentence, item.id).not.toMatch(/undefined|NaN|null/);
      const last = [...item.values].sort((a, b) => a.year - b.year).at(-1)!;
      expect(sentence.startsWith(`${last.year}: ${cellText(item.unit, last.value, 'nl')}`), item.id).toBe(true);
    }
  });
});

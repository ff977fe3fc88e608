import { describe, it, expect } from 'vitest';
import { expectLevel } from './readability-report.js';
import defaultData from '../../src/data/twenterand/regelingen.json';

/**
 * Our own A2 and B1 texts must meet their level. When this fails, rewrite the text named in the
 * message (shorter sentences, shorter words); do not loosen LEVEL_LIMITS.
 */

interface LevelTextAt {
  /** Readable place: "<regeling id> <field>" or "norms limitNote". */
  where: string;
  level: 'a2' | 'b1';
  text: string;
}

/** Every a2 and b1 string in the data, named by regeling id, field and condition id. */
function levelTexts(value: unknown, where: string[] = []): LevelTextAt[] {
  if (Array.isArray(value)) {
    return value.flatMap((item, i) => {
      const named = item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string';
      return levelTexts(item, [...where, named ? (item as { id: string }).id : String(i)]);
    });
  }
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => {
    if ((key === 'a2' || key === 'b1') && typeof child === 'string') {
      return [{ where: where.filter((part) => part !== 'regelingen' && part !== 'eligibility').join(' '), level: key, text: child }];
    }
    return levelTexts(child, [...where, key]);
  });
}

const texts = levelTexts(defaultData);

describe('readability of the default data', () => {
  it('finds the texts to check', () => {
    // 10 regelingen × (title, summary, forWhom, whatYouGet, apply.text) × 2 levels, plus conditions.
    expect(texts.filter((t) => t.level === 'a2').length).toBeGreaterThanOrEqual(50);
    expect(texts.filter((t) => t.level === 'b1').length).toBeGreaterThanOrEqual(50);
    expect(texts.some((t) => t.where === 'meedoenregeling title')).toBe(true);
    expect(texts.some((t) => t.where === 'meedoenregeling woonplaats met')).toBe(true);
    expect(texts.some((t) => t.where === 'norms limitNote')).toBe(true);
  });

  it.each(texts.map((t) => [`${t.where} (${t.level})`, t] as const))('%s meets its level', (_name, { level, text }) => {
    expectLevel(text, level);
  });

  it('uses no percentages and no unexplained words at A2 (polis, bijstandsnorm, intake, traject, toeslag)', () => {
    const words = /%|procent|polis|bijstandsnorm|sociaal minimum|intake|traject|toeslag/i;
    const found = texts.filter((t) => t.level === 'a2' && words.test(t.text)).map((t) => `${t.where}: ${t.text}`);
    expect(found).toEqual([]);
  });
});

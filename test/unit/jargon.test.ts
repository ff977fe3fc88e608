import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { JARGON, findJargon, type JargonEntry } from '../../src/core/jargon.js';
import { LEVEL_LIMITS, words } from '../../src/core/readability.js';

/** The seed documents sit beside the repository (shared/seeds), on developers' machines and in CI. */
const SEEDS = new URL('../../../shared/seeds/', import.meta.url);

describe('the jargon list', () => {
  it('has the words the issue names, each with a plainer alternative', () => {
    for (const term of ['voorliggend veld', 'maatwerkvoorziening', 'participatie', 'integraal', 'normaliseren', 'inkomensondersteuning']) {
      const entry = JARGON.find((e) => e.term === term);
      expect(entry, term).toBeDefined();
      expect(entry!.alternative.length).toBeGreaterThan(3);
    }
    expect(JARGON.length).toBeGreaterThanOrEqual(40);
  });

  it('lists every form once, in lower case, and never the alternative as jargon itself', () => {
    const forms = JARGON.flatMap((e) => [e.term, ...(e.also ?? [])]);
    expect(new Set(forms).size).toBe(forms.length);
    for (const form of forms) expect(form).toBe(form.toLocaleLowerCase('nl'));
    for (const entry of JARGON) {
      expect(findJargon(entry.alternative).map((m) => m.entry.term), `${entry.term}: "${entry.alternative}"`).toEqual([]);
    }
  });

  it('gives alternatives short enough for a B1 sentence', () => {
    for (const entry of JARGON) expect(words(entry.alternative).length, entry.term).toBeLessThanOrEqual(LEVEL_LIMITS.b1.maxWordsPerSentence);
  });

  it.skipIf(!existsSync(SEEDS))('takes every word from the source document it names', () => {
    const texts = new Map<string, string>();
    const read = (file: string) => {
      if (!texts.has(file)) texts.set(file, readFileSync(new URL(file, SEEDS), 'utf8').toLocaleLowerCase('nl').replace(/\s+/g, ' '));
      return texts.get(file)!;
    };
    const missing = JARGON.filter((e: JargonEntry) => ![e.term, ...(e.also ?? [])].some((form) => read(e.source).includes(form)));
    expect(missing.map((e) => `${e.term} (${e.source})`)).toEqual([]);
  });
});

describe('findJargon', () => {
  it('finds whole words in any case, with their places', () => {
    const text = 'Participatie is belangrijk. Wij werken Integraal.';
    const found = findJargon(text);
    expect(found.map((m) => [m.entry.term, m.text])).toEqual([
      ['participatie', 'Participatie'],
      ['integraal', 'Integraal'],
    ]);
    for (const match of found) expect(text.slice(match.start, match.end)).toBe(match.text);
  });

  it('finds inflected forms listed with a word', () => {
    expect(findJargon('Er zijn twee maatwerkvoorzieningen en een integrale aanpak.').map((m) => m.entry.term)).toEqual(['maatwerkvoorziening', 'integraal']);
    expect(findJargon('Dit wordt genormaliseerd.').map((m) => m.entry.term)).toEqual(['normaliseren']);
  });

  it('finds a term of two words as one match, across any white space', () => {
    const found = findJargon('Eerst kijken we naar het voorliggend\n  veld.');
    expect(found).toHaveLength(1);
    expect(found[0]!.entry.term).toBe('voorliggend veld');
    expect(found[0]!.text).toBe('voorliggend\n  veld');
  });

  it('prefers the longer term at the same place', () => {
    expect(findJargon('Dit is een maatwerkvoorziening, geen maatwerk.').map((m) => m.entry.term)).toEqual(['maatwerkvoorziening', 'maatwerk']);
    expect(findJargon('De voorliggende voorziening helpt.').map((m) => m.text)).toEqual(['voorliggende voorziening']);
  });

  it('does not find a word inside a longer word', () => {
    expect(findJargon('De participatiewet en de participatiecoach.').map((m) => m.entry.term)).toEqual(['participatiewet']);
    expect(findJargon('Hij borgt het. Wij regelen het.').map((m) => m.entry.term)).toEqual(['borgen']);
    expect(findJargon('De regiegroep vergadert.')).toEqual([]);
  });

  it('finds nothing in plain text', () => {
    expect(findJargon('U krijgt geld van de gemeente. Zo kunt u meedoen.')).toEqual([]);
  });

  it('takes a list of its own', () => {
    const list = [{ term: 'bijzondere bijstand', alternative: 'geld voor bijzondere kosten', source: 'test' }];
    expect(findJargon('Vraag bijzondere bijstand aan. Participatie!', list).map((m) => m.text)).toEqual(['bijzondere bijstand']);
  });
});

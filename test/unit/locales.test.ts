import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TARGET_LOCALES } from '../../src/core/locale.js';

/** Every interface text is translated, and keeps its placeholders. */
function units(locale: string): { id: string; source: string; target?: string }[] {
  const xml = readFileSync(new URL(`../../locales/${locale}.xlf`, import.meta.url), 'utf8');
  return [...xml.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)].map(([, id, body]) => ({
    id,
    source: /<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? '',
    target: /<target>([\s\S]*?)<\/target>/.exec(body)?.[1],
  }));
}

const placeholders = (text: string) => [...text.matchAll(/<x id="(\d+)"/g)].map((m) => m[1]).sort();

describe('interface translations', () => {
  const reference = units('en').map((u) => u.id).sort();

  it('has messages to translate', () => {
    expect(reference.length).toBeGreaterThan(100);
  });

  for (const locale of TARGET_LOCALES) {
    describe(locale, () => {
      const list = units(locale);

      it('has the same messages as the other languages', () => {
        expect(list.map((u) => u.id).sort()).toEqual(reference);
      });

      it('translates every message, with the same placeholders', () => {
        const untranslated = list.filter((u) => !u.target?.trim()).map((u) => `${u.id}: ${u.source}`);
        expect(untranslated, 'run `npm run localize:extract` and translate these').toEqual([]);
        const broken = list.filter((u) => placeholders(u.source).join() !== placeholders(u.target ?? '').join()).map((u) => u.id);
        expect(broken).toEqual([]);
      });
    });
  }
});

import { describe, it, expect } from 'vitest';
import { DEFAULT_LEVEL, LEVELS, isLevel, parseLevel, resolveText, textAt, type Level } from '../../src/core/level.js';

const all = { a2: 'eenvoudig', b1: 'standaard', c1: 'beleid' };

describe('LEVELS', () => {
  it('lists a2, b1 and c1, with b1 as the default', () => {
    expect(LEVELS).toEqual(['a2', 'b1', 'c1']);
    expect(DEFAULT_LEVEL).toBe('b1');
  });
});

describe('resolveText', () => {
  it('gives the asked level when it exists, without fallback', () => {
    for (const level of LEVELS) {
      expect(resolveText(all, level)).toEqual({ text: all[level], level, fallback: false });
    }
  });

  it('a2 falls back to b1, then c1', () => {
    expect(resolveText({ b1: 'B', c1: 'C' }, 'a2')).toEqual({ text: 'B', level: 'b1', fallback: true });
    expect(resolveText({ c1: 'C' }, 'a2')).toEqual({ text: 'C', level: 'c1', fallback: true });
  });

  it('c1 falls back to b1, then a2', () => {
    expect(resolveText({ a2: 'A', b1: 'B' }, 'c1')).toEqual({ text: 'B', level: 'b1', fallback: true });
    expect(resolveText({ a2: 'A' }, 'c1')).toEqual({ text: 'A', level: 'a2', fallback: true });
  });

  it('b1 falls back to a2 (simpler is nearer), then c1', () => {
    expect(resolveText({ a2: 'A', c1: 'C' }, 'b1')).toEqual({ text: 'A', level: 'a2', fallback: true });
    expect(resolveText({ c1: 'C' }, 'b1')).toEqual({ text: 'C', level: 'c1', fallback: true });
  });

  it('treats a plain string as the text at every level, never as a fallback', () => {
    for (const level of LEVELS) {
      expect(resolveText('Voor iedereen', level)).toEqual({ text: 'Voor iedereen', level, fallback: false });
    }
  });

  it('keeps an empty plain string as it is (the schema rejects it earlier)', () => {
    expect(resolveText('', 'a2')).toEqual({ text: '', level: 'a2', fallback: false });
  });

  it('skips empty and whitespace-only level texts', () => {
    expect(resolveText({ a2: '', b1: 'B' }, 'a2')).toEqual({ text: 'B', level: 'b1', fallback: true });
    expect(resolveText({ a2: '   \n', c1: 'C' }, 'a2')).toEqual({ text: 'C', level: 'c1', fallback: true });
    expect(resolveText({ b1: ' ', a2: 'A' }, 'b1')).toEqual({ text: 'A', level: 'a2', fallback: true });
  });

  it('keeps the text as written (no trimming) when it has content', () => {
    expect(resolveText({ b1: '  Tekst  ' }, 'b1')?.text).toBe('  Tekst  ');
  });

  it('gives undefined when no level has text', () => {
    expect(resolveText(undefined, 'b1')).toBeUndefined();
    expect(resolveText({}, 'a2')).toBeUndefined();
    expect(resolveText({ a2: '', b1: ' ', c1: '' }, 'c1')).toBeUndefined();
  });

  it('ignores values that are not strings (a broken feed cast to LevelText)', () => {
    const broken = { a2: 42, b1: null, c1: 'C' } as unknown as Partial<Record<Level, string>>;
    expect(resolveText(broken, 'a2')).toEqual({ text: 'C', level: 'c1', fallback: true });
  });

  it('ignores unknown keys', () => {
    const odd = { en: 'English', b2: 'B2' } as unknown as Partial<Record<Level, string>>;
    expect(resolveText(odd, 'b1')).toBeUndefined();
  });
});

describe('textAt', () => {
  it('gives the resolved text', () => {
    expect(textAt(all, 'c1')).toBe('beleid');
    expect(textAt({ c1: 'C' }, 'a2')).toBe('C');
    expect(textAt('Zelfde', 'a2')).toBe('Zelfde');
  });

  it("gives '' when there is nothing", () => {
    expect(textAt(undefined, 'b1')).toBe('');
    expect(textAt({}, 'b1')).toBe('');
    expect(textAt({ a2: ' ' }, 'b1')).toBe('');
  });
});

describe('isLevel', () => {
  it('accepts only the three levels, exactly', () => {
    expect(isLevel('a2')).toBe(true);
    expect(isLevel('b1')).toBe(true);
    expect(isLevel('c1')).toBe(true);
    for (const value of ['A2', 'b2', '', ' b1', null, undefined, 1, {}, ['a2']]) {
      expect(isLevel(value), String(value)).toBe(false);
    }
  });
});

describe('parseLevel', () => {
  it('reads levels case-insensitively and trims', () => {
    expect(parseLevel('a2')).toBe('a2');
    expect(parseLevel('B1')).toBe('b1');
    expect(parseLevel('  C1 ')).toBe('c1');
    expect(parseLevel('\tb1\n')).toBe('b1');
  });

  it('gives undefined for anything else', () => {
    for (const value of [null, undefined, '', '  ', 'b2', 'a1', 'c 1', 'b1b1', 'eenvoudig', 'toString', '__proto__']) {
      expect(parseLevel(value), String(value)).toBeUndefined();
    }
  });
});

import { describe, it, expect, beforeAll } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CSSResult } from 'lit';
import { TOKENS, tokenStyles, tokenValue, type Token } from '../../src/components/shared/tokens.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const COMPONENTS = join(ROOT, 'src/components');

/** Every *.styles.ts file under src/components (base.styles.ts included). */
const styleFiles = readdirSync(COMPONENTS, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.styles.ts'))
  .map((file) => join(COMPONENTS, file))
  .sort();

/** Every .ts file under src/components: private tokens must not hide in inline styles either. */
const componentSources = readdirSync(COMPONENTS, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts'))
  .map((file) => ({ file: relative(ROOT, join(COMPONENTS, file)), text: readFileSync(join(COMPONENTS, file), 'utf8') }));

/** The cssText of every CSSResult a module exports, also inside arrays (baseStyles is an array). */
function cssTexts(value: unknown): string[] {
  if (value instanceof CSSResult) return [value.cssText];
  if (Array.isArray(value)) return value.flatMap(cssTexts);
  return [];
}

const privateUses = (css: string) => [...css.matchAll(/var\(\s*(--_helder-[a-z0-9-]+)/g)].map((m) => m[1]!);
const privateName = (token: Token) => `--_helder-${token.name}`;

/** File → the CSS it exports, minus tokenStyles (which defines the private tokens, it does not use them). */
const styles = new Map<string, string>();

beforeAll(async () => {
  for (const file of styleFiles) {
    const module = (await import(file)) as Record<string, unknown>;
    const css = Object.values(module)
      .flatMap(cssTexts)
      .filter((text) => text !== tokenStyles.cssText)
      .join('\n');
    styles.set(relative(ROOT, file), css);
  }
});

describe('styles files', () => {
  it('are found: base.styles.ts and one per widget', () => {
    const names = styleFiles.map((f) => relative(ROOT, f));
    expect(names).toContain(join('src/components/shared/base.styles.ts'));
    expect(names).toContain(join('src/components/regelingen/regelingen.styles.ts'));
    expect(names).toContain(join('src/components/taalniveau/taalniveau.styles.ts'));
  });

  it('each export CSS that uses private tokens', () => {
    for (const [file, css] of styles) {
      expect(css.length, file).toBeGreaterThan(0);
      expect(privateUses(css).length, file).toBeGreaterThan(0);
    }
  });
});

describe('TOKENS', () => {
  it('has unique names', () => {
    const names = TOKENS.map((t) => t.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('names are kebab-case without their own prefix, so every public name is --helder-<name>', () => {
    for (const token of TOKENS) {
      expect(token.name, token.name).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
      expect(token.name.startsWith('helder'), token.name).toBe(false);
      expect(tokenValue(token).startsWith(`var(--helder-${token.name}, `), token.name).toBe(true);
    }
  });

  it('falls back to NL Design System tokens, never to other Helder tokens', () => {
    for (const token of TOKENS) {
      for (const nl of token.nl) {
        expect(nl, token.name).toMatch(/^--[a-z][a-z0-9-]*$/);
        expect(nl.startsWith('--helder-') || nl.startsWith('--_helder-'), `${token.name}: ${nl}`).toBe(false);
      }
    }
  });

  it('has a default value and a description for each token', () => {
    for (const token of TOKENS) {
      expect(token.value.trim(), token.name).not.toBe('');
      expect(token.value, token.name).not.toMatch(/var\(/);
      expect(token.description.trim(), token.name).not.toBe('');
    }
  });

  it('every private token used in any styles file is defined by TOKENS', () => {
    const defined = new Set(TOKENS.map(privateName));
    const undefinedUses: string[] = [];
    for (const [file, css] of styles) {
      for (const name of privateUses(css)) if (!defined.has(name)) undefinedUses.push(`${file}: ${name}`);
    }
    for (const { file, text } of componentSources) {
      for (const name of privateUses(text)) if (!defined.has(name)) undefinedUses.push(`${file}: ${name}`);
    }
    expect(undefinedUses).toEqual([]);
  });

  it('every token in TOKENS is used by some styles file', () => {
    const used = new Set([...styles.values()].flatMap(privateUses));
    const unused = TOKENS.map(privateName).filter((name) => !used.has(name));
    expect(unused).toEqual([]);
  });

  it('styles use only private tokens: public --helder-* are read once, in tokenStyles', () => {
    for (const [file, css] of styles) {
      expect(css.match(/var\(\s*--helder-[a-z0-9-]+/g) ?? [], file).toEqual([]);
    }
  });
});

describe('tokenValue', () => {
  it('nests the NL Design System tokens, in order, before the default', () => {
    expect(tokenValue({ name: 'color-accent', nl: ['--utrecht-link-color', '--nl-link-color'], value: '#0b4f8a', description: '' })).toBe(
      'var(--helder-color-accent, var(--utrecht-link-color, var(--nl-link-color, #0b4f8a)))',
    );
  });

  it('with one NL token', () => {
    expect(tokenValue({ name: 'radius', nl: ['--utrecht-card-border-radius'], value: '0.5rem', description: '' })).toBe(
      'var(--helder-radius, var(--utrecht-card-border-radius, 0.5rem))',
    );
  });

  it('without NL tokens: only the public property and the default', () => {
    expect(tokenValue({ name: 'space', nl: [], value: '1rem', description: '' })).toBe('var(--helder-space, 1rem)');
  });

  it('keeps commas in the default value', () => {
    const font = TOKENS.find((t) => t.name === 'font-family')!;
    expect(tokenValue(font)).toBe(`var(--helder-font-family, var(--utrecht-document-font-family, ${font.value}))`);
  });

  it('has balanced parentheses for every token', () => {
    for (const token of TOKENS) {
      const value = tokenValue(token);
      expect(value.split('(').length, token.name).toBe(value.split(')').length);
      expect(value.match(/var\(/g), token.name).toHaveLength(1 + token.nl.length);
    }
  });
});

describe('tokenStyles', () => {
  it('defines every private token on :host from its public property', () => {
    const css = tokenStyles.cssText;
    expect(css).toContain(':host');
    for (const token of TOKENS) expect(css, token.name).toContain(`${privateName(token)}: ${tokenValue(token)};`);
    expect(css.match(/--_helder-[a-z0-9-]+\s*:/g)).toHaveLength(TOKENS.length);
  });
});

describe('default colours (WCAG AA on white)', () => {
  const hex = (name: string) => {
    const value = TOKENS.find((t) => t.name === name)?.value;
    if (!value || !/^#[0-9a-f]{6}$/i.test(value)) throw new Error(`${name} is not a #rrggbb colour: ${value}`);
    return value;
  };
  const luminance = (color: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const c = parseInt(color.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const contrast = (a: string, b: string) => {
    const [hi, lo] = [luminance(hex(a)), luminance(hex(b))].sort((x, y) => y - x);
    return (hi! + 0.05) / (lo! + 0.05);
  };

  it.each([
    ['color-text', 'color-background'],
    ['color-text', 'color-surface'],
    ['color-text', 'color-notice'],
    ['color-text', 'color-focus-background'],
    ['color-muted', 'color-background'],
    ['color-muted', 'color-surface'],
    ['color-accent', 'color-background'],
    ['color-accent', 'color-surface'],
    ['color-accent-contrast', 'color-accent'],
    ['color-positive', 'color-background'],
    ['color-positive', 'color-surface'],
    ['color-negative', 'color-background'],
    ['color-negative', 'color-surface'],
  ])('%s on %s is at least 4.5:1', (fg, bg) => {
    expect(contrast(fg, bg)).toBeGreaterThanOrEqual(4.5);
  });

  it.each([
    ['color-border', 'color-background'],
    ['color-border', 'color-surface'],
    ['color-focus', 'color-background'],
    ['color-notice-border', 'color-notice'],
  ])('%s on %s is at least 3:1 (non-text)', (fg, bg) => {
    expect(contrast(fg, bg)).toBeGreaterThanOrEqual(3);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** src/core returns values and codes: no interface sentences (msg), no Lit, no DOM rendering. */
const CORE = new URL('../../src/core/', import.meta.url).pathname;
const files = readdirSync(CORE, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts'))
  .map((file) => ({ file, text: readFileSync(join(CORE, file), 'utf8') }));

describe('src/core', () => {
  it('is found', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it('imports neither @lit/localize nor Lit', () => {
    const offending = files.filter(({ text }) => /from '(@lit\/localize|lit)(\/[^']*)?'/.test(text)).map(({ file }) => file);
    expect(offending).toEqual([]);
  });

  it('touches no document or window', () => {
    const offending = files.filter(({ text }) => /\b(document|window)\./.test(text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, ''))).map(({ file }) => file);
    expect(offending).toEqual([]);
  });
});

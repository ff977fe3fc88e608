import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a build script in plain JavaScript, without type declarations.
import { buildManifest, collect, ELEMENT_MODULES } from '../../scripts/manifest.mjs';

/** The README and custom-elements.json describe the same API: both are checked against the source. */

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

interface Declaration {
  tagName?: string;
  attributes?: { name: string }[];
}
const manifest = buildManifest(ELEMENT_MODULES) as { modules: { path: string; declarations?: Declaration[] }[] };
const elements = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.tagName).map((d) => ({ tag: d.tagName!, path: m.path, declaration: d })));

/** The README section of one element: from its heading to the next heading of the same depth. */
function section(tag: string): string {
  const start = readme.indexOf(`### \`<${tag}>\``);
  if (start < 0) return '';
  const next = readme.indexOf('\n### ', start + 4);
  const end = readme.indexOf('\n## ', start + 4);
  return readme.slice(start, Math.min(...[next, end].filter((i) => i > 0)));
}

const names = (text: string) => [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);

describe('README', () => {
  it('has a section for every element', () => {
    expect(elements.length).toBeGreaterThanOrEqual(2);
    for (const { tag } of elements) expect(section(tag), tag).not.toBe('');
  });

  for (const { tag, path, declaration } of elements) {
    describe(`<${tag}>`, () => {
      const text = section(tag);
      const found = collect(path) as { parts: { name: string }[]; events: { name: string }[] };

      it('lists the CSS parts it renders, and no others', () => {
        const line = /CSS parts: ([\s\S]*?)\.\n/.exec(text)?.[1] ?? '';
        expect(names(line).sort()).toEqual(found.parts.map((p) => p.name).sort());
      });

      it('names every event it fires', () => {
        for (const event of found.events) expect(text, event.name).toContain(`\`${event.name}\``);
      });

      it('lists its attributes in the table', () => {
        const rows = /\| attribute[^\n]*\n([\s\S]*?)\n\n/.exec(text)?.[1] ?? '';
        const table = [...rows.matchAll(/^\| `([a-z-]+)`(?! \(property only\))/gm)].map((m) => m[1]!);
        if (table.length === 0) return; // the picker has no attributes of its own beyond level
        const attributes = (declaration.attributes ?? []).map((a) => a.name);
        // lang is the global HTML attribute; every other row is an attribute of the element.
        expect(table.filter((name) => name !== 'lang').sort()).toEqual([...attributes].sort());
      });
    });
  }
});

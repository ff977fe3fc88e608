import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
// @ts-expect-error: a build script in plain JavaScript, without type declarations.
import { commonBlocks, readDefaultData, renderSchemaDocs } from '../../scripts/schema-docs.mjs';
import * as common from '../../src/core/schemas/common.js';
import { SCHEMAS } from '../../src/core/schemas/index.js';
import { KINDS } from '../../src/core/kinds.js';
import defaultData from '../../src/data/twenterand/regelingen.json';

/** docs/schemas/ is generated from the schemas of every kind and committed; it must not go stale. */

const ROOT = new URL('../../', import.meta.url);
const render = renderSchemaDocs as (schemas: object, blocks: unknown, data: object) => Record<string, string>;
const files = render(SCHEMAS, commonBlocks(common), readDefaultData(Object.keys(SCHEMAS), ROOT.pathname));

describe('docs/schemas', () => {
  it('is what the schemas generate today (run node scripts/schema-docs.mjs after a schema change)', () => {
    const committed = readdirSync(new URL('docs/schemas/', ROOT)).filter((f) => f.endsWith('.md'));
    expect(committed.sort()).toEqual(Object.keys(files).sort());
    for (const [file, text] of Object.entries(files)) {
      expect(readFileSync(new URL(`docs/schemas/${file}`, ROOT), 'utf8') === text, `docs/schemas/${file} is stale`).toBe(true);
    }
  });

  it('has one page per schema, so every registered kind is documented', () => {
    for (const kind of KINDS) expect(Object.keys(files)).toContain(`${kind.name}.md`);
  });

  it('lists every field of a regeling with its type, whether it is required, and an example from the default data', () => {
    const page = files['regelingen.md']!;
    const section = page.slice(page.indexOf('## `regelingen[]`'), page.indexOf('## `regelingen[].amount`'));
    for (const field of Object.keys(SCHEMAS.regelingen.properties.regelingen.items.properties)) {
      expect(section, field).toContain(`| \`${field}\` |`);
    }
    expect(section).toContain('| `id` | tekst | ja | vorm `^[a-z0-9]+(-[a-z0-9]+)*$` |');
    expect(section).toContain(`\`"${defaultData.regelingen[0]!.id}"\``);
    expect(section).toContain('| `title` | [Tekst op niveau](#bouwsteen-tekst-op-niveau) | ja |');
    expect(section).toContain('`"geld"`, `"zorg"`');
    // The building blocks are explained once, with an example.
    expect(page).toContain('<a id="bouwsteen-tekst-op-niveau"></a>');
    expect(page.match(/## Tekst op niveau/g)).toHaveLength(1);
  });

  it('explains an object that occurs at several places once, and links to it', () => {
    const page = files['sociale-kaart.md']!;
    expect(page.match(/^## `[^`]*schedules\[\]`$/gm)).toHaveLength(1);
    expect(page.match(/\(#veld-services-schedules\)/g)!.length).toBeGreaterThanOrEqual(3);
  });

  it('every link inside a page points at an anchor on that page', () => {
    for (const [file, page] of Object.entries(files)) {
      const anchors = new Set([...page.matchAll(/<a id="([^"]+)"><\/a>/g)].map((m) => m[1]));
      for (const [, target] of page.matchAll(/\]\(#([^)]+)\)/g)) expect(anchors.has(target), `${file}: #${target}`).toBe(true);
    }
  });
});

describe('docs/een-feed-schrijven.md', () => {
  const guide = readFileSync(new URL('docs/een-feed-schrijven.md', ROOT), 'utf8');

  /** Whether `part` is `whole` or a value somewhere inside it. */
  const inside = (part: unknown, whole: unknown): boolean =>
    JSON.stringify(part) === JSON.stringify(whole) ||
    (typeof whole === 'object' && whole !== null && Object.values(whole).some((child) => inside(part, child)));

  it('takes its JSON examples from the default data, as they are', () => {
    const examples = [...guide.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1]!) as Record<string, unknown>);
    expect(examples.length).toBeGreaterThanOrEqual(4);
    for (const example of examples) {
      // An example of several fields of one item: each field as it is in some item.
      const found = inside(example, defaultData) || defaultData.regelingen.some((r) => Object.entries(example).every(([k, v]) => inside(v, (r as Record<string, unknown>)[k])));
      expect(found, JSON.stringify(example).slice(0, 120)).toBe(true);
    }
  });

  it('links to every schema page, and the pages exist', () => {
    for (const [, target] of guide.matchAll(/\]\((schemas\/[^)]+)\)/g)) expect(Object.keys(files)).toContain(target!.slice('schemas/'.length));
    for (const file of Object.keys(files)) expect(guide).toContain(`](schemas/${file})`);
  });

  it('states the level limits the readability module uses', async () => {
    const { LEVEL_LIMITS } = await import('../../src/core/readability.js');
    expect(guide).toContain(`| \`a2\` | eenvoudig | hoogstens ${LEVEL_LIMITS.a2.maxWordsPerSentence} woorden per zin, Flesch-Douma minstens ${LEVEL_LIMITS.a2.minFleschDouma} |`);
    expect(guide).toContain(`| \`b1\` | standaard | hoogstens ${LEVEL_LIMITS.b1.maxWordsPerSentence} woorden per zin, Flesch-Douma minstens ${LEVEL_LIMITS.b1.minFleschDouma} |`);
  });
});

import { describe, expect, it } from 'vitest';
import { TOKENS } from '../../src/components/shared/tokens.js';
// @ts-expect-error: a build script in plain JavaScript, without type declarations.
import { collect, ELEMENT_MODULES, buildManifest } from '../../scripts/manifest.mjs';

interface Collected {
  parts: { name: string; description: string }[];
  events: { name: string; description: string }[];
  problems: string[];
}
const collectOf = collect as (entry: string) => Collected;

/** custom-elements.json is generated from the source; these tests keep the generator honest. */
describe('custom-elements.json', () => {
  it('finds every element module', () => {
    expect(ELEMENT_MODULES).toContain('src/components/regelingen/regelingen.component.ts');
    expect(ELEMENT_MODULES).toContain('src/components/taalniveau/taalniveau.component.ts');
  });

  it('describes every part and event the elements render and fire, and nothing else', () => {
    for (const file of ELEMENT_MODULES as string[]) expect(collectOf(file).problems, file).toEqual([]);
  });

  it('collects the parts and events of <helder-regelingen> from all the files it renders with', () => {
    const { parts, events } = collectOf('src/components/regelingen/regelingen.component.ts');
    const names = parts.map((p) => p.name);
    // From the element's own renderers, and from shared ones (feed status, chips, read aloud, base).
    for (const name of ['base', 'card', 'search', 'filter', 'step', 'group-wel', 'group-niet', 'retry', 'problems', 'saved-copy', 'level-mark', 'read-aloud']) {
      expect(names).toContain(name);
    }
    expect(events.map((e) => e.name)).toEqual(['helder-check-complete', 'helder-error', 'helder-load']);
    expect(events.every((e) => e.description.length > 20)).toBe(true);
  });

  it('reports a part without description, a description without part, and an event without its file', () => {
    const { problems } = collectOf('test/unit/fixtures/manifest/undocumented.component.ts');
    expect(problems).toContain('part "secret" is rendered but has no @csspart description');
    expect(problems).toContain('@csspart "ghost" is documented but no template renders it');
    expect(problems.some((p) => p.includes('"helder-load"'))).toBe(true);
  });

  it('builds a manifest with the inherited level attribute, the events, the parts and the tokens', () => {
    const manifest = buildManifest(ELEMENT_MODULES) as {
      modules: { declarations?: { tagName?: string; attributes?: { name: string }[]; events?: { name: string }[]; cssParts?: unknown[]; cssProperties?: { name: string }[]; slots?: unknown[] }[] }[];
    };
    const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
    const regelingen = elements.find((d) => d.tagName === 'helder-regelingen')!;
    expect(regelingen.attributes!.map((a) => a.name)).toEqual(expect.arrayContaining(['src', 'timeout', 'view', 'categories', 'regeling', 'level']));
    expect(regelingen.events!.map((e) => e.name)).not.toContain('helder-level-change');
    expect(regelingen.slots).toBeUndefined();
    // Every public token, for every element.
    expect(regelingen.cssProperties!.map((p) => p.name)).toEqual(TOKENS.map((t) => `--helder-${t.name}`));
    const picker = elements.find((d) => d.tagName === 'helder-taalniveau')!;
    expect(picker.events!.map((e) => e.name)).toEqual(['helder-level-change']);
  });
});

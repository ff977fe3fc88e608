import { describe, expect, it } from 'vitest';
import { parseRegelingen } from '../../src/core/regelingen.js';
import { SCHEMAS } from '../../src/core/schemas/index.js';
import { levelTextSchema, sourceSchema } from '../../src/core/schemas/common.js';
import { regelingSchema, regelingenSchema } from '../../src/core/schemas/regelingen.js';
import { socialeKaartSchema } from '../../src/core/schemas/sociale-kaart.js';
import { absoluteUrl, elementHtml, embedElements, snippetHtml } from '../../src/editors/embed.js';
import { entryName, readNumber, writeNumber } from '../../src/editors/form-values.js';
import { getAt, insertAt, moveAt, pathOf, pointer, removeAt, setAt } from '../../src/editors/json-edit.js';
import { alternativeIndex, alternativesOf, initialValue, isLevelText, levelTextsOf, schemaAt, shapeOf, type JsonSchema } from '../../src/editors/schema-node.js';
import { FIELD_LABELS, figures, readabilityProblem, verdict } from '../../src/editors/strings.js';
import { EDITOR_WIDGETS, feedOptions, fixedOptions, widgetFor, widgetOf } from '../../src/editors/widgets.js';
import { checkLevel, measure } from '../../src/core/readability.js';
import twenterand from '../../src/data/twenterand/regelingen.json';

describe('json-edit: immutable edits by path', () => {
  const doc = { a: { b: [1, 2, 3] }, c: 'x' };

  it('reads and writes pointers the way problems name paths', () => {
    expect(pointer(['regelingen', 3, 'a/b', 'c~d'])).toBe('/regelingen/3/a~1b/c~0d');
    expect(pathOf('/regelingen/3/a~1b/c~0d')).toEqual(['regelingen', 3, 'a/b', 'c~d']);
    expect(pathOf('')).toEqual([]);
    expect(pathOf('/x/03')).toEqual(['x', '03']);
  });

  it('sets a value without changing the original, creating containers on the way', () => {
    const next = setAt(doc, ['a', 'b', 1], 20);
    expect(next).toEqual({ a: { b: [1, 20, 3] }, c: 'x' });
    expect(doc.a.b[1]).toBe(2);
    expect(getAt(next, ['c'])).toBe('x');
    expect(setAt({}, ['n', 'm'], true)).toEqual({ n: { m: true } });
    expect(setAt({}, ['list', 0, 'k'], 'v')).toEqual({ list: [{ k: 'v' }] });
  });

  it('keeps the order of keys, and removes a key for undefined', () => {
    expect(Object.keys(setAt({ p: 1, q: 2, r: 3 }, ['q'], 9) as object)).toEqual(['p', 'q', 'r']);
    expect(setAt({ p: 1, q: 2 }, ['q'], undefined)).toEqual({ p: 1 });
  });

  it('never touches a prototype, even for "__proto__"', () => {
    const next = setAt({}, ['__proto__', 'polluted'], true) as Record<string, unknown>;
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(next, '__proto__')).toBe(true);
    expect(getAt(next, ['__proto__', 'polluted'])).toBe(true);
  });

  it('removes, inserts and moves list entries', () => {
    expect(removeAt(doc, ['a', 'b', 0])).toEqual({ a: { b: [2, 3] }, c: 'x' });
    expect(removeAt(doc, ['c'])).toEqual({ a: { b: [1, 2, 3] } });
    expect(insertAt(doc, ['a', 'b'], 1, 9)).toEqual({ a: { b: [1, 9, 2, 3] }, c: 'x' });
    expect(insertAt(doc, ['new'], 5, 'z')).toEqual({ ...doc, new: ['z'] });
    expect(moveAt(doc, ['a', 'b'], 0, 2)).toEqual({ a: { b: [2, 3, 1] }, c: 'x' });
    expect(moveAt(doc, ['a', 'b'], 2, 0)).toEqual({ a: { b: [3, 1, 2] }, c: 'x' });
    expect(moveAt(doc, ['a', 'b'], 0, 3)).toBe(doc);
    expect(getAt(doc, ['a', 'nope', 1])).toBeUndefined();
  });
});

describe('schema-node: what field a schema becomes', () => {
  const props = regelingSchema.properties;

  it('knows a level text, also a copy with its own description', () => {
    expect(isLevelText(levelTextSchema)).toBe(true);
    expect(isLevelText({ ...levelTextSchema, description: 'Anders.' })).toBe(true);
    expect(isLevelText(sourceSchema)).toBe(false);
    expect(shapeOf(props.title).kind).toBe('level-text');
  });

  it('classifies every kind of field the regelingen schema uses', () => {
    expect(shapeOf(props.id).kind).toBe('string');
    expect(shapeOf(props.categories)).toEqual({ kind: 'enum-set', options: [...props.categories.items.enum] });
    expect(shapeOf(props.amount.properties.value)).toEqual({ kind: 'number', integer: false });
    expect(shapeOf(props.amount.properties.period).kind).toBe('enum');
    expect(shapeOf(props.amount.properties.example).kind).toBe('boolean');
    expect(shapeOf(props.eligibility).kind).toBe('list');
    expect(shapeOf(props.eligibility.items.properties.rule).kind).toBe('json');
    expect(shapeOf(regelingenSchema.properties.kind)).toEqual({ kind: 'const', value: 'regelingen' });
    const apply = shapeOf(props.apply);
    expect(apply.kind === 'object' && apply.closed).toBe(true);
  });

  it('spreads a source into its three forms and finds the one a value has', () => {
    const forms = alternativesOf(sourceSchema);
    expect(forms.map((f) => f.type)).toEqual(['string', 'object', 'array']);
    expect(alternativeIndex(forms, 'plan.txt')).toBe(0);
    expect(alternativeIndex(forms, { file: 'plan.txt' })).toBe(1);
    expect(alternativeIndex(forms, ['plan.txt'])).toBe(2);
    expect(alternativeIndex(forms, 12)).toBe(-1);
    expect(alternativeIndex(forms, undefined)).toBe(-1);
  });

  it('reads the HSDS schema too: open objects, "alle" or a list, integers', () => {
    const helder = socialeKaartSchema.properties.services.items.properties.helder;
    const kernen = shapeOf(helder.properties.kernen);
    expect(kernen.kind).toBe('choice');
    const forms = kernen.kind === 'choice' ? kernen.alternatives : [];
    expect(alternativeIndex(forms, 'alle')).toBe(0);
    expect(alternativeIndex(forms, ['Vriezenveen'])).toBe(1);
    const service = shapeOf(socialeKaartSchema.properties.services.items);
    expect(service.kind === 'object' && service.closed).toBe(false);
    expect(shapeOf(SCHEMAS.agenda.properties.themes.items.properties.number)).toEqual({ kind: 'number', integer: true });
  });

  it('starts new values in a form the schema takes', () => {
    expect(initialValue(props.eligibility.items)).toEqual({});
    expect(initialValue(props.title)).toEqual({ b1: '' });
    expect(initialValue(props.categories)).toEqual([]);
    expect(initialValue(sourceSchema)).toBe('');
    expect(initialValue(regelingenSchema.properties.kind)).toBe('regelingen');
  });

  it('finds every feed text of an item, with its path, also inside lists', () => {
    const item = twenterand.regelingen[0]!;
    const found = levelTextsOf(regelingSchema, item);
    const paths = found.map((f) => pointer(f.path));
    expect(paths).toContain('/title');
    expect(paths).toContain('/summary');
    expect(paths).toContain('/eligibility/0/met');
    expect(found.find((f) => pointer(f.path) === '/eligibility/0/met')!.key).toBe('met');
    // Every level text the item has is found, none twice.
    expect(new Set(paths).size).toBe(paths.length);
    expect(levelTextsOf(regelingSchema, { title: 12 })).toEqual([]);
  });

  it('finds the schema of a nested value', () => {
    expect(schemaAt(regelingenSchema, twenterand, ['regelingen', 0, 'eligibility', 0, 'met'])).toBe(levelTextSchema);
    expect(schemaAt(regelingenSchema, twenterand, ['regelingen', 0, 'source', 0])).toBe(sourceSchema.oneOf[0]);
    expect(schemaAt(regelingenSchema, twenterand, ['nope'])).toBeUndefined();
  });
});

describe('form values', () => {
  it('reads numbers the Dutch way and writes them back the same way', () => {
    expect(readNumber('12,50')).toBe(12.5);
    expect(readNumber('12.5')).toBe(12.5);
    expect(readNumber('1.400')).toBe(1400);
    expect(readNumber('1.234,56')).toBe(1234.56);
    expect(readNumber('0.125')).toBe(0.125);
    expect(readNumber(' -3 ')).toBe(-3);
    expect(readNumber('12,')).toBeUndefined();
    expect(readNumber('twaalf')).toBeUndefined();
    expect(readNumber('')).toBeUndefined();
    for (const n of [0, 1.5, 120, 1234.56]) expect(readNumber(writeNumber(n))).toBe(n);
  });

  it('names an entry by its title at b1, its name or id, else by place', () => {
    expect(entryName({ title: { a2: 'Kort', b1: 'Standaard' } }, 0)).toBe('1. Standaard');
    expect(entryName({ id: 'inkomen' }, 2)).toBe('3. inkomen');
    expect(entryName('plan.txt', 0)).toBe('1. plan.txt');
    expect(entryName({}, 4)).toBe('5.');
    expect(entryName({ name: 'x'.repeat(80) }, 0)).toHaveLength(3 + 61);
  });
});

describe('embed: the snippet and the preview from one spec', () => {
  const widget = widgetOf('regelingen')!;

  it('puts only the chosen attributes on the widget, filters in table order', () => {
    const elements = embedElements(widget, {
      src: 'https://gemeente.example/data/regelingen.json',
      level: 'a2',
      lang: 'uk',
      filters: { view: ['check'], categories: ['kinderen', ' school '], regeling: [] },
      picker: true,
    });
    expect(elements).toEqual([
      { tag: 'helder-taalniveau', attributes: [['lang', 'uk']] },
      {
        tag: 'helder-regelingen',
        attributes: [
          ['src', 'https://gemeente.example/data/regelingen.json'],
          ['level', 'a2'],
          ['lang', 'uk'],
          ['categories', 'kinderen school'],
          ['view', 'check'],
        ],
      },
    ]);
    expect(embedElements(widget, { src: 'https://x.example/f.json', level: '', lang: '', filters: {}, picker: false })).toEqual([
      { tag: 'helder-regelingen', attributes: [['src', 'https://x.example/f.json']] },
    ]);
  });

  it('escapes attribute values, so an address cannot break out of the markup', () => {
    expect(elementHtml({ tag: 'helder-regelingen', attributes: [['src', 'https://x.example/?a=1&b="2"<script>']] })).toBe(
      '<helder-regelingen src="https://x.example/?a=1&amp;b=&quot;2&quot;&lt;script&gt;"></helder-regelingen>',
    );
    expect(snippetHtml('https://x.example/helder/regelingen.js', [{ tag: 'helder-taalniveau', attributes: [] }])).toBe(
      '<script type="module" src="https://x.example/helder/regelingen.js"></script>\n<helder-taalniveau></helder-taalniveau>\n',
    );
  });

  it('takes only http and https addresses, absolute unless a base is given', () => {
    expect(absoluteUrl(' https://x.example/a.json ')).toBe('https://x.example/a.json');
    expect(absoluteUrl('a.json')).toBeUndefined();
    expect(absoluteUrl('a.json', 'https://x.example/dir/')).toBe('https://x.example/dir/a.json');
    expect(absoluteUrl('javascript:alert(1)')).toBeUndefined();
    expect(absoluteUrl('ftp://x.example/a.json')).toBeUndefined();
  });
});

describe('the widget table', () => {
  it('has one entry per kind, each with a schema the build publishes and a list in it', () => {
    const kinds = EDITOR_WIDGETS.map((w) => w.kind);
    expect(new Set(kinds).size).toBe(kinds.length);
    for (const widget of EDITOR_WIDGETS) {
      expect(SCHEMAS[widget.kind as keyof typeof SCHEMAS], widget.kind).toBe(widget.schema);
      expect(widget.schema.properties?.[widget.listKey]?.type).toBe('array');
      expect(widget.tag).toMatch(/^helder-[a-z-]+$/);
      for (const filter of widget.filters) expect(filter.attribute).toMatch(/^[a-z-]+$/);
    }
  });

  it('validates with the same code as the widget', () => {
    const broken = { ...twenterand, regelingen: [...twenterand.regelingen, { id: 'Fout Id', title: 'x', summary: 'y', categories: ['toveren'], source: 's' }] };
    const viaTable = widgetOf('regelingen')!.parse(broken);
    const viaWidget = parseRegelingen(broken);
    expect(viaTable.problems).toEqual(viaWidget.problems);
    expect(viaTable.problems.map((p) => p.path)).toEqual([`/regelingen/${twenterand.regelingen.length}/id`, `/regelingen/${twenterand.regelingen.length}/categories/0`]);
  });

  it('knows a document by its kind, else by its list', () => {
    expect(widgetFor(twenterand)?.kind).toBe('regelingen');
    expect(widgetFor({ regelingen: [] })?.kind).toBe('regelingen');
    expect(widgetFor({ kind: 'iets-anders', regelingen: [] })).toBeUndefined();
    expect(widgetFor([])).toBeUndefined();
    expect(widgetFor(null)).toBeUndefined();
  });

  it('reads filter options from the feed: values, labels at b1, no doubles', () => {
    const feed = {
      services: [
        { organization: { id: 'o1', name: 'Stichting A' } },
        { organization: { id: 'o1', name: 'Stichting A' } },
        { organization: { id: 'o2', name: 'B' } },
        { organization: {} },
      ],
      themes: [{ id: 't1', title: { a2: 'Kort', b1: 'Thema een' } }],
      kernen: ['Vriezenveen', 'Vroomshoop'],
      years: [{ year: 2024 }, { year: 2025 }],
    };
    expect(feedOptions('services', 'organization/id', 'organization/name')(feed)).toEqual([
      { value: 'o1', label: 'Stichting A (o1)' },
      { value: 'o2', label: 'B (o2)' },
    ]);
    expect(feedOptions('themes', 'id', 'title')(feed)).toEqual([{ value: 't1', label: 'Thema een (t1)' }]);
    expect(feedOptions('kernen')(feed)).toEqual([
      { value: 'Vriezenveen', label: 'Vriezenveen' },
      { value: 'Vroomshoop', label: 'Vroomshoop' },
    ]);
    expect(feedOptions('years', 'year')(feed).map((o) => o.value)).toEqual(['2024', '2025']);
    expect(feedOptions('themes')(undefined)).toEqual([]);
    expect(fixedOptions(['a', 'b'])()).toEqual([
      { value: 'a', label: 'a' },
      { value: 'b', label: 'b' },
    ]);
  });
});

describe('strings: readability in words', () => {
  it('says whether a text meets its level, and why not', () => {
    const long = 'Als u een laag inkomen heeft en in de gemeente woont dan kunt u elk jaar een bijdrage krijgen.';
    const problems = checkLevel(long, 'b1');
    expect(verdict('b1', problems)).toBe('Nog niet B1');
    expect(verdict('a2', [])).toBe('Past bij A2');
    expect(readabilityProblem(problems[0]!)).toContain('te lang voor B1');
    expect(readabilityProblem(problems[0]!)).toContain('hoogstens 12');
    const lines = figures(measure(long), 'b1');
    expect(lines[0]).toBe('1 zin, 19 woorden');
    expect(lines[1]).toBe('Langste zin: 19 woorden (hoogstens 12)');
    expect(lines[2]).toMatch(/^Leesgemak \(Flesch-Douma\): \d+ \(minstens 60\)$/);
    expect(figures(measure('Kort.'), 'c1')).toEqual(['1 zin, 1 woord', 'Langste zin: 1 woord']);
  });

  it('has a Dutch name for every field of the regelingen schema', () => {
    const names = new Set<string>();
    const walk = (schema: JsonSchema): void => {
      if (isLevelText(schema)) return; // its a2, b1 and c1 are named by LEVEL_NAMES
      for (const [key, child] of Object.entries(schema.properties ?? {})) {
        names.add(key);
        walk(child);
      }
      if (schema.items) walk(schema.items);
      for (const form of alternativesOf(schema)) walk(form);
    };
    walk(regelingenSchema);
    expect([...names].filter((name) => !(name in FIELD_LABELS))).toEqual([]);
  });
});

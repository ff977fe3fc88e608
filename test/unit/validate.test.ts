import { describe, it, expect, vi } from 'vitest';
import {
  createValidator,
  pointerSegment,
  resolvePointer,
  validateItems,
  type FeedProblem,
} from '../../src/core/validate.js';
import { levelTextSchema } from '../../src/core/schemas/common.js';

const personSchema = {
  type: 'object',
  properties: {
    name: { type: 'string', minLength: 1 },
    age: { type: 'number', minimum: 0 },
    kind: { enum: ['inwoner', 'bezoeker', 'ondernemer'] },
    code: { type: 'string', pattern: '^[a-z]+$', description: 'Alleen kleine letters. Geen cijfers.' },
    text: levelTextSchema,
    tags: { type: 'array', items: { type: 'string' }, minItems: 1, uniqueItems: true },
    fixed: { const: 'regelingen' },
    children: {
      type: 'array',
      items: {
        type: 'object',
        properties: { title: { type: 'string' } },
        required: ['title'],
        additionalProperties: false,
      },
    },
  },
  required: ['name'],
  additionalProperties: false,
} as const;

const validate = createValidator(personSchema);

describe('createValidator', () => {
  it('gives no problems for a valid value', () => {
    expect(validate({ name: 'Jan' })).toEqual([]);
    expect(validate({ name: 'Jan', age: 40, kind: 'inwoner', code: 'abc', text: { a2: 'x' }, tags: ['a'], fixed: 'regelingen' })).toEqual([]);
    expect(validate({ name: 'Jan', text: 'gewoon een tekst', children: [{ title: 'a' }] })).toEqual([]);
  });

  it('required: the path ends in the missing field, the message names it in Dutch', () => {
    const problems = validate({});
    expect(problems).toHaveLength(1);
    expect(problems[0]!.path).toBe('/name');
    expect(problems[0]!.message).toBe('Het veld "name" ontbreekt.');
  });

  it('additionalProperties: "Onbekend veld" with the field name and its path', () => {
    expect(validate({ name: 'Jan', titel: 'x' })).toEqual([{ path: '/titel', message: 'Onbekend veld "titel".' }]);
  });

  it('reports several independent problems at once', () => {
    const problems = validate({ extra: 1, age: 'oud' });
    expect(problems.map((p) => p.path).sort()).toEqual(['/age', '/extra', '/name']);
  });

  it('type: says what belongs there and what is there', () => {
    expect(validate({ name: 5 })).toEqual([{ path: '/name', message: 'Hier hoort een tekst, maar er staat een getal.' }]);
    expect(validate({ name: 'x', age: '40' })).toEqual([{ path: '/age', message: 'Hier hoort een getal, maar er staat een tekst.' }]);
    expect(validate({ name: 'x', tags: 'a' })).toEqual([{ path: '/tags', message: 'Hier hoort een lijst, maar er staat een tekst.' }]);
    expect(validate({ name: 'x', children: [null] })).toEqual([
      { path: '/children/0', message: 'Hier hoort een object, maar er staat null.' },
    ]);
    expect(validate({ name: 'x', children: [[]] })).toEqual([
      { path: '/children/0', message: 'Hier hoort een object, maar er staat een lijst.' },
    ]);
    expect(validate({ name: 'x', children: [true] })).toEqual([
      { path: '/children/0', message: 'Hier hoort een object, maar er staat true of false.' },
    ]);
  });

  it('type at the root: the path is empty, or the base path', () => {
    expect(validate('tekst')).toEqual([{ path: '', message: 'Hier hoort een object, maar er staat een tekst.' }]);
    expect(validate(null, '/regelingen/0')).toEqual([{ path: '/regelingen/0', message: 'Hier hoort een object, maar er staat null.' }]);
  });

  it('enum: names the wrong value and lists the options', () => {
    const [problem, ...rest] = validate({ name: 'x', kind: 'toerist' });
    expect(rest).toEqual([]);
    expect(problem!.path).toBe('/kind');
    expect(problem!.message).toBe('Onbekende waarde "toerist". Kies uit: inwoner, bezoeker, ondernemer.');
  });

  it('const: says which value belongs there', () => {
    expect(validate({ name: 'x', fixed: 'agenda' })).toEqual([{ path: '/fixed', message: 'Hier hoort "regelingen".' }]);
  });

  it('oneOf: one message for the whole value, not one per failed branch', () => {
    for (const text of [5, null, [], {}, { a2: '' }, { a2: 'x', en: 'y' }, { a2: 1, b1: 2 }, '']) {
      const problems = validate({ name: 'x', text });
      expect(problems, JSON.stringify(text)).toHaveLength(1);
      expect(problems[0]!.path).toBe('/text');
      expect(problems[0]!.message).toMatch(/^Deze waarde heeft niet de juiste vorm\. /);
    }
  });

  it('oneOf: adds the first sentence of the schema description as a hint', () => {
    const [problem] = validate({ name: 'x', text: 5 });
    expect(problem!.message).toContain('Een tekst: dezelfde op elk taalniveau');
    expect(problem!.message).not.toContain('Lege regels');
  });

  it('pattern: one message with the first sentence of the description', () => {
    expect(validate({ name: 'x', code: 'ABC1' })).toEqual([{ path: '/code', message: 'De vorm klopt niet. Alleen kleine letters.' }]);
  });

  it('pattern without a description: just the message', () => {
    const v = createValidator({ type: 'string', pattern: '^\\d+$' });
    expect(v('abc')).toEqual([{ path: '', message: 'De vorm klopt niet.' }]);
  });

  it('minLength, minItems, uniqueItems and minimum have plain messages', () => {
    expect(validate({ name: '' })).toEqual([{ path: '/name', message: 'Deze tekst is leeg.' }]);
    expect(validate({ name: 'x', tags: [] })).toEqual([{ path: '/tags', message: 'Deze lijst is leeg.' }]);
    expect(validate({ name: 'x', tags: ['a', 'a'] })).toEqual([{ path: '/tags', message: 'Deze lijst noemt iets dubbel.' }]);
    expect(validate({ name: 'x', age: -1 })).toEqual([{ path: '/age', message: 'Dit getal is te klein.' }]);
  });

  it('gives paths into nested lists', () => {
    expect(validate({ name: 'x', children: [{ title: 'a' }, {}, { title: 3 }, { title: 'b', extra: true }] })).toEqual([
      { path: '/children/1/title', message: 'Het veld "title" ontbreekt.' },
      { path: '/children/2/title', message: 'Hier hoort een tekst, maar er staat een getal.' },
      { path: '/children/3/extra', message: 'Onbekend veld "extra".' },
    ]);
  });

  it('prefixes every path with basePath', () => {
    expect(validate({ title: 5 }, '/regelingen/3')).toEqual([
      { path: '/regelingen/3/name', message: 'Het veld "name" ontbreekt.' },
      { path: '/regelingen/3/title', message: 'Onbekend veld "title".' },
    ]);
    expect(validate({ name: 'x', kind: 'z' }, '/regelingen/3')).toEqual([
      { path: '/regelingen/3/kind', message: 'Onbekende waarde "z". Kies uit: inwoner, bezoeker, ondernemer.' },
    ]);
    expect(validate({ name: 'x', children: [{}] }, '/regelingen/3')[0]!.path).toBe('/regelingen/3/children/0/title');
  });

  it('reads the wrong value for the message relative to the base path', () => {
    // The message quotes the value found at the path inside the validated value, not the feed root.
    expect(validate({ name: 'x', age: 'veertig' }, '/regelingen/7')[0]!.message).toBe(
      'Hier hoort een getal, maar er staat een tekst.',
    );
  });

  it('never reports the same problem twice', () => {
    const problems = validate({ name: 'x', children: [{}, {}] });
    const keys = problems.map((p) => `${p.path} ${p.message}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('does not generate code (works under a strict Content-Security-Policy)', () => {
    const functionSpy = vi.spyOn(globalThis, 'Function');
    try {
      const v = createValidator(personSchema);
      v({ name: 5, extra: 1 });
      expect(functionSpy).not.toHaveBeenCalled();
    } finally {
      functionSpy.mockRestore();
    }
  });

  it('gives field paths as JSON Pointers, escaping "/" and "~" in field names (BUG: required/additionalProperties paths are not escaped)', () => {
    // A field "a/b" must be "/a~1b": "/a/b" points at field "b" inside field "a".
    expect(validate({ name: 'x', 'a/b': 1 }).map((p) => p.path)).toEqual(['/a~1b']);
    expect(validate({ name: 'x', 'x~y': 1 }).map((p) => p.path)).toEqual(['/x~0y']);
  });
});

describe('resolvePointer', () => {
  const doc = {
    regelingen: [{ title: 'Nul' }, { title: { a2: 'Een' } }],
    'a/b': 'slash',
    'm~n': 'tilde',
    '~1': 'letterlijk ~1',
    '': 'lege sleutel',
    nul: null,
  };

  it('gives the root for the empty pointer', () => {
    expect(resolvePointer(doc, '')).toBe(doc);
  });

  it('follows object keys and array indexes', () => {
    expect(resolvePointer(doc, '/regelingen/0/title')).toBe('Nul');
    expect(resolvePointer(doc, '/regelingen/1/title/a2')).toBe('Een');
    expect(resolvePointer(doc, '/regelingen/1')).toEqual({ title: { a2: 'Een' } });
    expect(resolvePointer(doc, '/nul')).toBeNull();
  });

  it('decodes ~1 as "/" and ~0 as "~", in that order', () => {
    expect(resolvePointer(doc, '/a~1b')).toBe('slash');
    expect(resolvePointer(doc, '/m~0n')).toBe('tilde');
    // "~01" is "~" followed by "1", not "/".
    expect(resolvePointer(doc, '/~01')).toBe('letterlijk ~1');
  });

  it('reads the empty key', () => {
    expect(resolvePointer(doc, '/')).toBe('lege sleutel');
  });

  it('gives undefined where the pointer leads nowhere', () => {
    expect(resolvePointer(doc, '/bestaat-niet')).toBeUndefined();
    expect(resolvePointer(doc, '/regelingen/9/title')).toBeUndefined();
    expect(resolvePointer(doc, '/regelingen/0/title/a2/x')).toBeUndefined();
    expect(resolvePointer(doc, '/nul/x')).toBeUndefined();
    expect(resolvePointer(null, '/x')).toBeUndefined();
    expect(resolvePointer('tekst', '/0')).toBeUndefined();
  });

  it('round-trips with pointerSegment', () => {
    for (const key of ['a/b', 'm~n', '~1', '~0/~1', 'gewoon']) {
      expect(resolvePointer({ [key]: 42 }, `/${pointerSegment(key)}`), key).toBe(42);
    }
  });

  it('reads keys with a "%" without throwing (BUG: decodeURIComponent throws URIError)', () => {
    expect(() => resolvePointer({ '100%': 1 }, '/100%')).not.toThrow();
    expect(resolvePointer({ '100%': 1 }, '/100%')).toBe(1);
  });
});

describe('pointerSegment', () => {
  it('escapes ~ before /', () => {
    expect(pointerSegment('a/b')).toBe('a~1b');
    expect(pointerSegment('a~b')).toBe('a~0b');
    expect(pointerSegment('~/')).toBe('~0~1');
    expect(pointerSegment(3)).toBe('3');
  });
});

describe('validateItems', () => {
  const itemSchema = {
    type: 'object',
    properties: { id: { type: 'string' }, url: { type: 'string' } },
    required: ['id'],
    additionalProperties: false,
  } as const;
  const validateItem = createValidator(itemSchema);
  type Item = { id: string; url?: string };

  it('keeps valid items and reports broken ones with their paths', () => {
    const result = validateItems<Item>([{ id: 'a' }, { naam: 'b' }, 5, { id: 'c' }], '/items', validateItem);
    expect(result.items).toEqual([{ id: 'a' }, { id: 'c' }]);
    expect(result.problems).toEqual([
      { path: '/items/1/id', message: 'Het veld "id" ontbreekt.' },
      { path: '/items/1/naam', message: 'Onbekend veld "naam".' },
      { path: '/items/2', message: 'Hier hoort een object, maar er staat een getal.' },
    ]);
  });

  it('gives nothing for an empty list', () => {
    expect(validateItems<Item>([], '/items', validateItem)).toEqual({ items: [], problems: [] });
  });

  it('passes each item its own base path', () => {
    const seen: string[] = [];
    validateItems([1, 2, 3], '/lijst', (_value, basePath) => {
      seen.push(basePath);
      return [];
    });
    expect(seen).toEqual(['/lijst/0', '/lijst/1', '/lijst/2']);
  });

  it('does not call check for items that failed the schema', () => {
    const check = vi.fn((item: Item) => item);
    validateItems<Item>([{ id: 'a' }, {}], '/items', validateItem, check);
    expect(check).toHaveBeenCalledTimes(1);
    expect(check).toHaveBeenCalledWith({ id: 'a' }, '/items/0', expect.any(Array));
  });

  it('check can drop an item and report why', () => {
    const result = validateItems<Item>([{ id: 'a' }, { id: 'b' }, { id: 'a' }], '/items', validateItem, (item, path, problems) => {
      if (item.id === 'b') {
        problems.push({ path: `${path}/id`, message: 'niet b' });
        return undefined;
      }
      return item;
    });
    expect(result.items.map((i) => i.id)).toEqual(['a', 'a']);
    expect(result.problems).toEqual([{ path: '/items/1/id', message: 'niet b' }]);
  });

  it('check can return a cleaned item', () => {
    const result = validateItems<Item>(
      [{ id: 'a', url: 'javascript:alert(1)' }, { id: 'b', url: 'https://x.nl' }],
      '/items',
      validateItem,
      (item, path, problems: FeedProblem[]) => {
        if (item.url?.startsWith('javascript:')) {
          problems.push({ path: `${path}/url`, message: 'weggelaten' });
          const { url: _url, ...rest } = item;
          void _url;
          return rest;
        }
        return item;
      },
    );
    expect(result.items).toEqual([{ id: 'a' }, { id: 'b', url: 'https://x.nl' }]);
    expect(result.problems).toEqual([{ path: '/items/0/url', message: 'weggelaten' }]);
  });

  it('keeps problems in list order: schema problems and check problems interleaved', () => {
    const result = validateItems<Item>([{}, { id: 'x' }, {}], '/items', validateItem, (item, path, problems) => {
      problems.push({ path, message: 'gecontroleerd' });
      return item;
    });
    expect(result.problems.map((p) => p.path)).toEqual(['/items/0/id', '/items/1', '/items/2/id']);
  });
});

import { describe, it, expect } from 'vitest';
import { firstSentence, problemsFrom, validatorFrom, type Schema, type SchemaError } from '../../src/core/validate.js';
import { pointerSegment, resolvePointer } from '../../src/core/json-value.js';
import { levelTextSchema, sourceSchema } from '../../src/core/schemas/common.js';

const personSchema = {
  type: 'object',
  properties: {
    name: { type: 'string', minLength: 1 },
    age: { type: 'number', minimum: 0, maximum: 130 },
    kind: { enum: ['inwoner', 'bezoeker', 'ondernemer'] },
    code: { type: 'string', pattern: '^[a-z]+$', description: 'Alleen kleine letters. Geen cijfers.' },
    bare: { type: 'string', pattern: '^\\d+$' },
    text: levelTextSchema,
    source: sourceSchema,
    tags: { type: 'array', items: { type: 'string' }, minItems: 1, maxItems: 3, uniqueItems: true },
    fixed: { const: 'regelingen' },
    short: { type: 'string', maxLength: 5 },
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

const validateAt = validatorFrom(personSchema as Schema);
const validate = (value: unknown, basePath = '') => validateAt(value as never, basePath);

describe('validatorFrom: problems as codes with paths', () => {
  it('gives no problems for a valid value', () => {
    expect(validate({ name: 'Jan' })).toEqual([]);
    expect(validate({ name: 'Jan', age: 40, kind: 'inwoner', code: 'abc', text: { a2: 'x' }, tags: ['a'], fixed: 'regelingen' })).toEqual([]);
    expect(validate({ name: 'Jan', text: 'gewoon een tekst', children: [{ title: 'a' }], source: [{ file: 'a.txt' }] })).toEqual([]);
  });

  it('required: the path ends in the missing field, the field is a param', () => {
    expect(validate({})).toEqual([{ path: '/name', code: 'required', params: { field: 'name' } }]);
  });

  it('additionalProperties: unknown-field with the field name and its path', () => {
    expect(validate({ name: 'Jan', titel: 'x' })).toEqual([{ path: '/titel', code: 'unknown-field', params: { field: 'titel' } }]);
  });

  it('reads field names from the structured error, not from a message: quotes, slashes, tildes, lone surrogates', () => {
    // The old validator parsed its English message: a key with a quote got a wrong path and name.
    for (const key of ['a"b', 'say "hi"', 'a/b', 'x~y', '\ud800', 'ü', '100%', '']) {
      expect(validate({ name: 'x', [key]: 1 }), JSON.stringify(key)).toEqual([
        { path: `/${pointerSegment(key)}`, code: 'unknown-field', params: { field: key } },
      ]);
    }
    expect(validate({ name: 'x', 'a/b': 1 })[0]!.path).toBe('/a~1b');
    expect(validate({ name: 'x', 'x~y': 1 })[0]!.path).toBe('/x~0y');
  });

  it('reports several independent problems at once', () => {
    const problems = validate({ extra: 1, age: 'oud' });
    expect(problems.map((p) => `${p.path} ${p.code}`).sort()).toEqual(['/age type', '/extra unknown-field', '/name required']);
  });

  it('type: says what belongs there and what is there, as JSON type names', () => {
    expect(validate({ name: 5 })).toEqual([{ path: '/name', code: 'type', params: { expected: 'string', actual: 'number' } }]);
    expect(validate({ name: 'x', tags: 'a' })).toEqual([{ path: '/tags', code: 'type', params: { expected: 'array', actual: 'string' } }]);
    for (const [value, actual] of [
      [null, 'null'],
      [[], 'array'],
      [true, 'boolean'],
      ['x', 'string'],
    ] as const) {
      expect(validate({ name: 'x', children: [value] })).toEqual([
        { path: '/children/0', code: 'type', params: { expected: 'object', actual } },
      ]);
    }
  });

  it('type at the root: the path is empty, or the base path', () => {
    expect(validate('tekst')).toEqual([{ path: '', code: 'type', params: { expected: 'object', actual: 'string' } }]);
    expect(validate(null, '/regelingen/0')).toEqual([{ path: '/regelingen/0', code: 'type', params: { expected: 'object', actual: 'null' } }]);
  });

  it('enum: the wrong value as JSON text and the options', () => {
    expect(validate({ name: 'x', kind: 'toerist' })).toEqual([
      { path: '/kind', code: 'enum', params: { value: '"toerist"', options: 'inwoner, bezoeker, ondernemer' } },
    ]);
    expect(validate({ name: 'x', kind: 5 })[0]!.params).toEqual({ value: '5', options: 'inwoner, bezoeker, ondernemer' });
    expect(validate({ name: 'x', kind: { a: 1 } })[0]!.params!.value).toBe('{…}');
    expect(String(validate({ name: 'x', kind: 'x'.repeat(1000) })[0]!.params!.value).length).toBeLessThan(100);
  });

  it('const: the expected value as JSON text', () => {
    expect(validate({ name: 'x', fixed: 'agenda' })).toEqual([{ path: '/fixed', code: 'const', params: { expected: '"regelingen"' } }]);
  });

  it('oneOf: one shape problem for the whole value, not one per failed branch', () => {
    for (const text of [5, null, [], {}, { a2: '' }, { a2: 'x', en: 'y' }, { a2: 1, b1: 2 }, '']) {
      const problems = validate({ name: 'x', text });
      expect(problems, JSON.stringify(text)).toEqual([{ path: '/text', code: 'shape', params: { hint: expect.any(String) } }]);
    }
  });

  it('oneOf inside oneOf (a source, or a list of sources): still one problem, at the outer value', () => {
    for (const source of [5, [], [5], [{ section: 'x' }], { file: '' }, [{ file: 'a' }, 'b', {}]]) {
      expect(validate({ name: 'x', source }), JSON.stringify(source)).toEqual([
        { path: '/source', code: 'shape', params: { hint: 'Eén bron of een lijst van bronnen.' } },
      ]);
    }
  });

  it('oneOf keeps problems outside it: siblings before and after are reported', () => {
    const problems = validate({ extra: 1, text: 5, age: -1 });
    expect(problems.map((p) => `${p.path} ${p.code}`).sort()).toEqual(['/age too-small', '/extra unknown-field', '/name required', '/text shape']);
  });

  it('oneOf: the hint is the first sentence of the schema description', () => {
    const [problem] = validate({ name: 'x', text: 5 });
    expect(problem!.params!.hint).toMatch(/^Een tekst: dezelfde op elk taalniveau.*\.$/);
    expect(problem!.params!.hint).not.toContain('Lege regels');
  });

  it('pattern: with the first sentence of the description as hint, or without a hint', () => {
    expect(validate({ name: 'x', code: 'ABC1' })).toEqual([{ path: '/code', code: 'pattern', params: { hint: 'Alleen kleine letters.' } }]);
    expect(validate({ name: 'x', bare: 'abc' })).toEqual([{ path: '/bare', code: 'pattern' }]);
  });

  it('length, list and number limits have their own codes', () => {
    expect(validate({ name: '' })).toEqual([{ path: '/name', code: 'empty-text' }]);
    expect(validate({ name: 'x', tags: [] })).toEqual([{ path: '/tags', code: 'empty-list' }]);
    expect(validate({ name: 'x', tags: ['a', 'a'] })).toEqual([{ path: '/tags', code: 'duplicate-in-list' }]);
    expect(validate({ name: 'x', tags: ['a', 'b', 'c', 'd'] })).toEqual([{ path: '/tags', code: 'too-long', params: { max: 3 } }]);
    expect(validate({ name: 'x', short: 'te lang' })).toEqual([{ path: '/short', code: 'too-long', params: { max: 5 } }]);
    expect(validate({ name: 'x', age: -1 })).toEqual([{ path: '/age', code: 'too-small', params: { min: 0 } }]);
    expect(validate({ name: 'x', age: 131 })).toEqual([{ path: '/age', code: 'too-large', params: { max: 130 } }]);
    expect(validate({ name: 'x', text: {} })[0]!.code).toBe('shape');
  });

  it('gives paths into nested lists', () => {
    expect(validate({ name: 'x', children: [{ title: 'a' }, {}, { title: 3 }, { title: 'b', extra: true }] })).toEqual([
      { path: '/children/1/title', code: 'required', params: { field: 'title' } },
      { path: '/children/2/title', code: 'type', params: { expected: 'string', actual: 'number' } },
      { path: '/children/3/extra', code: 'unknown-field', params: { field: 'extra' } },
    ]);
  });

  it('prefixes every path with basePath', () => {
    expect(validate({ title: 5 }, '/regelingen/3')).toEqual([
      { path: '/regelingen/3/name', code: 'required', params: { field: 'name' } },
      { path: '/regelingen/3/title', code: 'unknown-field', params: { field: 'title' } },
    ]);
    expect(validate({ name: 'x', children: [{}] }, '/regelingen/3')[0]!.path).toBe('/regelingen/3/children/0/title');
  });

  it('never reports the same problem twice', () => {
    const problems = validate({ name: 'x', children: [{}, {}], text: 5, source: [5, 6] });
    const keys = problems.map((p) => `${p.path} ${p.code}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('a keyword without a code of its own is "invalid", naming the keyword', () => {
    const v = validatorFrom({ type: 'object', propertyNames: { pattern: '^[a-z]+$' } });
    expect(v({ nl: 1, NL: 2 }, '')).toContainEqual({ path: '', code: 'invalid', params: { keyword: 'propertyNames' } });
    expect(v({ nl: 1 }, '')).toEqual([]);
  });

  it('integer: a whole, finite number', () => {
    const v = validatorFrom({ type: 'integer' });
    expect(v(2.5, '')).toEqual([{ path: '', code: 'type', params: { expected: 'integer', actual: 'number' } }]);
    expect(v(2, '')).toEqual([]);
  });
});

describe('problemsFrom', () => {
  const error = (over: Partial<SchemaError>): SchemaError => ({ instancePath: '', schemaPath: '#', keyword: 'x', params: {}, ...over });

  it('collapses only the errors of the failed oneOf, not earlier errors at the same value', () => {
    const problems = problemsFrom(
      [
        error({ keyword: 'required', schemaPath: '#/required', params: { missingProperty: 'id' } }),
        error({ keyword: 'type', schemaPath: '#/oneOf/0/type', params: { type: 'string' }, data: {} }),
        error({ keyword: 'required', schemaPath: '#/oneOf/1/required', params: { missingProperty: 'file' } }),
        error({ keyword: 'oneOf', schemaPath: '#/oneOf', params: { passingSchemas: null } }),
      ],
      '/x',
    );
    expect(problems).toEqual([
      { path: '/x/id', code: 'required', params: { field: 'id' } },
      { path: '/x', code: 'shape' },
    ]);
  });

  it('gives no problems for no errors', () => {
    expect(problemsFrom([], '/x')).toEqual([]);
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

  it('gives undefined where the pointer leads nowhere, also for inherited names', () => {
    expect(resolvePointer(doc, '/bestaat-niet')).toBeUndefined();
    expect(resolvePointer(doc, '/regelingen/9/title')).toBeUndefined();
    expect(resolvePointer(doc, '/regelingen/0/title/a2/x')).toBeUndefined();
    expect(resolvePointer(doc, '/nul/x')).toBeUndefined();
    expect(resolvePointer(null, '/x')).toBeUndefined();
    expect(resolvePointer('tekst', '/0')).toBeUndefined();
    expect(resolvePointer(doc, '/constructor')).toBeUndefined();
    expect(resolvePointer(doc, '/__proto__')).toBeUndefined();
  });

  it('round-trips with pointerSegment', () => {
    for (const key of ['a/b', 'm~n', '~1', '~0/~1', 'gewoon', '\ud800']) {
      expect(resolvePointer({ [key]: 42 }, `/${pointerSegment(key)}`), key).toBe(42);
    }
  });

  it('reads keys with a "%" without throwing', () => {
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

describe('firstSentence', () => {
  it('ends at a full stop before a space or the end, not inside a number', () => {
    expect(firstSentence('Tijd als UU:MM. Zonder tijdzone is het Nederlandse tijd.')).toBe('Tijd als UU:MM.');
    expect(firstSentence('Een nummer, bijvoorbeeld "1.1" of "1.1.1".')).toBe('Een nummer, bijvoorbeeld "1.1" of "1.1.1".');
    expect(firstSentence('Zonder punt')).toBe('Zonder punt');
  });
});

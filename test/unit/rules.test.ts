import { describe, it, expect } from 'vitest';
import {
  OPERATORS,
  RuleError,
  decided,
  evaluate,
  explain,
  factsUsed,
  inspectRule,
  outcome,
  truth,
  validateRule,
  type Condition,
  type ConditionResult,
  type Facts,
  type Rule,
} from '../../src/core/rules.js';

const x = { var: 'x' };
const y = { var: 'y' };

describe('var', () => {
  it('reads an answer', () => {
    expect(evaluate(x, { x: 5 })).toBe(5);
    expect(evaluate({ var: ['x'] }, { x: 'ja' })).toBe('ja');
    expect(evaluate(x, { x: null })).toBeNull();
  });

  it('gives undefined for a missing answer', () => {
    expect(evaluate(x, {})).toBeUndefined();
    expect(evaluate(x, { x: undefined })).toBeUndefined();
  });

  it('uses the default only when the answer is missing', () => {
    expect(evaluate({ var: ['x', 0] }, {})).toBe(0);
    expect(evaluate({ var: ['x', 0] }, { x: 7 })).toBe(7);
    expect(evaluate({ var: ['x', 0] }, { x: null })).toBeNull();
    expect(evaluate({ var: ['x', { var: 'y' }] }, { y: 'uit y' })).toBe('uit y');
    expect(evaluate({ var: ['x', { var: 'y' }] }, {})).toBeUndefined();
  });

  it('follows dotted paths, with numeric indexes into lists and text', () => {
    const facts = { partner: { inkomen: 1200, kinderen: [{ leeftijd: 4 }, { leeftijd: 9 }] }, code: 'AB' };
    expect(evaluate({ var: 'partner.inkomen' }, facts)).toBe(1200);
    expect(evaluate({ var: 'partner.kinderen.0.leeftijd' }, facts)).toBe(4);
    expect(evaluate({ var: 'partner.kinderen.1.leeftijd' }, facts)).toBe(9);
    expect(evaluate({ var: 'partner.kinderen.length' }, facts)).toBe(2);
    expect(evaluate({ var: 'code.1' }, facts)).toBe('B');
    expect(evaluate({ var: 'partner.kinderen.2' }, facts)).toBeUndefined();
    expect(evaluate({ var: 'partner.vermogen' }, facts)).toBeUndefined();
    expect(evaluate({ var: 'partner.inkomen.bruto' }, facts)).toBeUndefined();
    expect(evaluate({ var: 'partner.inkomen' }, { partner: null })).toBeUndefined();
    expect(evaluate({ var: ['partner.inkomen', 0] }, {})).toBe(0);
  });

  it('takes a number as an index, and "", null or [] as the whole data', () => {
    const list = ['nul', 'een'] as unknown as Facts; // JSON Logic data may be any JSON value
    expect(evaluate({ var: 1 }, list)).toBe('een');
    expect(evaluate({ var: [1] }, list)).toBe('een');
    const facts = { a: 1 };
    expect(evaluate({ var: '' }, facts)).toBe(facts);
    expect(evaluate({ var: null }, facts)).toBe(facts);
    expect(evaluate({ var: [] }, facts)).toBe(facts);
    expect(factsUsed({ and: [{ var: '' }, { var: [] }, { var: null }] })).toEqual([]);
    expect(factsUsed({ var: 1 })).toEqual(['1']);
  });

  it('does not read inherited properties as answers', () => {
    expect(evaluate({ var: 'constructor' }, {})).toBeUndefined();
    expect(evaluate({ var: 'toString' }, {})).toBeUndefined();
    expect(evaluate({ var: 'a.__proto__' }, { a: {} })).toBeUndefined();
    expect(evaluate({ var: 'a.hasOwnProperty' }, { a: {} })).toBeUndefined();
    expect(evaluate({ var: 'n.toFixed' }, { n: 1 })).toBeUndefined();
  });
});

describe('equality, as JavaScript and json-logic-js', () => {
  it('== and != compare loosely', () => {
    expect(evaluate({ '==': [x, 1] }, { x: 1 })).toBe(true);
    expect(evaluate({ '==': [x, 1] }, { x: '1' })).toBe(true);
    expect(evaluate({ '==': [x, true] }, { x: 1 })).toBe(true);
    expect(evaluate({ '==': [x, 0] }, { x: '' })).toBe(true);
    expect(evaluate({ '==': [x, null] }, { x: 0 })).toBe(false);
    expect(evaluate({ '==': [x, '1,2'] }, { x: [1, 2] })).toBe(true);
    expect(evaluate({ '!=': [x, 1] }, { x: '1' })).toBe(false);
    expect(evaluate({ '!=': [x, 1] }, { x: 2 })).toBe(true);
  });

  it('=== and !== compare strictly', () => {
    expect(evaluate({ '===': [x, 1] }, { x: 1 })).toBe(true);
    expect(evaluate({ '===': [x, 1] }, { x: '1' })).toBe(false);
    expect(evaluate({ '!==': [x, 1] }, { x: '1' })).toBe(true);
    expect(evaluate({ '===': [x, 'Almelo'] }, { x: 'Almelo' })).toBe(true);
  });

  it('compares lists by identity, as JavaScript does', () => {
    expect(evaluate({ '==': [x, [1, 2]] }, { x: [1, 2] })).toBe(false);
    expect(evaluate({ '==': [x, x] }, { x: [1, 2] })).toBe(true);
  });

  it('is unknown when a side is missing', () => {
    for (const op of ['==', '!=', '===', '!==']) {
      expect(evaluate({ [op]: [x, 1] }, {})).toBeUndefined();
      expect(evaluate({ [op]: [null, x] }, {})).toBeUndefined();
    }
  });
});

describe('comparisons', () => {
  const cases: [string, number, number, boolean][] = [
    ['<', 1, 2, true],
    ['<', 2, 2, false],
    ['<=', 2, 2, true],
    ['<=', 3, 2, false],
    ['>', 3, 2, true],
    ['>', 2, 2, false],
    ['>=', 2, 2, true],
    ['>=', 1, 2, false],
  ];
  for (const [op, a, b, expected] of cases) {
    it(`${a} ${op} ${b} is ${expected}`, () => {
      expect(evaluate({ [op]: [x, b] }, { x: a })).toBe(expected);
    });
  }

  it('is unknown when an operand is missing', () => {
    for (const op of ['<', '<=', '>', '>=']) {
      expect(evaluate({ [op]: [x, 2] }, {})).toBeUndefined();
      expect(evaluate({ [op]: [2, x] }, {})).toBeUndefined();
    }
  });

  it('converts as JavaScript does: numeric text, null, booleans; text with text by code points', () => {
    expect(evaluate({ '<': [x, 10] }, { x: '5' })).toBe(true);
    expect(evaluate({ '>': [x, 1] }, { x: '2' })).toBe(true);
    expect(evaluate({ '>=': [x, 0] }, { x: null })).toBe(true);
    expect(evaluate({ '>': [x, 0] }, { x: true })).toBe(true);
    expect(evaluate({ '<': [x, 1] }, { x: 'abc' })).toBe(false);
    expect(evaluate({ '<=': ['a', 'b'] }, {})).toBe(true);
    expect(evaluate({ '<': ['10', '9'] }, {})).toBe(true);
    expect(evaluate({ '<': [x, 3] }, { x: [2] })).toBe(true);
  });

  it('supports the between form of < and <=', () => {
    const tussen4en17 = { '<=': [4, { var: 'leeftijd' }, 17] };
    expect(evaluate(tussen4en17, { leeftijd: 4 })).toBe(true);
    expect(evaluate(tussen4en17, { leeftijd: 17 })).toBe(true);
    expect(evaluate(tussen4en17, { leeftijd: '17' })).toBe(true);
    expect(evaluate(tussen4en17, { leeftijd: 18 })).toBe(false);
    expect(evaluate(tussen4en17, { leeftijd: 3 })).toBe(false);
    expect(evaluate(tussen4en17, {})).toBeUndefined();

    const strikt = { '<': [4, { var: 'leeftijd' }, 17] };
    expect(evaluate(strikt, { leeftijd: 5 })).toBe(true);
    expect(evaluate(strikt, { leeftijd: 4 })).toBe(false);
    expect(evaluate(strikt, { leeftijd: 17 })).toBe(false);
    expect(evaluate(strikt, {})).toBeUndefined();
  });

  it('between is the and of its two comparisons: one false part decides', () => {
    expect(evaluate({ '<': [10, 5, x] }, {})).toBe(false);
    expect(evaluate({ '<': [x, 5, 1] }, {})).toBe(false);
    expect(evaluate({ '<': [1, 5, x] }, {})).toBeUndefined();
  });
});

describe('and, or, !, !!', () => {
  it('and returns the first falsy operand, else the last', () => {
    expect(evaluate({ and: [1, 3] }, {})).toBe(3);
    expect(evaluate({ and: [true, '', 3] }, {})).toBe('');
    expect(evaluate({ and: [[], true] }, {})).toEqual([]);
    expect(evaluate({ and: [x] }, { x: 0 })).toBe(0);
  });

  it('or returns the first truthy operand, else the last', () => {
    expect(evaluate({ or: [false, 0, 'a'] }, {})).toBe('a');
    expect(evaluate({ or: [0, ''] }, {})).toBe('');
    expect(evaluate({ or: [x, y] }, { x: '', y: 0 })).toBe(0);
  });

  it('and: a false part decides, otherwise a missing answer leaves it unknown', () => {
    expect(evaluate({ and: [x, false] }, {})).toBe(false);
    expect(evaluate({ and: [false, x] }, {})).toBe(false);
    expect(evaluate({ and: [x, true] }, {})).toBeUndefined();
    expect(evaluate({ and: [x, y] }, { x: true, y: 1 })).toBe(1);
    // Only the truth is settled: the missing answer might be the falsy operand returned.
    expect(evaluate({ and: [x, 0] }, {})).toBe(false);
    expect(evaluate({ '==': [{ and: [x, 0] }, 0] }, {})).toBeUndefined();
    expect(evaluate({ '==': [{ and: [0, x] }, 0] }, {})).toBe(true);
  });

  it('or: a true part decides, otherwise a missing answer leaves it unknown', () => {
    expect(evaluate({ or: [false, true] }, {})).toBe(true);
    expect(evaluate({ or: [x, true] }, {})).toBe(true);
    expect(evaluate({ or: [true, x] }, {})).toBe(true);
    expect(evaluate({ or: [x, false] }, {})).toBeUndefined();
    expect(evaluate({ or: [x, 'ja'] }, {})).toBe(true);
    expect(evaluate({ '==': [{ or: [x, 'ja'] }, 'ja'] }, {})).toBeUndefined();
    expect(evaluate({ '==': [{ or: ['ja', x] }, 'ja'] }, {})).toBe(true);
  });

  it('! and !! give a boolean, and unknown stays unknown', () => {
    expect(evaluate({ '!': [true] }, {})).toBe(false);
    expect(evaluate({ '!': false }, {})).toBe(true);
    expect(evaluate({ '!': x }, { x: 0 })).toBe(true);
    expect(evaluate({ '!': [[]] }, {})).toBe(true); // an empty list is false in JSON Logic
    expect(evaluate({ '!!': [[]] }, {})).toBe(false);
    expect(evaluate({ '!!': ['0'] }, {})).toBe(true);
    expect(evaluate({ '!': x }, {})).toBeUndefined();
    expect(evaluate({ '!!': x }, {})).toBeUndefined();
    expect(evaluate({ '!': { '!': x } }, {})).toBeUndefined();
    expect(evaluate({ '!': { and: [x, 0] } }, {})).toBe(true);
  });

  it('combines missing answers in nested logic', () => {
    const rule = { or: [{ and: [x, { '!': y }] }, { '==': [{ var: 'z' }, 'ja'] }] };
    expect(evaluate(rule, {})).toBeUndefined();
    expect(evaluate(rule, { z: 'ja' })).toBe(true);
    expect(evaluate(rule, { x: false, z: 'nee' })).toBe(false);
    expect(evaluate(rule, { x: true, z: 'nee' })).toBeUndefined();
    expect(evaluate(rule, { x: true, y: false, z: 'nee' })).toBe(true);
  });
});

describe('in', () => {
  it('finds a value in a list, by ===', () => {
    const rule = { in: [{ var: 'woonplaats' }, ['Vriezenveen', 'Vroomshoop']] };
    expect(evaluate(rule, { woonplaats: 'Vriezenveen' })).toBe(true);
    expect(evaluate(rule, { woonplaats: 'Almelo' })).toBe(false);
    expect(evaluate(rule, {})).toBeUndefined();
    expect(evaluate({ in: [1, ['1']] }, {})).toBe(false);
    expect(evaluate({ in: ['zorg', x] }, { x: ['geld', 'zorg'] })).toBe(true);
    expect(evaluate({ in: ['zorg', x] }, {})).toBeUndefined();
  });

  it('finds text in text, converting the needle to text', () => {
    expect(evaluate({ in: ['toeslag', x] }, { x: 'zorgtoeslag' })).toBe(true);
    expect(evaluate({ in: ['huur', x] }, { x: 'zorgtoeslag' })).toBe(false);
    expect(evaluate({ in: [1, x] }, { x: '123' })).toBe(true);
    expect(evaluate({ in: ['', ''] }, {})).toBe(false); // empty text holds nothing in json-logic-js
    expect(evaluate({ in: ['a', x] }, { x: 5 })).toBe(false);
    expect(evaluate({ in: ['a', x] }, { x: { a: 1 } })).toBe(false);
  });
});

describe('literals, lists and truth', () => {
  it('returns literals as they are', () => {
    expect(evaluate(3, {})).toBe(3);
    expect(evaluate('tekst', {})).toBe('tekst');
    expect(evaluate(null, {})).toBeNull();
    expect(evaluate([1, 'a', [true]], {})).toEqual([1, 'a', [true]]);
  });

  it('evaluates operations inside lists; a list with a missing answer is unknown', () => {
    expect(evaluate([1, x, 3], { x: 2 })).toEqual([1, 2, 3]);
    expect(evaluate({ in: [x, [y, 'b']] }, { x: 'a', y: 'a' })).toBe(true);
    expect(evaluate([1, x], {})).toBeUndefined();
    expect(evaluate({ in: ['b', [y, 'b']] }, {})).toBeUndefined();
    expect(factsUsed({ in: [x, [y, 'b']] })).toEqual(['x', 'y']);
  });

  it('truth uses JSON Logic truthiness and keeps unknown', () => {
    expect(truth([], {})).toBe(false);
    expect(truth([0], {})).toBe(true);
    expect(truth('', {})).toBe(false);
    expect(truth('0', {})).toBe(true);
    expect(truth(0, {})).toBe(false);
    expect(truth(null, {})).toBe(false);
    expect(truth(x, { x: 12 })).toBe(true);
    expect(truth(x, {})).toBeUndefined();
    expect(truth({ '<': [x, 1] }, { x: 0 })).toBe(true);
    expect(truth({ and: [x, ''] }, {})).toBe(false);
  });
});

describe('validateRule', () => {
  it('accepts every operator in valid use', () => {
    const rule = {
      and: [
        { var: 'a' },
        { var: ['b', 1] },
        { var: '' },
        { '==': [1, 1] },
        { '!=': [1, 2] },
        { '===': ['a', 'a'] },
        { '!==': [null, 1] },
        { '<': [1, 2] },
        { '<': [1, 2, 3] },
        { '<=': [1, 2, 3] },
        { '>': [2, 1] },
        { '>=': [2, 1] },
        { or: [true] },
        { '!': [false] },
        { '!': false },
        { '!!': [1] },
        { in: ['a', ['a', { var: 'c' }]] },
      ],
    };
    expect(validateRule(rule)).toEqual([]);
    expect(evaluate(rule, { a: 1, c: 'c' })).toBe(true);
    expect(OPERATORS).toEqual(['var', '==', '!=', '===', '!==', '<', '<=', '>', '>=', 'and', 'or', '!', '!!', 'in']);
  });

  it('accepts literals as a rule', () => {
    for (const rule of [true, 0, 'x', null, [], [1, ['a', null]]]) expect(validateRule(rule)).toEqual([]);
  });

  it('reports an unknown operator at its path, with the allowed ones', () => {
    expect(validateRule({ and: [true, { foo: [1] }] })).toEqual([
      {
        path: '/and/1/foo',
        code: 'rule-unknown-operator',
        params: { operator: 'foo', allowed: 'var, ==, !=, ===, !==, <, <=, >, >=, and, or, !, !!, in' },
      },
    ]);
    expect(validateRule({ not: true }).map((p) => p.path)).toEqual(['/not']);
    expect(validateRule({ missing: ['a'] }).map((p) => p.path)).toEqual(['/missing']);
    expect(validateRule({ if: [true, 1, 2] }).map((p) => p.path)).toEqual(['/if']);
  });

  it('escapes odd keys in paths as JSON Pointer', () => {
    expect(validateRule({ 'a/b~c': 1 }).map((p) => p.path)).toEqual(['/a~1b~0c']);
  });

  it('reports objects without exactly one key', () => {
    expect(validateRule({ or: [{}] })).toEqual([{ path: '/or/0', code: 'rule-empty-operation' }]);
    expect(validateRule({ '<': 1, '>': 2 })).toEqual([{ path: '', code: 'rule-many-keys', params: { count: 2, keys: '<, >' } }]);
  });

  it('reports wrong numbers of arguments', () => {
    const paths = (rule: unknown) => validateRule(rule).map((p) => p.path);
    expect(validateRule({ and: [{ '<=': [{ var: 'x' }] }, { '<': [1, 2, 3, 4] }] })).toEqual([
      { path: '/and/0/<=', code: 'rule-arity', params: { operator: '<=', min: 2, max: 3, count: 1 } },
      { path: '/and/1/<', code: 'rule-arity', params: { operator: '<', min: 2, max: 3, count: 4 } },
    ]);
    expect(validateRule({ '!': [] })).toEqual([
      { path: '/!', code: 'rule-arity', params: { operator: '!', min: 1, max: 1, count: 0 } },
    ]);
    expect(validateRule({ or: [] })).toEqual([
      { path: '/or', code: 'rule-arity', params: { operator: 'or', min: 1, max: -1, count: 0 } },
    ]);
    expect(paths({ '!': [true, false] })).toEqual(['/!']);
    expect(paths({ '!!': [true, false] })).toEqual(['/!!']);
    expect(paths({ '>': [1, 2, 3] })).toEqual(['/>']);
    expect(paths({ '==': 1 })).toEqual(['/==']);
    expect(paths({ in: ['a'] })).toEqual(['/in']);
    expect(validateRule({ var: ['a', 1, 2] })).toEqual([
      { path: '/var', code: 'rule-arity', params: { operator: 'var', min: 0, max: 2, count: 3 } },
    ]);
  });

  it('reports a var whose name is neither text nor a number', () => {
    expect(validateRule({ var: true })).toEqual([{ path: '/var', code: 'rule-var-name' }]);
    expect(validateRule({ '<': [{ var: [[], 3] }, 1] })).toEqual([{ path: '/</0/var/0', code: 'rule-var-name' }]);
    // A computed name would hide which answer the rule reads.
    expect(validateRule({ var: { var: 'a' } })).toEqual([{ path: '/var', code: 'rule-var-name' }]);
    expect(validateRule({ var: [{ var: 'a' }, 1] })).toEqual([{ path: '/var/0', code: 'rule-var-name' }]);
    for (const rule of [{ var: 1 }, { var: '' }, { var: null }, { var: [] }, { var: [null, 3] }]) {
      expect(validateRule(rule)).toEqual([]);
    }
  });

  it('checks the default of var', () => {
    expect(validateRule({ var: ['a', { foo: 1 }] }).map((p) => p.path)).toEqual(['/var/1/foo']);
    expect(validateRule({ var: ['a', { var: 'b' }] })).toEqual([]);
  });

  it('rejects non-JSON values', () => {
    expect(validateRule({ '==': [undefined, 1] })).toEqual([{ path: '/==/0', code: 'rule-bad-value' }]);
    expect(validateRule({ '==': [() => 1, 1] })).toEqual([{ path: '/==/0', code: 'rule-bad-value' }]);
    expect(validateRule({ in: ['a', ['b', Symbol('s')]] })).toEqual([{ path: '/in/1/1', code: 'rule-bad-value' }]);
    expect(validateRule(undefined)).toEqual([{ path: '', code: 'rule-bad-value' }]);
  });

  it('reports every problem, not only the first', () => {
    expect(validateRule({ and: [{ foo: 1 }, { '!': [] }, { var: true }] }).map((p) => p.path)).toEqual([
      '/and/0/foo',
      '/and/1/!',
      '/and/2/var',
    ]);
  });

  it('accepts a subrule used twice (shared, not cyclic)', () => {
    const shared = { '<=': [{ var: 'a' }, 3] };
    const rule = { and: [shared, { or: [shared, false] }] };
    expect(validateRule(rule)).toEqual([]);
    expect(evaluate(rule, { a: 1 })).toBe(true);
  });

  it('returns a fresh list each time, so callers cannot change what later calls see', () => {
    const rule = { foo: 1 };
    validateRule(rule).pop();
    expect(validateRule(rule)).toHaveLength(1);
  });

  it('never throws on garbage', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.and = [cyclic];
    const cyclicList: unknown[] = [];
    cyclicList.push(cyclicList);
    let deep: unknown = true;
    for (let i = 0; i < 100_000; i++) deep = { '!': deep };
    // A shared (not cyclic) object, 2^40 paths when walked as a tree.
    let wide: unknown = true;
    for (let i = 0; i < 40; i++) wide = { and: [wide, wide] };
    const throwing = {
      get and() {
        throw new Error('boem');
      },
    };
    const proxy = new Proxy({}, {
      ownKeys() {
        throw new Error('boem');
      },
    });
    const garbage: unknown[] = [
      undefined, null, 0, NaN, '', 'x', true, [], {}, [[[]]], Symbol('s'), 10n, () => 1,
      new Date(), new Map(), Object.create(null), cyclic, cyclicList, deep, wide, throwing, proxy,
      { var: Symbol('s') }, { and: { or: { '!': {} } } },
    ];
    for (const value of garbage) {
      expect(() => validateRule(value)).not.toThrow();
      expect(Array.isArray(validateRule(value))).toBe(true);
    }
    expect(validateRule(cyclic)).toEqual([{ path: '/and/0', code: 'rule-cycle' }]);
    expect(validateRule(cyclicList)).toEqual([{ path: '/0', code: 'rule-cycle' }]);
    expect(validateRule(deep)[0]).toMatchObject({ code: 'rule-too-deep', params: { max: 64 } });
    expect(validateRule(wide)).toContainEqual(expect.objectContaining({ code: 'rule-too-large', params: { max: 10_000 } }));
    expect(validateRule(throwing)).toEqual([{ path: '', code: 'rule-unreadable' }]);
    expect(validateRule(proxy)).toEqual([{ path: '', code: 'rule-unreadable' }]);
  });
});

describe('evaluate on invalid rules', () => {
  it('throws a RuleError with the code, path and values of the first problem', () => {
    let error: unknown;
    try {
      evaluate({ and: [true, { foo: 1 }] } as Rule, {});
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RuleError);
    expect(error).toBeInstanceOf(Error);
    const ruleError = error as RuleError;
    expect(ruleError.name).toBe('RuleError');
    expect(ruleError.path).toBe('/and/1/foo');
    expect(ruleError.code).toBe('rule-unknown-operator');
    expect(ruleError.params).toMatchObject({ operator: 'foo' });
    expect(ruleError.message).toBe('rule-unknown-operator');
  });

  it('throws even when a short-circuit would skip the bad part', () => {
    expect(() => evaluate({ and: [false, { foo: 1 }] }, {})).toThrow(RuleError);
    expect(() => evaluate({ '!': [] }, {})).toThrow(RuleError);
    expect(() => truth({ '!': [] }, {})).toThrow(RuleError);
    expect(() => explain([{ id: 'kapot', rule: { '!': [] } }], {})).toThrow(RuleError);
  });

  it('throws the same RuleError again for a rule object already seen', () => {
    const rule = { '<': [1] };
    expect(() => evaluate(rule, {})).toThrow(RuleError);
    expect(() => evaluate(rule, {})).toThrow(expect.objectContaining({ code: 'rule-arity', path: '/<' }));
  });

  it('does not throw for missing answers', () => {
    expect(() => evaluate({ and: [{ '<': [{ var: 'a.b.c' }, 1] }, { in: [x, y] }] }, {})).not.toThrow();
  });
});

describe('inspectRule', () => {
  it('gives in one walk what validateRule and factsUsed give', () => {
    const rules: unknown[] = [
      { and: [{ '==': [{ var: 'woontInGemeente' }, true] }, { '<=': [{ var: ['inkomen', { var: 'partner.inkomen' }] }, 120] }] },
      { and: [{ var: ['a', { foo: [] }] }, { '!': [[1, undefined]] }, { var: 'b' }] },
      { '<': 1, '>': 2 },
      { var: true },
      true,
      undefined,
    ];
    for (const rule of rules) expect(inspectRule(rule)).toEqual({ problems: validateRule(rule), facts: factsUsed(rule as Rule) });
  });

  it('builds each path from the keys on the way down', () => {
    expect(inspectRule({ and: [{ var: ['a', { 'x/y': [] }] }, { '!': [[1, undefined]] }] })).toEqual({
      problems: [
        { path: '/and/0/var/1/x~1y', code: 'rule-unknown-operator', params: { operator: 'x/y', allowed: OPERATORS.join(', ') } },
        { path: '/and/1/!/0/1', code: 'rule-bad-value' },
      ],
      facts: ['a'],
    });
    // A single argument that is not a list is read as a list of one.
    expect(inspectRule({ '!': { foo: 1 } }).problems.map((p) => p.path)).toEqual(['/!/0/foo']);
  });

  it('lists many answer names once each, in order', () => {
    const names = Array.from({ length: 40 }, (_, i) => `vraag${i}`);
    const rule = { or: [...names, ...[...names].reverse()].map((name) => ({ var: name })) };
    expect(inspectRule(rule).facts).toEqual(names);
  });

  it('checks a rule that a getter checks while another rule is walked', () => {
    const inner = { '<': [{ var: 'b' }, { foo: 1 }] };
    let innerProblems: unknown;
    const outer = {
      and: [
        { var: 'a' },
        {
          get '!'() {
            innerProblems = validateRule(inner);
            return [{ var: 'c' }];
          },
        },
        { bar: [] },
      ],
    };
    expect(inspectRule(outer)).toEqual({
      problems: [{ path: '/and/2/bar', code: 'rule-unknown-operator', params: { operator: 'bar', allowed: OPERATORS.join(', ') } }],
      facts: ['a', 'c'],
    });
    expect(innerProblems).toEqual([{ path: '/</1/foo', code: 'rule-unknown-operator', params: { operator: 'foo', allowed: OPERATORS.join(', ') } }]);
  });

  it('starts each rule afresh after one that threw deep inside', () => {
    const throwing = {
      and: [
        [
          {
            or: [
              {
                get var() {
                  throw new Error('boem');
                },
              },
            ],
          },
        ],
      ],
    };
    expect(inspectRule(throwing)).toEqual({ problems: [{ path: '', code: 'rule-unreadable' }], facts: [] });
    expect(validateRule({ and: [{ '!': [[{ foo: 1 }]] }] }).map((p) => p.path)).toEqual(['/and/0/!/0/0/foo']);
    expect(inspectRule({ or: [{ var: 'z' }] })).toEqual({ problems: [], facts: ['z'] });
  });

  it('counts own keys only, as Object.keys does', () => {
    expect(validateRule(Object.create({ '==': [1, 1] }))).toEqual([{ path: '', code: 'rule-empty-operation' }]);
    const inherits = Object.create({ extra: 1 }) as Record<string, unknown>;
    inherits['=='] = [1, 1];
    expect(validateRule(inherits)).toEqual([]);
    // A trap that for...in would trip over, but Object.keys does not.
    const proxy = new Proxy({ '==': [1, { x: 1 }] }, {
      getPrototypeOf() {
        throw new Error('boem');
      },
    });
    expect(validateRule(proxy).map((p) => p.path)).toEqual(['/==/1/x']);
  });

  it('returns fresh lists, for a compiled rule too', () => {
    const rule = { '<': [{ var: 'a' }, 1] };
    expect(evaluate(rule, { a: 0 })).toBe(true);
    inspectRule(rule).facts.pop();
    expect(inspectRule(rule)).toEqual({ problems: [], facts: ['a'] });
  });
});

describe('factsUsed', () => {
  it('lists var names once, in order of appearance', () => {
    const rule = {
      and: [
        { '==': [{ var: 'woonplaats' }, 'Vriezenveen'] },
        { '<=': [{ var: 'inkomenProcentNorm' }, 120] },
        { or: [{ var: 'woonplaats' }, { var: ['partner.inkomen', { var: 'inkomen' }] }] },
      ],
    };
    expect(factsUsed(rule)).toEqual(['woonplaats', 'inkomenProcentNorm', 'partner.inkomen', 'inkomen']);
    expect(factsUsed({ var: 'x' })).toEqual(['x']);
    expect(factsUsed(true)).toEqual([]);
    expect(factsUsed({ '==': [1, 1] })).toEqual([]);
  });

  it('does not overflow on a rule nested 100,000 deep, and stops where validateRule does', () => {
    let deep: Rule = { var: 'diep' };
    for (let i = 0; i < 100_000; i++) deep = { '!': deep };
    expect(() => factsUsed(deep)).not.toThrow();
    expect(factsUsed(deep)).toEqual([]);

    let justTooDeep: Rule = { var: 'diep' };
    for (let i = 0; i < 65; i++) justTooDeep = { '!': justTooDeep };
    expect(validateRule(justTooDeep).map((p) => p.code)).toEqual(['rule-too-deep']);
    expect(factsUsed(justTooDeep)).toEqual([]);
    expect(factsUsed((justTooDeep as { '!': Rule })['!'])).toEqual(['diep']);
  });

  it('stops after as many parts as validateRule allows', () => {
    const many: Rule[] = Array.from({ length: 10_000 }, () => ({ var: 'a' }));
    const rule = { and: [...many, { var: 'b' }] };
    expect(validateRule(rule).map((p) => p.code)).toEqual(['rule-too-large']);
    expect(factsUsed(rule)).toEqual(['a']);
  });

  it('walks a cyclic rule once', () => {
    const cyclic: Record<string, unknown> = { or: [{ var: 'a' }] };
    (cyclic.or as unknown[]).push(cyclic);
    expect(factsUsed(cyclic as Rule)).toEqual(['a']);
  });

  it('never throws, not even on getters and proxies that do', () => {
    const throwing = {
      and: [
        { var: 'voor' },
        {
          get var() {
            throw new Error('boem');
          },
        },
      ],
    };
    expect(factsUsed(throwing as Rule)).toEqual(['voor']);
    const proxy = new Proxy({}, {
      ownKeys() {
        throw new Error('boem');
      },
    });
    expect(factsUsed(proxy as Rule)).toEqual([]);
    expect(factsUsed({ var: Symbol('s') } as unknown as Rule)).toEqual([]);
  });
});

// A small, realistic regeling: an extra allowance for children's sport and culture.
interface RegelingCondition extends Condition {
  met: string;
}
const kindregeling: RegelingCondition[] = [
  { id: 'woonplaats', rule: { '==': [{ var: 'woontInGemeente' }, true] }, met: 'U woont in de gemeente.' },
  { id: 'inkomen', rule: { '<=': [{ var: 'inkomenProcentNorm' }, 120] }, met: 'Uw inkomen is niet te hoog.' },
  { id: 'kinderen', rule: { '<=': [4, { var: 'leeftijdJongsteKind' }, 17] }, met: 'U heeft een kind van 4 tot en met 17 jaar.' },
];
const statuses = (results: ConditionResult[]) => results.map((r) => `${r.condition.id}:${r.status}`);

describe('explain, outcome, decided', () => {
  it('says which condition is met, not met or unknown', () => {
    const results = explain(kindregeling, { woontInGemeente: true, inkomenProcentNorm: 130 });
    expect(statuses(results)).toEqual(['woonplaats:met', 'inkomen:not-met', 'kinderen:unknown']);
    expect(results[0]?.condition.met).toBe('U woont in de gemeente.'); // the caller's own condition type
    expect(outcome(results)).toBe('niet');
  });

  it('is misschien while answers are missing, and decided once nothing can change', () => {
    expect(outcome(explain(kindregeling, {}))).toBe('misschien');
    expect(decided(kindregeling, {})).toBe(false);

    const some = { woontInGemeente: true, inkomenProcentNorm: 100 };
    expect(outcome(explain(kindregeling, some))).toBe('misschien');
    expect(decided(kindregeling, some)).toBe(false);

    const all = { ...some, leeftijdJongsteKind: 9 };
    expect(outcome(explain(kindregeling, all))).toBe('wel');
    expect(decided(kindregeling, all)).toBe(true);

    const elsewhere = { woontInGemeente: false };
    expect(outcome(explain(kindregeling, elsewhere))).toBe('niet');
    expect(decided(kindregeling, elsewhere)).toBe(true);

    expect(outcome(explain(kindregeling, { ...some, leeftijdJongsteKind: 18 }))).toBe('niet');
  });

  it('treats no conditions as wel', () => {
    expect(outcome([])).toBe('wel');
    expect(decided([], {})).toBe(true);
  });

  it('gives not-met precedence over unknown in outcome', () => {
    const c: Condition = { id: 'c', rule: true };
    expect(outcome([{ condition: c, status: 'unknown' }, { condition: c, status: 'not-met' }])).toBe('niet');
    expect(outcome([{ condition: c, status: 'unknown' }, { condition: c, status: 'met' }])).toBe('misschien');
  });

  it('skips questions no open condition needs', () => {
    const facts = { woontInGemeente: true, inkomenProcentNorm: 100 };
    const open = explain(kindregeling, facts).filter((r) => r.status === 'unknown');
    expect(open.flatMap((r) => factsUsed(r.condition.rule))).toEqual(['leeftijdJongsteKind']);
  });
});

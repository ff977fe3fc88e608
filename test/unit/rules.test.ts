import { describe, it, expect } from 'vitest';
import {
  OPERATORS,
  RuleError,
  decided,
  evaluate,
  explain,
  factsUsed,
  outcome,
  truth,
  validateRule,
  type Condition,
  type ConditionResult,
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
  });

  it('follows dotted paths', () => {
    const facts = { partner: { inkomen: 1200, kinderen: [{ leeftijd: 4 }] } };
    expect(evaluate({ var: 'partner.inkomen' }, facts)).toBe(1200);
    expect(evaluate({ var: 'partner.kinderen.0.leeftijd' }, facts)).toBe(4);
    expect(evaluate({ var: 'partner.vermogen' }, facts)).toBeUndefined();
    expect(evaluate({ var: 'partner.inkomen.bruto' }, facts)).toBeUndefined();
    expect(evaluate({ var: 'partner.inkomen' }, { partner: null })).toBeUndefined();
    expect(evaluate({ var: ['partner.inkomen', 0] }, {})).toBe(0);
  });

  it('does not read inherited properties as answers', () => {
    expect(evaluate({ var: 'constructor' }, {})).toBeUndefined();
    expect(evaluate({ var: 'toString' }, {})).toBeUndefined();
    expect(evaluate({ var: 'a.__proto__' }, { a: {} })).toBeUndefined();
  });
});

describe('equality', () => {
  for (const op of ['==', '===']) {
    it(`${op}: strict, without coercion`, () => {
      expect(evaluate({ [op]: [x, 1] }, { x: 1 })).toBe(true);
      expect(evaluate({ [op]: [x, 1] }, { x: 2 })).toBe(false);
      expect(evaluate({ [op]: [x, 1] }, { x: '1' })).toBe(false);
      expect(evaluate({ [op]: [x, null] }, { x: 0 })).toBe(false);
      expect(evaluate({ [op]: [x, 'Leiden'] }, { x: 'Leiden' })).toBe(true);
      expect(evaluate({ [op]: [x, [1, 2]] }, { x: [1, 2] })).toBe(true);
      expect(evaluate({ [op]: [x, [1, 2]] }, { x: [2, 1] })).toBe(false);
      expect(evaluate({ [op]: [x, 1] }, {})).toBeUndefined();
      expect(evaluate({ [op]: [null, x] }, {})).toBeUndefined();
    });
  }
  for (const op of ['!=', '!==']) {
    it(`${op}: strict, without coercion`, () => {
      expect(evaluate({ [op]: [x, 1] }, { x: 2 })).toBe(true);
      expect(evaluate({ [op]: [x, 1] }, { x: '1' })).toBe(true);
      expect(evaluate({ [op]: [x, 1] }, { x: 1 })).toBe(false);
      expect(evaluate({ [op]: [x, 1] }, {})).toBeUndefined();
    });
  }
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

  it('is false (not unknown) on a type mismatch: only numbers compare', () => {
    expect(evaluate({ '<': [x, 10] }, { x: '5' })).toBe(false);
    expect(evaluate({ '>=': [x, 0] }, { x: null })).toBe(false);
    expect(evaluate({ '<=': ['a', 'b'] }, {})).toBe(false);
    expect(evaluate({ '>': [x, 0] }, { x: true })).toBe(false);
  });

  it('supports the between form of < and <=', () => {
    const tussen4en17 = { '<=': [4, { var: 'leeftijd' }, 17] };
    expect(evaluate(tussen4en17, { leeftijd: 4 })).toBe(true);
    expect(evaluate(tussen4en17, { leeftijd: 17 })).toBe(true);
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
    expect(evaluate({ '<': [1, 5, x] }, {})).toBeUndefined();
  });
});

describe('and, or, !', () => {
  it('and: false wins, then unknown, then true', () => {
    expect(evaluate({ and: [true, true] }, {})).toBe(true);
    expect(evaluate({ and: [true, false] }, {})).toBe(false);
    expect(evaluate({ and: [x, false] }, {})).toBe(false);
    expect(evaluate({ and: [false, x] }, {})).toBe(false);
    expect(evaluate({ and: [x, true] }, {})).toBeUndefined();
    expect(evaluate({ and: [x, y] }, { x: true, y: 1 })).toBe(true);
    expect(evaluate({ and: [x] }, { x: 0 })).toBe(false);
  });

  it('or: true wins, then unknown, then false', () => {
    expect(evaluate({ or: [false, true] }, {})).toBe(true);
    expect(evaluate({ or: [false, false] }, {})).toBe(false);
    expect(evaluate({ or: [x, true] }, {})).toBe(true);
    expect(evaluate({ or: [true, x] }, {})).toBe(true);
    expect(evaluate({ or: [x, false] }, {})).toBeUndefined();
    expect(evaluate({ or: [x, y] }, { x: '', y: 0 })).toBe(false);
  });

  it('!: negates, and unknown stays unknown', () => {
    expect(evaluate({ '!': [true] }, {})).toBe(false);
    expect(evaluate({ '!': false }, {})).toBe(true);
    expect(evaluate({ '!': x }, { x: 0 })).toBe(true);
    expect(evaluate({ '!': [[]] }, {})).toBe(true); // an empty list is false in JSON Logic
    expect(evaluate({ '!': x }, {})).toBeUndefined();
    expect(evaluate({ '!': { '!': x } }, {})).toBeUndefined();
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
  it('finds a value in a list', () => {
    const rule = { in: [{ var: 'woonplaats' }, ['Leiden', 'Oegstgeest']] };
    expect(evaluate(rule, { woonplaats: 'Leiden' })).toBe(true);
    expect(evaluate(rule, { woonplaats: 'Delft' })).toBe(false);
    expect(evaluate(rule, {})).toBeUndefined();
    expect(evaluate({ in: [1, ['1']] }, {})).toBe(false); // no coercion
    expect(evaluate({ in: ['zorg', x] }, { x: ['geld', 'zorg'] })).toBe(true);
    expect(evaluate({ in: ['zorg', x] }, {})).toBeUndefined();
  });

  it('finds a substring in text', () => {
    expect(evaluate({ in: ['toeslag', x] }, { x: 'zorgtoeslag' })).toBe(true);
    expect(evaluate({ in: ['huur', x] }, { x: 'zorgtoeslag' })).toBe(false);
    expect(evaluate({ in: [1, x] }, { x: '123' })).toBe(false);
    expect(evaluate({ in: ['a', x] }, { x: 5 })).toBe(false);
  });
});

describe('literals and truth', () => {
  it('returns literals as they are', () => {
    expect(evaluate(3, {})).toBe(3);
    expect(evaluate('tekst', {})).toBe('tekst');
    expect(evaluate(null, {})).toBeNull();
    expect(evaluate([1, 'a', [true]], {})).toEqual([1, 'a', [true]]);
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
  });
});

describe('validateRule', () => {
  it('accepts every operator in valid use', () => {
    const rule = {
      and: [
        { var: 'a' },
        { var: ['b', 1] },
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
        { in: ['a', ['a', 'b']] },
      ],
    };
    expect(validateRule(rule)).toEqual([]);
    expect(evaluate(rule, { a: 1 })).toBe(true);
    expect(OPERATORS).toEqual(['var', '==', '!=', '===', '!==', '<', '<=', '>', '>=', 'and', 'or', '!', 'in']);
  });

  it('accepts literals as a rule', () => {
    for (const rule of [true, 0, 'x', null, [], [1, ['a', null]]]) expect(validateRule(rule)).toEqual([]);
  });

  it('reports an unknown operator at its path, listing the allowed ones', () => {
    expect(validateRule({ and: [true, { foo: [1] }] })).toEqual([
      {
        path: '/and/1/foo',
        message: 'Onbekende bewerking "foo". Toegestaan: var, ==, !=, ===, !==, <, <=, >, >=, and, or, !, in.',
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
    const [empty] = validateRule({ or: [{}] });
    expect(empty?.path).toBe('/or/0');
    expect(empty?.message).toMatch(/precies één sleutel/);
    const [two] = validateRule({ '<': 1, '>': 2 });
    expect(two?.path).toBe('');
    expect(two?.message).toContain('<, >');
  });

  it('reports wrong numbers of arguments', () => {
    const paths = (rule: unknown) => validateRule(rule).map((p) => p.path);
    expect(validateRule({ and: [{ '<=': [{ var: 'x' }] }, { '<': [1, 2, 3, 4] }] })).toEqual([
      { path: '/and/0/<=', message: '"<=" verwacht 2 of 3 waarden, maar kreeg er 1.' },
      { path: '/and/1/<', message: '"<" verwacht 2 of 3 waarden, maar kreeg er 4.' },
    ]);
    expect(validateRule({ '!': [] })).toEqual([{ path: '/!', message: '"!" verwacht 1 waarde, maar kreeg er 0.' }]);
    expect(paths({ '!': [true, false] })).toEqual(['/!']);
    expect(paths({ '>': [1, 2, 3] })).toEqual(['/>']);
    expect(paths({ '==': 1 })).toEqual(['/==']);
    expect(paths({ in: ['a'] })).toEqual(['/in']);
    expect(validateRule({ or: [] })[0]?.message).toBe('"or" verwacht minstens 1 waarde, maar kreeg er 0.');
    expect(paths({ var: [] })).toEqual(['/var']);
    expect(paths({ var: ['a', 1, 2] })).toEqual(['/var']);
  });

  it('reports a var whose name is not text', () => {
    expect(validateRule({ var: 1 })).toEqual([
      { path: '/var', message: 'De naam bij "var" moet tekst zijn, zoals {"var": "leeftijd"}.' },
    ]);
    expect(validateRule({ '<': [{ var: [null, 3] }, 1] }).map((p) => p.path)).toEqual(['/</0/var/0']);
    expect(validateRule({ var: { var: 'a' } }).map((p) => p.path)).toEqual(['/var']);
    expect(validateRule({ var: '' }).map((p) => p.path)).toEqual(['/var']);
  });

  it('checks the default of var', () => {
    expect(validateRule({ var: ['a', { foo: 1 }] }).map((p) => p.path)).toEqual(['/var/1/foo']);
  });

  it('rejects operations inside a literal list, and non-JSON values', () => {
    expect(validateRule({ in: ['a', ['b', { var: 'c' }]] }).map((p) => p.path)).toEqual(['/in/1/1']);
    expect(validateRule({ '==': [undefined, 1] }).map((p) => p.path)).toEqual(['/==/0']);
    expect(validateRule({ '==': [() => 1, 1] }).map((p) => p.path)).toEqual(['/==/0']);
    expect(validateRule(undefined).map((p) => p.path)).toEqual(['']);
  });

  it('reports every problem, not only the first', () => {
    expect(validateRule({ and: [{ foo: 1 }, { '!': [] }, { var: 2 }] }).map((p) => p.path)).toEqual([
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
    expect(validateRule(cyclic)).toEqual([{ path: '/and/0', message: 'De regel verwijst naar zichzelf.' }]);
    expect(validateRule(deep)[0]?.message).toMatch(/te diep genest/);
    expect(validateRule(wide).length).toBeGreaterThan(0);
    expect(validateRule(throwing)).toEqual([{ path: '', message: 'De regel kan niet worden gelezen.' }]);
  });
});

describe('evaluate on invalid rules', () => {
  it('throws a RuleError with a path for an unknown operator', () => {
    let error: unknown;
    try {
      evaluate({ and: [true, { foo: 1 }] } as Rule, {});
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RuleError);
    expect(error).toBeInstanceOf(Error);
    expect((error as RuleError).path).toBe('/and/1/foo');
    expect((error as RuleError).name).toBe('RuleError');
    expect((error as RuleError).message).toMatch(/Onbekende bewerking "foo"/);
  });

  it('throws even when a short-circuit would skip the bad part', () => {
    expect(() => evaluate({ and: [false, { foo: 1 }] }, {})).toThrow(RuleError);
    expect(() => evaluate({ '!': [] }, {})).toThrow(RuleError);
  });

  it('does not throw for missing answers', () => {
    expect(() => evaluate({ and: [{ '<': [{ var: 'a.b.c' }, 1] }, { in: [x, y] }] }, {})).not.toThrow();
  });
});

describe('factsUsed', () => {
  it('lists var names once, in order of appearance', () => {
    const rule = {
      and: [
        { '==': [{ var: 'woonplaats' }, 'Leiden'] },
        { '<=': [{ var: 'inkomenProcentNorm' }, 120] },
        { or: [{ var: 'woonplaats' }, { var: ['partner.inkomen', { var: 'inkomen' }] }] },
      ],
    };
    expect(factsUsed(rule)).toEqual(['woonplaats', 'inkomenProcentNorm', 'partner.inkomen', 'inkomen']);
    expect(factsUsed({ var: 'x' })).toEqual(['x']);
    expect(factsUsed(true)).toEqual([]);
    expect(factsUsed({ '==': [1, 1] })).toEqual([]);
  });
});

// A small, realistic regeling: an extra allowance for children's sport and culture.
interface RegelingCondition extends Condition {
  met: string;
}
const kindregeling: RegelingCondition[] = [
  { id: 'woonplaats', rule: { '==': [{ var: 'gemeente' }, 'Leiden'] }, met: 'U woont in Leiden.' },
  { id: 'inkomen', rule: { '<=': [{ var: 'inkomenProcentNorm' }, 120] }, met: 'Uw inkomen is niet te hoog.' },
  { id: 'kinderen', rule: { '<=': [4, { var: 'leeftijdJongsteKind' }, 17] }, met: 'U heeft een kind van 4 tot en met 17 jaar.' },
];
const statuses = (results: ConditionResult[]) => results.map((r) => `${r.condition.id}:${r.status}`);

describe('explain, outcome, decided', () => {
  it('says which condition is met, not met or unknown', () => {
    const results = explain(kindregeling, { gemeente: 'Leiden', inkomenProcentNorm: 130 });
    expect(statuses(results)).toEqual(['woonplaats:met', 'inkomen:not-met', 'kinderen:unknown']);
    expect(results[0]?.condition.met).toBe('U woont in Leiden.'); // the caller's own condition type
    expect(outcome(results)).toBe('niet');
  });

  it('is misschien while answers are missing, and decided once nothing can change', () => {
    expect(outcome(explain(kindregeling, {}))).toBe('misschien');
    expect(decided(kindregeling, {})).toBe(false);

    const some = { gemeente: 'Leiden', inkomenProcentNorm: 100 };
    expect(outcome(explain(kindregeling, some))).toBe('misschien');
    expect(decided(kindregeling, some)).toBe(false);

    const all = { ...some, leeftijdJongsteKind: 9 };
    expect(outcome(explain(kindregeling, all))).toBe('wel');
    expect(decided(kindregeling, all)).toBe(true);

    const elsewhere = { gemeente: 'Delft' };
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
    const facts = { gemeente: 'Leiden', inkomenProcentNorm: 100 };
    const open = explain(kindregeling, facts).filter((r) => r.status === 'unknown');
    expect(open.flatMap((r) => factsUsed(r.condition.rule))).toEqual(['leeftijdJongsteKind']);
  });
});

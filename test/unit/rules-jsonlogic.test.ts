/**
 * The evaluator against the reference implementation, json-logic-js: the public JsonLogic test
 * cases (fixtures/jsonlogic, see its README), thousands of random rules, and the one documented
 * difference, missing answers.
 */
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import jsonLogic from 'json-logic-js';
import { describe, expect, it } from 'vitest';
import { OPERATORS, evaluate, explain, factsUsed, truth, validateRule, type Facts, type Rule } from '../../src/core/rules.js';
import { prng } from './prng.js';

// JSON Logic data may be any JSON value; the check itself always passes an object.
const asFacts = (data: unknown) => data as Facts;

/** The operators a rule uses, read independently of the evaluator. */
function operatorsOf(rule: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(rule)) rule.forEach((item) => operatorsOf(item, found));
  else if (rule !== null && typeof rule === 'object') {
    const [op, ...more] = Object.keys(rule);
    if (op !== undefined && more.length === 0) {
      found.add(op);
      operatorsOf((rule as Record<string, unknown>)[op], found);
    }
  }
  return found;
}

/** Whether the data answers every `var` the rule reads (a default counts as an answer). */
function answers(rule: unknown, data: unknown): boolean {
  if (Array.isArray(rule)) return rule.every((item) => answers(item, data));
  if (rule === null || typeof rule !== 'object') return true;
  const [op] = Object.keys(rule);
  const raw = (rule as Record<string, unknown>)[op!];
  if (op !== 'var') return answers(raw, data);
  const [name, fallback] = Array.isArray(raw) ? raw : [raw];
  if (Array.isArray(raw) && raw.length === 2) return answers(fallback, data);
  if (name === undefined || name === null || name === '') return data !== undefined;
  let value = data;
  for (const key of String(name).split('.')) {
    if (value === null || value === undefined || !Object.hasOwn(Object(value) as object, key)) return false;
    value = (value as Record<string, unknown>)[key];
  }
  return value !== undefined;
}

type Case = [rule: unknown, data: unknown, expected: unknown];
const fixture = JSON.parse(readFileSync(new URL('./fixtures/jsonlogic/tests.json', import.meta.url), 'utf8')) as unknown[];
const cases = fixture.filter((entry): entry is Case => Array.isArray(entry));
const supported = (c: Case) => [...operatorsOf(c[0])].every((op) => OPERATORS.includes(op));
const runs = cases.filter((c) => supported(c) && answers(c[0], c[1]));
const unanswered = cases.filter((c) => supported(c) && !answers(c[0], c[1]));
const skipped = cases.filter((c) => !supported(c));
const otherOperators = [...new Set(skipped.flatMap((c) => [...operatorsOf(c[0])]))].filter((op) => !OPERATORS.includes(op));

describe('the public JsonLogic tests (jsonlogic.com/tests.json)', () => {
  it(`runs ${runs.length} of ${cases.length} cases; ${unanswered.length} leave an answer missing; ${skipped.length} are skipped for operators outside the subset (${otherOperators.join(' ')})`, () => {
    expect(cases.length).toBe(278);
    expect(runs.length + unanswered.length + skipped.length).toBe(cases.length);
    expect(runs.length).toBeGreaterThanOrEqual(100);
    // Every supported operator is exercised by some case that runs.
    const exercised = new Set(runs.flatMap((c) => [...operatorsOf(c[0])]));
    expect(OPERATORS.filter((op) => !exercised.has(op))).toEqual([]);
  });

  for (const [rule, data, expected] of runs) {
    it(`${JSON.stringify(rule)} with ${JSON.stringify(data)} gives ${JSON.stringify(expected)}`, () => {
      expect(validateRule(rule)).toEqual([]);
      expect(evaluate(rule as Rule, asFacts(data))).toEqual(expected);
    });
  }

  // The one documented difference: json-logic-js reads a missing answer as null, here it is unknown.
  for (const [rule, data, expected] of unanswered) {
    it(`${JSON.stringify(rule)} with ${JSON.stringify(data)} is unknown (json-logic-js: ${JSON.stringify(expected)})`, () => {
      expect(validateRule(rule)).toEqual([]);
      expect(evaluate(rule as Rule, asFacts(data))).toBeUndefined();
    });
  }
});


type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/**
 * Random rules over the supported operators, and random data that answers them. With
 * `defaults: 'absent'`, a `var` has a default only for a name the data never answers.
 */
function generator(seed: number, { defaults = 'any' }: { defaults?: 'any' | 'absent' } = {}) {
  const random = prng(seed).next;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const count = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));

  const NUMBERS = [0, 1, 2, 3, -1, 10, 0.5, 100];
  const NUMERIC_TEXT = ['0', '1', '2', '10', '-1', '0.5', '1e2', ' 3 ', ''];
  const TEXT = ['a', 'b', 'ab', 'abc', 'Bart', 'true', 'null', '1,2'];
  const literal = (depth = 1): Json => {
    const kind = random();
    if (kind < 0.25) return pick(NUMBERS);
    if (kind < 0.45) return pick(NUMERIC_TEXT);
    if (kind < 0.6) return pick(TEXT);
    if (kind < 0.75) return random() < 0.5;
    if (kind < 0.85 || depth <= 0) return null;
    return Array.from({ length: count(0, 3) }, () => literal(depth - 1));
  };

  const data = (): Record<string, Json> => ({
    a: literal(),
    b: literal(),
    c: literal(),
    d: literal(),
    s: pick(['abc', 'Bart', '12']),
    xs: Array.from({ length: count(2, 4) }, () => literal()),
    o: { p: literal(), q: literal(), list: [literal(), literal()] },
  });
  const PRESENT = ['a', 'b', 'c', 'd', 's', 's.0', 's.length', 'xs', 'xs.0', 'xs.1', 'xs.length', 'o', 'o.p', 'o.q', 'o.list', 'o.list.1'];
  const ABSENT = ['nope', 'o.nope', 'xs.9'];

  const variable = (depth: number): Rule => {
    const form = random();
    if (form < 0.05) return { var: '' };
    if (form < 0.45) return { var: pick(PRESENT) };
    if (form < 0.65) return { var: [pick(PRESENT)] };
    if (form < 0.8 && defaults === 'any') return { var: [pick(PRESENT), rule(depth - 1)] };
    return { var: [pick(ABSENT), rule(depth - 1)] };
  };

  const rule = (depth: number): Rule => {
    if (depth <= 0 || random() < 0.25) return random() < 0.5 ? (literal() as Rule) : variable(0);
    const next = () => rule(depth - 1);
    const op = pick(['==', '!=', '===', '!==', '<', '<=', '>', '>=', 'and', 'or', '!', '!!', 'in', 'var', 'list']);
    switch (op) {
      case 'var':
        return variable(depth);
      case 'list':
        return [next(), next()];
      case 'and':
      case 'or':
        return { [op]: Array.from({ length: count(1, 4) }, next) };
      case '!':
      case '!!': {
        const arg = next();
        return { [op]: Array.isArray(arg) || random() < 0.5 ? [arg] : arg };
      }
      case 'in':
        return { in: [next(), random() < 0.4 ? (pick([literal(), literal(), pick(TEXT)]) as Rule) : next()] };
      case '<':
      case '<=':
        return { [op]: random() < 0.3 ? [next(), next(), next()] : [next(), next()] };
      default:
        return { [op]: [next(), next()] };
    }
  };

  return { rule, data, random };
}

describe('random rules, fully answered, against json-logic-js', () => {
  it('gives exactly what json-logic-js gives for 4,000 rules (seed 20240611)', () => {
    const { rule, data } = generator(20240611);
    const mismatches: string[] = [];
    const problems: string[] = [];
    for (let i = 0; i < 4000; i++) {
      const r = rule(4);
      const d = data();
      if (validateRule(r).length > 0) problems.push(JSON.stringify(r));
      const ours = evaluate(r, d);
      const reference = jsonLogic.apply(r, d);
      if (!isDeepStrictEqual(ours, reference)) {
        mismatches.push(`${JSON.stringify(r)} with ${JSON.stringify(d)}: ${JSON.stringify(ours)} ≠ ${JSON.stringify(reference)}`);
      }
      // truth() agrees with JSON Logic truthiness of the reference result.
      if (truth(r, d) !== jsonLogic.truthy(reference)) mismatches.push(`truth of ${JSON.stringify(r)}`);
    }
    expect(problems).toEqual([]);
    expect(mismatches.slice(0, 5)).toEqual([]);
  });

  it('generates varied rules: every operator and result type occurs', () => {
    const { rule, data } = generator(7);
    const ops = new Set<string>();
    const types = new Set<string>();
    for (let i = 0; i < 1000; i++) {
      const r = rule(4);
      operatorsOf(r, ops);
      const value = evaluate(r, data());
      types.add(Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value);
    }
    expect([...ops].sort()).toEqual([...OPERATORS].sort());
    expect([...types].sort()).toEqual(['array', 'boolean', 'null', 'number', 'object', 'string']);
  });
});

describe('missing answers (the three-valued extension)', () => {
  it('a known truth never changes when the missing answers arrive', () => {
    // A default stands in for an absent answer (documented), so defaults go with unanswered names here.
    const { rule, data, random } = generator(99, { defaults: 'absent' });
    let known = 0;
    const broken: string[] = [];
    for (let i = 0; i < 3000; i++) {
      const r = rule(4);
      const full = data();
      // Leave out some answers, at the top and inside "o".
      const partial: Record<string, unknown> = { ...full, o: { ...(full.o as Record<string, Json>) } };
      for (const key of Object.keys(partial)) if (random() < 0.3) delete partial[key];
      const o = partial.o as Record<string, Json> | undefined;
      if (o) for (const key of Object.keys(o)) if (random() < 0.3) delete o[key];
      const t = truth(r, partial);
      if (t === undefined) continue;
      known++;
      if (t !== jsonLogic.truthy(jsonLogic.apply(r, full))) broken.push(`${JSON.stringify(r)} with ${JSON.stringify(partial)}`);
    }
    expect(broken.slice(0, 5)).toEqual([]);
    expect(known).toBeGreaterThan(1000);
  });

  it('an unknown result is one that missing answers can still change', () => {
    const rule = { and: [{ '>=': [{ var: 'leeftijd' }, 18] }, { '==': [{ var: 'woontInGemeente' }, true] }] };
    expect(truth(rule, { woontInGemeente: true })).toBeUndefined();
    expect(jsonLogic.apply(rule, { woontInGemeente: true, leeftijd: 30 })).toBe(true);
    expect(jsonLogic.apply(rule, { woontInGemeente: true, leeftijd: 12 })).toBe(false);
  });
});

describe('compile once', () => {
  /** Wraps a rule so that every read of it, at any depth, is counted. */
  function counted<T extends object>(value: T, reads: { count: number }): T {
    return new Proxy(value, {
      get(target, key, receiver) {
        reads.count++;
        const found: unknown = Reflect.get(target, key, receiver);
        return typeof found === 'object' && found !== null ? counted(found, reads) : found;
      },
      ownKeys(target) {
        reads.count++;
        return Reflect.ownKeys(target);
      },
      getOwnPropertyDescriptor(target, key) {
        reads.count++;
        return Reflect.getOwnPropertyDescriptor(target, key);
      },
      has(target, key) {
        reads.count++;
        return Reflect.has(target, key);
      },
    });
  }

  it('reads a rule object on first use only, not on every evaluation', () => {
    const reads = { count: 0 };
    const rule = counted(
      { and: [{ '<=': [4, { var: 'leeftijd' }, 17] }, { in: [{ var: 'woonplaats' }, ['Vriezenveen', 'Vroomshoop']] }] },
      reads,
    );
    expect(evaluate(rule, { leeftijd: 9, woonplaats: 'Vroomshoop' })).toBe(true);
    expect(reads.count).toBeGreaterThan(0);

    reads.count = 0;
    for (let i = 0; i < 20; i++) {
      expect(evaluate(rule, { leeftijd: 20, woonplaats: 'Vroomshoop' })).toBe(false);
      expect(truth(rule, { leeftijd: 9 })).toBeUndefined();
      expect(explain([{ id: 'kind', rule }], { leeftijd: 9, woonplaats: 'Vriezenveen' })[0]?.status).toBe('met');
      expect(validateRule(rule)).toEqual([]);
      expect(factsUsed(rule)).toEqual(['leeftijd', 'woonplaats']);
    }
    expect(reads.count).toBe(0);
  });

  it('reads an invalid rule once too, and throws its problem each time', () => {
    const reads = { count: 0 };
    const rule = counted({ and: [true, { '!': [] }] }, reads);
    expect(() => evaluate(rule, {})).toThrow(expect.objectContaining({ code: 'rule-arity', path: '/and/1/!' }));
    reads.count = 0;
    expect(() => truth(rule, {})).toThrow(expect.objectContaining({ code: 'rule-arity' }));
    expect(reads.count).toBe(0);
  });
});

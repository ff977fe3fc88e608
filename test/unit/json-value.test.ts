import { describe, it, expect } from 'vitest';
import { MAX_DEPTH, MAX_VALUES, parseJsonText, readJson, type JsonValue } from '../../src/core/json-value.js';

/** Reads a value the two ways parseFeed does: copied (a `data` object) and checked in place (parsed text). */
const both = (value: unknown, path = '/x', depth = 1) => [readJson(value, { path, depth }), readJson(value, { path, depth }, true)];

describe('readJson', () => {
  it('gives plain JSON back unchanged', () => {
    const value = { a: [1, 'twee', true, null, { b: -0.5 }], '': 'leeg', 'a/b': 'x' };
    for (const read of both(value)) expect(read).toEqual({ ok: true, value, problems: [] });
  });

  it('copies a value that did not come from text, and leaves one from text as it is', () => {
    const value = { a: { b: 1 } };
    const copied = readJson(value);
    expect(copied.ok && copied.value).not.toBe(value);
    const parsed = parseJsonText('{"a":{"b":1}}');
    const checked = readJson(parsed, {}, true);
    expect(checked.ok && checked.value).toBe(parsed);
  });

  it('leaves undefined, functions and symbols out of objects, and makes them null in lists, as JSON does', () => {
    const value = { a: undefined, b: () => 1, c: Symbol('c'), d: [undefined, () => 1, Symbol('d')], e: 1 };
    expect(readJson(value)).toEqual({ ok: true, value: { d: [null, null, null], e: 1 }, problems: [] });
    expect(readJson(undefined)).toEqual({ ok: true, value: undefined, problems: [] });
    // A hole in a sparse list is null too.
    expect(readJson([1, , 3])).toEqual({ ok: true, value: [1, null, 3], problems: [] });
  });

  it('reports non-finite numbers as number-out-of-range, each at its path', () => {
    expect(readJson({ a: [1, Infinity], b: { c: NaN }, d: -Infinity }, { path: '/r/0' })).toEqual({
      ok: false,
      problems: [
        { path: '/r/0/a/1', code: 'number-out-of-range' },
        { path: '/r/0/b/c', code: 'number-out-of-range' },
        { path: '/r/0/d', code: 'number-out-of-range' },
      ],
    });
    expect(readJson(parseJsonText('{"a":[1e400]}'), { path: '/r/0' }, true)).toEqual({
      ok: false,
      problems: [{ path: '/r/0/a/0', code: 'number-out-of-range' }],
    });
  });

  it(`stops at more than ${MAX_DEPTH} levels below the feed's root, counting from the given depth`, () => {
    const nest = (levels: number): JsonValue => {
      let value: JsonValue = 1;
      for (let i = 0; i < levels; i++) value = [value];
      return value;
    };
    // At depth 2 (an item in a list), MAX_DEPTH - 2 more levels of lists are fine, one more is not.
    for (const read of both(nest(MAX_DEPTH - 1), '/r/0', 2)) expect(read.ok).toBe(true);
    for (const read of both(nest(MAX_DEPTH), '/r/0', 2)) {
      expect(read.ok).toBe(false);
      if (read.ok) continue;
      expect(read.problems).toEqual([{ path: `/r/0${'/0'.repeat(MAX_DEPTH - 1)}`, code: 'too-deep', params: { max: MAX_DEPTH } }]);
    }
  });

  it('does not overflow the stack on 100,000 levels', () => {
    const text = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    for (const read of both(parseJsonText(text))) expect(read.ok ? [] : read.problems.map((p) => p.code)).toEqual(['too-deep']);
  });

  it(`stops at more than ${MAX_VALUES.toLocaleString('en')} values, and reports it at the value's own path`, () => {
    const many = Array.from({ length: MAX_VALUES }, () => 0);
    for (const read of both(many, '/r/0')) {
      expect(read.ok ? [] : read.problems).toEqual([{ path: '/r/0', code: 'too-many-values', params: { max: MAX_VALUES } }]);
    }
    expect(readJson(many.slice(1)).ok).toBe(true);
    expect(readJson(many.slice(1), {}, true).ok).toBe(true);
    // The object and its list count too.
    for (const trusted of [false, true]) {
      expect(readJson({ a: many.slice(2) }, {}, trusted).ok).toBe(true);
      expect(readJson({ a: many.slice(1) }, {}, trusted).ok).toBe(false);
    }
  });

  it('does not hang on shared objects that would blow up exponentially', () => {
    let node: unknown = { leaf: 1 };
    for (let i = 0; i < 60; i++) node = { a: node, b: node };
    const start = performance.now();
    const read = readJson(node);
    expect(read.ok ? [] : read.problems.map((p) => p.code)).toEqual(['too-many-values']);
    expect(performance.now() - start).toBeLessThan(2000);
  });

  it('reports a cycle as unreadable at the place it loops back', () => {
    const a: Record<string, unknown> = { name: 'a' };
    a.list = [1, a];
    expect(readJson({ a }, { path: '/r/0' })).toEqual({ ok: false, problems: [{ path: '/r/0/a/list/1', code: 'unreadable' }] });
  });

  it('reports getters that throw, bigints and revoked proxies as unreadable, and goes on', () => {
    const trap = { ok: 1, get bad() { throw new Error('boem'); }, big: BigInt(5) };
    expect(readJson(trap, { path: '/t' })).toEqual({
      ok: false,
      problems: [
        { path: '/t/bad', code: 'unreadable' },
        { path: '/t/big', code: 'unreadable' },
      ],
    });
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(readJson({ p: proxy }, { path: '/t' })).toEqual({ ok: false, problems: [{ path: '/t/p', code: 'unreadable' }] });
  });

  it('honours toJSON, as JSON.stringify does', () => {
    expect(readJson({ d: new Date(0), o: { toJSON: () => ({ x: [1] }) } })).toEqual({
      ok: true,
      value: { d: '1970-01-01T00:00:00.000Z', o: { x: [1] } },
      problems: [],
    });
    expect(readJson({ o: { toJSON: () => { throw new Error('x'); } } }, { path: '' })).toEqual({
      ok: false,
      problems: [{ path: '/o', code: 'unreadable' }],
    });
  });

  it('keeps "__proto__" as an ordinary key and changes no prototype', () => {
    const fromText = parseJsonText('{"__proto__":{"polluted":true},"a":1}');
    const fromData = Object.defineProperty({ a: 1 }, '__proto__', { value: { polluted: true }, enumerable: true });
    for (const read of [readJson(fromText, {}, true), readJson(fromText), readJson(fromData)]) {
      expect(read.ok).toBe(true);
      if (!read.ok) continue;
      const value = read.value as Record<string, unknown>;
      expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
      expect(Object.keys(value).sort()).toEqual(['__proto__', 'a']);
      expect(Object.getOwnPropertyDescriptor(value, '__proto__')?.value).toEqual({ polluted: true });
      expect((value as { polluted?: unknown }).polluted).toBeUndefined();
    }
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it('reads only own enumerable string keys, as JSON does', () => {
    const value = Object.create({ inherited: 1 }, { own: { value: 2, enumerable: true }, hidden: { value: 3, enumerable: false } });
    value[Symbol('s')] = 4;
    expect(readJson(value)).toEqual({ ok: true, value: { own: 2 }, problems: [] });
    expect(readJson(new Map([['a', 1]]))).toEqual({ ok: true, value: {}, problems: [] });
  });
});

import type { FeedProblem } from './problems.js';

/** A value JSON can hold: what a feed is made of after reading. */
export type JsonValue = null | boolean | number | string | JsonValue[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonValue;
}

/** Deeper than any feed needs (a regeling's rule sits about 70 levels down at most). */
export const MAX_DEPTH = 100;
/** More values (texts, numbers, lists, objects) than one item or envelope field needs. */
export const MAX_VALUES = 100_000;

/** A JSON object (not a list, not null). */
export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether the object has the field itself: a feed's "constructor" is not Object.prototype's. */
export const own = (object: object, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);

/** Escapes one JSON Pointer segment (RFC 6901): "~" first, then "/". */
export function pointerSegment(key: string | number): string {
  if (typeof key === 'number') return String(key);
  // Most keys have neither character: skip the two replaces for them.
  return key.includes('~') || key.includes('/') ? key.replace(/~/g, '~0').replace(/\//g, '~1') : key;
}

/** Reads a JSON Pointer ("/regelingen/3/title"); undefined when it leads nowhere. */
export function resolvePointer(root: unknown, pointer: string): unknown {
  if (pointer === '') return root;
  let node: unknown = root;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (node === null || typeof node !== 'object' || !own(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

export type ReadResult =
  | { ok: true; value: JsonValue | undefined; problems: [] }
  | { ok: false; problems: FeedProblem[] };

export interface ReadOptions {
  /** Where the value sits in the feed (a JSON Pointer). */
  path?: string;
  /** How many levels below the feed's root it sits. */
  depth?: number;
}

/** Values made by parseJsonText: plain JSON already, so reading them needs no copy. */
const fromText = new WeakSet<object>();

/** JSON.parse, remembering the result, so that readJson can check it without copying it. */
export function parseJsonText(text: string): unknown {
  const value: unknown = JSON.parse(text);
  if (typeof value === 'object' && value !== null) fromText.add(value);
  return value;
}

/** Whether `value` came from parseJsonText, together with everything in it. */
export function isFromJsonText(value: unknown): boolean {
  return typeof value === 'object' && value !== null && fromText.has(value);
}

/**
 * Reads any value as plain JSON, the way JSON.stringify would send it, without ever throwing or
 * recursing without bound. Fails, with a problem at the exact path, for what JSON cannot hold:
 * non-finite numbers (1e400), cycles, bigints, values whose getters throw, nesting deeper than
 * MAX_DEPTH, more than MAX_VALUES values. `undefined`, functions and symbols are left out of
 * objects and become null in lists, as in JSON; `toJSON` is honoured. A "__proto__" key stays an
 * ordinary key: no prototype is ever changed.
 *
 * Any other value is copied, so that later changes or getters on the page's object cannot change
 * what was checked. A value from parseJsonText is already plain: it is only checked, not copied
 * (`trusted`). `value` is undefined only for a value JSON leaves out.
 */
export function readJson(input: unknown, { path = '', depth = 0 }: ReadOptions = {}, trusted = false): ReadResult {
  // The common case first: a quick pass that gives up at anything unusual; the careful walk
  // below then says exactly what and where.
  try {
    if (trusted) {
      if (isPlain(input, depth)) return { ok: true, value: input as JsonValue, problems: [] };
    } else {
      return { ok: true, value: copyPlain(input, depth, [], { left: MAX_VALUES }), problems: [] };
    }
  } catch {
    // A getter threw, or something JSON cannot hold: walk carefully.
  }
  return readCarefully(input, path, depth);
}

/** Thrown by copyPlain at anything it leaves to readCarefully. */
class Unusual {}

/** Whether a value from parseJsonText is within the limits (finite numbers, depth, count). */
function isPlain(value: unknown, depth: number): boolean {
  if (typeof value !== 'object') return typeof value !== 'number' || Number.isFinite(value);
  return value === null || plainLeft(value, depth, MAX_VALUES - 1) >= 0;
}

/**
 * How many of `left` values remain after the children of `object`, or -1 at anything unusual.
 * A count passed along, not an object, and children that are no object checked here rather
 * than in a call of their own: this walk sees every value of every item.
 */
function plainLeft(object: object, depth: number, left: number): number {
  if (depth > MAX_DEPTH) return -1;
  if (Array.isArray(object)) {
    for (let i = 0; i < object.length; i++) if ((left = childLeft(object[i], depth, left)) < 0) return -1;
    return left;
  }
  for (const key in object) if ((left = childLeft((object as Record<string, unknown>)[key], depth, left)) < 0) return -1;
  return left;
}

function childLeft(child: unknown, depth: number, left: number): number {
  if (--left < 0) return -1;
  if (typeof child === 'object') return child === null ? left : plainLeft(child, depth + 1, left);
  return typeof child !== 'number' || Number.isFinite(child) ? left : -1;
}

function copyPlain(value: unknown, depth: number, ancestors: object[], count: { left: number }): JsonValue | undefined {
  if (--count.left < 0) throw new Unusual();
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      if (Number.isFinite(value)) return value;
      throw new Unusual();
    case 'object':
      break;
    case 'bigint':
      throw new Unusual();
    default:
      return undefined;
  }
  if (value === null) return null;
  if (depth > MAX_DEPTH || typeof (value as { toJSON?: unknown }).toJSON === 'function' || ancestors.includes(value)) {
    throw new Unusual();
  }
  ancestors.push(value);
  let out: JsonValue;
  if (Array.isArray(value)) {
    const list: JsonValue[] = [];
    for (let i = 0; i < value.length; i++) list.push(copyPlain(value[i], depth + 1, ancestors, count) ?? null);
    out = list;
  } else {
    const object: JsonObject = {};
    for (const key of Object.keys(value)) {
      const item = copyPlain((value as Record<string, unknown>)[key], depth + 1, ancestors, count);
      if (item !== undefined) setKey(object, key, item);
    }
    out = object;
  }
  ancestors.pop();
  return out;
}

/** Sets a key without ever touching a prototype, even for "__proto__". */
export function setKey(object: JsonObject, key: string, value: JsonValue): void {
  if (key === '__proto__') Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  else object[key] = value;
}

/** Thrown inside readCarefully to stop it; never leaves this module. */
class Stop {}

function readCarefully(input: unknown, path: string, depth: number): ReadResult {
  const problems: FeedProblem[] = [];
  const keys: (string | number)[] = [];
  const ancestors: object[] = [];
  let count = 0;
  const fail = (code: FeedProblem['code'], params?: FeedProblem['params']) => {
    const at = path + keys.map((k) => `/${pointerSegment(k)}`).join('');
    problems.push(params ? { path: at, code, params } : { path: at, code });
  };

  const walk = (value: unknown, level: number): JsonValue | undefined => {
    if (++count > MAX_VALUES) {
      keys.length = 0;
      fail('too-many-values', { max: MAX_VALUES });
      throw new Stop();
    }
    switch (typeof value) {
      case 'string':
      case 'boolean':
        return value;
      case 'number':
        if (Number.isFinite(value)) return value;
        fail('number-out-of-range');
        return null;
      case 'undefined':
      case 'function':
      case 'symbol':
        return undefined;
      case 'bigint':
        fail('unreadable');
        return null;
    }
    if (value === null) return null;
    if (level > MAX_DEPTH) {
      fail('too-deep', { max: MAX_DEPTH });
      throw new Stop();
    }
    let node: object = value as object;
    try {
      const toJSON = (node as { toJSON?: unknown }).toJSON;
      if (typeof toJSON === 'function') {
        const replaced: unknown = toJSON.call(node, keys.length ? String(keys[keys.length - 1]) : '');
        if (replaced === null || typeof replaced !== 'object') return walk(replaced, level);
        node = replaced;
      }
      if (ancestors.includes(node)) {
        fail('unreadable');
        return null;
      }
      ancestors.push(node);
      try {
        return Array.isArray(node) ? walkArray(node, level) : walkObject(node, level);
      } finally {
        ancestors.pop();
      }
    } catch (error) {
      if (error instanceof Stop) throw error;
      fail('unreadable');
      return null;
    }
  };

  const walkArray = (list: readonly unknown[], level: number): JsonValue[] => {
    const length = list.length;
    const out: JsonValue[] = [];
    for (let i = 0; i < length; i++) {
      keys.push(i);
      out.push(readOne(list, i, level) ?? null);
      keys.pop();
    }
    return out;
  };

  const walkObject = (object: object, level: number): JsonObject => {
    const out: JsonObject = {};
    for (const key of Object.keys(object)) {
      keys.push(key);
      const item = readOne(object, key, level);
      keys.pop();
      if (item !== undefined) setKey(out, key, item);
    }
    return out;
  };

  const readOne = (container: object, key: string | number, level: number): JsonValue | undefined => {
    let child: unknown;
    try {
      child = (container as Record<string | number, unknown>)[key];
    } catch {
      fail('unreadable');
      return null;
    }
    return walk(child, level + 1);
  };

  let value: JsonValue | undefined;
  try {
    value = walk(input, depth);
  } catch {
    // Stop: the problem is recorded.
  }
  return problems.length ? { ok: false, problems } : { ok: true, value, problems: [] };
}

/** The JSON type of a value, as schemas name them ("array", "null", …). */
export function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

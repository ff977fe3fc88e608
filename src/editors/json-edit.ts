import { isObject, own, pointerSegment } from '../core/json-value.js';

/**
 * Immutable edits on a JSON document, by path. The editor keeps the feed as the editor's own
 * JSON (not the parsed feed), so fields the form does not know, and invalid values the editor is
 * still fixing, stay exactly as they are.
 */

/** Where a value sits: object keys and array indexes, from the root. */
export type Path = readonly (string | number)[];

/** The JSON Pointer of a path ("/regelingen/3/title"), as problems name it. */
export function pointer(path: Path): string {
  return path.map((segment) => `/${pointerSegment(segment)}`).join('');
}

/** The path of a JSON Pointer; numeric segments become indexes. */
export function pathOf(pointerText: string): (string | number)[] {
  if (pointerText === '') return [];
  return pointerText
    .slice(1)
    .split('/')
    .map((raw) => raw.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^(0|[1-9]\d*)$/.test(segment) ? Number(segment) : segment));
}


/** Sets a key without touching a prototype, even for "__proto__". */
function put(object: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
}

/** The value at a path; undefined when the path leads nowhere. */
export function getAt(root: unknown, path: Path): unknown {
  let node = root;
  for (const segment of path) {
    if (Array.isArray(node) && typeof segment === 'number') node = node[segment];
    else if (isObject(node) && own(node, String(segment))) node = node[String(segment)];
    else return undefined;
  }
  return node;
}

/**
 * A copy of `root` with `value` at `path`; `undefined` removes the key (or, in a list, leaves a
 * hole filled with null, which a list never needs: use removeAt). Missing containers on the way
 * are created: a list before an index, an object before a key.
 */
export function setAt(root: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  if (typeof head === 'number' && Array.isArray(root)) {
    const copy = [...root];
    copy[head] = setAt(root[head], rest, value) ?? null;
    return copy;
  }
  const key = String(head);
  if (typeof head === 'number' && !isObject(root)) {
    const list: unknown[] = [];
    list[head] = setAt(undefined, rest, value) ?? null;
    return Array.from(list, (entry) => entry ?? null);
  }
  const object = isObject(root) ? root : {};
  const inner = setAt(own(object, key) ? object[key] : undefined, rest, value);
  const copy: Record<string, unknown> = {};
  for (const k of Object.keys(object)) if (k !== key || inner !== undefined) put(copy, k, k === key ? inner : object[k]);
  if (inner !== undefined && !own(object, key)) put(copy, key, inner);
  return copy;
}

/** A copy without the value at `path`: the key is removed, or the list entry cut out. */
export function removeAt(root: unknown, path: Path): unknown {
  if (path.length === 0) return undefined;
  const parentPath = path.slice(0, -1);
  const last = path[path.length - 1]!;
  const parent = getAt(root, parentPath);
  if (Array.isArray(parent) && typeof last === 'number') return setAt(root, parentPath, parent.filter((_, i) => i !== last));
  return setAt(root, path, undefined);
}

/** A copy with `value` inserted into the list at `listPath`, before `index` (at the end when past it). */
export function insertAt(root: unknown, listPath: Path, index: number, value: unknown): unknown {
  const list = getAt(root, listPath);
  const items = Array.isArray(list) ? [...list] : [];
  items.splice(Math.max(0, Math.min(index, items.length)), 0, value);
  return setAt(root, listPath, items);
}

/** A copy with the list entry at `from` moved to `to`; unchanged when either is out of range. */
export function moveAt(root: unknown, listPath: Path, from: number, to: number): unknown {
  const list = getAt(root, listPath);
  if (!Array.isArray(list) || from === to || from < 0 || to < 0 || from >= list.length || to >= list.length) return root;
  const items = [...list];
  const [moved] = items.splice(from, 1);
  items.splice(to, 0, moved);
  return setAt(root, listPath, items);
}

import { Validator, type OutputUnit, type Schema } from '@cfworker/json-schema';
import { msg, str } from '@lit/localize';

/** One thing wrong in a feed: where (a JSON Pointer into the feed) and what, in plain words. */
export interface FeedProblem {
  path: string;
  message: string;
}

type JsonSchema = Readonly<Record<string, unknown>>;

/**
 * Validates by interpreting the schema, never by generating code, so widgets keep working on pages
 * with a strict Content-Security-Policy.
 */
export function createValidator(schema: JsonSchema): (value: unknown, basePath?: string) => FeedProblem[] {
  const validator = new Validator(schema as unknown as Schema, '2020-12', false);
  return (value, basePath = '') => {
    const result = validator.validate(value);
    return result.valid ? [] : plainProblems(result.errors, schema, value, basePath);
  };
}

/** Keywords that only say "something below me failed"; the failure below is the useful one. */
const CONTAINER_KEYWORDS = new Set(['properties', 'items', 'prefixItems', '$ref', 'allOf', 'false', 'unevaluatedProperties']);

function plainProblems(units: OutputUnit[], schema: JsonSchema, value: unknown, basePath: string): FeedProblem[] {
  // The failed branches of a oneOf ("a string, or an object with a2/b1/c1") make one message.
  const oneOfs = units.filter((u) => u.keyword === 'oneOf').map((u) => `${u.keywordLocation}/`);
  const problems: FeedProblem[] = [];
  const seen = new Set<string>();
  for (const unit of units) {
    if (CONTAINER_KEYWORDS.has(unit.keyword)) continue;
    if (oneOfs.some((prefix) => unit.keywordLocation.startsWith(prefix))) continue;
    const location = basePath + toPointer(unit.instanceLocation);
    const problem = describe(unit, location, schema, value, basePath);
    const key = `${problem.path}\n${problem.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      problems.push(problem);
    }
  }
  return problems;
}

function describe(unit: OutputUnit, path: string, schema: JsonSchema, root: unknown, basePath: string): FeedProblem {
  const quoted = /"([^"]*)"/.exec(unit.error)?.[1] ?? '';
  const at = (pointer: string) => resolvePointer(root, pointer.slice(basePath.length));
  const rule = resolvePointer(schema, unit.keywordLocation.replace(/^#/, '').replace(/\/[^/]+$/, '')) as
    | JsonSchema
    | undefined;
  switch (unit.keyword) {
    case 'required':
      return { path: `${path}/${pointerSegment(quoted)}`, message: msg(str`Het veld "${quoted}" ontbreekt.`) };
    case 'additionalProperties':
      return { path: `${path}/${pointerSegment(quoted)}`, message: msg(str`Onbekend veld "${quoted}".`) };
    case 'type': {
      const expected = /Expected "([^"]*)"/.exec(unit.error)?.[1] ?? '';
      return {
        path,
        message: msg(str`Hier hoort ${typeName(expected)}, maar er staat ${typeName(jsonType(at(path)))}.`),
      };
    }
    case 'enum': {
      const options = Array.isArray(rule?.enum) ? (rule.enum as unknown[]).join(', ') : '';
      return { path, message: msg(str`Onbekende waarde ${JSON.stringify(at(path))}. Kies uit: ${options}.`) };
    }
    case 'const':
      return { path, message: msg(str`Hier hoort ${JSON.stringify(rule?.const)}.`) };
    case 'oneOf': {
      const oneOf = resolvePointer(schema, unit.keywordLocation.replace(/^#/, '').replace(/\/oneOf$/, '')) as
        | JsonSchema
        | undefined;
      const hint = typeof oneOf?.description === 'string' ? ` ${firstSentence(oneOf.description)}` : '';
      return { path, message: msg(str`Deze waarde heeft niet de juiste vorm.`) + hint };
    }
    case 'pattern': {
      const hint = typeof rule?.description === 'string' ? ` ${firstSentence(rule.description)}` : '';
      return { path, message: msg(str`De vorm klopt niet.`) + hint };
    }
    case 'minLength':
      return { path, message: msg('Deze tekst is leeg.') };
    case 'minItems':
      return { path, message: msg('Deze lijst is leeg.') };
    case 'minProperties':
    case 'maxProperties':
      return { path, message: msg('Hier hoort een object met precies de verwachte velden.') };
    case 'uniqueItems':
      return { path, message: msg('Deze lijst noemt iets dubbel.') };
    case 'minimum':
      return { path, message: msg('Dit getal is te klein.') };
    default:
      return { path, message: unit.error };
  }
}

function firstSentence(text: string): string {
  const match = /^[^.]*\./.exec(text);
  return match ? match[0] : text;
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function typeName(type: string): string {
  switch (type) {
    case 'string':
      return msg('een tekst');
    case 'number':
      return msg('een getal');
    case 'integer':
      return msg('een heel getal');
    case 'boolean':
      return msg('true of false');
    case 'object':
      return msg('een object');
    case 'array':
      return msg('een lijst');
    case 'null':
      return 'null';
    default:
      return msg('niets');
  }
}

/** The validator's instance locations are URI fragments ("#/a~1b/%C3%BC"); we report plain
 * JSON Pointers ("/a~1b/ü"). */
function toPointer(location: string): string {
  return location
    .replace(/^#/, '')
    .split('/')
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    })
    .join('/');
}

/** Reads a JSON Pointer ("/regelingen/3/title"); undefined when it leads nowhere. */
export function resolvePointer(root: unknown, pointer: string): unknown {
  if (pointer === '') return root;
  let node: unknown = root;
  for (const raw of pointer.replace(/^\//, '').split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** Escapes one JSON Pointer segment. */
export function pointerSegment(key: string | number): string {
  return String(key).replace(/~/g, '~0').replace(/\//g, '~1');
}

export interface CollectionResult<T> {
  items: T[];
  problems: FeedProblem[];
}

/**
 * Validates a list item by item, so one broken item is skipped and reported while the others
 * still render. `check` adds the checks a schema cannot express; it may return a cleaned item
 * (with an unsafe link removed, say) or undefined to skip the item.
 */
export function validateItems<T>(
  list: readonly unknown[],
  listPath: string,
  validateItem: (value: unknown, basePath: string) => FeedProblem[],
  check?: (item: T, path: string, problems: FeedProblem[]) => T | undefined,
): CollectionResult<T> {
  const items: T[] = [];
  const problems: FeedProblem[] = [];
  list.forEach((value, index) => {
    const path = `${listPath}/${index}`;
    const itemProblems = validateItem(value, path);
    if (itemProblems.length > 0) {
      problems.push(...itemProblems);
      return;
    }
    const checked = check ? check(value as T, path, problems) : (value as T);
    if (checked !== undefined) items.push(checked);
  });
  return { items, problems };
}

import { isObject, jsonType, pointerSegment, type JsonValue } from './json-value.js';
import type { FeedProblem, ProblemParams } from './problems.js';

/**
 * Feeds are checked against their JSON Schemas by a small interpreter of the keywords the
 * schemas use (SCHEMA_KEYWORDS). scripts/generate-schemas.mjs writes the schemas into
 * src/generated/ without their documentation and refuses any other keyword, so what ships is
 * data, a few KiB, not code: nothing is generated or evaluated in the browser (strict
 * Content-Security-Policy holds). Ajv, the reference, checks in the tests that both agree.
 */

/** A feed schema as the widgets ship it: the keywords below, nothing else. */
export interface Schema {
  readonly type?: 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean' | 'null';
  readonly enum?: readonly (string | number | boolean | null)[];
  readonly const?: string | number | boolean | null;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly items?: Schema;
  readonly minItems?: number;
  readonly maxItems?: number;
  /** Only for lists of texts, numbers or booleans (the generator refuses others). */
  readonly uniqueItems?: boolean;
  readonly properties?: Readonly<Record<string, Schema>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: false | Schema;
  readonly propertyNames?: Schema;
  readonly minProperties?: number;
  readonly maxProperties?: number;
  readonly allOf?: readonly Schema[];
  readonly anyOf?: readonly Schema[];
  readonly oneOf?: readonly Schema[];
  /** Kept where a problem quotes it as a hint: on a oneOf, anyOf or pattern. */
  readonly description?: string;
}

/** The keywords the interpreter knows; the generator refuses a schema with any other. */
export const SCHEMA_KEYWORDS: ReadonlySet<string> = new Set([
  'type', 'enum', 'const', 'minLength', 'maxLength', 'pattern', 'minimum', 'maximum', 'items', 'minItems',
  'maxItems', 'uniqueItems', 'properties', 'required', 'additionalProperties', 'propertyNames',
  'minProperties', 'maxProperties', 'allOf', 'anyOf', 'oneOf', 'description',
]);

/** One failed keyword, in the shape Ajv reports it (with `verbose`), so both can be compared. */
export interface SchemaError {
  /** JSON Pointer of the failing value inside the validated value. */
  instancePath: string;
  /** Where the keyword sits in the schema, e.g. "#/properties/id/pattern". */
  schemaPath: string;
  keyword: string;
  params: Readonly<Record<string, unknown>>;
  /** The schema object that holds the keyword; its `description` gives a hint. */
  parentSchema?: { readonly description?: unknown };
  /** The failing value. */
  data?: unknown;
}

/** Validates a JSON value; `basePath` is where it sits in the feed. No problems: valid. */
export type Validate = (value: JsonValue, basePath: string) => FeedProblem[];

export function validatorFrom(schema: Schema): Validate {
  const rule = prepare(schema);
  return (value, basePath) => (check(rule, value) ? [] : problemsFrom(errorsOf(rule, value), basePath));
}

/** The errors of one value against a schema, each keyword's as Ajv reports them. */
export function schemaErrors(schema: Schema, value: unknown): SchemaError[] {
  return errorsOf(prepare(schema), value);
}

/**
 * A schema node with every keyword in the same place, absent ones undefined: the walk reads
 * them from objects of one shape, which keeps it fast. Made once per node (shared blocks too).
 */
class Rule {
  readonly type: Schema['type'];
  readonly enum: Schema['enum'];
  readonly const: Schema['const'];
  readonly minLength: number | undefined;
  readonly maxLength: number | undefined;
  readonly pattern: RegExp | undefined;
  readonly minimum: number | undefined;
  readonly maximum: number | undefined;
  readonly items: Rule | undefined;
  readonly minItems: number | undefined;
  readonly maxItems: number | undefined;
  readonly uniqueItems: boolean;
  readonly properties: ReadonlyMap<string, Rule> | undefined;
  readonly required: readonly string[] | undefined;
  /** additionalProperties: false, a rule, or undefined (any). */
  readonly extra: false | Rule | undefined;
  readonly propertyNames: Rule | undefined;
  readonly minProperties: number | undefined;
  readonly maxProperties: number | undefined;
  readonly allOf: readonly Rule[] | undefined;
  readonly anyOf: readonly Rule[] | undefined;
  readonly oneOf: readonly Rule[] | undefined;

  constructor(readonly schema: Schema) {
    const child = (node: Schema | undefined) => (node ? prepare(node) : undefined);
    const list = (nodes: readonly Schema[] | undefined) => nodes?.map(prepare);
    this.type = schema.type;
    this.enum = schema.enum;
    this.const = schema.const;
    this.minLength = schema.minLength;
    this.maxLength = schema.maxLength;
    this.pattern = schema.pattern === undefined ? undefined : new RegExp(schema.pattern, 'u');
    this.minimum = schema.minimum;
    this.maximum = schema.maximum;
    this.items = child(schema.items);
    this.minItems = schema.minItems;
    this.maxItems = schema.maxItems;
    this.uniqueItems = schema.uniqueItems === true;
    this.properties = schema.properties && new Map(Object.entries(schema.properties).map(([key, node]) => [key, prepare(node)]));
    this.required = schema.required;
    this.extra = schema.additionalProperties === false ? false : child(schema.additionalProperties);
    this.propertyNames = child(schema.propertyNames);
    this.minProperties = schema.minProperties;
    this.maxProperties = schema.maxProperties;
    this.allOf = list(schema.allOf);
    this.anyOf = list(schema.anyOf);
    this.oneOf = list(schema.oneOf);
  }
}

const prepared = new WeakMap<Schema, Rule>();
function prepare(schema: Schema): Rule {
  let rule = prepared.get(schema);
  if (!rule) prepared.set(schema, (rule = new Rule(schema)));
  return rule;
}

/**
 * Where the walk is: `at` holds the value's path and `rule` the schema's, segment by segment,
 * pushed and popped, so the walk builds no strings until a keyword fails.
 */
interface Run {
  errors: SchemaError[];
  at: (string | number)[];
  rule: (string | number)[];
}

function errorsOf(rule: Rule, value: unknown): SchemaError[] {
  const run: Run = { errors: [], at: [], rule: [] };
  check(rule, value, run);
  return run.errors;
}

const pointer = (segments: readonly (string | number)[]) => segments.map((s) => `/${pointerSegment(s)}`).join('');

/**
 * A keyword failed. Without a run (the quick yes/no pass) there is nothing to record: false
 * stops the walk. With a run the error is recorded and the walk goes on, to find them all.
 */
function fail(run: Run | undefined, rule: Rule, keyword: string, params: Record<string, unknown>, data: unknown): boolean {
  if (!run) return false;
  run.errors.push({
    instancePath: pointer(run.at),
    schemaPath: `#${pointer(run.rule)}/${keyword}`,
    keyword,
    params,
    parentSchema: rule.schema,
    data,
  });
  return true;
}

/** `check` one step down in the schema (`step`, and `index` when given), and with `key` one step down in the value. */
function checkAt(run: Run | undefined, rule: Rule, data: unknown, step: string, index?: string | number, key?: string | number): boolean {
  if (!run) return check(rule, data);
  const depth = run.rule.length;
  run.rule.push(step);
  if (index !== undefined) run.rule.push(index);
  if (key !== undefined) run.at.push(key);
  check(rule, data, run);
  if (key !== undefined) run.at.pop();
  run.rule.length = depth;
  return true;
}

function hasType(value: unknown, type: NonNullable<Schema['type']>): boolean {
  switch (type) {
    case 'object':
      return isObject(value);
    case 'array':
      return Array.isArray(value);
    case 'null':
      return value === null;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'integer':
      return Number.isInteger(value);
    default:
      return typeof value === type;
  }
}

/**
 * Checks `data` against a rule. Without `run`: whether it is valid, stopping at the first failed
 * keyword (most feed items are valid, so this is the pass that counts). With `run`: every failed
 * keyword, recorded there. Each `if (… && !fail(…)) return false` below stops only the quick
 * pass. The helpers for texts, numbers, lists and objects work the same way.
 */
function check(rule: Rule, data: unknown, run?: Run): boolean {
  if (rule.type !== undefined && !hasType(data, rule.type) && !fail(run, rule, 'type', { type: rule.type }, data)) return false;
  if (typeof data === 'string') {
    if (!checkText(rule, data, run)) return false;
  } else if (typeof data === 'number') {
    // Like Ajv: an infinite number (JSON's 1e400) fails `type` and is not compared with limits.
    if (Number.isFinite(data) && !checkNumber(rule, data, run)) return false;
  } else if (Array.isArray(data)) {
    if (!checkList(rule, data, run)) return false;
  } else if (isObject(data) && !checkObject(rule, data, run)) return false;
  if (rule.enum !== undefined && !rule.enum.includes(data as never) && !fail(run, rule, 'enum', { allowedValues: rule.enum }, data)) return false;
  if (rule.const !== undefined && rule.const !== data && !fail(run, rule, 'const', { allowedValue: rule.const }, data)) return false;
  if (rule.allOf) {
    for (let i = 0; i < rule.allOf.length; i++) if (!checkAt(run, rule.allOf[i]!, data, 'allOf', i)) return false;
  }
  if (rule.anyOf && !checkBranches(rule, 'anyOf', rule.anyOf, data, run)) return false;
  if (rule.oneOf && !checkBranches(rule, 'oneOf', rule.oneOf, data, run)) return false;
  return true;
}

function checkText(rule: Rule, data: string, run: Run | undefined): boolean {
  const { maxLength, minLength, pattern } = rule;
  if (maxLength !== undefined && data.length > maxLength && !fail(run, rule, 'maxLength', { limit: maxLength }, data)) return false;
  if (minLength !== undefined && data.length < minLength && !fail(run, rule, 'minLength', { limit: minLength }, data)) return false;
  if (pattern !== undefined && !pattern.test(data) && !fail(run, rule, 'pattern', { pattern: pattern.source }, data)) return false;
  return true;
}

function checkNumber(rule: Rule, data: number, run: Run | undefined): boolean {
  const { maximum, minimum } = rule;
  if (maximum !== undefined && !(data <= maximum) && !fail(run, rule, 'maximum', { comparison: '<=', limit: maximum }, data)) return false;
  if (minimum !== undefined && !(data >= minimum) && !fail(run, rule, 'minimum', { comparison: '>=', limit: minimum }, data)) return false;
  return true;
}

function checkList(rule: Rule, data: readonly unknown[], run: Run | undefined): boolean {
  const { maxItems, minItems, items } = rule;
  if (maxItems !== undefined && data.length > maxItems && !fail(run, rule, 'maxItems', { limit: maxItems }, data)) return false;
  if (minItems !== undefined && data.length < minItems && !fail(run, rule, 'minItems', { limit: minItems }, data)) return false;
  if (items) {
    for (let i = 0; i < data.length; i++) if (!checkAt(run, items, data[i], 'items', undefined, i)) return false;
  }
  if (rule.uniqueItems && data.length > 1) {
    // Ajv's order: from the end, the first value seen twice; items of another type are skipped.
    const seen = new Map<unknown, number>();
    for (let i = data.length - 1; i >= 0; i--) {
      const item = data[i];
      if (items?.type !== undefined && !hasType(item, items.type)) continue;
      const j = seen.get(item);
      if (j !== undefined) return fail(run, rule, 'uniqueItems', { i, j }, data);
      seen.set(item, i);
    }
  }
  return true;
}

/** Fields are checked in the value's own order, so problems follow the feed as it is written. */
function checkObject(rule: Rule, data: Readonly<Record<string, unknown>>, run: Run | undefined): boolean {
  const { maxProperties, minProperties, required, propertyNames, properties, extra } = rule;
  if (maxProperties !== undefined || minProperties !== undefined) {
    const count = Object.keys(data).length;
    if (maxProperties !== undefined && count > maxProperties && !fail(run, rule, 'maxProperties', { limit: maxProperties }, data)) return false;
    if (minProperties !== undefined && count < minProperties && !fail(run, rule, 'minProperties', { limit: minProperties }, data)) return false;
  }
  if (required) {
    for (const field of required) {
      if (!Object.hasOwn(data, field) && !fail(run, rule, 'required', { missingProperty: field }, data)) return false;
    }
  }
  // A JSON object has only its own fields: for…in visits exactly those, without a list of keys.
  for (const key in data) {
    if (propertyNames) {
      const before = run?.errors.length ?? 0;
      if (!checkAt(run, propertyNames, key, 'propertyNames')) return false;
      if (run && run.errors.length > before) fail(run, rule, 'propertyNames', { propertyName: key }, data);
    }
    const field = properties?.get(key);
    if (field) {
      if (!checkAt(run, field, data[key], 'properties', key, key)) return false;
    } else if (extra === false) {
      if (!fail(run, rule, 'additionalProperties', { additionalProperty: key }, data)) return false;
    } else if (extra && !checkAt(run, extra, data[key], 'additionalProperties', undefined, key)) return false;
  }
  return true;
}

/**
 * anyOf: some branch fits; oneOf: exactly one does. Which branches fit is found by the quick
 * pass; only when the keyword fails are the failed branches' errors recorded, before its own.
 */
function checkBranches(rule: Rule, keyword: 'anyOf' | 'oneOf', branches: readonly Rule[], data: unknown, run: Run | undefined): boolean {
  let passing = 0;
  for (const branch of branches) if (check(branch, data)) passing++;
  if (keyword === 'anyOf' ? passing > 0 : passing === 1) return true;
  if (!run) return false;
  const fits: number[] = [];
  branches.forEach((branch, i) => (check(branch, data) ? fits.push(i) : checkAt(run, branch, data, keyword, i)));
  return fail(run, rule, keyword, keyword === 'oneOf' ? { passingSchemas: fits.length > 1 ? fits.slice(0, 2) : null } : {}, data);
}

/** Keywords that say "none (or not exactly one) of these forms fits". */
const SHAPE_KEYWORDS = new Set(['oneOf', 'anyOf']);

const under = (path: string, parent: string) => path === parent || path.startsWith(`${parent}/`);

/**
 * Turns schema errors into problems. The failed branches of a oneOf ("a string, or an object
 * with a2/b1/c1") make one `shape` problem: each branch's errors come just before the oneOf's
 * own, at or below its value, with the oneOf's schema path as prefix (as Ajv reports them too).
 */
export function problemsFrom(errors: readonly SchemaError[], basePath: string): FeedProblem[] {
  const kept: SchemaError[] = [];
  for (const error of errors) {
    if (SHAPE_KEYWORDS.has(error.keyword)) {
      const branches = `${error.schemaPath}/`;
      while (kept.length > 0) {
        const last = kept[kept.length - 1]!;
        if (!under(last.instancePath, error.instancePath) || !last.schemaPath.startsWith(branches)) break;
        kept.pop();
      }
    }
    kept.push(error);
  }
  const problems: FeedProblem[] = [];
  const seen = new Set<string>();
  for (const error of kept) {
    const problem = toProblem(error, basePath);
    const key = `${problem.path}\n${problem.code}`;
    if (!seen.has(key)) {
      seen.add(key);
      problems.push(problem);
    }
  }
  return problems;
}

function toProblem(error: SchemaError, basePath: string): FeedProblem {
  const path = basePath + error.instancePath;
  const p = error.params;
  const problem = (code: FeedProblem['code'], params?: ProblemParams, at = path): FeedProblem =>
    params ? { path: at, code, params } : { path: at, code };
  const limit = typeof p.limit === 'number' ? p.limit : undefined;
  switch (error.keyword) {
    case 'required': {
      const field = String(p.missingProperty);
      return problem('required', { field }, `${path}/${pointerSegment(field)}`);
    }
    case 'additionalProperties': {
      const field = String(p.additionalProperty);
      return problem('unknown-field', { field }, `${path}/${pointerSegment(field)}`);
    }
    case 'type':
      return problem('type', {
        expected: Array.isArray(p.type) ? p.type.join(',') : String(p.type),
        actual: jsonType(error.data),
      });
    case 'enum':
      return problem('enum', {
        value: shortJson(error.data),
        options: Array.isArray(p.allowedValues) ? p.allowedValues.map((v) => (typeof v === 'string' ? v : shortJson(v))).join(', ') : '',
      });
    case 'const':
      return problem('const', { expected: shortJson(p.allowedValue) });
    case 'oneOf':
    case 'anyOf':
      return problem('shape', hintOf(error));
    case 'pattern':
      return problem('pattern', hintOf(error));
    case 'minLength':
      return limit === 1 ? problem('empty-text') : problem('invalid', { keyword: error.keyword });
    case 'minItems':
      return limit === 1 ? problem('empty-list') : problem('invalid', { keyword: error.keyword });
    case 'maxLength':
    case 'maxItems':
      return problem('too-long', { max: limit ?? 0 });
    case 'minProperties':
    case 'maxProperties':
      return problem('object-fields');
    case 'uniqueItems':
      return problem('duplicate-in-list');
    case 'minimum':
      return problem('too-small', { min: limit ?? 0 });
    case 'maximum':
      return problem('too-large', { max: limit ?? 0 });
    default:
      return problem('invalid', { keyword: error.keyword });
  }
}

/** The first sentence of the schema's description: data from the schema, not a core sentence. */
function hintOf(error: SchemaError): ProblemParams | undefined {
  const description = error.parentSchema?.description;
  if (typeof description !== 'string' || description === '') return undefined;
  return { hint: firstSentence(description) };
}

/**
 * What a problem quotes of a description: its first sentence, up to a full stop before a space or
 * the end ("bijvoorbeeld "1.1.1"." is one sentence). The generator ships no more of it.
 */
export function firstSentence(description: string): string {
  return /^[\s\S]*?\.(?=\s|$)/.exec(description)?.[0] ?? description;
}

/** A value as short JSON text, for a message that quotes it. */
function shortJson(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
  if (Array.isArray(value)) return '[…]';
  if (value !== null && typeof value === 'object') return '{…}';
  return String(value);
}

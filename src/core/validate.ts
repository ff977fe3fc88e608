import { jsonType, pointerSegment, type JsonValue } from './json-value.js';
import type { FeedProblem, ProblemParams } from './problems.js';

/**
 * Feeds are validated by functions compiled from the JSON Schemas at build time
 * (scripts/generate-validators.mjs writes src/generated/validators.js with Ajv's standalone
 * mode). They are plain code, so widgets keep working on pages with a strict
 * Content-Security-Policy: nothing is generated or evaluated in the browser.
 */

/** One error as a compiled validator reports it (Ajv's shape, with `verbose: true`). */
export interface SchemaError {
  /** JSON Pointer of the failing value inside the validated value. */
  instancePath: string;
  /** Where the rule sits in the (sub)schema that holds it, e.g. "#/properties/id/pattern". */
  schemaPath: string;
  keyword: string;
  params: Readonly<Record<string, unknown>>;
  /** The schema object that holds the keyword; its `description` gives a hint. */
  parentSchema?: { readonly description?: unknown };
  /** The failing value. */
  data?: unknown;
}

/** A compiled validator: true when valid, else its `errors` say why. */
export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: readonly SchemaError[] | null;
}

/** Validates a JSON value; `basePath` is where it sits in the feed. No problems: valid. */
export type Validate = (value: JsonValue, basePath: string) => FeedProblem[];

export function validatorFrom(compiled: CompiledValidator): Validate {
  return (value, basePath) => (compiled(value) ? [] : problemsFrom(compiled.errors ?? [], basePath));
}

/** Keywords that say "none (or not exactly one) of these forms fits". */
const SHAPE_KEYWORDS = new Set(['oneOf', 'anyOf']);

const under = (path: string, parent: string) => path === parent || path.startsWith(`${parent}/`);

/**
 * Turns a validator's errors into problems. The failed branches of a oneOf ("a string, or an
 * object with a2/b1/c1") make one `shape` problem: the compiler reports each branch's errors
 * just before the oneOf's own, at or below its value, with the oneOf's schema path as prefix.
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
    case 'exclusiveMinimum':
      return problem('too-small', { min: limit ?? 0 });
    case 'maximum':
    case 'exclusiveMaximum':
      return problem('too-large', { max: limit ?? 0 });
    default:
      return problem('invalid', { keyword: error.keyword });
  }
}

/** The first sentence of the schema's description: data from the schema, not a core sentence. */
function hintOf(error: SchemaError): ProblemParams | undefined {
  const description = error.parentSchema?.description;
  if (typeof description !== 'string' || description === '') return undefined;
  return { hint: /^[^.]*\./.exec(description)?.[0] ?? description };
}

/** A value as short JSON text, for a message that quotes it. */
function shortJson(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
  if (Array.isArray(value)) return '[…]';
  if (value !== null && typeof value === 'object') return '{…}';
  return String(value);
}

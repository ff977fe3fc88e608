/**
 * A small JSON Logic evaluator for the eligibility rules of regelingen.
 *
 * Why not json-logic-js: it cannot tell which condition failed, and it has no notion of a
 * question the resident has not answered yet. Here an absent answer makes a result *unknown*
 * (`undefined`), and unknown travels through the logic the way a careful reader would reason:
 * `and` with one false part is false whatever the unknown parts turn out to be.
 *
 * Only a fixed subset of JSON Logic is supported (see OPERATORS). Choices:
 * - `==` and `===` are the same: strict equality without type coercion. Arrays compare by content.
 * - `<`, `<=`, `>`, `>=` compare numbers only; any other known type (text, null, ...) gives false.
 *   An unknown operand gives unknown, even next to a non-number.
 * - `and`, `or` and `!` always give a boolean (or unknown), not one of their operands.
 * - Arrays written in a rule are plain data: they may hold literals, not operations.
 * - `var` with a default uses the default when the answer is absent: the default counts as an answer.
 */

/** A value a rule can produce; `undefined` means unknown (an answer is missing). */
export type RuleValue = string | number | boolean | null | RuleValue[] | undefined;
/** A rule as JSON data: a literal, or an object with one operator. */
export type Rule = RuleValue | { [operator: string]: Rule | Rule[] };
/** The resident's answers. An absent (undefined) answer makes dependent results unknown. */
export type Facts = Readonly<Record<string, unknown>>;

/** The operators a rule may use, in the order editors see them in messages. */
export const OPERATORS: readonly string[] = ['var', '==', '!=', '===', '!==', '<', '<=', '>', '>=', 'and', 'or', '!', 'in'];

/** A problem in a rule. `path` is a JSON Pointer relative to the rule: "" is the rule itself. */
export interface RuleProblem {
  path: string;
  message: string;
}

/** Thrown by evaluate for a rule that validateRule rejects; never for missing answers. */
export class RuleError extends Error {
  readonly path: string;
  constructor(message: string, path: string) {
    super(message);
    this.name = 'RuleError';
    this.path = path;
  }
}

/** Allowed argument counts: [min, max]. A non-array argument counts as one argument, as in JSON Logic. */
const ARITY: Record<string, readonly [number, number]> = {
  var: [1, 2],
  '==': [2, 2],
  '!=': [2, 2],
  '===': [2, 2],
  '!==': [2, 2],
  '<': [2, 3],
  '<=': [2, 3],
  '>': [2, 2],
  '>=': [2, 2],
  and: [1, Infinity],
  or: [1, Infinity],
  '!': [1, 1],
  in: [2, 2],
};

// Limits so that hostile or broken input cannot hang or overflow the stack of an editor page.
const MAX_DEPTH = 64;
const MAX_NODES = 10_000;

const isOperation = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const argsOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : [value]);

/** Escapes a key for a JSON Pointer (RFC 6901), so odd operator names still give a valid path. */
const pointer = (key: string | number) => `/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`;

function arityMessage(op: string, count: number): string {
  const [min, max] = ARITY[op]!;
  const expected =
    max === Infinity ? `minstens ${min} ${min === 1 ? 'waarde' : 'waarden'}`
    : min === max ? `${min} ${min === 1 ? 'waarde' : 'waarden'}`
    : `${min} of ${max} waarden`;
  return `"${op}" verwacht ${expected}, maar kreeg er ${count}.`;
}

/**
 * Checks a rule and returns every problem, with a path, in plain Dutch for a web editor.
 * An empty list means evaluate will not throw. Never throws, whatever the input.
 */
export function validateRule(rule: unknown): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const ancestors = new Set<object>();
  let nodes = 0;

  const literal = (value: unknown, path: string, depth: number): void => {
    if (Array.isArray(value)) {
      if (!enter(value, path, depth)) return;
      value.forEach((item, i) => {
        if (isOperation(item)) {
          problems.push({ path: path + pointer(i), message: 'In een lijst mogen alleen vaste waarden staan (tekst, getallen, true, false, null), geen bewerkingen.' });
        } else literal(item, path + pointer(i), depth + 1);
      });
      ancestors.delete(value);
    } else if (!['string', 'number', 'boolean'].includes(typeof value) && value !== null) {
      problems.push({ path, message: 'Ongeldige waarde: gebruik tekst, een getal, true, false, null, een lijst of een bewerking.' });
    }
  };

  // Guards every object or array: against cycles, too deep nesting and too many parts.
  const enter = (value: object, path: string, depth: number): boolean => {
    if (ancestors.has(value)) {
      problems.push({ path, message: 'De regel verwijst naar zichzelf.' });
      return false;
    }
    if (depth > MAX_DEPTH) {
      problems.push({ path, message: `De regel is te diep genest (meer dan ${MAX_DEPTH} niveaus).` });
      return false;
    }
    if (++nodes > MAX_NODES) {
      if (nodes === MAX_NODES + 1) problems.push({ path, message: `De regel is te groot (meer dan ${MAX_NODES} onderdelen).` });
      return false;
    }
    ancestors.add(value);
    return true;
  };

  const check = (value: unknown, path: string, depth: number): void => {
    if (!isOperation(value)) return literal(value, path, depth);
    if (!enter(value, path, depth)) return;
    const keys = Object.keys(value);
    const op = keys[0];
    if (keys.length !== 1 || op === undefined) {
      problems.push({
        path,
        message:
          keys.length === 0
            ? 'Lege bewerking: een bewerking is een object met precies één sleutel, zoals {"var": "leeftijd"}.'
            : `Een bewerking heeft precies één sleutel, zoals {"var": "leeftijd"}; dit object heeft er ${keys.length}: ${keys.join(', ')}.`,
      });
    } else if (!Object.hasOwn(ARITY, op)) {
      problems.push({ path: path + pointer(op), message: `Onbekende bewerking "${op}". Toegestaan: ${OPERATORS.join(', ')}.` });
    } else {
      const argsPath = path + pointer(op);
      const raw = value[op];
      const args = argsOf(raw);
      const [min, max] = ARITY[op]!;
      if (args.length < min || args.length > max) {
        problems.push({ path: argsPath, message: arityMessage(op, args.length) });
      } else if (op === 'var') {
        const namePath = Array.isArray(raw) ? argsPath + pointer(0) : argsPath;
        if (typeof args[0] !== 'string') {
          problems.push({ path: namePath, message: 'De naam bij "var" moet tekst zijn, zoals {"var": "leeftijd"}.' });
        } else if (args[0] === '') {
          problems.push({ path: namePath, message: 'De naam bij "var" is leeg.' });
        }
        if (args.length === 2) check(args[1], argsPath + pointer(1), depth + 2);
      } else if (Array.isArray(raw)) {
        if (enter(raw, argsPath, depth + 1)) {
          raw.forEach((arg, i) => check(arg, argsPath + pointer(i), depth + 2));
          ancestors.delete(raw);
        }
      } else {
        check(raw, argsPath, depth + 1);
      }
    }
    ancestors.delete(value);
  };

  try {
    check(rule, '', 0);
  } catch {
    // Getters or proxies that throw: report instead of breaking the editor.
    problems.push({ path: '', message: 'De regel kan niet worden gelezen.' });
  }
  return problems;
}

/** JSON Logic truthiness: like JavaScript, except that an empty array is false. */
function truthy(value: RuleValue): boolean {
  return Array.isArray(value) ? value.length > 0 : Boolean(value);
}

/** Three-valued truth of a value: undefined stays unknown. */
const truth3 = (value: RuleValue): boolean | undefined => (value === undefined ? undefined : truthy(value));

/** Strict equality; arrays by content, since an answer list is never the same object as a rule's list. */
function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => same(x, b[i]));
  return a === b;
}

/** Follows a dotted path through own properties only, so "constructor" is not an answer. */
function lookup(facts: unknown, name: string): unknown {
  let value = facts;
  for (const key of name.split('.')) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function compare(op: string, a: RuleValue, b: RuleValue): boolean | undefined {
  if (a === undefined || b === undefined) return undefined;
  if (typeof a !== 'number' || typeof b !== 'number') return false; // type mismatch: false, not unknown
  return op === '<' ? a < b : op === '<=' ? a <= b : op === '>' ? a > b : a >= b;
}

/** `and` over three values: one false decides; otherwise one unknown makes it unknown. */
function and3(values: readonly (boolean | undefined)[]): boolean | undefined {
  if (values.includes(false)) return false;
  return values.includes(undefined) ? undefined : true;
}

function or3(values: readonly (boolean | undefined)[]): boolean | undefined {
  if (values.includes(true)) return true;
  return values.includes(undefined) ? undefined : false;
}

// Runs a rule that validateRule accepted, so the shapes below are known to be right.
function run(rule: Rule, facts: Facts): RuleValue {
  if (!isOperation(rule)) return rule; // literals, including arrays of literals
  const op = Object.keys(rule)[0]!;
  const raw = rule[op];
  if (op === 'var') {
    const [name, fallback] = argsOf(raw) as [string, Rule?];
    const value = lookup(facts, name);
    return value === undefined && fallback !== undefined ? run(fallback, facts) : (value as RuleValue);
  }
  const args = argsOf(raw).map((arg) => run(arg as Rule, facts));
  const [a, b] = args;
  switch (op) {
    case '==':
    case '===':
      return a === undefined || b === undefined ? undefined : same(a, b);
    case '!=':
    case '!==':
      return a === undefined || b === undefined ? undefined : !same(a, b);
    case '<':
    case '<=':
    case '>':
    case '>=':
      // The between form {"<": [a, b, c]} is a < b and b < c.
      return args.length === 3 ? and3([compare(op, a, b), compare(op, b, args[2])]) : compare(op, a, b);
    case 'and':
      return and3(args.map(truth3));
    case 'or':
      return or3(args.map(truth3));
    case '!': {
      const t = truth3(a);
      return t === undefined ? undefined : !t;
    }
    case 'in':
      if (a === undefined || b === undefined) return undefined;
      if (Array.isArray(b)) return b.some((item) => same(item, a));
      return typeof b === 'string' && typeof a === 'string' ? b.includes(a) : false;
  }
  throw new RuleError(`Onbekende bewerking "${op}".`, pointer(op)); // unreachable after validation
}

/**
 * Evaluates a rule against the answers. A missing answer gives `undefined` (unknown), never an
 * error. Throws a RuleError, with the path of the first problem, only for a rule that
 * validateRule rejects.
 */
export function evaluate(rule: Rule, facts: Facts): RuleValue {
  const [problem] = validateRule(rule);
  if (problem) throw new RuleError(problem.message, problem.path);
  return run(rule, facts);
}

/** Evaluates a rule as a condition: true, false, or undefined when it depends on a missing answer. */
export function truth(rule: Rule, facts: Facts): boolean | undefined {
  return truth3(evaluate(rule, facts));
}

/**
 * The answer names a rule reads (`var`), unique, in order of appearance. A question whose name
 * no remaining rule uses need not be asked.
 */
export function factsUsed(rule: Rule): string[] {
  const names = new Set<string>();
  const seen = new Set<object>(); // so a cyclic or shared object is walked once
  const walk = (value: unknown): void => {
    if (typeof value !== 'object' || value === null || seen.has(value)) return;
    seen.add(value);
    if (Array.isArray(value)) return value.forEach(walk);
    for (const [op, raw] of Object.entries(value)) {
      if (op === 'var') {
        const [name, fallback] = argsOf(raw);
        if (typeof name === 'string' && name !== '') names.add(name);
        walk(fallback);
      } else walk(raw);
    }
  };
  walk(rule);
  return [...names];
}

export type ConditionStatus = 'met' | 'not-met' | 'unknown';

/** One eligibility condition of a regeling; extra fields (texts, source) travel along. */
export interface Condition {
  id: string;
  rule: Rule;
}

export interface ConditionResult<C extends Condition = Condition> {
  condition: C;
  status: ConditionStatus;
}

/**
 * The status of each condition, in order, so the widget can say which condition is met, not
 * met or still open. Throws a RuleError for an invalid rule (feeds are validated on load).
 */
export function explain<C extends Condition>(conditions: readonly C[], facts: Facts): ConditionResult<C>[] {
  return conditions.map((condition) => {
    const t = truth(condition.rule, facts);
    return { condition, status: t === undefined ? 'unknown' : t ? 'met' : 'not-met' };
  });
}

/** The answer the resident sees. */
export type Outcome = 'wel' | 'misschien' | 'niet';

/** Any condition not met: 'niet'; all met (or none at all): 'wel'; otherwise 'misschien'. */
export function outcome(results: readonly ConditionResult[]): Outcome {
  if (results.some((r) => r.status === 'not-met')) return 'niet';
  return results.every((r) => r.status === 'met') ? 'wel' : 'misschien';
}

/**
 * True when no missing answer can change the outcome any more: a condition is already not met,
 * or all are met. Then the check can stop asking questions for this regeling.
 */
export function decided(conditions: readonly Condition[], facts: Facts): boolean {
  return outcome(explain(conditions, facts)) !== 'misschien';
}

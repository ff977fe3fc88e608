/**
 * JSON Logic for the eligibility rules of regelingen.
 *
 * Feed editors try their rules in JSON Logic playgrounds, so for the operators in OPERATORS a
 * rule gives here exactly what json-logic-js (2.0.5, the reference implementation) gives, as
 * long as every answer the rule reads is present: `==` and `!=` compare loosely, `<` `<=` `>`
 * `>=` convert like JavaScript ("2" > 1), `and` and `or` return one of their operands, `var`
 * follows dotted paths and array indexes ("kinderen.0.leeftijd"), truthiness is JSON Logic's
 * (an empty list is false).
 *
 * The one difference: a missing answer. json-logic-js reads it as null; here a `var` whose answer
 * is absent (undefined) and that has no default makes the result unknown (`undefined`), and
 * unknown travels the way a careful reader reasons: `and` with one false part is false, `or`
 * with one true part is true, a comparison with an unknown side is unknown, a list holding an
 * unknown is unknown. When a missing answer leaves open the value but not the truth (`and` of a
 * missing answer and 0), the result is `false` or `true`. A known truth never changes when more
 * answers arrive (unless a `var` default stood in for an answer that then arrives).
 *
 * Within JSON Logic, validateRule accepts this subset (evaluate throws a RuleError otherwise):
 * - Only the operators in OPERATORS, each with the argument counts in ARITY (json-logic-js
 *   ignores extra arguments; here they are an error). An object is an operation with one key.
 * - `var` takes a name (text, or a number as an index) or none ("", null or []: the whole data),
 *   and optionally a default, which may be any rule. A computed name ({"var": {"var": "x"}}) is
 *   refused, so the answers a rule reads are known before it runs (factsUsed).
 * - `var` reads own properties only: "constructor" or "__proto__" are no answers.
 * - Lists may hold operations, as in json-logic-js.
 * - Limits: MAX_DEPTH levels, MAX_NODES parts, no cycles.
 *
 * A rule object is compiled once, when it first runs, and must not change afterwards; checking
 * alone (validateRule, factsUsed, inspectRule) keeps nothing and reads a compiled rule no more.
 */
import type { ProblemCode, ProblemParams } from './problems.js';

/** What a rule produces: a literal, an answer (any value the facts hold), or undefined for unknown. */
export type RuleValue = unknown;
/**
 * A rule as JSON data: a literal, a list, or an object with one operator. (`undefined` in the
 * index signature only lets TypeScript accept unions of object literals; validateRule refuses it.)
 */
export type Rule = string | number | boolean | null | Rule[] | { [operator: string]: Rule | undefined };
/** The resident's answers. An absent (undefined) answer makes dependent results unknown. */
export type Facts = Readonly<Record<string, unknown>>;

/** The operators a rule may use, in the order editors see them listed. */
export const OPERATORS: readonly string[] = ['var', '==', '!=', '===', '!==', '<', '<=', '>', '>=', 'and', 'or', '!', '!!', 'in'];

export type RuleProblemCode = Extract<ProblemCode, `rule-${string}`>;

/**
 * A problem in a rule: a code of src/core/problems.ts, with the values its message needs.
 * `path` is a JSON Pointer relative to the rule: "" is the rule itself.
 */
export interface RuleProblem {
  path: string;
  code: RuleProblemCode;
  params?: ProblemParams;
}

/** Thrown by evaluate, truth and explain for a rule that validateRule rejects; never for missing answers. */
export class RuleError extends Error {
  readonly path: string;
  readonly code: RuleProblemCode;
  readonly params: ProblemParams | undefined;
  constructor(problem: RuleProblem) {
    super(problem.code); // a code, not a sentence: the interface words it
    this.name = 'RuleError';
    this.path = problem.path;
    this.code = problem.code;
    this.params = problem.params;
  }
}

/** Allowed argument counts: [min, max]. A non-list argument counts as one, as in JSON Logic. */
const ARITY: Readonly<Record<string, readonly [number, number]>> = {
  var: [0, 2],
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
  '!!': [1, 1],
  in: [2, 2],
};

// Limits so that hostile or broken input cannot hang or overflow the stack of an editor page.
const MAX_DEPTH = 64;
const MAX_NODES = 10_000;

/** Escapes a key for a JSON Pointer (RFC 6901), so odd operator names still give a valid path. */
const pointer = (key: string | number) => `/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`;

// Results inside the evaluator: a value, undefined (unknown), or one of these two when a missing
// answer leaves the value open but settles its truth.
const FALSY = Symbol('falsy, value open');
const TRUTHY = Symbol('truthy, value open');

/** A compiled rule. */
type Node = (data: unknown) => unknown;

const settled = (value: unknown) => value !== undefined && value !== FALSY && value !== TRUTHY;

/** JSON Logic truthiness (an empty list is false), with unknown kept. */
function truth3(value: unknown): boolean | undefined {
  if (value === undefined) return undefined;
  if (value === FALSY) return false;
  if (value === TRUTHY) return true;
  return Array.isArray(value) ? value.length > 0 : Boolean(value);
}

function and3(values: readonly (boolean | undefined)[]): boolean | undefined {
  if (values.includes(false)) return false;
  return values.includes(undefined) ? undefined : true;
}

/** Follows a path through own properties only, so "constructor" is not an answer. */
function lookup(data: unknown, keys: readonly string[]): unknown {
  let value = data;
  for (const key of keys) {
    if (value === null || value === undefined || !Object.hasOwn(Object(value) as object, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

// JavaScript's own operators, with their conversions, are what JSON Logic specifies.
type Compare = (a: unknown, b: unknown) => boolean;
const COMPARE: Readonly<Record<string, Compare>> = {
  '==': (a, b) => a == b,
  '!=': (a, b) => a != b,
  '===': (a, b) => a === b,
  '!==': (a, b) => a !== b,
  '<': (a, b) => (a as number) < (b as number),
  '<=': (a, b) => (a as number) <= (b as number),
  '>': (a, b) => (a as number) > (b as number),
  '>=': (a, b) => (a as number) >= (b as number),
  // As json-logic-js: text searches text (converting the needle), a list searches by ===.
  in: (a, b) => {
    if (!b) return false;
    if (typeof b === 'string') return b.indexOf(a as string) !== -1;
    return Array.isArray(b) && b.indexOf(a) !== -1;
  },
};

const compare3 = (f: Compare, a: unknown, b: unknown) => (settled(a) && settled(b) ? f(a, b) : undefined);

/**
 * `and` and `or`: the first operand whose truth is `decides`, else the last, as JSON Logic gives.
 * When an unknown operand came before the deciding one, only the truth is settled (`settledOnly`).
 */
function junction(args: readonly Node[], decides: boolean, settledOnly: unknown): Node {
  return (data) => {
    let open = false;
    let last: unknown;
    for (const arg of args) {
      last = arg(data);
      const t = truth3(last);
      if (t === decides) return open ? settledOnly : last;
      if (t === undefined) open = true;
    }
    return open ? undefined : last;
  };
}

/** Builds the node for a checked operation. */
function build(op: string, args: readonly Node[]): Node {
  const [first, second, third] = args as [Node, Node, Node?];
  switch (op) {
    case 'and':
      // The first falsy operand, else the last. A falsy one after an unknown settles only the truth.
      return junction(args, false, FALSY);
    case 'or':
      return junction(args, true, TRUTHY);
    case '!':
      return (data) => {
        const t = truth3(first(data));
        return t === undefined ? undefined : !t;
      };
    case '!!':
      return (data) => truth3(first(data));
  }
  const f = COMPARE[op]!;
  if (!third) return (data) => compare3(f, first(data), second(data));
  // The between form {"<": [a, b, c]} is a < b and b < c.
  return (data) => {
    const b = second(data);
    return and3([compare3(f, first(data), b), compare3(f, b, third(data))]);
  };
}

/** A list in a rule: a new list of its evaluated items, unknown when one item is. */
function list(items: readonly Node[]): Node {
  return (data) => {
    const out: unknown[] = [];
    for (const item of items) {
      const value = item(data);
      if (!settled(value)) return undefined;
      out.push(value);
    }
    return out;
  };
}

/** `var`: keys null reads the whole data; a default stands in for an absent answer. */
function variable(keys: readonly string[] | null, fallback: Node | undefined): Node {
  if (keys === null) return (data) => data;
  return (data) => {
    const value = lookup(data, keys);
    return value === undefined && fallback ? fallback(data) : value;
  };
}

/** What one walk over a rule finds: every problem, and the answer names it reads. */
export interface RuleInspection {
  problems: RuleProblem[];
  facts: string[];
}

interface Analysis extends RuleInspection {
  /** Only for a rule without problems, walked to compile. */
  run?: Node;
}

/** A literal part of a rule. Out here, so that a walk that only checks builds no closure. */
const constant = (value: unknown): Node => () => value;

// What a part gives a walk that only checks: valid, nothing compiled, nothing allocated.
const CHECKED: Node = () => undefined;
const NO_NODES: readonly Node[] = [];

// Up to this many answer names a list is quicker than a Set; a hostile rule can name thousands.
const FEW_FACTS = 16;

/**
 * The one key of an operation, found without Object.keys, which allocates a list; undefined
 * when the object has not exactly one own enumerable key (or a trap throws): Object.keys then
 * says what is wrong.
 */
function soleKey(value: object): string | undefined {
  let found: string | undefined;
  try {
    for (const key in value) {
      if (found !== undefined) return undefined;
      found = key;
    }
    return found !== undefined && Object.hasOwn(value, found) ? found : undefined;
  } catch {
    return undefined;
  }
}

/**
 * One walk over a rule, within the limits: checks it, collects the answer names it reads and,
 * when `compile` is set, compiles it. A path is built only for a problem, from the keys on the
 * way down, so a valid rule costs no strings. A Walk is used again for the next rule (see
 * analyse): its two stacks keep their room, so checking thousands of rules allocates little.
 */
class Walk {
  private compile = false;
  private problems: RuleProblem[] | undefined;
  private facts: string[] | undefined;
  private factSet: Set<string> | undefined;
  private nodes = 0;
  /** The keys from the rule down to the part being walked, up to `height`: its path. */
  private readonly keys: (string | number)[] = [];
  private height = 0;
  /** The objects from the rule down to the part being walked, up to `open`, to find cycles. */
  private readonly ancestors: (object | undefined)[] = [];
  private open = 0;

  /** Walks `rule`; never throws. */
  run(rule: unknown, compile: boolean): Analysis {
    this.compile = compile;
    this.problems = undefined;
    this.facts = undefined;
    this.factSet = undefined;
    this.nodes = 0;
    let root: Node | undefined;
    try {
      root = this.walk(rule, 0);
    } catch {
      // Getters or proxies that throw: report instead of breaking the editor.
      while (this.height > 0) this.pop();
      while (this.open > 0) this.leave();
      this.report('rule-unreadable');
    }
    const problems = this.problems ?? [];
    const facts = this.facts ?? [];
    // Keep nothing of this rule.
    this.problems = undefined;
    this.facts = undefined;
    this.factSet = undefined;
    return compile && problems.length === 0 && root ? { problems, facts, run: root } : { problems, facts };
  }

  private push(key: string | number): void {
    this.keys[this.height++] = key;
  }

  private pop(): void {
    this.keys[--this.height] = 0;
  }

  private report(code: RuleProblemCode, params?: ProblemParams): void {
    let path = '';
    for (let i = 0; i < this.height; i++) path += pointer(this.keys[i]!);
    (this.problems ??= []).push(params ? { path, code, params } : { path, code });
  }

  private full(): boolean {
    return this.nodes > MAX_NODES;
  }

  private addFact(name: string): void {
    const facts = this.facts;
    if (facts === undefined) {
      this.facts = [name];
      return;
    }
    if (facts.length < FEW_FACTS) {
      if (facts.includes(name)) return;
    } else {
      this.factSet ??= new Set(facts);
      if (this.factSet.has(name)) return;
      this.factSet.add(name);
    }
    facts.push(name);
  }

  /** Guards every part against too many parts, cycles and too deep nesting. */
  private enter(value: unknown, depth: number): boolean {
    if (++this.nodes > MAX_NODES) {
      if (this.nodes === MAX_NODES + 1) this.report('rule-too-large', { max: MAX_NODES });
      return false;
    }
    if (typeof value !== 'object' || value === null) return true;
    for (let i = 0; i < this.open; i++) {
      if (this.ancestors[i] === value) {
        this.report('rule-cycle');
        return false;
      }
    }
    if (depth > MAX_DEPTH) {
      this.report('rule-too-deep', { max: MAX_DEPTH });
      return false;
    }
    this.ancestors[this.open++] = value;
    return true;
  }

  /** Leaves the object `enter` last let in. */
  private leave(): void {
    this.ancestors[--this.open] = undefined;
  }

  private walk(value: unknown, depth: number): Node | undefined {
    if (!this.enter(value, depth)) return undefined;
    if (typeof value !== 'object' || value === null) {
      if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
        return this.compile ? constant(value) : CHECKED;
      }
      return void this.report('rule-bad-value');
    }
    let node: Node | undefined;
    if (Array.isArray(value)) {
      const items = this.walkAll(value, depth + 1);
      if (items) node = this.compile ? list(items) : CHECKED;
    } else node = this.operation(value, depth);
    this.leave();
    return node;
  }

  /** Each item under its index; the nodes when all are valid (none when only checking). */
  private walkAll(items: readonly unknown[], depth: number): readonly Node[] | undefined {
    const out: Node[] | undefined = this.compile ? [] : undefined;
    let valid = 0;
    for (let i = 0; i < items.length && !this.full(); i++) {
      this.push(i);
      const node = this.walk(items[i], depth);
      this.pop();
      if (node) {
        valid++;
        out?.push(node);
      }
    }
    return valid === items.length ? (out ?? NO_NODES) : undefined;
  }

  private operation(value: object, depth: number): Node | undefined {
    let op = soleKey(value);
    if (op === undefined) {
      const keys = Object.keys(value);
      if (keys.length === 0) return void this.report('rule-empty-operation');
      if (keys.length > 1) return void this.report('rule-many-keys', { count: keys.length, keys: keys.join(', ') });
      op = keys[0]!;
    }
    this.push(op);
    const node = this.operator(op, (value as Record<string, unknown>)[op], depth);
    this.pop();
    return node;
  }

  private operator(op: string, raw: unknown, depth: number): Node | undefined {
    if (!Object.hasOwn(ARITY, op)) return void this.report('rule-unknown-operator', { operator: op, allowed: OPERATORS.join(', ') });
    const isList = Array.isArray(raw);
    if (isList && !this.enter(raw, depth + 1)) return undefined;
    // A non-list argument counts as one.
    const count = isList ? raw.length : 1;
    const argDepth = isList ? depth + 2 : depth + 1;
    const arity = ARITY[op]!;
    const min = arity[0];
    const max = arity[1];
    let node: Node | undefined;
    if (count < min || count > max) {
      this.report('rule-arity', { operator: op, min, max: max === Infinity ? -1 : max, count });
    } else if (op === 'var') {
      node = this.variable(raw, isList, count, argDepth);
    } else {
      const args = this.walkAll(isList ? raw : [raw], argDepth);
      if (args) node = this.compile ? build(op, args) : CHECKED;
    }
    if (isList) this.leave();
    return node;
  }

  private variable(raw: unknown, isList: boolean, count: number, depth: number): Node | undefined {
    const name = isList ? (raw as readonly unknown[])[0] : raw;
    let named = true;
    let answer: string[] | null = null; // null: the whole data
    if ((isList && count === 0) || name === null || name === '') {
      // {"var": ""}, {"var": null}, {"var": []}: the whole data.
    } else if (typeof name === 'string' || typeof name === 'number') {
      const text = String(name);
      this.addFact(text);
      if (this.compile) answer = text.split('.');
    } else {
      named = false;
      if (isList) this.push(0);
      this.report('rule-var-name');
      if (isList) this.pop();
    }
    let fallback: Node | undefined;
    if (count === 2) {
      this.push(1);
      fallback = this.walk((raw as readonly unknown[])[1], depth);
      this.pop();
    }
    if (!named || (count === 2 && !fallback)) return undefined;
    return this.compile ? variable(answer, fallback) : CHECKED;
  }
}

// The Walk that is not in use. A getter in a rule may check another rule while one is walked:
// that walk then gets a Walk of its own.
let idle: Walk | undefined;

/** Walks a rule once; never throws. */
function analyse(rule: unknown, compile: boolean): Analysis {
  const walk = idle ?? new Walk();
  idle = undefined;
  const analysis = walk.run(rule, compile);
  idle = walk;
  return analysis;
}

const isCacheable = (rule: unknown): rule is object => (typeof rule === 'object' && rule !== null) || typeof rule === 'function';

// Compiled rules by rule object: a rule is read once, however often it runs. Checking alone
// (as a feed does on load, for thousands of rules) compiles and keeps nothing.
const analyses = new WeakMap<object, Analysis>();

function compiled(rule: unknown): Node {
  let found = isCacheable(rule) ? analyses.get(rule) : undefined;
  if (!found) {
    found = analyse(rule, true);
    if (isCacheable(rule)) analyses.set(rule, found);
  }
  if (!found.run) throw new RuleError(found.problems[0]!);
  return found.run;
}

/**
 * validateRule and factsUsed in one walk (none for a rule already compiled), for a feed that
 * checks thousands of rules on load. Fresh lists each time. Never throws, whatever the input.
 */
export function inspectRule(rule: unknown): RuleInspection {
  const found = isCacheable(rule) ? analyses.get(rule) : undefined;
  if (!found) return analyse(rule, false);
  return { problems: found.problems.map((problem) => ({ ...problem })), facts: [...found.facts] };
}

/**
 * Checks a rule and returns every problem, with a path and a code. An empty list means
 * evaluate will not throw. Never throws, whatever the input.
 */
export function validateRule(rule: unknown): RuleProblem[] {
  return inspectRule(rule).problems;
}

/**
 * Evaluates a rule against the answers, as json-logic-js would when every answer the rule reads
 * is present. A missing answer gives `undefined` (unknown), never an error. Throws a RuleError,
 * with the code and path of the first problem, only for a rule that validateRule rejects.
 */
export function evaluate(rule: Rule, facts: Facts): RuleValue {
  const value = compiled(rule)(facts);
  return value === FALSY ? false : value === TRUTHY ? true : value;
}

/** Evaluates a rule as a condition: true, false, or undefined when it depends on a missing answer. */
export function truth(rule: Rule, facts: Facts): boolean | undefined {
  return truth3(compiled(rule)(facts));
}

/**
 * The answer names a rule reads (`var`), unique, in order of appearance; a `var` of the whole
 * data names none. A question whose name no remaining rule uses need not be asked. Walks within
 * the limits of validateRule and never throws.
 */
export function factsUsed(rule: Rule): string[] {
  return inspectRule(rule).facts;
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

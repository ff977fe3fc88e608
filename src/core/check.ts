import { explain, factsUsed, truth, type ConditionResult, type Facts, type Outcome, type Rule } from './rules.js';
import { parseAmount } from './format.js';
import { own } from './json-value.js';
import type { LevelText } from './level.js';
import type { Publisher } from './schemas/common.js';
import type { Household, Norms, Regeling, RegelingCondition } from './schemas/regelingen.js';

/**
 * The anonymous check "waar heb ik recht op?": questions, the facts derived from the answers,
 * which question comes next, and the outcome per regeling. Answers never leave this module's
 * caller; nothing here stores or sends them.
 */

export type QuestionId =
  | 'woonplaats'
  | 'partner'
  | 'leeftijd'
  | 'kinderen'
  | 'kinderLeeftijden'
  | 'inkomstenbron'
  | 'inkomen'
  | 'vermogen'
  | 'jarenLaagInkomen'
  | 'studie'
  | 'beperking'
  | 'geldzorgen'
  | 'bijzondereKosten';

export type QuestionType = 'yes-no' | 'number' | 'choice' | 'ages';

/** Bijstand apart from other benefits: the check must not ask someone to apply for what they get. */
export const INCOME_SOURCES = ['werk', 'bijstand', 'uitkering', 'aow', 'studiefinanciering', 'geen', 'anders'] as const;
export type IncomeSource = (typeof INCOME_SOURCES)[number];

/**
 * How long the income has been low, as ranges a resident can answer: the stored answer is the
 * range's lower bound, `below` its (excluded) upper bound. A rule is judged at both ends of the
 * range, so "1 tot 3 jaar" never counts as 3 years, nor as less than 2.
 */
export const LOW_INCOME_RANGES = [
  { value: 0, below: 1 },
  { value: 1, below: 3 },
  { value: 3, below: undefined },
] as const;
export const LOW_INCOME_YEARS = LOW_INCOME_RANGES.map((range) => range.value);

export const MAX_CHILDREN = 12;

/** One answer: undefined means "not answered" or "weet ik niet". */
export type AnswerValue = boolean | number | string | number[] | undefined;
export type Answers = Partial<Record<QuestionId, AnswerValue>>;

/** The form value of the option "weet ik niet". */
export const UNKNOWN = 'unknown';

/** One option of a yes-no or choice question: a form value, never shown, and what it stores. */
export interface AnswerOption {
  value: string;
  /** undefined for "weet ik niet". */
  answer: boolean | number | string | undefined;
}

/** What a number is measured in; money is euros per month or euros. */
export type NumberUnit = 'years' | 'children' | 'euro-month' | 'euro';

export interface NumberBounds {
  min: number;
  max: number;
  /** Whole numbers only. */
  integer: boolean;
}

/** The three parts of the check, in order: a progress that does not jump as questions drop out. */
export const QUESTION_PARTS = ['huishouden', 'geld', 'situatie'] as const;
export type QuestionPart = (typeof QUESTION_PARTS)[number];

interface QuestionBase {
  id: QuestionId;
  type: QuestionType;
  part: QuestionPart;
  /**
   * Must be answered. A question that is not required takes an empty field, or the option
   * "weet ik niet", as "weet ik niet".
   */
  required: boolean;
  /** The facts this answer decides, directly or through a derived fact. */
  provides: readonly string[];
  /** Asked only when this holds for the answers so far. */
  askWhen?: (answers: Answers) => boolean;
}

/** A radio group: yes, no, "weet ik niet". */
export interface YesNoQuestion extends QuestionBase {
  type: 'yes-no';
  options: readonly AnswerOption[];
}

/** A radio group of fixed values, "weet ik niet" last. */
export interface ChoiceQuestion extends QuestionBase {
  type: 'choice';
  options: readonly AnswerOption[];
}

/** A text field for one number. */
export interface NumberQuestion extends QuestionBase, NumberBounds {
  type: 'number';
  unit: NumberUnit;
  /** An amount in euros: the field takes decimals and shows a euro sign. */
  money: boolean;
}

/** One text field per child, each an age in whole years. */
export interface AgesQuestion extends QuestionBase {
  type: 'ages';
  age: NumberBounds & { unit: 'years' };
  /** The number question whose answer is the number of fields. */
  countFrom: QuestionId;
}

export type Question = YesNoQuestion | ChoiceQuestion | NumberQuestion | AgesQuestion;

const YES_NO: readonly AnswerOption[] = [
  { value: 'yes', answer: true },
  { value: 'no', answer: false },
  { value: UNKNOWN, answer: undefined },
];

function choices(values: readonly (string | number)[]): readonly AnswerOption[] {
  return [...values.map((value) => ({ value: String(value), answer: value })), { value: UNKNOWN, answer: undefined }];
}

/**
 * The questions, in the order they are asked, with everything that decides what an answer may
 * be. Form validation (parseAnswer) and restoring stored answers (sanitizeAnswers) both read it.
 */
export const QUESTIONS: readonly Question[] = [
  { id: 'woonplaats', part: 'huishouden', type: 'yes-no', required: false, options: YES_NO, provides: ['woontInGemeente'] },
  {
    id: 'partner',
    part: 'huishouden',
    type: 'yes-no',
    required: false,
    options: YES_NO,
    provides: ['heeftPartner', 'huishouden', 'inkomenProcentNorm', 'vermogenBovenGrens'],
  },
  {
    id: 'leeftijd',
    part: 'huishouden',
    type: 'number',
    unit: 'years',
    min: 12,
    max: 120,
    integer: true,
    money: false,
    required: true,
    provides: ['leeftijd'],
  },
  {
    id: 'kinderen',
    part: 'huishouden',
    type: 'number',
    unit: 'children',
    min: 0,
    max: MAX_CHILDREN,
    integer: true,
    money: false,
    required: true,
    provides: ['aantalKinderen', 'kinderenOnder18', 'kinderen4tot18', 'huishouden', 'inkomenProcentNorm', 'vermogenBovenGrens'],
  },
  {
    id: 'kinderLeeftijden',
    part: 'huishouden',
    type: 'ages',
    age: { unit: 'years', min: 0, max: 99, integer: true },
    countFrom: 'kinderen',
    required: false,
    provides: ['kinderenOnder18', 'kinderen4tot18'],
    askWhen: (a) => typeof a.kinderen === 'number' && a.kinderen > 0,
  },
  {
    id: 'inkomstenbron',
    part: 'geld',
    type: 'choice',
    required: false,
    options: choices(INCOME_SOURCES),
    provides: ['inkomstenbron', 'inkomenProcentNorm'],
  },
  {
    id: 'inkomen',
    part: 'geld',
    type: 'number',
    unit: 'euro-month',
    // A household's net income per month; far above any norm, but no real answer is refused.
    min: 0,
    max: 1_000_000,
    integer: false,
    money: true,
    required: false,
    provides: ['inkomenProcentNorm'],
  },
  {
    id: 'vermogen',
    part: 'geld',
    type: 'number',
    unit: 'euro',
    min: 0,
    max: 1_000_000_000,
    integer: false,
    money: true,
    required: false,
    provides: ['vermogenBovenGrens'],
  },
  { id: 'jarenLaagInkomen', part: 'geld', type: 'choice', required: false, options: choices(LOW_INCOME_YEARS), provides: ['jarenLaagInkomen'] },
  { id: 'studie', part: 'situatie', type: 'yes-no', required: false, options: YES_NO, provides: ['studeert', 'beperkingBijWerk'] },
  {
    id: 'beperking',
    part: 'situatie',
    type: 'yes-no',
    required: false,
    options: YES_NO,
    provides: ['beperkingBijWerk'],
    askWhen: (a) => a.studie === true,
  },
  { id: 'geldzorgen', part: 'situatie', type: 'yes-no', required: false, options: YES_NO, provides: ['geldzorgen'] },
  { id: 'bijzondereKosten', part: 'situatie', type: 'yes-no', required: false, options: YES_NO, provides: ['bijzondereKosten'] },
];

const BY_ID = new Map(QUESTIONS.map((question) => [question.id, question]));

export function questionById(id: QuestionId): Question {
  return BY_ID.get(id)!;
}

/** Why a form answer was refused; the component says it in the interface language. */
export type AnswerProblemCode = 'choose-option' | 'required' | 'not-a-number' | 'not-whole' | 'out-of-range' | 'child-age';

export type AnswerProblem =
  | { code: 'choose-option' | 'required' | 'not-a-number' | 'not-whole' }
  | { code: 'out-of-range'; params: { min: number; max: number } }
  /** `child` counts from 1: the field is the child-th. */
  | { code: 'child-age'; params: { child: number; min: number; max: number } };

export type AnswerResult = { ok: true; value: AnswerValue } | ({ ok: false } & AnswerProblem);

/** What a form gives: a text field's text or the chosen radio's value, a list for the ages. */
export type AnswerInput = string | readonly string[] | null | undefined;

function checkNumber(value: unknown, bounds: NumberBounds): AnswerProblem | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) return { code: 'not-a-number' };
  if (bounds.integer && !Number.isInteger(value)) return { code: 'not-whole' };
  if (value < bounds.min || value > bounds.max) return { code: 'out-of-range', params: { min: bounds.min, max: bounds.max } };
  return undefined;
}

/**
 * The number of age fields: the answer to the count question when that answer is within its
 * bounds, else 0. Never more than the count question's maximum, whatever the answers hold.
 */
export function ageCount(question: AgesQuestion, answers: Answers): number {
  const count = questionById(question.countFrom);
  const value = answers[question.countFrom];
  return count.type === 'number' && checkNumber(value, count) === undefined ? (value as number) : 0;
}

function maxAgeCount(question: AgesQuestion): number {
  const count = questionById(question.countFrom);
  return count.type === 'number' ? count.max : 0;
}

/**
 * Reads what a form gives for a question. An empty field, or the option "weet ik niet", is the
 * answer undefined ("weet ik niet") unless the question is required. For the ages, one text per
 * child (`answers` gives the count); any empty field makes the whole answer "weet ik niet".
 */
export function parseAnswer(question: Question, input: AnswerInput, answers: Answers): AnswerResult {
  switch (question.type) {
    case 'yes-no':
    case 'choice': {
      const option = typeof input === 'string' ? question.options.find((o) => o.value === input) : undefined;
      if (!option || (option.answer === undefined && question.required)) return { ok: false, code: 'choose-option' };
      return { ok: true, value: option.answer };
    }
    case 'number': {
      if (typeof input !== 'string') return { ok: false, code: 'not-a-number' };
      if (input.trim() === '') return question.required ? { ok: false, code: 'required' } : { ok: true, value: undefined };
      const value = parseAmount(input);
      const problem = value === undefined ? { code: 'not-a-number' as const } : checkNumber(value, question);
      return problem ? { ok: false, ...problem } : { ok: true, value };
    }
    case 'ages': {
      const texts = typeof input === 'string' ? [input] : (input ?? []);
      const count = ageCount(question, answers);
      const ages: number[] = [];
      let empty = false;
      for (let i = 0; i < count; i++) {
        const text = texts[i] ?? '';
        if (text.trim() === '') {
          empty = true;
          continue;
        }
        const age = parseAmount(text);
        if (age === undefined || checkNumber(age, question.age)) {
          return { ok: false, code: 'child-age', params: { child: i + 1, min: question.age.min, max: question.age.max } };
        }
        ages.push(age);
      }
      if (empty) return question.required ? { ok: false, code: 'required' } : { ok: true, value: undefined };
      return { ok: true, value: ages };
    }
  }
}

/**
 * What the form shows for a stored answer: the chosen option's value (undefined when the
 * question was not answered), the number as text, or one text per age field.
 */
export function answerInput(question: Question, answers: Answers): string | string[] | undefined {
  const answer = answers[question.id];
  switch (question.type) {
    case 'yes-no':
    case 'choice':
      return question.id in answers ? question.options.find((o) => o.answer === answer)?.value : undefined;
    case 'number':
      return typeof answer === 'number' ? String(answer) : '';
    case 'ages': {
      const ages = Array.isArray(answer) ? answer : [];
      return Array.from({ length: ageCount(question, answers) }, (_, i) => (ages[i] === undefined ? '' : String(ages[i])));
    }
  }
}

/** Whether a stored value is an answer the form could have given (not "weet ik niet"). */
function isValidStored(question: Question, value: unknown): boolean {
  switch (question.type) {
    case 'yes-no':
    case 'choice':
      return value !== undefined && question.options.some((o) => o.answer === value);
    case 'number':
      return checkNumber(value, question) === undefined;
    case 'ages': {
      // The list may be longer than the count answered now (the count was lowered later), never
      // longer than the count can be.
      if (!Array.isArray(value) || value.length > maxAgeCount(question)) return false;
      for (let i = 0; i < value.length; i++) if (checkNumber(value[i], question.age)) return false;
      return true;
    }
  }
}

/** Every fact a rule can read (`{"var": …}`); deriveFacts sets them from the answers. */
export const FACTS = [
  'woontInGemeente',
  'leeftijd',
  'heeftPartner',
  'aantalKinderen',
  'kinderenOnder18',
  'kinderen4tot18',
  'huishouden',
  'inkomstenbron',
  'inkomenProcentNorm',
  'vermogenBovenGrens',
  'jarenLaagInkomen',
  'studeert',
  'beperkingBijWerk',
  'geldzorgen',
  'bijzondereKosten',
] as const;

export function householdOf(answers: Answers): Household | undefined {
  if (answers.partner === true) return 'paar';
  if (answers.partner !== false || typeof answers.kinderen !== 'number') return undefined;
  return answers.kinderen > 0 ? 'alleenstaande-ouder' : 'alleenstaand';
}

/** Monthly net income norm for a household, when the feed has one. */
export function incomeNorm(norms: Norms | undefined, answers: Answers) {
  const household = householdOf(answers);
  if (!norms?.incomeNorms || !household || answers.inkomstenbron === undefined) return undefined;
  const aow = answers.inkomstenbron === 'aow';
  return (
    norms.incomeNorms.find((n) => n.household === household && (n.aow ?? false) === aow) ??
    norms.incomeNorms.find((n) => n.household === household && !n.aow)
  );
}

export function assetLimit(norms: Norms | undefined, answers: Answers) {
  const household = householdOf(answers);
  return household ? norms?.assetLimits?.find((l) => l.household === household) : undefined;
}

/** The income limit (norm × limitPercent) in euros per month, when it can be computed. */
export function incomeLimit(norms: Norms | undefined, answers: Answers): { amount: number; example: boolean } | undefined {
  const norm = incomeNorm(norms, answers);
  if (!norm || !norms) return undefined;
  return { amount: Math.round((norm.monthlyNet * (norms.limitPercent ?? 100)) / 100), example: norm.example === true };
}

/** The facts the rules read, derived from the answers; unknown facts are left out. */
export function deriveFacts(answers: Answers, norms?: Norms): Facts {
  const facts: Record<string, unknown> = {};
  const set = (name: string, value: unknown) => {
    if (value !== undefined) facts[name] = value;
  };
  if (typeof answers.woonplaats === 'boolean') set('woontInGemeente', answers.woonplaats);
  if (typeof answers.partner === 'boolean') set('heeftPartner', answers.partner);
  if (typeof answers.leeftijd === 'number') set('leeftijd', answers.leeftijd);
  if (typeof answers.kinderen === 'number') {
    set('aantalKinderen', answers.kinderen);
    if (answers.kinderen === 0) {
      set('kinderenOnder18', 0);
      set('kinderen4tot18', 0);
    } else if (Array.isArray(answers.kinderLeeftijden)) {
      const ages = answers.kinderLeeftijden.slice(0, answers.kinderen);
      // Ages not filled in leave the counts unknown, unless what is known already decides.
      if (ages.length === answers.kinderen && ages.every((age) => Number.isFinite(age))) {
        set('kinderenOnder18', ages.filter((age) => age < 18).length);
        set('kinderen4tot18', ages.filter((age) => age >= 4 && age < 18).length);
      }
    }
  }
  set('huishouden', householdOf(answers));
  if (typeof answers.inkomstenbron === 'string') set('inkomstenbron', answers.inkomstenbron);
  const norm = incomeNorm(norms, answers);
  if (typeof answers.inkomen === 'number' && norm && norm.monthlyNet > 0) {
    set('inkomenProcentNorm', Math.round((answers.inkomen / norm.monthlyNet) * 1000) / 10);
  }
  const limit = assetLimit(norms, answers);
  if (typeof answers.vermogen === 'number' && limit) set('vermogenBovenGrens', answers.vermogen > limit.amount);
  if (typeof answers.jarenLaagInkomen === 'number') set('jarenLaagInkomen', answers.jarenLaagInkomen);
  if (typeof answers.studie === 'boolean') {
    // Not studying leaves beperkingBijWerk unknown: a reason must never say "you can work beside
    // your study" to someone who does not study.
    set('studeert', answers.studie);
  }
  if (typeof answers.beperking === 'boolean' && answers.studie === true) set('beperkingBijWerk', answers.beperking);
  if (typeof answers.geldzorgen === 'boolean') set('geldzorgen', answers.geldzorgen);
  if (typeof answers.bijzondereKosten === 'boolean') set('bijzondereKosten', answers.bijzondereKosten);
  return facts;
}

/**
 * Facts that an answer gives as a range: the rule is judged at both ends. The lower end is the
 * fact deriveFacts sets; `below` is the excluded upper end (undefined: no upper end).
 */
export type FactRanges = Readonly<Record<string, { min: number; below: number | undefined }>>;

/** The ranges behind the facts of these answers (see LOW_INCOME_RANGES). */
export function deriveRanges(answers: Answers): FactRanges {
  const range = LOW_INCOME_RANGES.find((r) => r.value === answers.jarenLaagInkomen);
  return range ? { jarenLaagInkomen: { min: range.value, below: range.below } } : {};
}

// The top of a range without an upper end, and how far below an excluded end the top lies.
const OPEN_END = 1_000_000;
const JUST_BELOW = 1e-6;

/** Conditions judged as explain does, but a range fact counts only when both ends agree. */
function explainWithRanges<C extends RegelingCondition>(conditions: readonly C[], facts: Facts, ranges: FactRanges): ConditionResult<C>[] {
  const names = Object.keys(ranges).filter((name) => name in facts);
  const low = explain(conditions, facts);
  if (names.length === 0) return low;
  const top: Record<string, unknown> = { ...facts };
  for (const name of names) {
    const { below } = ranges[name];
    top[name] = below === undefined ? OPEN_END : below - JUST_BELOW;
  }
  const high = explain(conditions, top);
  return low.map((result, i) => (result.status === high[i].status ? result : { condition: result.condition, status: 'unknown' }));
}

/** How one reason counts for the outcome. */
export type ReasonKind =
  /** A condition the answers meet. */
  | 'met'
  /** A condition from the gemeente's rules that the answers do not meet. */
  | 'not-met'
  /** An example condition (not from the sources) that the answers do not meet: ask about it. */
  | 'example-not-met'
  /** Answers are missing (or "weet ik niet"). */
  | 'unknown'
  /** For a regeling open to all: does not fit now, but the door stays open. */
  | 'not-now';

export interface RegelingReason extends ConditionResult<RegelingCondition> {
  kind: ReasonKind;
}

export interface RegelingResult {
  regeling: Regeling;
  outcome: Outcome;
  reasons: RegelingReason[];
  /** The answers say the resident already gets this (the regeling's receivedWhen). */
  received: boolean;
  /**
   * For a regeling open to all: every condition is met, so it fits the resident's situation
   * now (someone with money worries and the Meldpunt Geldzorgen). Otherwise false.
   */
  fits: boolean;
}

/** Only a condition about where someone lives can close a regeling that is open to all. */
const PLACE_FACTS: readonly string[] = ['woontInGemeente'];
const isPlaceCondition = (condition: RegelingCondition) => {
  const facts = factsUsed(condition.rule);
  return facts.length > 0 && facts.every((fact) => PLACE_FACTS.includes(fact));
};

function reasonKind(regeling: Regeling, result: ConditionResult<RegelingCondition>): ReasonKind {
  if (result.status !== 'not-met') return result.status;
  if (regeling.openToAll && !isPlaceCondition(result.condition)) return 'not-now';
  return result.condition.example ? 'example-not-met' : 'not-met';
}

/**
 * "waarschijnlijk niet" only for a condition from the gemeente's rules that is not met: an
 * example condition, a missing answer, or a condition of a regeling open to all gives at worst
 * "misschien" (never send away someone who may qualify).
 */
export function outcomeOf(reasons: readonly { kind: ReasonKind }[]): Outcome {
  if (reasons.some((r) => r.kind === 'not-met')) return 'niet';
  if (reasons.some((r) => r.kind === 'unknown' || r.kind === 'example-not-met')) return 'misschien';
  return 'wel';
}

/** Whether a regeling is part of the check: not information only, not ended. */
export function inCheck(regeling: Regeling): boolean {
  return regeling.inCheck !== false && regeling.status?.code !== 'ended';
}

export function evaluateRegeling(regeling: Regeling, facts: Facts, ranges: FactRanges = {}): RegelingResult {
  const reasons = explainWithRanges(regeling.eligibility ?? [], facts, ranges).map((r) => ({ ...r, kind: reasonKind(regeling, r) }));
  let result = outcomeOf(reasons);
  // Open to all: a missing answer only leaves open whether it fits now, not whether it is open.
  if (regeling.openToAll && result === 'misschien' && !reasons.some((r) => r.kind === 'unknown' && isPlaceCondition(r.condition))) {
    result = 'wel';
  }
  const received = regeling.receivedWhen !== undefined && truth(regeling.receivedWhen as Rule, facts) === true;
  const fits = regeling.openToAll === true && reasons.every((r) => r.kind === 'met');
  return { regeling, outcome: result, reasons, received, fits };
}

export function evaluateRegelingen(regelingen: readonly Regeling[], facts: Facts, ranges: FactRanges = {}): RegelingResult[] {
  return regelingen.map((regeling) => evaluateRegeling(regeling, facts, ranges));
}

/** The results for a resident's answers: facts and ranges derived with the feed's norms. */
export function evaluateAnswers(regelingen: readonly Regeling[], answers: Answers, norms?: Norms): RegelingResult[] {
  return evaluateRegelingen(regelingen, deriveFacts(answers, norms), deriveRanges(answers));
}

/** The facts that regelingen whose result can still change are waiting for. */
function factsStillNeeded(regelingen: readonly Regeling[], facts: Facts, ranges: FactRanges): Set<string> {
  const needed = new Set<string>();
  const need = (rule: Rule) => factsUsed(rule).forEach((f) => needed.add(f));
  for (const result of evaluateRegelingen(regelingen, facts, ranges)) {
    if (result.outcome === 'niet') continue;
    if (result.regeling.receivedWhen !== undefined && truth(result.regeling.receivedWhen as Rule, facts) === undefined) {
      need(result.regeling.receivedWhen as Rule);
    }
    if (result.received) continue;
    // "misschien", or open to all and not yet known to fit: an answer can still change it.
    for (const reason of result.reasons) if (reason.kind === 'unknown') need(reason.condition.rule);
  }
  return needed;
}

/** Whether a question still matters: some undecided regeling needs a fact it gives. */
export function isQuestionNeeded(question: Question, answers: Answers, regelingen: readonly Regeling[], norms?: Norms): boolean {
  if (question.askWhen && !question.askWhen(answers)) return false;
  // Judge with this question's own answer left out, so going back does not hide it.
  const without = { ...answers };
  delete without[question.id];
  const facts = deriveFacts(without, norms);
  const needed = factsStillNeeded(regelingen, facts, deriveRanges(without));
  return question.provides.some((fact) => needed.has(fact) && !(fact in facts));
}

/**
 * The questions to ask, in order, given the answers so far. Questions that no remaining regeling
 * depends on are skipped; the list shrinks as answers decide regelingen. The questions before a
 * given one depend only on earlier answers, so a question keeps its number.
 */
export function questionPath(answers: Answers, regelingen: readonly Regeling[], norms?: Norms): Question[] {
  const path: Question[] = [];
  const sofar: Answers = {};
  for (const question of QUESTIONS) {
    if (isQuestionNeeded(question, sofar, regelingen, norms)) {
      path.push(question);
      if (question.id in answers) sofar[question.id] = answers[question.id];
    }
  }
  return path;
}

/**
 * The questions whose answer could still change this result: those that give a fact an open
 * condition reads, and that have no answer yet or were answered "weet ik niet". In the order of
 * QUESTIONS, only those that can be asked now.
 */
export function missingQuestions(result: RegelingResult, answers: Answers): Question[] {
  if (result.outcome === 'niet' || result.received) return [];
  const facts = new Set(result.reasons.filter((r) => r.kind === 'unknown').flatMap((r) => factsUsed(r.condition.rule)));
  return QUESTIONS.filter(
    (q) => answers[q.id] === undefined && (!q.askWhen || q.askWhen(answers)) && q.provides.some((fact) => facts.has(fact)),
  );
}

export interface CheckGroups {
  wel: RegelingResult[];
  misschien: RegelingResult[];
  niet: RegelingResult[];
  /** What the resident already gets: not to apply for again. */
  al: RegelingResult[];
}

/**
 * Results by group, in feed order; within "wel", a regeling open to all that does not fit the
 * resident's situation now comes after the others.
 */
export function groupResults(results: readonly RegelingResult[]): CheckGroups {
  const open = results.filter((r) => !r.received);
  const wel = open.filter((r) => r.outcome === 'wel');
  return {
    wel: [...wel.filter((r) => !r.regeling.openToAll || r.fits), ...wel.filter((r) => r.regeling.openToAll && !r.fits)],
    misschien: open.filter((r) => r.outcome === 'misschien'),
    niet: open.filter((r) => r.outcome === 'niet'),
    al: results.filter((r) => r.received),
  };
}

/**
 * The ids of conditions every regeling has, with the same rule (living in the gemeente): the
 * results say them once, above the groups.
 */
export function sharedConditionIds(regelingen: readonly Regeling[]): string[] {
  const [first, ...rest] = regelingen;
  if (!first || rest.length === 0) return [];
  const key = (c: RegelingCondition) => `${c.id}\u0000${JSON.stringify(c.rule)}`;
  return (first.eligibility ?? [])
    .filter((c) => rest.every((r) => (r.eligibility ?? []).some((other) => key(other) === key(c))))
    .map((c) => c.id);
}

/** How to reach whoever helps with a next step; links are cleaned when the feed is read. */
export interface StepContact {
  url?: string;
  phone?: string;
  email?: string;
  desk?: LevelText;
  address?: string;
  hours?: string;
  /** Taken from the publisher, because the regelingen name none of their own. */
  fromPublisher: boolean;
}

/** One thing to do: contact one organisation about one or more regelingen. */
export interface NextStep {
  organisation: string;
  /** Best first: those that fit, then "misschien". */
  results: RegelingResult[];
  contact: StepContact;
  /** What to bring, one text per regeling that says so. */
  bring: LevelText[];
}

export const MAX_NEXT_STEPS = 3;

/** How much a result adds to its step: "wel" counts double; open to all only when it fits now. */
function weight(result: RegelingResult): number {
  if (result.received || result.outcome === 'niet') return 0;
  if (result.regeling.openToAll) return result.fits ? 2 : 0;
  return result.outcome === 'wel' ? 2 : 1;
}

/** Help open to all that fits now (money worries) comes first: it cannot wait for an application. */
const urgent = (result: RegelingResult) => result.regeling.openToAll === true && result.fits;

const organisationKey = (name: string) => name.trim().toLowerCase();

/**
 * One to MAX_NEXT_STEPS things to do, grouped by whom to contact (one call to the gemeente covers
 * several regelingen), most urgent first. The contact is what the regelingen give, else the
 * publisher's. Empty when nothing fits: the interface then says whom to ask anyway.
 */
export function nextSteps(results: readonly RegelingResult[], publisher: Publisher): NextStep[] {
  const groups = new Map<string, { organisation: string; results: RegelingResult[]; score: number; urgent: boolean }>();
  for (const result of results) {
    const score = weight(result);
    if (score === 0) continue;
    const organisation = result.regeling.apply?.organisation ?? publisher.name;
    const key = organisationKey(organisation);
    const group = groups.get(key) ?? { organisation, results: [], score: 0, urgent: false };
    group.results.push(result);
    group.score += score;
    group.urgent ||= urgent(result);
    groups.set(key, group);
  }
  return [...groups.values()]
    .sort((a, b) => Number(b.urgent) - Number(a.urgent) || b.score - a.score)
    .slice(0, MAX_NEXT_STEPS)
    .map((group) => {
      const ordered = [...group.results].sort((a, b) => Number(urgent(b)) - Number(urgent(a)) || weight(b) - weight(a));
      return { organisation: group.organisation, results: ordered, contact: contactOf(ordered, publisher), bring: bringOf(ordered) };
    });
}

function contactOf(results: readonly RegelingResult[], publisher: Publisher): StepContact {
  const applies = results.map((r) => r.regeling.apply).filter((a) => a !== undefined);
  const phone = applies.find((a) => a.phone)?.phone;
  const email = applies.find((a) => a.email)?.email;
  const desk = applies.find((a) => a.desk)?.desk;
  if (!phone && !email && !desk) return publisherContact(publisher);
  return { ...(phone ? { phone } : {}), ...(email ? { email } : {}), ...(desk ? { desk } : {}), fromPublisher: false };
}

/** The publisher's own contact, the fallback of every step: only what the feed gives. */
export function publisherContact(publisher: Publisher): StepContact {
  const c = publisher.contact ?? {};
  const contact: StepContact = { fromPublisher: true };
  const url = c.url ?? publisher.url;
  if (url) contact.url = url;
  if (c.phone) contact.phone = c.phone;
  if (c.email) contact.email = c.email;
  if (c.address) contact.address = c.address;
  if (c.hours) contact.hours = c.hours;
  return contact;
}

function bringOf(results: readonly RegelingResult[]): LevelText[] {
  const seen = new Set<string>();
  const bring: LevelText[] = [];
  for (const r of results) {
    const text = r.regeling.apply?.bring;
    if (text === undefined) continue;
    const key = JSON.stringify(text);
    if (!seen.has(key)) {
      seen.add(key);
      bring.push(text);
    }
  }
  return bring;
}

/**
 * Answers restored from storage, checked one by one against the same table and bounds as typed
 * answers; anything else is dropped. Never throws, whatever the value (getters that throw,
 * proxies, arrays, null).
 */
export function sanitizeAnswers(value: unknown): Answers {
  const answers: Answers = {};
  try {
    if (!value || typeof value !== 'object' || Array.isArray(value)) return answers;
  } catch {
    return answers; // a revoked proxy
  }
  for (const question of QUESTIONS) {
    try {
      if (!own(value, question.id)) continue;
      let answer: unknown = (value as Record<string, unknown>)[question.id];
      if (Array.isArray(answer)) {
        // Read each item once, into a copy, and only after the length is known to be small: a
        // getter cannot change an age after it was checked, nor a length of 1e9 cost time.
        const list: unknown[] = answer;
        const length = list.length;
        if (question.type !== 'ages' || length > maxAgeCount(question)) continue;
        answer = Array.from({ length }, (_, i) => list[i]);
      }
      if (isValidStored(question, answer)) answers[question.id] = answer as AnswerValue;
    } catch {
      // A getter or proxy that throws: this answer is dropped, the others are kept.
    }
  }
  return answers;
}

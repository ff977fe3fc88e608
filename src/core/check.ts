import { explain, factsUsed, outcome, type ConditionResult, type Facts, type Outcome } from './rules.js';
import { parseAmount } from './format.js';
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

export const INCOME_SOURCES = ['werk', 'uitkering', 'aow', 'studiefinanciering', 'geen', 'anders'] as const;
export type IncomeSource = (typeof INCOME_SOURCES)[number];

export const LOW_INCOME_YEARS = [0, 1, 3] as const;

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

interface QuestionBase {
  id: QuestionId;
  type: QuestionType;
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
  { id: 'woonplaats', type: 'yes-no', required: false, options: YES_NO, provides: ['woontInGemeente'] },
  {
    id: 'partner',
    type: 'yes-no',
    required: false,
    options: YES_NO,
    provides: ['heeftPartner', 'huishouden', 'inkomenProcentNorm', 'vermogenBovenGrens'],
  },
  {
    id: 'leeftijd',
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
    type: 'ages',
    age: { unit: 'years', min: 0, max: 99, integer: true },
    countFrom: 'kinderen',
    required: false,
    provides: ['kinderenOnder18', 'kinderen4tot18'],
    askWhen: (a) => typeof a.kinderen === 'number' && a.kinderen > 0,
  },
  {
    id: 'inkomstenbron',
    type: 'choice',
    required: false,
    options: choices(INCOME_SOURCES),
    provides: ['inkomstenbron', 'inkomenProcentNorm'],
  },
  {
    id: 'inkomen',
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
    type: 'number',
    unit: 'euro',
    min: 0,
    max: 1_000_000_000,
    integer: false,
    money: true,
    required: false,
    provides: ['vermogenBovenGrens'],
  },
  { id: 'jarenLaagInkomen', type: 'choice', required: false, options: choices(LOW_INCOME_YEARS), provides: ['jarenLaagInkomen'] },
  { id: 'studie', type: 'yes-no', required: false, options: YES_NO, provides: ['studeert', 'beperkingBijWerk'] },
  {
    id: 'beperking',
    type: 'yes-no',
    required: false,
    options: YES_NO,
    provides: ['beperkingBijWerk'],
    askWhen: (a) => a.studie === true,
  },
  { id: 'geldzorgen', type: 'yes-no', required: false, options: YES_NO, provides: ['geldzorgen'] },
  { id: 'bijzondereKosten', type: 'yes-no', required: false, options: YES_NO, provides: ['bijzondereKosten'] },
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
    set('studeert', answers.studie);
    // Not studying: the question about a limitation beside study does not apply.
    if (answers.studie === false) set('beperkingBijWerk', false);
  }
  if (typeof answers.beperking === 'boolean' && answers.studie === true) set('beperkingBijWerk', answers.beperking);
  if (typeof answers.geldzorgen === 'boolean') set('geldzorgen', answers.geldzorgen);
  if (typeof answers.bijzondereKosten === 'boolean') set('bijzondereKosten', answers.bijzondereKosten);
  return facts;
}

export interface RegelingResult {
  regeling: Regeling;
  outcome: Outcome;
  reasons: ConditionResult<RegelingCondition>[];
}

export function evaluateRegelingen(regelingen: readonly Regeling[], facts: Facts): RegelingResult[] {
  return regelingen.map((regeling) => {
    const reasons = explain(regeling.eligibility ?? [], facts);
    return { regeling, outcome: outcome(reasons), reasons };
  });
}

/** The facts that regelingen whose outcome can still change are waiting for. */
function factsStillNeeded(regelingen: readonly Regeling[], facts: Facts): Set<string> {
  const needed = new Set<string>();
  for (const result of evaluateRegelingen(regelingen, facts)) {
    if (result.outcome !== 'misschien') continue;
    for (const reason of result.reasons) {
      if (reason.status === 'unknown') factsUsed(reason.condition.rule).forEach((f) => needed.add(f));
    }
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
  const needed = factsStillNeeded(regelingen, facts);
  return question.provides.some((fact) => needed.has(fact) && !(fact in facts));
}

/**
 * The questions to ask, in order, given the answers so far. Questions that no remaining regeling
 * depends on are skipped; the list shrinks as answers decide regelingen.
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

export interface CheckGroups {
  wel: RegelingResult[];
  misschien: RegelingResult[];
  niet: RegelingResult[];
}

export function groupResults(results: readonly RegelingResult[]): CheckGroups {
  return {
    wel: results.filter((r) => r.outcome === 'wel'),
    misschien: results.filter((r) => r.outcome === 'misschien'),
    niet: results.filter((r) => r.outcome === 'niet'),
  };
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
      if (!Object.prototype.hasOwnProperty.call(value, question.id)) continue;
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

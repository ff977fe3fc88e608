import { explain, factsUsed, outcome, type ConditionResult, type Facts, type Outcome } from './rules.js';
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

/** One answer: undefined means "not answered" or "weet ik niet". */
export type AnswerValue = boolean | number | string | number[] | undefined;
export type Answers = Partial<Record<QuestionId, AnswerValue>>;

export interface Question {
  id: QuestionId;
  type: QuestionType;
  /** The facts this answer decides, directly or through a derived fact. */
  provides: readonly string[];
  /** Asked only when this holds for the answers so far. */
  askWhen?: (answers: Answers) => boolean;
}

export const QUESTIONS: readonly Question[] = [
  { id: 'woonplaats', type: 'yes-no', provides: ['woontInGemeente'] },
  {
    id: 'partner',
    type: 'yes-no',
    provides: ['heeftPartner', 'huishouden', 'inkomenProcentNorm', 'vermogenBovenGrens'],
  },
  { id: 'leeftijd', type: 'number', provides: ['leeftijd'] },
  {
    id: 'kinderen',
    type: 'number',
    provides: ['aantalKinderen', 'kinderenOnder18', 'kinderen4tot18', 'huishouden', 'inkomenProcentNorm', 'vermogenBovenGrens'],
  },
  {
    id: 'kinderLeeftijden',
    type: 'ages',
    provides: ['kinderenOnder18', 'kinderen4tot18'],
    askWhen: (a) => typeof a.kinderen === 'number' && a.kinderen > 0,
  },
  { id: 'inkomstenbron', type: 'choice', provides: ['inkomstenbron', 'inkomenProcentNorm'] },
  { id: 'inkomen', type: 'number', provides: ['inkomenProcentNorm'] },
  { id: 'vermogen', type: 'number', provides: ['vermogenBovenGrens'] },
  { id: 'jarenLaagInkomen', type: 'choice', provides: ['jarenLaagInkomen'] },
  { id: 'studie', type: 'yes-no', provides: ['studeert', 'beperkingBijWerk'] },
  { id: 'beperking', type: 'yes-no', provides: ['beperkingBijWerk'], askWhen: (a) => a.studie === true },
  { id: 'geldzorgen', type: 'yes-no', provides: ['geldzorgen'] },
  { id: 'bijzondereKosten', type: 'yes-no', provides: ['bijzondereKosten'] },
];

export const MAX_CHILDREN = 12;

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

/** Answers restored from storage are checked one by one; anything odd is dropped. */
export function sanitizeAnswers(value: unknown): Answers {
  const answers: Answers = {};
  if (!value || typeof value !== 'object') return answers;
  const raw = value as Record<string, unknown>;
  for (const question of QUESTIONS) {
    const answer = raw[question.id];
    switch (question.type) {
      case 'yes-no':
        if (typeof answer === 'boolean') answers[question.id] = answer;
        break;
      case 'number':
        if (typeof answer === 'number' && Number.isFinite(answer) && answer >= 0) answers[question.id] = answer;
        break;
      case 'choice':
        if (question.id === 'inkomstenbron' && (INCOME_SOURCES as readonly unknown[]).includes(answer)) answers.inkomstenbron = answer as string;
        if (question.id === 'jarenLaagInkomen' && (LOW_INCOME_YEARS as readonly unknown[]).includes(answer)) answers.jarenLaagInkomen = answer as number;
        break;
      case 'ages':
        if (Array.isArray(answer) && answer.length <= MAX_CHILDREN && answer.every((n) => typeof n === 'number' && n >= 0 && n < 120)) {
          answers[question.id] = answer as number[];
        }
        break;
    }
  }
  return answers;
}


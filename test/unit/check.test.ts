import { describe, it, expect } from 'vitest';
import {
  FACTS,
  INCOME_SOURCES,
  LOW_INCOME_YEARS,
  MAX_CHILDREN,
  QUESTIONS,
  UNKNOWN,
  ageCount,
  answerInput,
  assetLimit,
  deriveFacts,
  evaluateRegelingen,
  groupResults,
  householdOf,
  inCheck,
  incomeLimit,
  deriveRanges,
  evaluateAnswers,
  missingQuestions,
  nextSteps,
  outcomeOf,
  sharedConditionIds,
  LOW_INCOME_RANGES,
  MAX_NEXT_STEPS,
  QUESTION_PARTS,
  incomeNorm,
  isQuestionNeeded,
  parseAnswer,
  questionById,
  questionPath,
  sanitizeAnswers,
  type AgesQuestion,
  type AnswerInput,
  type AnswerProblemCode,
  type AnswerResult,
  type Answers,
  type NumberQuestion,
  type QuestionId,
  type RegelingResult,
} from '../../src/core/check.js';
import { factsUsed, type Outcome } from '../../src/core/rules.js';
import { parseRegelingen } from '../../src/core/regelingen.js';
import type { Norms, Regeling } from '../../src/core/schemas/regelingen.js';
import defaultData from '../../src/data/twenterand/regelingen.json';
import households from './fixtures/households.json';

const parsed = parseRegelingen(defaultData);
if (!parsed.ok || parsed.problems.length > 0) throw new Error('the default data must parse without problems');
/** The regelingen the check runs on, as the widget passes them (information items left out). */
const regelingen: readonly Regeling[] = parsed.feed.regelingen.filter(inCheck);
const norms: Norms = parsed.feed.norms!;

const pathOf = (answers: Answers, list: readonly Regeling[] = regelingen, n: Norms | undefined = norms) =>
  questionPath(answers, list, n).map((q) => q.id);

/** A small norms block with round numbers, independent of the default data. */
const testNorms: Norms = {
  validFrom: '2025-01-01',
  source: 'test',
  limitPercent: 120,
  incomeNorms: [
    { household: 'alleenstaand', monthlyNet: 1000 },
    { household: 'alleenstaand', aow: true, monthlyNet: 1250 },
    { household: 'alleenstaande-ouder', monthlyNet: 1100 },
    { household: 'paar', monthlyNet: 1600, example: true },
  ],
  assetLimits: [
    { household: 'alleenstaand', amount: 8000 },
    { household: 'paar', amount: 16000 },
  ],
};

describe('QUESTIONS', () => {
  it('has unique ids and starts with the woonplaats', () => {
    const ids = QUESTIONS.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[0]).toBe('woonplaats');
  });

  it('provides every fact the default rules read, so no regeling stays "misschien" for lack of a question', () => {
    const provided = new Set(QUESTIONS.flatMap((q) => q.provides));
    const names = [...new Set(regelingen.flatMap((r) => (r.eligibility ?? []).flatMap((c) => factsUsed(c.rule))))];
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((n) => !provided.has(n))).toEqual([]);
  });
});

describe('householdOf', () => {
  it('is a paar whenever there is a partner', () => {
    expect(householdOf({ partner: true })).toBe('paar');
    expect(householdOf({ partner: true, kinderen: 3 })).toBe('paar');
  });

  it('is alleenstaand or alleenstaande-ouder by the number of children', () => {
    expect(householdOf({ partner: false, kinderen: 0 })).toBe('alleenstaand');
    expect(householdOf({ partner: false, kinderen: 1 })).toBe('alleenstaande-ouder');
    expect(householdOf({ partner: false, kinderen: 5 })).toBe('alleenstaande-ouder');
  });

  it('is unknown until both answers are known', () => {
    expect(householdOf({})).toBeUndefined();
    expect(householdOf({ partner: false })).toBeUndefined();
    expect(householdOf({ kinderen: 0 })).toBeUndefined();
    expect(householdOf({ partner: 'ja', kinderen: 0 })).toBeUndefined();
    expect(householdOf({ partner: false, kinderen: '2' })).toBeUndefined();
  });
});

describe('incomeNorm, incomeLimit and assetLimit', () => {
  it('picks the norm for the household, and the AOW norm for AOW', () => {
    expect(incomeNorm(testNorms, { partner: false, kinderen: 0, inkomstenbron: 'werk' })?.monthlyNet).toBe(1000);
    expect(incomeNorm(testNorms, { partner: false, kinderen: 0, inkomstenbron: 'aow' })?.monthlyNet).toBe(1250);
    expect(incomeNorm(testNorms, { partner: false, kinderen: 2, inkomstenbron: 'werk' })?.monthlyNet).toBe(1100);
  });

  it('falls back to the normal norm when there is no AOW norm for the household', () => {
    expect(incomeNorm(testNorms, { partner: true, inkomstenbron: 'aow' })?.monthlyNet).toBe(1600);
  });

  it('is unknown without household, income source or norms', () => {
    expect(incomeNorm(testNorms, { partner: false, inkomstenbron: 'werk' })).toBeUndefined();
    expect(incomeNorm(testNorms, { partner: true })).toBeUndefined();
    expect(incomeNorm(undefined, { partner: true, inkomstenbron: 'werk' })).toBeUndefined();
    expect(incomeNorm({ validFrom: '2025-01-01', source: 'x' }, { partner: true, inkomstenbron: 'werk' })).toBeUndefined();
  });

  it('computes the income limit as norm × limitPercent, and says whether it is an example', () => {
    expect(incomeLimit(testNorms, { partner: false, kinderen: 0, inkomstenbron: 'werk' })).toEqual({ amount: 1200, example: false });
    expect(incomeLimit(testNorms, { partner: true, inkomstenbron: 'werk' })).toEqual({ amount: 1920, example: true });
    const { limitPercent: _limit, ...noPercent } = testNorms;
    void _limit;
    expect(incomeLimit(noPercent, { partner: true, inkomstenbron: 'werk' })).toEqual({ amount: 1600, example: true });
  });

  it('finds the asset limit for the household', () => {
    expect(assetLimit(testNorms, { partner: true })?.amount).toBe(16000);
    expect(assetLimit(testNorms, { partner: false, kinderen: 0 })?.amount).toBe(8000);
    expect(assetLimit(testNorms, { partner: false, kinderen: 1 })).toBeUndefined(); // not in testNorms
    expect(assetLimit(testNorms, {})).toBeUndefined();
    expect(assetLimit(undefined, { partner: true })).toBeUndefined();
  });
});

describe('deriveFacts', () => {
  it('sets exactly the facts that feed validation accepts (FACTS), when every question is answered', () => {
    const answers = {
      woonplaats: true, partner: true, leeftijd: 40, kinderen: 1, kinderLeeftijden: [9], inkomstenbron: 'werk',
      inkomen: 2000, vermogen: 100, jarenLaagInkomen: 3, studie: true, beperking: false, geldzorgen: false, bijzondereKosten: false,
    };
    expect(Object.keys(deriveFacts(answers, norms)).sort()).toEqual([...FACTS].sort());
  });

  it('gives no facts for no answers', () => {
    expect(deriveFacts({}, norms)).toEqual({});
  });

  it('passes the simple answers on under their fact names', () => {
    expect(
      deriveFacts({ woonplaats: true, partner: false, leeftijd: 30, jarenLaagInkomen: 3, geldzorgen: true, bijzondereKosten: false, inkomstenbron: 'werk' }),
    ).toEqual({
      woontInGemeente: true,
      heeftPartner: false,
      leeftijd: 30,
      jarenLaagInkomen: 3,
      geldzorgen: true,
      bijzondereKosten: false,
      inkomstenbron: 'werk',
    });
  });

  it('counts children under 18 and from 4 to 18 from their ages', () => {
    const facts = deriveFacts({ kinderen: 4, kinderLeeftijden: [3, 4, 17, 18] });
    expect(facts).toMatchObject({ aantalKinderen: 4, kinderenOnder18: 3, kinderen4tot18: 2 });
  });

  it('leaves the counts unknown while ages are missing', () => {
    const facts = deriveFacts({ kinderen: 2, kinderLeeftijden: [7] });
    expect(facts.aantalKinderen).toBe(2);
    expect(facts).not.toHaveProperty('kinderenOnder18');
    expect(facts).not.toHaveProperty('kinderen4tot18');
    expect(deriveFacts({ kinderen: 2 })).not.toHaveProperty('kinderenOnder18');
    expect(deriveFacts({ kinderen: 2, kinderLeeftijden: [7, Number.NaN] })).not.toHaveProperty('kinderenOnder18');
  });

  it('ignores ages beyond the number of children', () => {
    expect(deriveFacts({ kinderen: 1, kinderLeeftijden: [5, 2, 30] })).toMatchObject({ kinderenOnder18: 1, kinderen4tot18: 1 });
  });

  it('gives counts 0 for no children, whatever the ages say', () => {
    expect(deriveFacts({ kinderen: 0 })).toMatchObject({ aantalKinderen: 0, kinderenOnder18: 0, kinderen4tot18: 0 });
    expect(deriveFacts({ kinderen: 0, kinderLeeftijden: [5] })).toMatchObject({ kinderenOnder18: 0, kinderen4tot18: 0 });
  });

  it('derives the household', () => {
    expect(deriveFacts({ partner: false, kinderen: 2 }).huishouden).toBe('alleenstaande-ouder');
    expect(deriveFacts({ partner: false })).not.toHaveProperty('huishouden');
  });

  it('computes income as a percentage of the household norm, to one decimal', () => {
    expect(deriveFacts({ partner: false, kinderen: 0, inkomstenbron: 'werk', inkomen: 1200 }, testNorms).inkomenProcentNorm).toBe(120);
    expect(deriveFacts({ partner: false, kinderen: 0, inkomstenbron: 'werk', inkomen: 1201 }, testNorms).inkomenProcentNorm).toBe(120.1);
    expect(deriveFacts({ partner: false, kinderen: 2, inkomstenbron: 'werk', inkomen: 1000 }, testNorms).inkomenProcentNorm).toBe(90.9);
    expect(deriveFacts({ partner: true, inkomstenbron: 'werk', inkomen: 0 }, testNorms).inkomenProcentNorm).toBe(0);
  });

  it('uses the AOW norm when the income source is AOW', () => {
    expect(deriveFacts({ partner: false, kinderen: 0, inkomstenbron: 'aow', inkomen: 1250 }, testNorms).inkomenProcentNorm).toBe(100);
    expect(deriveFacts({ partner: false, kinderen: 0, inkomstenbron: 'werk', inkomen: 1250 }, testNorms).inkomenProcentNorm).toBe(125);
    // The default data too: AOW alleenstaand 1550, else 1400.
    expect(deriveFacts({ partner: false, kinderen: 0, inkomstenbron: 'aow', inkomen: 1550 }, norms).inkomenProcentNorm).toBe(100);
    expect(deriveFacts({ partner: false, kinderen: 0, inkomstenbron: 'uitkering', inkomen: 1400 }, norms).inkomenProcentNorm).toBe(100);
  });

  it('leaves the income percentage unknown without norms, household, source or income', () => {
    const full: Answers = { partner: false, kinderen: 0, inkomstenbron: 'werk', inkomen: 1000 };
    expect(deriveFacts(full)).not.toHaveProperty('inkomenProcentNorm');
    expect(deriveFacts({ ...full, kinderen: undefined }, testNorms)).not.toHaveProperty('inkomenProcentNorm');
    expect(deriveFacts({ ...full, inkomstenbron: undefined }, testNorms)).not.toHaveProperty('inkomenProcentNorm');
    expect(deriveFacts({ ...full, inkomen: undefined }, testNorms)).not.toHaveProperty('inkomenProcentNorm');
    const zeroNorm: Norms = { ...testNorms, incomeNorms: [{ household: 'alleenstaand', monthlyNet: 0 }] };
    expect(deriveFacts(full, zeroNorm)).not.toHaveProperty('inkomenProcentNorm');
  });

  it('compares savings with the asset limit: at the limit is not above it', () => {
    const base: Answers = { partner: false, kinderen: 0 };
    expect(deriveFacts({ ...base, vermogen: 8000 }, testNorms).vermogenBovenGrens).toBe(false);
    expect(deriveFacts({ ...base, vermogen: 8000.01 }, testNorms).vermogenBovenGrens).toBe(true);
    expect(deriveFacts({ ...base, vermogen: 0 }, testNorms).vermogenBovenGrens).toBe(false);
    expect(deriveFacts({ vermogen: 100 }, testNorms)).not.toHaveProperty('vermogenBovenGrens');
    expect(deriveFacts({ ...base, vermogen: 100 })).not.toHaveProperty('vermogenBovenGrens');
  });

  it('leaves beperkingBijWerk unknown when not studying, so no reason speaks of work beside a study', () => {
    expect(deriveFacts({ studie: false })).toEqual({ studeert: false });
    expect(deriveFacts({ studie: false, beperking: true })).toEqual({ studeert: false });
  });

  it('takes the beperking answer only when studying', () => {
    expect(deriveFacts({ studie: true, beperking: true })).toEqual({ studeert: true, beperkingBijWerk: true });
    expect(deriveFacts({ studie: true, beperking: false })).toEqual({ studeert: true, beperkingBijWerk: false });
    expect(deriveFacts({ studie: true })).toEqual({ studeert: true });
    expect(deriveFacts({ beperking: true })).toEqual({});
  });

  it('ignores answers of the wrong type', () => {
    const odd = { woonplaats: 'ja', partner: 1, leeftijd: '40', kinderen: '2', studie: 'nee', geldzorgen: 0, inkomstenbron: 3 } as unknown as Answers;
    expect(deriveFacts(odd, norms)).toEqual({});
  });
});

describe('questionPath', () => {
  it('asks every question that matters when nothing is answered yet', () => {
    const path = pathOf({});
    expect(path[0]).toBe('woonplaats');
    expect(path).toContain('inkomen');
    expect(path).not.toContain('kinderLeeftijden');
    expect(path).not.toContain('beperking');
  });

  it('ends the check after woonplaats = false: every regeling is decided', () => {
    expect(pathOf({ woonplaats: false })).toEqual(['woonplaats']);
    expect(pathOf({ woonplaats: false, partner: true, leeftijd: 40, geldzorgen: true })).toEqual(['woonplaats']);
  });

  it('asks the ages of the children only when there are children', () => {
    const base: Answers = { woonplaats: true, partner: false, leeftijd: 35 };
    expect(pathOf({ ...base, kinderen: 0 })).not.toContain('kinderLeeftijden');
    expect(pathOf({ ...base })).not.toContain('kinderLeeftijden');
    const withChildren = pathOf({ ...base, kinderen: 2 });
    expect(withChildren).toContain('kinderLeeftijden');
    expect(withChildren.indexOf('kinderLeeftijden')).toBe(withChildren.indexOf('kinderen') + 1);
  });

  it('asks about a beperking only when studying', () => {
    expect(pathOf({ woonplaats: true, studie: true })).toContain('beperking');
    expect(pathOf({ woonplaats: true, studie: false })).not.toContain('beperking');
    expect(pathOf({ woonplaats: true })).not.toContain('beperking');
  });

  it('skips questions that no undecided regeling needs', () => {
    // A feed whose income limit comes from the gemeente's rules (not an example): income far
    // above it decides the regeling, so the later question is not asked.
    const strict: Regeling = {
      id: 'streng',
      title: 'Streng',
      summary: 'Kort.',
      categories: ['geld'],
      source: 'test',
      eligibility: [
        { id: 'inkomen', rule: { '<=': [{ var: 'inkomenProcentNorm' }, 120] }, met: 'Ja.', notMet: 'Nee.' },
        { id: 'kosten', rule: { '==': [{ var: 'bijzondereKosten' }, true] }, met: 'Ja.', notMet: 'Nee.' },
      ],
    };
    const rich: Answers = { partner: true, kinderen: 0, inkomstenbron: 'werk', inkomen: 10_000 };
    expect(pathOf(rich, [strict], testNorms)).not.toContain('bijzondereKosten');
    expect(pathOf({ ...rich, inkomen: 1000 }, [strict], testNorms)).toContain('bijzondereKosten');
    // The same limit as an example decides nothing: the question stays.
    const example = { ...strict, eligibility: strict.eligibility!.map((c, i) => (i === 0 ? { ...c, example: true } : c)) };
    expect(pathOf(rich, [example], testNorms)).toContain('bijzondereKosten');
  });

  it('still asks about money worries when everything else is decided (open to all)', () => {
    const path = pathOf({ woonplaats: true, partner: true, leeftijd: 40, kinderen: 0, inkomstenbron: 'werk', inkomen: 10_000 });
    expect(path).toContain('geldzorgen');
  });

  it('with a regeling that only asks the woonplaats, asks only that', () => {
    const only = regelingen.filter((r) => r.id === 'meldpunt-geldzorgen');
    expect(pathOf({}, only)).toEqual(['woonplaats', 'geldzorgen']);
    expect(pathOf({ woonplaats: false }, only)).toEqual(['woonplaats']);
    expect(pathOf({}, [])).toEqual([]);
  });

  it('keeps an answered question in the path even when its answer decided everything', () => {
    // Going back must show the question the resident just answered.
    const rich: Answers = { woonplaats: true, partner: true, leeftijd: 40, kinderen: 0, inkomstenbron: 'werk', inkomen: 10_000 };
    expect(pathOf(rich)).toContain('inkomen');
  });

  it('keeps later answers when an earlier answer changes back (going back)', () => {
    const later: Answers = { partner: false, leeftijd: 30, kinderen: 0, inkomstenbron: 'werk', inkomen: 1000, geldzorgen: true };
    const answers: Answers = { woonplaats: false, ...later };
    expect(pathOf(answers)).toEqual(['woonplaats']);
    // The resident goes back and says yes: the later answers still count and the path opens again.
    const again = { ...answers, woonplaats: true };
    const path = pathOf(again);
    for (const id of Object.keys(later) as QuestionId[]) expect(path, id).toContain(id);
    // The answers object is the caller's; questionPath does not drop anything from it.
    expect(again).toEqual({ woonplaats: true, ...later });
  });

  it('follows the order of QUESTIONS', () => {
    const order = QUESTIONS.map((q) => q.id);
    const path = pathOf({ woonplaats: true, partner: false, kinderen: 1, studie: true });
    expect([...path].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(path);
  });

  it('works without norms', () => {
    expect(pathOf({ woonplaats: false }, regelingen, undefined)).toEqual(['woonplaats']);
    expect(pathOf({ woonplaats: true }, regelingen, undefined)).toContain('inkomen');
  });
});

describe('isQuestionNeeded', () => {
  const question = (id: QuestionId) => QUESTIONS.find((q) => q.id === id)!;

  it('is false when askWhen does not hold', () => {
    expect(isQuestionNeeded(question('beperking'), { studie: false }, regelingen, norms)).toBe(false);
    expect(isQuestionNeeded(question('kinderLeeftijden'), { kinderen: 0 }, regelingen, norms)).toBe(false);
  });

  it('judges a question with its own answer left out', () => {
    expect(isQuestionNeeded(question('woonplaats'), { woonplaats: false }, regelingen, norms)).toBe(true);
  });

  it('is false once every regeling is decided', () => {
    expect(isQuestionNeeded(question('geldzorgen'), { woonplaats: false }, regelingen, norms)).toBe(false);
  });
});

describe('evaluateRegelingen and groupResults', () => {
  it('gives one result per regeling, in order, with the reasons', () => {
    const results = evaluateRegelingen(regelingen, { woontInGemeente: true, geldzorgen: true });
    expect(results.map((r) => r.regeling.id)).toEqual(regelingen.map((r) => r.id));
    const meldpunt = results.find((r) => r.regeling.id === 'meldpunt-geldzorgen')!;
    expect(meldpunt.outcome).toBe('wel');
    expect(meldpunt.fits).toBe(true);
    expect(meldpunt.reasons.map((r) => r.status)).toEqual(['met', 'met']);
  });

  it('gives "wel" for a regeling without conditions', () => {
    const [result] = evaluateRegelingen([{ ...regelingen[0]!, eligibility: undefined }], {});
    expect(result!.outcome).toBe('wel');
    expect(result!.reasons).toEqual([]);
  });

  it('groups results by outcome, keeping the order; what the resident gets already apart', () => {
    const fake = (id: string, o: Outcome, received = false): RegelingResult => ({ regeling: { ...regelingen[0]!, id }, outcome: o, reasons: [], received, fits: false });
    const groups = groupResults([fake('a', 'niet'), fake('b', 'wel'), fake('c', 'misschien'), fake('d', 'wel'), fake('e', 'wel', true)]);
    expect(groups.wel.map((r) => r.regeling.id)).toEqual(['b', 'd']);
    expect(groups.misschien.map((r) => r.regeling.id)).toEqual(['c']);
    expect(groups.niet.map((r) => r.regeling.id)).toEqual(['a']);
    expect(groups.al.map((r) => r.regeling.id)).toEqual(['e']);
    expect(groupResults([])).toEqual({ wel: [], misschien: [], niet: [], al: [] });
  });

  it('puts a regeling open to all that does not fit now after the others in "wel"', () => {
    const results = evaluateAnswers(regelingen, { woonplaats: true, geldzorgen: false, partner: false, kinderen: 0, inkomstenbron: 'werk', inkomen: 1000 }, norms);
    const wel = groupResults(results).wel.map((r) => r.regeling.id);
    expect(wel.indexOf('meldpunt-geldzorgen')).toBeGreaterThan(wel.indexOf('collectieve-zorgverzekering'));
  });
});

describe('the question table', () => {
  const numbers = QUESTIONS.filter((q): q is NumberQuestion => q.type === 'number');

  it('holds every question id once, found by questionById', () => {
    for (const question of QUESTIONS) expect(questionById(question.id)).toBe(question);
  });

  it('makes only the age and the number of children required', () => {
    expect(QUESTIONS.filter((q) => q.required).map((q) => q.id)).toEqual(['leeftijd', 'kinderen']);
  });

  it('gives each number a unit, bounds and whether it is money', () => {
    expect(numbers.map((q) => [q.id, q.unit, q.money, q.integer])).toEqual([
      ['leeftijd', 'years', false, true],
      ['kinderen', 'children', false, true],
      ['inkomen', 'euro-month', true, false],
      ['vermogen', 'euro', true, false],
    ]);
    for (const q of numbers) {
      expect(q.min, q.id).toBeLessThanOrEqual(q.max);
      expect(Number.isFinite(q.max), q.id).toBe(true);
      expect(q.money, q.id).toBe(q.unit.startsWith('euro'));
    }
    expect(questionById('leeftijd')).toMatchObject({ min: 12, max: 120 });
    expect(questionById('kinderen')).toMatchObject({ min: 0, max: MAX_CHILDREN });
    expect(questionById('inkomen')).toMatchObject({ min: 0 });
    expect(questionById('vermogen')).toMatchObject({ min: 0 });
  });

  it('gives the radio questions option values, not labels, with "weet ik niet" last', () => {
    for (const question of QUESTIONS) {
      if (question.type !== 'yes-no' && question.type !== 'choice') continue;
      const values = question.options.map((o) => o.value);
      expect(new Set(values).size, question.id).toBe(values.length);
      expect(question.options.at(-1), question.id).toEqual({ value: UNKNOWN, answer: undefined });
      if (question.type === 'yes-no') expect(question.options.map((o) => o.answer)).toEqual([true, false, undefined]);
    }
    const answersOf = (id: QuestionId) => {
      const q = questionById(id);
      return q.type === 'choice' ? q.options.map((o) => o.answer) : [];
    };
    expect(answersOf('inkomstenbron')).toEqual([...INCOME_SOURCES, undefined]);
    expect(answersOf('jarenLaagInkomen')).toEqual([...LOW_INCOME_YEARS, undefined]);
  });

  it('counts the ages from the number of children, with whole years from 0 to 99', () => {
    const ages = questionById('kinderLeeftijden') as AgesQuestion;
    expect(ages.type).toBe('ages');
    expect(ages.countFrom).toBe('kinderen');
    expect(ages.age).toEqual({ unit: 'years', min: 0, max: 99, integer: true });
  });
});

describe('ageCount', () => {
  const ages = questionById('kinderLeeftijden') as AgesQuestion;

  it('is the number of children, when that answer is within its bounds', () => {
    expect(ageCount(ages, { kinderen: 3 })).toBe(3);
    expect(ageCount(ages, { kinderen: MAX_CHILDREN })).toBe(MAX_CHILDREN);
    expect(ageCount(ages, { kinderen: 0 })).toBe(0);
    expect(ageCount(ages, {})).toBe(0);
  });

  it('is 0 for a count no form accepts, so an odd answer never renders thousands of fields', () => {
    for (const kinderen of [100_000, 1e10, MAX_CHILDREN + 1, 2.5, -1, Number.NaN, Infinity, '3'] as const) {
      expect(ageCount(ages, { kinderen } as Answers), String(kinderen)).toBe(0);
      expect(answerInput(ages, { kinderen } as Answers), String(kinderen)).toEqual([]);
    }
  });
});

describe('parseAnswer', () => {
  const parse = (id: QuestionId, input: AnswerInput, answers: Answers = {}) => parseAnswer(questionById(id), input, answers);
  const refused = (code: AnswerProblemCode, params?: Record<string, number>): AnswerResult =>
    (params ? { ok: false, code, params } : { ok: false, code }) as AnswerResult;

  it('reads yes, no and "weet ik niet"', () => {
    expect(parse('woonplaats', 'yes')).toEqual({ ok: true, value: true });
    expect(parse('woonplaats', 'no')).toEqual({ ok: true, value: false });
    expect(parse('woonplaats', UNKNOWN)).toEqual({ ok: true, value: undefined });
  });

  it('asks to choose an option when none or an unknown one is chosen (choose-option)', () => {
    for (const input of [null, undefined, '', 'ja', 'true', ['yes']] as AnswerInput[]) {
      expect(parse('partner', input), JSON.stringify(input)).toEqual(refused('choose-option'));
    }
    expect(parse('inkomstenbron', 'loterij')).toEqual(refused('choose-option'));
    expect(parse('jarenLaagInkomen', '2')).toEqual(refused('choose-option'));
  });

  it('reads every income source and the low-income years as their values', () => {
    for (const source of INCOME_SOURCES) expect(parse('inkomstenbron', source)).toEqual({ ok: true, value: source });
    expect(parse('inkomstenbron', UNKNOWN)).toEqual({ ok: true, value: undefined });
    expect(parse('jarenLaagInkomen', '0')).toEqual({ ok: true, value: 0 });
    expect(parse('jarenLaagInkomen', '3')).toEqual({ ok: true, value: 3 });
  });

  it('needs an age and a number of children (required), and takes an empty amount as "weet ik niet"', () => {
    expect(parse('leeftijd', '')).toEqual(refused('required'));
    expect(parse('kinderen', '  ')).toEqual(refused('required'));
    expect(parse('inkomen', '')).toEqual({ ok: true, value: undefined });
    expect(parse('vermogen', ' ')).toEqual({ ok: true, value: undefined });
  });

  it('reads numbers and amounts as people type them', () => {
    expect(parse('leeftijd', ' 42 ')).toEqual({ ok: true, value: 42 });
    expect(parse('kinderen', '0')).toEqual({ ok: true, value: 0 });
    expect(parse('inkomen', '€ 1.234,56')).toEqual({ ok: true, value: 1234.56 });
    expect(parse('vermogen', '950,-')).toEqual({ ok: true, value: 950 });
  });

  it('reads an age typed in Arabic-Indic or Extended Arabic-Indic digits', () => {
    expect(parse('leeftijd', '\u0663\u0664')).toEqual({ ok: true, value: 34 }); // ٣٤
    expect(parse('leeftijd', '\u06f6\u06f7')).toEqual({ ok: true, value: 67 }); // ۶۷
    expect(parse('leeftijd', '\u0661\u0662\u0660')).toEqual({ ok: true, value: 120 }); // ١٢٠
    expect(parse('leeftijd', '\u0661\u0662\u0661')).toEqual(refused('out-of-range', { min: 12, max: 120 })); // ١٢١
    expect(parse('leeftijd', '\u0663\u0664\u066b\u0665')).toEqual(refused('not-whole')); // ٣٤٫٥
    expect(parse('inkomen', '\u0661\u066c\u0662\u0665\u0660')).toEqual({ ok: true, value: 1250 }); // ١٬٢٥٠
  });

  it('refuses what is not a number (not-a-number), exponents and signs included', () => {
    for (const input of ['abc', '1e10', '1E3', '-5', '12a', 'Infinity', 'NaN', '0x10']) {
      expect(parse('leeftijd', input), input).toEqual(refused('not-a-number'));
      expect(parse('inkomen', input), input).toEqual(refused('not-a-number'));
    }
    expect(parse('kinderen', '1e10')).toEqual(refused('not-a-number'));
    expect(parse('leeftijd', ['42'])).toEqual(refused('not-a-number'));
  });

  it('refuses a fraction where a whole number is asked (not-whole), not for money', () => {
    expect(parse('leeftijd', '34,5')).toEqual(refused('not-whole'));
    expect(parse('kinderen', '1.5')).toEqual(refused('not-whole'));
    expect(parse('inkomen', '1,5')).toEqual({ ok: true, value: 1.5 });
  });

  it('refuses numbers out of bounds (out-of-range), with the bounds', () => {
    expect(parse('leeftijd', '11')).toEqual(refused('out-of-range', { min: 12, max: 120 }));
    expect(parse('leeftijd', '500')).toEqual(refused('out-of-range', { min: 12, max: 120 }));
    expect(parse('kinderen', '100000')).toEqual(refused('out-of-range', { min: 0, max: MAX_CHILDREN }));
    expect(parse('kinderen', String(MAX_CHILDREN + 1))).toEqual(refused('out-of-range', { min: 0, max: MAX_CHILDREN }));
    expect(parse('kinderen', String(MAX_CHILDREN))).toEqual({ ok: true, value: MAX_CHILDREN });
    expect(parse('inkomen', '999999999999')).toMatchObject({ ok: false, code: 'out-of-range' });
  });

  describe('ages', () => {
    const two: Answers = { kinderen: 2 };

    it('reads one age per child, the count from the answers', () => {
      expect(parse('kinderLeeftijden', ['3', '11'], two)).toEqual({ ok: true, value: [3, 11] });
      expect(parse('kinderLeeftijden', ['0', '99'], two)).toEqual({ ok: true, value: [0, 99] });
      expect(parse('kinderLeeftijden', ['\u0663', '\u0661\u0661'], two)).toEqual({ ok: true, value: [3, 11] }); // ٣, ١١
      expect(parse('kinderLeeftijden', ['3', '11', '5'], two)).toEqual({ ok: true, value: [3, 11] }); // fields beyond the count
      expect(parse('kinderLeeftijden', '7', { kinderen: 1 })).toEqual({ ok: true, value: [7] });
    });

    it('takes any empty field as "weet ik niet"', () => {
      expect(parse('kinderLeeftijden', ['3', ''], two)).toEqual({ ok: true, value: undefined });
      expect(parse('kinderLeeftijden', ['3'], two)).toEqual({ ok: true, value: undefined });
      expect(parse('kinderLeeftijden', [], two)).toEqual({ ok: true, value: undefined });
    });

    it('names the child whose age is wrong (child-age), counting from 1', () => {
      const bounds = { min: 0, max: 99 };
      expect(parse('kinderLeeftijden', ['3', 'x'], two)).toEqual(refused('child-age', { child: 2, ...bounds }));
      expect(parse('kinderLeeftijden', ['100', '1'], two)).toEqual(refused('child-age', { child: 1, ...bounds }));
      expect(parse('kinderLeeftijden', ['3,5', '1'], two)).toEqual(refused('child-age', { child: 1, ...bounds }));
      expect(parse('kinderLeeftijden', ['-1', '1'], two)).toEqual(refused('child-age', { child: 1, ...bounds }));
      // A wrong age is reported even when another field is empty.
      expect(parse('kinderLeeftijden', ['', '1e2'], two)).toEqual(refused('child-age', { child: 2, ...bounds }));
    });

    it('reads no fields when the stored number of children is out of bounds', () => {
      expect(parse('kinderLeeftijden', ['3'], { kinderen: 100_000 })).toEqual({ ok: true, value: [] });
      expect(parse('kinderLeeftijden', ['3'], { kinderen: 1e10 })).toEqual({ ok: true, value: [] });
    });
  });

  it('has a test for every code', () => {
    const codes: Record<AnswerProblemCode, AnswerResult> = {
      'choose-option': parse('studie', null),
      required: parse('leeftijd', ''),
      'not-a-number': parse('vermogen', 'veel'),
      'not-whole': parse('kinderen', '2,5'),
      'out-of-range': parse('leeftijd', '5'),
      'child-age': parse('kinderLeeftijden', ['200'], { kinderen: 1 }),
    };
    for (const [code, result] of Object.entries(codes)) expect(result, code).toMatchObject({ ok: false, code });
  });
});

describe('answerInput', () => {
  const full: Answers = {
    woonplaats: true, partner: false, leeftijd: 42, kinderen: 2, kinderLeeftijden: [3, 11], inkomstenbron: 'aow',
    inkomen: 1234.5, vermogen: 0, jarenLaagInkomen: 3, studie: true, beperking: false, geldzorgen: true, bijzondereKosten: false,
  };

  it('gives what the form shows for a stored answer', () => {
    expect(answerInput(questionById('woonplaats'), full)).toBe('yes');
    expect(answerInput(questionById('partner'), full)).toBe('no');
    expect(answerInput(questionById('geldzorgen'), { geldzorgen: undefined })).toBe(UNKNOWN);
    expect(answerInput(questionById('geldzorgen'), {})).toBeUndefined();
    expect(answerInput(questionById('jarenLaagInkomen'), full)).toBe('3');
    expect(answerInput(questionById('inkomen'), full)).toBe('1234.5');
    expect(answerInput(questionById('inkomen'), {})).toBe('');
    expect(answerInput(questionById('kinderLeeftijden'), full)).toEqual(['3', '11']);
    expect(answerInput(questionById('kinderLeeftijden'), { kinderen: 3, kinderLeeftijden: [3] })).toEqual(['3', '', '']);
  });

  it('gives back the same answer when the form sends it again, for every question', () => {
    for (const answers of [full, { ...full, woonplaats: undefined, inkomen: undefined, kinderLeeftijden: undefined }]) {
      for (const question of QUESTIONS) {
        const result = parseAnswer(question, answerInput(question, answers), answers);
        expect(result, question.id).toEqual({ ok: true, value: answers[question.id] });
      }
    }
  });
});

describe('one table for typed and stored answers', () => {
  const numbers = QUESTIONS.filter((q): q is NumberQuestion => q.type === 'number');
  const ages = questionById('kinderLeeftijden') as AgesQuestion;

  /** The values just outside a question's bounds, and a fraction where whole numbers are asked. */
  const outside = (q: { min: number; max: number; integer: boolean }) => [q.min - 1, q.max + 1, ...(q.integer ? [q.min + 0.5] : [])];

  it('refuses in the form, and drops from storage, the same numbers out of bounds', () => {
    for (const question of numbers) {
      for (const value of outside(question)) {
        expect(parseAnswer(question, String(value), {}).ok, `${question.id} ${value} typed`).toBe(false);
        expect(sanitizeAnswers({ [question.id]: value }), `${question.id} ${value} stored`).toEqual({});
      }
      for (const value of [question.min, question.max]) {
        expect(parseAnswer(question, String(value), {}), `${question.id} ${value} typed`).toEqual({ ok: true, value });
        expect(sanitizeAnswers({ [question.id]: value }), `${question.id} ${value} stored`).toEqual({ [question.id]: value });
      }
    }
  });

  it('refuses in the form, and drops from storage, the same ages out of bounds', () => {
    for (const age of outside(ages.age)) {
      expect(parseAnswer(ages, ['5', String(age)], { kinderen: 2 }).ok, `${age} typed`).toBe(false);
      expect(sanitizeAnswers({ kinderen: 2, kinderLeeftijden: [5, age] }), `${age} stored`).toEqual({ kinderen: 2 });
    }
  });

  it('keeps from storage only options the form offers', () => {
    for (const question of QUESTIONS) {
      if (question.type !== 'yes-no' && question.type !== 'choice') continue;
      for (const option of question.options) {
        const parsed = parseAnswer(question, option.value, {});
        expect(parsed, `${question.id} ${option.value}`).toEqual({ ok: true, value: option.answer });
        const expected = option.answer === undefined ? {} : { [question.id]: option.answer };
        expect(sanitizeAnswers({ [question.id]: option.answer }), `${question.id} ${option.value}`).toEqual(expected);
      }
    }
  });

  it('drops the stored answers of the issue: kinderen 100000 and 1e10, leeftijd 500, 13 ages, negative money, NaN', () => {
    expect(sanitizeAnswers({ kinderen: 100_000 })).toEqual({});
    expect(sanitizeAnswers({ kinderen: 1e10 })).toEqual({});
    expect(sanitizeAnswers(JSON.parse('{"kinderen": 1e10, "leeftijd": 40}'))).toEqual({ leeftijd: 40 });
    expect(sanitizeAnswers({ leeftijd: 500 })).toEqual({});
    expect(sanitizeAnswers({ kinderen: MAX_CHILDREN, kinderLeeftijden: Array.from({ length: MAX_CHILDREN + 1 }, () => 4) })).toEqual({
      kinderen: MAX_CHILDREN,
    });
    expect(sanitizeAnswers({ inkomen: -1, vermogen: -0.01 })).toEqual({});
    expect(sanitizeAnswers({ leeftijd: Number.NaN, inkomen: Number.NaN, kinderLeeftijden: [Number.NaN] })).toEqual({});
    // The same values typed in the form:
    expect(parseAnswer(questionById('kinderen'), '100000', {}).ok).toBe(false);
    expect(parseAnswer(questionById('kinderen'), '1e10', {}).ok).toBe(false);
    expect(parseAnswer(questionById('leeftijd'), '500', {}).ok).toBe(false);
    expect(parseAnswer(questionById('inkomen'), '-1', {}).ok).toBe(false);
  });

  it('keeps every answer the form accepts', () => {
    const typed: [QuestionId, AnswerInput][] = [
      ['leeftijd', '\u0663\u0664'], ['kinderen', '2'], ['kinderLeeftijden', ['0', '99']], ['inkomen', '1.234,56'],
      ['vermogen', '0'], ['inkomstenbron', 'geen'], ['jarenLaagInkomen', '1'], ['studie', 'no'],
    ];
    const answers: Answers = {};
    for (const [id, input] of typed) {
      const result = parseAnswer(questionById(id), input, answers);
      if (!result.ok) throw new Error(`${id}: ${result.code}`);
      answers[id] = result.value;
    }
    expect(sanitizeAnswers(JSON.parse(JSON.stringify(answers)))).toEqual(answers);
  });
});

describe('sanitizeAnswers', () => {
  it('keeps valid answers', () => {
    const answers: Answers = {
      woonplaats: true,
      partner: false,
      leeftijd: 42,
      kinderen: 2,
      kinderLeeftijden: [3, 11],
      inkomstenbron: 'uitkering',
      inkomen: 1234.5,
      vermogen: 0,
      jarenLaagInkomen: 3,
      studie: true,
      beperking: false,
      geldzorgen: true,
      bijzondereKosten: false,
    };
    expect(sanitizeAnswers(answers)).toEqual(answers);
    expect(sanitizeAnswers(JSON.parse(JSON.stringify(answers)))).toEqual(answers);
  });

  it('accepts every income source and the three low-income choices', () => {
    for (const source of INCOME_SOURCES) expect(sanitizeAnswers({ inkomstenbron: source })).toEqual({ inkomstenbron: source });
    for (const years of [0, 1, 3]) expect(sanitizeAnswers({ jarenLaagInkomen: years })).toEqual({ jarenLaagInkomen: years });
  });

  it('drops odd values one by one', () => {
    expect(
      sanitizeAnswers({
        woonplaats: 'ja',
        partner: 1,
        leeftijd: -1,
        kinderen: Number.NaN,
        inkomen: Infinity,
        vermogen: '5000',
        inkomstenbron: 'loterij',
        jarenLaagInkomen: 2,
        studie: null,
        beperking: {},
        geldzorgen: [true],
        bijzondereKosten: true,
        kinderLeeftijden: [1, -2],
        onbekend: 'x',
      }),
    ).toEqual({ bijzondereKosten: true });
  });

  it('drops lists of ages that are too long or hold odd values', () => {
    expect(sanitizeAnswers({ kinderLeeftijden: Array.from({ length: MAX_CHILDREN }, () => 5) }).kinderLeeftijden).toHaveLength(MAX_CHILDREN);
    expect(sanitizeAnswers({ kinderLeeftijden: Array.from({ length: MAX_CHILDREN + 1 }, () => 5) })).toEqual({});
    expect(sanitizeAnswers({ kinderLeeftijden: [5, '6'] })).toEqual({});
    expect(sanitizeAnswers({ kinderLeeftijden: [5, 120] })).toEqual({});
    expect(sanitizeAnswers({ kinderLeeftijden: [5, Number.NaN] })).toEqual({});
    expect(sanitizeAnswers({ kinderLeeftijden: 5 })).toEqual({});
    expect(sanitizeAnswers({ kinderLeeftijden: [] })).toEqual({ kinderLeeftijden: [] });
  });

  it('gives no answers for anything that is not an object', () => {
    for (const value of [null, undefined, 'woonplaats', 42, true]) expect(sanitizeAnswers(value)).toEqual({});
    expect(sanitizeAnswers([true, false])).toEqual({});
  });

  it('never throws, whatever the stored value holds', () => {
    const throwing = Object.defineProperty({ partner: true }, 'leeftijd', {
      enumerable: true,
      get() {
        throw new Error('getter');
      },
    });
    expect(sanitizeAnswers(throwing)).toEqual({ partner: true });

    const { proxy, revoke } = Proxy.revocable({ leeftijd: 40 }, {});
    revoke();
    expect(sanitizeAnswers(proxy)).toEqual({});
    const hostile = new Proxy({}, { has: () => true, getOwnPropertyDescriptor: () => { throw new Error('trap'); }, get: () => { throw new Error('trap'); } });
    expect(sanitizeAnswers(hostile)).toEqual({});

    const ages = [3, 4];
    Object.defineProperty(ages, 1, { get: () => { throw new Error('getter'); } });
    expect(sanitizeAnswers({ kinderen: 2, kinderLeeftijden: ages })).toEqual({ kinderen: 2 });

    for (const json of ['null', '[]', '[{"leeftijd": 40}]', '"x"', '0', '{}', '{"kinderLeeftijden": [[1]]}', '{"kinderLeeftijden": {"length": 2, "0": 1, "1": 2}}', '{"__proto__": {"leeftijd": 40}}']) {
      expect(() => sanitizeAnswers(JSON.parse(json)), json).not.toThrow();
      expect(sanitizeAnswers(JSON.parse(json)), json).toEqual({});
    }
  });

  it('reads each stored age once, and a huge list not at all', () => {
    let reads = 0;
    const ages = [3, 4];
    Object.defineProperty(ages, 1, { enumerable: true, get: () => (++reads === 1 ? 4 : 1e10) });
    expect(sanitizeAnswers({ kinderLeeftijden: ages })).toEqual({ kinderLeeftijden: [3, 4] });
    expect(reads).toBe(1);

    const huge: number[] = [];
    huge.length = 1e9;
    const start = performance.now();
    expect(sanitizeAnswers({ kinderLeeftijden: huge })).toEqual({});
    expect(performance.now() - start).toBeLessThan(100);
  });

  it('takes only the stored object\'s own answers, as a copy', () => {
    expect(sanitizeAnswers(Object.create({ leeftijd: 40 }))).toEqual({});
    const stored = { kinderen: 2, kinderLeeftijden: [3, 4] };
    const answers = sanitizeAnswers(stored);
    stored.kinderLeeftijden.push(5);
    expect(answers.kinderLeeftijden).toEqual([3, 4]);
  });
});

// ---------------------------------------------------------------------------------------------
// The household table: for each household, the expected outcome of every default regeling.

type Group = Outcome | 'al';

interface Household {
  name: string;
  /** The seeds' target group this household stands for. */
  group: string;
  note: string;
  /** What the resident answers; null is "weet ik niet" (JSON has no undefined). */
  answers: Record<string, unknown>;
  /** The group each regeling of the check must land in. */
  expected: Record<string, Group>;
}
const table = households as Household[];

/** The fixture's answers as the check holds them: null becomes "weet ik niet" (undefined). */
function answersOf(household: Household): Answers {
  return Object.fromEntries(Object.entries(household.answers).map(([id, value]) => [id, value ?? undefined])) as Answers;
}

const groupOf = (result: RegelingResult): Group => (result.received ? 'al' : result.outcome);

describe('household table (test/unit/fixtures/households.json)', () => {
  it('has at least ten households from the target groups of the sources, each covering every regeling of the check', () => {
    expect(table.length).toBeGreaterThanOrEqual(10);
    const groups = table.map((h) => h.group).join('; ');
    for (const target of ['bijstand', 'AOW', 'werkende armen', 'student met een beperking', 'gezin met kinderen', 'schulden']) {
      expect(groups, target).toContain(target);
    }
    const ids = regelingen.map((r) => r.id).sort();
    for (const household of table) expect(Object.keys(household.expected).sort(), household.name).toEqual(ids);
  });

  it('asks only questions the check knows, with answers the form could give', () => {
    for (const household of table) {
      const answers = answersOf(household);
      const known = Object.entries(answers).filter(([, value]) => value !== undefined);
      expect(Object.keys(sanitizeAnswers(Object.fromEntries(known))).sort(), household.name).toEqual(known.map(([id]) => id).sort());
    }
  });

  it.each(table.map((h) => [h.name, h] as const))('%s', (_name, household) => {
    const results = evaluateAnswers(regelingen, answersOf(household), norms);
    const actual = Object.fromEntries(results.map((r) => [r.regeling.id, groupOf(r)]));
    expect(actual).toEqual(household.expected);
  });

  it.each(table.map((h) => [h.name, h] as const))('%s, answering only the questions the check asks', (_name, household) => {
    const answers = answersOf(household);
    // Walk the check as the widget does: answer the first open question of the path, until none is left.
    const given: Answers = {};
    for (let step = 0; step < QUESTIONS.length + 1; step++) {
      const next = questionPath(given, regelingen, norms).find((q) => !(q.id in given));
      if (!next) break;
      given[next.id] = answers[next.id]; // undefined: "weet ik niet"
    }
    expect(questionPath(given, regelingen, norms).every((q) => q.id in given), 'the check ends').toBe(true);
    for (const result of evaluateAnswers(regelingen, given, norms)) {
      expect(groupOf(result), `${household.name}: ${result.regeling.id}`).toBe(household.expected[result.regeling.id]);
    }
  });

  it('tells no resident of the gemeente "waarschijnlijk niet" for a regeling open to all', () => {
    for (const household of table.filter((h) => h.answers.woonplaats !== false)) {
      for (const id of ['meldpunt-geldzorgen', 'schuldhulpverlening']) expect(household.expected[id], `${household.name}: ${id}`).not.toBe('niet');
    }
  });

  it('gives every household something to do: a next step, or its own gemeente when it lives elsewhere', () => {
    for (const household of table) {
      const steps = nextSteps(evaluateAnswers(regelingen, answersOf(household), norms), parsed.feed.publisher);
      if (household.answers.woonplaats === false) expect(steps, household.name).toEqual([]);
      else expect(steps.length, household.name).toBeGreaterThan(0);
    }
  });
});

describe('example conditions', () => {
  const item = (conditions: { example?: boolean; rule: Regeling['receivedWhen'] }[]): Regeling => ({
    id: 'x',
    title: 'X',
    summary: 'X.',
    categories: ['geld'],
    source: 'test',
    eligibility: conditions.map((c, i) => ({ id: `c${i}`, rule: c.rule!, met: 'Ja.', notMet: 'Nee.', ...(c.example ? { example: true } : {}) })),
  });
  const low = { '<=': [{ var: 'inkomenProcentNorm' }, 120] };
  const here = { '==': [{ var: 'woontInGemeente' }, true] };

  it('never make a regeling "waarschijnlijk niet": an unmet example condition gives "misschien"', () => {
    const [result] = evaluateRegelingen([item([{ rule: here }, { rule: low, example: true }])], { woontInGemeente: true, inkomenProcentNorm: 171 });
    expect(result!.outcome).toBe('misschien');
    expect(result!.reasons.map((r) => r.kind)).toEqual(['met', 'example-not-met']);
  });

  it('while a condition from the rules that is not met still does', () => {
    const [result] = evaluateRegelingen([item([{ rule: here }, { rule: low, example: true }])], { woontInGemeente: false, inkomenProcentNorm: 171 });
    expect(result!.outcome).toBe('niet');
    expect(result!.reasons.map((r) => r.kind)).toEqual(['not-met', 'example-not-met']);
  });

  it('count as met when met: all met is "wel"', () => {
    const [result] = evaluateRegelingen([item([{ rule: low, example: true }])], { inkomenProcentNorm: 90 });
    expect(result!.outcome).toBe('wel');
  });

  it('outcomeOf: not-met beats everything, then unknown or example-not-met, else wel', () => {
    expect(outcomeOf([{ kind: 'met' }, { kind: 'not-met' }, { kind: 'unknown' }])).toBe('niet');
    expect(outcomeOf([{ kind: 'met' }, { kind: 'example-not-met' }])).toBe('misschien');
    expect(outcomeOf([{ kind: 'met' }, { kind: 'unknown' }])).toBe('misschien');
    expect(outcomeOf([{ kind: 'met' }, { kind: 'not-now' }])).toBe('wel');
    expect(outcomeOf([])).toBe('wel');
  });

  it('are how the default data gives every amount-based limit: income and savings limits are examples in every regeling', () => {
    for (const r of regelingen) {
      for (const c of r.eligibility ?? []) {
        const facts = factsUsed(c.rule);
        if (facts.includes('inkomenProcentNorm') || facts.includes('vermogenBovenGrens')) expect(c.example, `${r.id} ${c.id}`).toBe(true);
      }
    }
  });
});

describe('regelingen open to all', () => {
  const meldpunt = regelingen.find((r) => r.id === 'meldpunt-geldzorgen')!;

  it('are "wel" for a resident without money worries, but do not fit now', () => {
    const result = evaluateAnswers([meldpunt], { woonplaats: true, geldzorgen: false })[0]!;
    expect(result.outcome).toBe('wel');
    expect(result.fits).toBe(false);
    expect(result.reasons.map((r) => r.kind)).toEqual(['met', 'not-now']);
  });

  it('fit a resident with money worries', () => {
    const result = evaluateAnswers([meldpunt], { woonplaats: true, geldzorgen: true })[0]!;
    expect(result.outcome).toBe('wel');
    expect(result.fits).toBe(true);
  });

  it('are only closed by the place: "niet" for someone who lives elsewhere, "misschien" while the place is unknown', () => {
    expect(evaluateAnswers([meldpunt], { woonplaats: false, geldzorgen: true })[0]!.outcome).toBe('niet');
    expect(evaluateAnswers([meldpunt], { geldzorgen: true })[0]!.outcome).toBe('misschien');
  });
});

describe('what the resident already gets', () => {
  const bijstand = regelingen.find((r) => r.id === 'bijstandsuitkering')!;

  it('is recognised from the income source: a bijstand recipient is not asked to apply for bijstand', () => {
    const results = evaluateAnswers(regelingen, { woonplaats: true, inkomstenbron: 'bijstand', partner: false, kinderen: 0, inkomen: 1834 }, norms);
    const groups = groupResults(results);
    expect(groups.al.map((r) => r.regeling.id)).toEqual(['bijstandsuitkering']);
    expect([...groups.wel, ...groups.misschien, ...groups.niet].map((r) => r.regeling.id)).not.toContain('bijstandsuitkering');
    for (const step of nextSteps(results, parsed.feed.publisher)) {
      expect(step.results.map((r) => r.regeling.id)).not.toContain('bijstandsuitkering');
    }
  });

  it('is not assumed for other benefits', () => {
    expect(evaluateAnswers([bijstand], { inkomstenbron: 'uitkering' })[0]!.received).toBe(false);
    expect(evaluateAnswers([bijstand], {})[0]!.received).toBe(false);
  });

  it('is read from a rule the feed validates like the conditions', () => {
    const outcome = parseRegelingen({ publisher: { name: 'x' }, regelingen: [{ ...defaultData.regelingen[0], receivedWhen: { '==': [{ var: 'inkomstenbronn' }, 'x'] } }] });
    expect(outcome.ok && outcome.feed.regelingen).toEqual([]);
    expect(outcome.problems.map((p) => `${p.path} ${p.code}`)).toEqual(['/regelingen/0/receivedWhen unknown-fact']);
  });
});

describe('answers that are ranges', () => {
  const rule = (op: string, value: number) => ({ [op]: [{ var: 'jarenLaagInkomen' }, value] });
  const statusFor = (answer: number, op: string, value: number) =>
    evaluateAnswers(
      [{ id: 'x', title: 'X', summary: 'X.', categories: ['geld'], source: 't', eligibility: [{ id: 'j', rule: rule(op, value), met: 'Ja.', notMet: 'Nee.' }] }],
      { jarenLaagInkomen: answer },
    )[0]!.reasons[0]!.status;

  it('"1 tot 3 jaar" is not 3 years or more, whoever is at 2 years and 11 months', () => {
    expect(statusFor(1, '>=', 3)).toBe('not-met');
    expect(statusFor(1, '<', 3)).toBe('met');
  });

  it('a limit inside a range leaves the condition open: "misschien", never a wrong yes or no', () => {
    expect(statusFor(1, '>=', 2)).toBe('unknown');
    expect(statusFor(3, '<=', 5)).toBe('unknown');
    expect(statusFor(0, '<', 0.5)).toBe('unknown');
  });

  it('the ends of the ranges follow each other without gaps, and the answer is the lower end', () => {
    for (let i = 1; i < LOW_INCOME_RANGES.length; i++) expect(LOW_INCOME_RANGES[i]!.value).toBe(LOW_INCOME_RANGES[i - 1]!.below);
    expect(LOW_INCOME_RANGES.at(-1)!.below).toBeUndefined();
    expect(deriveRanges({ jarenLaagInkomen: 1 })).toEqual({ jarenLaagInkomen: { min: 1, below: 3 } });
    expect(deriveRanges({})).toEqual({});
  });
});

describe('reasons for answers not given', () => {
  it('a condition whose answer is missing is unknown, never met or not met', () => {
    const result = evaluateAnswers(regelingen, { woonplaats: true }, norms).find((r) => r.regeling.id === 'meedoenregeling')!;
    expect(result.reasons.map((r) => [r.condition.id, r.kind])).toEqual([
      ['woonplaats', 'met'],
      ['inkomen', 'unknown'],
      ['vermogen', 'unknown'],
    ]);
  });

  it('nobody who does not study is told anything about work beside a study', () => {
    const result = evaluateAnswers(regelingen, { woonplaats: true, studie: false }, norms).find((r) => r.regeling.id === 'studietoeslag')!;
    expect(result.outcome).toBe('niet');
    const beperking = result.reasons.find((r) => r.condition.id === 'beperking')!;
    expect(beperking.kind).toBe('unknown');
  });

  it('missingQuestions names the questions that can still move a "misschien", "weet ik niet" included', () => {
    const answers: Answers = { woonplaats: true, partner: false, leeftijd: 40, kinderen: 0, inkomstenbron: 'werk', inkomen: 1000, vermogen: undefined };
    const result = evaluateAnswers(regelingen, answers, norms).find((r) => r.regeling.id === 'meedoenregeling')!;
    expect(result.outcome).toBe('misschien');
    expect(missingQuestions(result, answers).map((q) => q.id)).toEqual(['vermogen']);
    const unknownIncome = { ...answers, vermogen: 10, inkomen: undefined };
    const other = evaluateAnswers(regelingen, unknownIncome, norms).find((r) => r.regeling.id === 'meedoenregeling')!;
    expect(missingQuestions(other, unknownIncome).map((q) => q.id)).toEqual(['inkomen']);
  });

  it('missingQuestions is empty for a decided result, and asks nothing that cannot be asked yet', () => {
    const niet = evaluateAnswers(regelingen, { woonplaats: false }, norms)[0]!;
    expect(missingQuestions(niet, { woonplaats: false })).toEqual([]);
    const studie = evaluateAnswers(regelingen, { woonplaats: true }, norms).find((r) => r.regeling.id === 'studietoeslag')!;
    // beperking waits for studie = yes.
    expect(missingQuestions(studie, { woonplaats: true }).map((q) => q.id)).toEqual(['leeftijd', 'partner', 'kinderen', 'vermogen', 'studie'].sort((a, b) => QUESTIONS.findIndex((q) => q.id === a) - QUESTIONS.findIndex((q) => q.id === b)));
  });
});

describe('sharedConditionIds', () => {
  it('finds the condition every regeling shares (living in the gemeente)', () => {
    expect(sharedConditionIds(regelingen)).toEqual(['woonplaats']);
  });

  it('needs the same rule in every regeling, and at least two regelingen', () => {
    const [a, b] = regelingen;
    const changed = { ...b!, eligibility: b!.eligibility!.map((c) => (c.id === 'woonplaats' ? { ...c, rule: { '==': [{ var: 'woontInGemeente' }, false] } } : c)) };
    expect(sharedConditionIds([a!, changed])).not.toContain('woonplaats');
    expect(sharedConditionIds([a!])).toEqual([]);
  });
});

describe('nextSteps', () => {
  const publisher = { name: 'Gemeente Test', url: 'https://test.example/', contact: { phone: '14 0000', hours: 'ma-vr 9-12' } };
  const mother: Answers = { woonplaats: true, partner: false, leeftijd: 35, kinderen: 2, kinderLeeftijden: [8, 14], inkomstenbron: 'bijstand', inkomen: 1400, vermogen: 500, jarenLaagInkomen: 3, studie: false, geldzorgen: true, bijzondereKosten: false };

  it('groups regelingen by whom to contact, money worries first, at most three steps', () => {
    const steps = nextSteps(evaluateAnswers(regelingen, mother, norms), parsed.feed.publisher);
    expect(steps.length).toBeGreaterThan(0);
    expect(steps.length).toBeLessThanOrEqual(MAX_NEXT_STEPS);
    expect(steps[0]!.organisation).toContain('Meldpunt Geldzorgen');
    expect(steps[0]!.results.map((r) => r.regeling.id)).toEqual(['meldpunt-geldzorgen', 'schuldhulpverlening']);
    const gemeente = steps.find((s) => s.organisation === 'Gemeente Twenterand')!;
    expect(gemeente.results.map((r) => r.regeling.id)).toEqual(expect.arrayContaining(['meedoenregeling', 'jeugdfonds-sport-en-cultuur', 'schoolpakket']));
  });

  it('uses the publisher contact when the regelingen give none, and never invents one', () => {
    const results = evaluateAnswers(regelingen, mother, norms);
    const [first] = nextSteps(results, publisher);
    expect(first!.contact).toEqual({ fromPublisher: true, url: 'https://test.example/', phone: '14 0000', hours: 'ma-vr 9-12' });
    const [bare] = nextSteps(results, { name: 'Gemeente Test' });
    expect(bare!.contact).toEqual({ fromPublisher: true });
    const [twenterand] = nextSteps(results, parsed.feed.publisher);
    expect(twenterand!.contact).toEqual({ fromPublisher: true, url: 'https://www.twenterand.nl/' });
  });

  it('uses the regelingen\'s own phone, e-mail, desk and what to bring when the feed has them', () => {
    const withContact = regelingen.map((r) =>
      r.id === 'meedoenregeling' ? { ...r, apply: { ...r.apply!, phone: '0546 000000', desk: 'Loket', bring: 'Uw loonstrook.' } } : r,
    );
    const steps = nextSteps(evaluateAnswers(withContact, mother, norms), publisher);
    const gemeente = steps.find((s) => s.organisation === 'Gemeente Twenterand')!;
    expect(gemeente.contact).toEqual({ phone: '0546 000000', desk: 'Loket', fromPublisher: false });
    expect(gemeente.bring).toEqual(['Uw loonstrook.']);
  });

  it('is empty when nothing is open (someone from elsewhere): the interface names their own gemeente', () => {
    expect(nextSteps(evaluateAnswers(regelingen, { woonplaats: false }, norms), publisher)).toEqual([]);
  });
});

describe('the parts of the check', () => {
  it('come in order, so the progress never goes back', () => {
    const parts = QUESTIONS.map((q) => QUESTION_PARTS.indexOf(q.part));
    expect(parts.every((p) => p >= 0)).toBe(true);
    expect([...parts].sort((a, b) => a - b)).toEqual(parts);
  });

  it('a question keeps its number while later answers change the path', () => {
    for (const household of table) {
      const answers = answersOf(household);
      const given: Answers = {};
      const numbers = new Map<string, number>();
      for (let step = 0; step < QUESTIONS.length + 1; step++) {
        const path = questionPath(given, regelingen, norms);
        const next = path.find((q) => !(q.id in given));
        if (!next) break;
        numbers.set(next.id, path.indexOf(next));
        given[next.id] = answers[next.id];
      }
      const final = questionPath(given, regelingen, norms);
      for (const [id, number] of numbers) expect(final.findIndex((q) => q.id === id), `${household.name}: ${id}`).toBe(number);
    }
  });
});

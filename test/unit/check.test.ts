import { describe, it, expect } from 'vitest';
import {
  FACTS,
  INCOME_SOURCES,
  MAX_CHILDREN,
  QUESTIONS,
  assetLimit,
  deriveFacts,
  evaluateRegelingen,
  groupResults,
  householdOf,
  incomeLimit,
  incomeNorm,
  isQuestionNeeded,
  questionPath,
  sanitizeAnswers,
  type Answers,
  type QuestionId,
  type RegelingResult,
} from '../../src/core/check.js';
import { explain, factsUsed, outcome, type Facts, type Outcome } from '../../src/core/rules.js';
import { parseRegelingen } from '../../src/core/regelingen.js';
import type { Norms, Regeling } from '../../src/core/schemas/regelingen.js';
import defaultData from '../../src/data/twenterand/regelingen.json';
import households from './fixtures/households.json';

const parsed = parseRegelingen(defaultData);
if (!parsed.ok || parsed.problems.length > 0) throw new Error('the default data must parse without problems');
const regelingen: readonly Regeling[] = parsed.feed.regelingen;
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

  it('sets beperkingBijWerk to false when not studying, even with a beperking answer', () => {
    expect(deriveFacts({ studie: false })).toEqual({ studeert: false, beperkingBijWerk: false });
    expect(deriveFacts({ studie: false, beperking: true })).toEqual({ studeert: false, beperkingBijWerk: false });
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
    // Income far above every limit: only regelingen without an income condition stay open.
    const rich: Answers = { woonplaats: true, partner: true, leeftijd: 40, kinderen: 0, inkomstenbron: 'werk', inkomen: 10_000 };
    const path = pathOf(rich);
    expect(path).not.toContain('jarenLaagInkomen');
    expect(path).not.toContain('bijzondereKosten');
    expect(path).toContain('geldzorgen'); // meldpunt and schuldhulp do not depend on income
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
    expect(meldpunt.reasons.map((r) => r.status)).toEqual(['met', 'met']);
  });

  it('gives "wel" for a regeling without conditions', () => {
    const [result] = evaluateRegelingen([{ ...regelingen[0]!, eligibility: undefined }], {});
    expect(result!.outcome).toBe('wel');
    expect(result!.reasons).toEqual([]);
  });

  it('groups results by outcome, keeping the order', () => {
    const fake = (id: string, o: Outcome): RegelingResult => ({ regeling: { ...regelingen[0]!, id }, outcome: o, reasons: [] });
    const groups = groupResults([fake('a', 'niet'), fake('b', 'wel'), fake('c', 'misschien'), fake('d', 'wel')]);
    expect(groups.wel.map((r) => r.regeling.id)).toEqual(['b', 'd']);
    expect(groups.misschien.map((r) => r.regeling.id)).toEqual(['c']);
    expect(groups.niet.map((r) => r.regeling.id)).toEqual(['a']);
    expect(groupResults([])).toEqual({ wel: [], misschien: [], niet: [] });
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
});

// ---------------------------------------------------------------------------------------------
// The household table: for each household, the expected outcome of every default regeling.

interface Household {
  name: string;
  facts: Facts;
  expected: Record<string, Outcome>;
}
const table = households as Household[];

describe('household table (test/unit/fixtures/households.json)', () => {
  it('covers every default regeling in every household, and names no other', () => {
    const ids = regelingen.map((r) => r.id).sort();
    expect(table.length).toBeGreaterThan(0);
    for (const household of table) expect(Object.keys(household.expected).sort(), household.name).toEqual(ids);
  });

  it.each(table.map((h) => [h.name, h] as const))('%s', (_name, household) => {
    for (const regeling of regelingen) {
      const actual = outcome(explain(regeling.eligibility ?? [], household.facts));
      expect(actual, `${household.name}: ${regeling.id}`).toBe(household.expected[regeling.id]);
    }
  });
});

describe('the whole check flow from answers reaches the table', () => {
  /** Answers a resident would give, written by hand for three households in the table. */
  const cases: { household: string; answers: Answers }[] = [
    {
      household: 'bijstand alleenstaand',
      answers: {
        woonplaats: true,
        partner: false,
        leeftijd: 45,
        kinderen: 0,
        inkomstenbron: 'uitkering',
        inkomen: 1400, // 100% of the example norm for alleenstaand (1400)
        vermogen: 2000,
        jarenLaagInkomen: 3,
        studie: false,
        geldzorgen: false,
        bijzondereKosten: false,
      },
    },
    {
      household: 'AOW alleenstaand met laag inkomen',
      answers: {
        woonplaats: true,
        partner: false,
        leeftijd: 72,
        kinderen: 0,
        inkomstenbron: 'aow',
        inkomen: 1627.5, // 105% of the AOW norm for alleenstaand (1550)
        vermogen: 5000,
        jarenLaagInkomen: 3,
        studie: false,
        geldzorgen: false,
        bijzondereKosten: true,
      },
    },
    {
      household: 'alleenstaande ouder met schulden (vermogen, jaren laag inkomen en bijzondere kosten onbekend)',
      answers: {
        woonplaats: true,
        partner: false,
        leeftijd: 34,
        kinderen: 2,
        kinderLeeftijden: [2, 9],
        inkomstenbron: 'werk',
        inkomen: 1610, // 115% of the norm for alleenstaande-ouder (1400)
        studie: false,
        geldzorgen: true,
        // vermogen, jarenLaagInkomen and bijzondereKosten: "weet ik niet"
      },
    },
  ];

  it.each(cases.map((c) => [c.household, c] as const))('%s', (_name, { household, answers }) => {
    const row = table.find((h) => h.name === household);
    expect(row, `household "${household}" is not in the table`).toBeDefined();
    const facts = deriveFacts(sanitizeAnswers(answers), norms);
    // The answers give exactly the facts of the table row.
    expect(facts).toEqual(row!.facts);
    const groups = groupResults(evaluateRegelingen(regelingen, facts));
    for (const group of ['wel', 'misschien', 'niet'] as const) {
      const expected = Object.entries(row!.expected)
        .filter(([, o]) => o === group)
        .map(([id]) => id)
        .sort();
      expect(groups[group].map((r) => r.regeling.id).sort(), `${household}: group ${group}`).toEqual(expected);
    }
  });

  it.each(cases.map((c) => [c.household, c] as const))('%s, answering only the questions the check asks', (_name, { household, answers }) => {
    const row = table.find((h) => h.name === household)!;
    // Walk the check as the widget does: answer the first open question of the path, until none is left.
    const given: Answers = {};
    for (let step = 0; step < QUESTIONS.length + 1; step++) {
      const next = questionPath(given, regelingen, norms).find((q) => !(q.id in given));
      if (!next) break;
      given[next.id] = answers[next.id]; // undefined: "weet ik niet"
    }
    expect(questionPath(given, regelingen, norms).every((q) => q.id in given), 'the check ends').toBe(true);
    const results = evaluateRegelingen(regelingen, deriveFacts(given, norms));
    for (const result of results) {
      expect(result.outcome, `${household}: ${result.regeling.id}`).toBe(row.expected[result.regeling.id]);
    }
  });
});

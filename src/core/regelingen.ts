import { FACTS } from './check.js';
import type { FeedOutcome } from './feed.js';
import { parseFeed, parseFeedAsync, type AsyncParseOptions, type FeedKind } from './feed-kind.js';
import type { FeedProblem } from './problems.js';
import { inspectRule, type Rule } from './rules.js';
import type { Regeling, RegelingenFeed } from './schemas/regelingen.js';
import type { SearchDocument } from './search.js';
import { validatorFrom } from './validate.js';
import { regelingenEnvelope, regelingenItem } from '../generated/regelingen-schemas.js';

const KNOWN_FACTS: readonly string[] = FACTS;

/** The regelingen feed: `{ kind?, publisher, updated?, norms?, regelingen: [...] }`. */
export const regelingenKind: FeedKind<Regeling, RegelingenFeed> = {
  name: 'regelingen',
  listKey: 'regelingen',
  validateEnvelope: validatorFrom(regelingenEnvelope),
  validateItem: validatorFrom(regelingenItem),
  idKey: 'id',
  links: { 'apply/url': 'url', 'apply/email': 'email', 'apply/phone': 'phone' },
  envelopeLinks: { 'publisher/url': 'url', 'publisher/contact/url': 'url', 'publisher/contact/email': 'email', 'publisher/contact/phone': 'phone' },
  check: (regeling, { path, report }) => {
    const problems = (regeling.eligibility ?? []).flatMap((condition, index) => ruleProblems(condition.rule, () => `${path}/eligibility/${index}/rule`));
    if (regeling.receivedWhen !== undefined) problems.push(...ruleProblems(regeling.receivedWhen, () => `${path}/receivedWhen`));
    problems.forEach(report);
    return problems.length > 0 ? undefined : regeling;
  },
  // Broken norms are dropped with the other broken envelope fields: the check then asks
  // nothing about income amounts, and the overview still shows every regeling.
  build: ({ publisher, updated, fields }, regelingen) => ({
    publisher,
    regelingen,
    ...(updated === undefined ? {} : { updated }),
    ...(fields.norms === undefined ? {} : { norms: fields.norms as RegelingenFeed['norms'] }),
  }),
};

const isKnown = (fact: string) => KNOWN_FACTS.includes(fact);

/**
 * The problems of a rule, or the facts it reads that the check does not ask, at the rule's path:
 * one walk, and a path only for a problem.
 */
function ruleProblems(rule: Rule, pathOf: () => string): FeedProblem[] {
  const { problems, facts } = inspectRule(rule);
  if (problems.length === 0 && facts.every(isKnown)) return problems;
  // The path is built only for a problem: most rules have none, and a feed may have thousands.
  const rulePath = pathOf();
  if (problems.length > 0) return problems.map((p) => ({ ...p, path: rulePath + p.path }));
  // A misspelt fact would leave the condition unknown forever: "misschien" for everyone.
  return facts
    .filter((fact) => !isKnown(fact))
    .map((fact) => ({ path: rulePath, code: 'unknown-fact', params: { fact, known: KNOWN_FACTS.join(', ') } }));
}

/**
 * Turns any JSON value into a regelingen feed: the valid items, and a problem with a JSON path
 * for everything that was skipped or cleaned. Never throws.
 */
export function parseRegelingen(value: unknown, baseUrl?: string): FeedOutcome<RegelingenFeed> {
  return parseFeed(regelingenKind, value, baseUrl === undefined ? {} : { baseUrl });
}

/** parseRegelingen in slices that give the page a turn (see parseFeedAsync). */
export function parseRegelingenAsync(value: unknown, options: AsyncParseOptions = {}): Promise<FeedOutcome<RegelingenFeed>> {
  return parseFeedAsync(regelingenKind, value, options);
}

/**
 * What the search box searches: every level of the texts, the residents' own words (keywords)
 * and any translations, so "wasmachine" or a word in the interface language finds a regeling.
 */
export function regelingSearchDocuments(regelingen: readonly Regeling[]): SearchDocument[] {
  return regelingen.map((r) => ({
    id: r.id,
    fields: {
      title: r.title,
      officialName: r.officialName,
      keywords: r.keywords,
      summary: r.summary,
      forWhom: r.forWhom,
      whatYouGet: r.whatYouGet,
      categories: r.categories,
      translations: Object.values(r.translations ?? {}).flatMap((t) => Object.values(t).filter((v): v is string => typeof v === 'string')),
    },
  }));
}

/** Field weights for regelingSearchDocuments: a hit in a title or a resident's word counts most. */
export const REGELING_SEARCH_BOOSTS: Readonly<Record<string, number>> = { title: 3, officialName: 3, keywords: 3, categories: 2, translations: 2 };

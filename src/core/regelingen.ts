import { msg, str } from '@lit/localize';
import { type FeedOutcome, wrongKind } from './feed.js';
import { FACTS } from './check.js';
import { factsUsed, validateRule } from './rules.js';
import { mailtoUrl, safeUrl, telUrl } from './safe-text.js';
import { regelingSchema, regelingenSchema, type Regeling, type RegelingenFeed } from './schemas/regelingen.js';
import { createValidator, validateItems, type FeedProblem } from './validate.js';

const validateEnvelope = createValidator({
  ...regelingenSchema,
  properties: { ...regelingenSchema.properties, regelingen: { type: 'array' } },
});
const validateRegeling = createValidator(regelingSchema);

/**
 * Turns any JSON value into a regelingen feed: the valid items, and a problem with a JSON path
 * for everything that was skipped or cleaned. Never throws.
 */
export function parseRegelingen(value: unknown, baseUrl?: string): FeedOutcome<RegelingenFeed> {
  const doc = asJson(value) as Record<string, unknown> | null;
  if (
    doc === null ||
    typeof doc !== 'object' ||
    Array.isArray(doc) ||
    !Array.isArray(doc.regelingen) ||
    (doc.kind !== undefined && doc.kind !== 'regelingen')
  ) {
    return { ok: false, failure: wrongKind('regelingen'), problems: [] };
  }

  const problems = validateEnvelope(doc);
  // A broken norms block must not take the regelingen down with it: the check then asks
  // nothing about income amounts, and the overview still shows everything.
  const normsBroken = problems.some((p) => p.path.startsWith('/norms'));
  const seen = new Set<string>();
  const { items, problems: itemProblems } = validateItems<Regeling>(
    doc.regelingen,
    '/regelingen',
    validateRegeling,
    (item, path, found) => checkRegeling(item, path, found, seen, baseUrl),
  );
  const publisher =
    doc.publisher && typeof doc.publisher === 'object' && typeof (doc.publisher as { name?: unknown }).name === 'string'
      ? (doc.publisher as RegelingenFeed['publisher'])
      : { name: '' };
  const feed: RegelingenFeed = {
    publisher,
    regelingen: items,
    ...(typeof doc.updated === 'string' && !problems.some((p) => p.path === '/updated') ? { updated: doc.updated } : {}),
    ...(doc.norms && !normsBroken ? { norms: doc.norms as RegelingenFeed['norms'] } : {}),
  };
  return { ok: true, feed, problems: [...problems, ...itemProblems] };
}

/**
 * A `data` property can hold what JSON cannot (undefined, functions, cycles). Treat it as the
 * JSON it would be sent as; what cannot be sent at all is no feed.
 */
function asJson(value: unknown): unknown {
  try {
    const text = JSON.stringify(value);
    return text === undefined ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
}

function checkRegeling(
  item: Regeling,
  path: string,
  problems: FeedProblem[],
  seen: Set<string>,
  baseUrl: string | undefined,
): Regeling | undefined {
  if (seen.has(item.id)) {
    problems.push({ path: `${path}/id`, message: msg(str`De id "${item.id}" komt al eerder voor; deze regeling is overgeslagen.`) });
    return undefined;
  }
  const known: readonly string[] = FACTS;
  const ruleProblems = (item.eligibility ?? []).flatMap((condition, index) => {
    const rulePath = `${path}/eligibility/${index}/rule`;
    // Rule problems are codes now; until FeedProblem carries codes, pass the code and its values on.
    const problems = validateRule(condition.rule).map((p) => ({
      path: rulePath + p.path,
      message: p.params ? `${p.code} ${JSON.stringify(p.params)}` : p.code,
    }));
    if (problems.length > 0) return problems;
    // A misspelt fact would leave the condition unknown forever: "misschien" for everyone.
    return factsUsed(condition.rule)
      .filter((fact) => !known.includes(fact))
      .map((fact) => ({
        path: rulePath,
        message: msg(str`De check kent het antwoord "${fact}" niet. Bekend zijn: ${known.join(', ')}.`),
      }));
  });
  if (ruleProblems.length > 0) {
    problems.push(...ruleProblems);
    return undefined;
  }
  seen.add(item.id);

  if (!item.apply) return item;
  const apply = { ...item.apply };
  if (apply.url !== undefined) {
    const href = safeUrl(apply.url, baseUrl);
    if (href && /^https?:/.test(href)) apply.url = href;
    else {
      problems.push({ path: `${path}/apply/url`, message: msg(str`De link "${apply.url}" is weggelaten: alleen http- en https-links mogen.`) });
      delete apply.url;
    }
  }
  if (apply.email !== undefined && !mailtoUrl(apply.email)) {
    problems.push({ path: `${path}/apply/email`, message: msg(str`"${apply.email}" is geen e-mailadres en is weggelaten.`) });
    delete apply.email;
  }
  if (apply.phone !== undefined && !telUrl(apply.phone)) {
    problems.push({ path: `${path}/apply/phone`, message: msg(str`"${apply.phone}" is geen telefoonnummer en is weggelaten.`) });
    delete apply.phone;
  }
  return { ...item, apply };
}

import { describe, it, expect } from 'vitest';
import { parseRegelingen } from '../../src/core/regelingen.js';
import { MAX_PROBLEMS, parseJson } from '../../src/core/feed.js';
import type { FeedOutcome } from '../../src/core/feed.js';
import type { RegelingenFeed } from '../../src/core/schemas/regelingen.js';
import { validatorFrom } from '../../src/core/validate.js';
import { validateRule } from '../../src/core/rules.js';
import { regelingenItem } from '../../src/generated/regelingen-schemas.js';
import { prng } from './prng.js';

const validItem = validatorFrom(regelingenItem);

/** What every kept item must be, whatever the input: valid, unique, with safe links and valid rules. */
function keptItemFaults(feed: RegelingenFeed): string[] {
  const faults: string[] = [];
  const ids = new Set<string>();
  for (const item of feed.regelingen) {
    if (validItem(item as never, '').length > 0) faults.push(`invalid item ${item.id}`);
    if (ids.has(item.id)) faults.push(`duplicate id ${item.id}`);
    ids.add(item.id);
    if (item.apply?.url !== undefined && !/^https?:\/\//.test(item.apply.url)) faults.push(`unsafe link ${item.apply.url}`);
    for (const condition of item.eligibility ?? []) if (validateRule(condition.rule).length > 0) faults.push(`invalid rule in ${item.id}`);
  }
  return faults;
}

/**
 * 10,000 feeds, each a known-valid feed with a few seeded mutations, through parseRegelingen:
 * no exception, no hang, no prototype pollution, every item no mutation touched is kept
 * unchanged, and every kept item is valid, unique and safe. The seed is fixed, so a failure names an iteration that can be replayed.
 */

const SEED = 20261130;
const RUNS = 10_000;

type Random = ReturnType<typeof prng>;
type Json = Record<string, unknown>;

/** Valid regelingen of every shape the schema allows: texts per level, amounts, apply, rules, sources. */
function baseItems(): Json[] {
  return [
    { id: 'a', title: 'Bijzondere bijstand', summary: { a2: 'Geld voor hoge kosten.', b1: 'Hulp bij kosten.' }, categories: ['geld'], source: 'bron.txt' },
    {
      id: 'b',
      title: { a2: 'Meedoen', b1: 'Meedoenregeling', c1: 'Regeling maatschappelijke participatie' },
      summary: 'Voor sport en cultuur.',
      categories: ['sport-en-cultuur', 'kinderen'],
      amount: { value: 150, period: 'jaar', per: 'persoon', example: true, note: 'Voorbeeld.' },
      apply: { text: 'Vraag het aan.', organisation: 'Gemeente', url: 'https://www.example.nl/meedoen', email: 'info@example.nl', phone: '14 0546', bring: 'Uw ID.' },
      source: [{ file: 'bron.txt', section: '2' }, 'ander.txt'],
    },
    {
      id: 'c',
      title: 'Kwijtschelding',
      summary: 'U hoeft de belasting niet te betalen.',
      categories: ['geld', 'wonen'],
      eligibility: [
        { id: 'woont', rule: { '==': [{ var: 'woontInGemeente' }, true] }, met: 'U woont hier.', notMet: 'U woont niet hier.' },
        { id: 'leeftijd', rule: { '>=': [{ var: 'leeftijd' }, 18] }, met: 'Volwassen.', notMet: { a2: 'Te jong.' }, source: 'bron.txt', example: true },
      ],
      upl: 'http://standaarden.overheid.nl/owms/terms/kwijtschelding',
      source: { file: 'bron.txt' },
    },
    { id: 'd', title: 'Schuldhulp', summary: 'Hulp bij schulden.', categories: ['schulden'], forWhom: 'Iedereen.', whatYouGet: { b1: 'Een gesprek.' }, source: 'bron.txt' },
    { id: 'e-f', title: 'Tegemoetkoming', summary: 'Geld terug.', categories: ['zorg'], apply: { text: 'Bel ons.' }, source: 'bron.txt' },
    { id: 'g1', title: 'Laptop', summary: 'Een laptop voor school.', categories: ['school', 'kinderen'], source: 'bron.txt' },
  ];
}

function baseFeed(): Json {
  return {
    kind: 'regelingen',
    publisher: { name: 'Gemeente Test', url: 'https://www.example.nl/' },
    updated: '2026-11-30',
    norms: { validFrom: '2026-01-01', source: 'bron.txt', limitPercent: 120, incomeNorms: [{ household: 'paar', monthlyNet: 1900, example: true }] },
    regelingen: baseItems(),
  };
}

const POLLUTION = 'fuzzPolluted';

/** A value JSON, or JavaScript, can put where a feed expects something else. */
function weird(r: Random): unknown {
  switch (r.int(24)) {
    case 0: return null;
    case 1: return r.int(2) === 0;
    case 2: return r.next() * 1e6 - 5e5;
    case 3: return r.pick([Infinity, -Infinity, NaN, 1e308 * 10, -0, Number.MAX_VALUE]);
    case 4: return '';
    case 5: return 'x'.repeat(r.pick([1, 100, 100_000]));
    case 6: return r.pick(['\ud800', 'a\udc00b', '\u0000', '"quoted"', '<b>x</b>', 'javascript:alert(1)', '💶']);
    case 7: return [];
    case 8: return {};
    case 9: return Array.from({ length: r.int(5) }, () => weird(r));
    case 10: return { a2: weird(r), b1: 'x' };
    case 11: {
      let deep: unknown = 'bodem';
      const levels = r.pick([50, 99, 101, 150, 3000]);
      for (let i = 0; i < levels; i++) deep = r.chance(0.5) ? [deep] : { n: deep };
      return deep;
    }
    case 12: return JSON.parse(`{"__proto__":{"${POLLUTION}":"ja"},"a2":"x"}`);
    case 13: return { constructor: { prototype: { [POLLUTION]: 'ja' } } };
    case 14: return undefined;
    case 15: return () => 'functie';
    case 16: return Symbol('s');
    case 17: return BigInt(7);
    case 18: return Object.defineProperty({}, 'a2', { enumerable: true, get: () => { throw new Error('getter'); } });
    case 19: {
      const cycle: Json = { a2: 'x' };
      cycle.self = r.chance(0.5) ? cycle : [cycle];
      return cycle;
    }
    case 20: return new Date(0);
    case 21: return new Map([['a2', 'x']]);
    case 22: return Object.create(null, { a2: { value: 'x', enumerable: true } });
    default: {
      const { proxy, revoke } = Proxy.revocable({}, {});
      revoke();
      return proxy;
    }
  }
}

const KEYS = ['extra', 'say "hi"', 'a/b', 'm~n', '\ud800', '', '__proto__', 'constructor', 'toString', 'title', 'id', '0'];

/** Every [container, key] inside a value, so a mutation can land anywhere. */
function slots(value: unknown, out: [object, string | number][] = [], depth = 0): [object, string | number][] {
  if (depth > 20 || typeof value !== 'object' || value === null) return out;
  let keys: string[];
  try {
    keys = Object.keys(value);
  } catch {
    return out; // A revoked proxy.
  }
  for (const key of keys) {
    const k = Array.isArray(value) ? Number(key) : key;
    out.push([value, k]);
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (descriptor && 'value' in descriptor) slots(descriptor.value, out, depth + 1); // Never run a getter.
  }
  return out;
}

function setOwn(target: object, key: string | number, value: unknown) {
  try {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  } catch {
    // A frozen or non-configurable place (made by an earlier mutation) stays as it is.
  }
}

/** Mutates one item in place. */
function mutateItem(item: Json, r: Random, others: Json[]): void {
  const places = slots(item);
  if (places.length === 0) places.push([item, 'id']);
  switch (r.int(6)) {
    case 0: {
      const [container, key] = r.pick(places);
      if (Array.isArray(container)) container.splice(Number(key), 1);
      else delete (container as Json)[key];
      break;
    }
    case 1:
    case 2: {
      const [container, key] = r.pick(places);
      setOwn(container, key, weird(r));
      break;
    }
    case 3: setOwn(r.chance(0.5) ? item : (r.pick(places)[0] as Json), r.pick(KEYS), weird(r)); break;
    case 4: item.id = (r.pick(others).id as string) ?? 'x'; break;
    default: {
      const apply = (item.apply !== null && typeof item.apply === 'object' && !Array.isArray(item.apply) ? item.apply : {}) as Json;
      apply[r.pick(['url', 'email', 'phone'])] = r.pick(['javascript:alert(1)', 'data:text/html,x', 'mailto:x', 'geen', '', ' https://x.nl ', '//x.nl', 'http://[']);
      item.apply = apply;
    }
  }
}

interface Case {
  value: unknown;
  /** Ids of base items no mutation touched: they must come out unchanged. */
  untouched: string[];
  /** The document stayed a regelingen feed (kind and list intact). */
  stillAFeed: boolean;
  note: string;
}

function makeCase(r: Random): Case {
  const doc = baseFeed();
  const items = doc.regelingen as Json[];
  const base = [...items];
  const touched = new Set<string>();
  let stillAFeed = true;
  const notes: string[] = [];
  const mutations = 1 + r.int(3);
  for (let m = 0; m < mutations; m++) {
    const what = r.int(10);
    if (what < 5) {
      const item = r.pick(base);
      touched.add(item.id as string);
      mutateItem(item, r, baseItems());
      // An id changed to another item's id makes that item a duplicate too.
      if (typeof item.id === 'string') touched.add(item.id);
      notes.push(`item ${typeof item.id === "string" ? item.id : typeof item.id}`);
    } else if (what === 5) {
      // Junk items anywhere in the list; their ids never equal a base id.
      const count = r.chance(0.05) ? 2000 : 1 + r.int(3);
      if (count > 3) items.splice(r.int(items.length + 1), 0, ...Array.from({ length: count }, () => ({})));
      else for (let i = 0; i < count; i++) items.splice(r.int(items.length + 1), 0, r.chance(0.5) ? {} : (weird(r) as Json));
      notes.push(`junk ×${count}`);
    } else if (what === 6) {
      // A copy of a valid item placed before it: the original is then the duplicate.
      const original = r.pick(baseItems());
      const index = Math.max(0, items.findIndex((item) => item === base.find((b) => b.id === original.id)));
      touched.add(original.id as string);
      items.splice(r.int(index + 1), 0, original);
      notes.push(`duplicate ${String(original.id)}`);
    } else if (what === 7) {
      const key = r.pick(['publisher', 'updated', 'norms', 'extra', '__proto__', '$schema']);
      setOwn(doc, key, weird(r));
      notes.push(`envelope ${key}`);
    } else if (what === 8) {
      if (r.chance(0.5)) {
        doc.kind = weird(r);
        stillAFeed = false;
      } else {
        doc.regelingen = r.chance(0.5) ? weird(r) : items;
        if (doc.regelingen !== items) stillAFeed = false;
      }
      notes.push('kind or list');
    } else {
      const key = r.pick(['norms', 'publisher']);
      const place = r.pick(slots(doc[key]));
      if (place) setOwn(place[0], place[1], weird(r));
      notes.push(`inside ${key}`);
    }
  }
  const untouched = baseItems().map((b) => b.id as string).filter((id) => !touched.has(id));
  return { value: doc, untouched, stillAFeed, note: notes.join(', ') };
}

/** The value as a widget would get it: the object itself, or its JSON text, parsed or mangled. */
function deliver(value: unknown, r: Random): { value: unknown; textMangled: boolean } {
  const mode = r.int(4);
  if (mode === 0) return { value, textMangled: false };
  let text: string;
  try {
    const json = JSON.stringify(value);
    if (json === undefined) return { value, textMangled: false };
    text = json;
  } catch {
    return { value, textMangled: false }; // Cycles and bigints cannot be text.
  }
  let mangled = false;
  if (mode === 3) {
    mangled = true;
    const at = r.int(text.length);
    const insert = r.pick(['1e400', '"\\ud800"', '{"__proto__":{"' + POLLUTION + '":1}}', '[', '}', '', '\\', 'null', '"', '-']);
    text = text.slice(0, at) + insert + text.slice(at + (r.chance(0.5) ? 1 : 0));
  }
  const parsed = parseJson(text);
  return { value: parsed.ok ? parsed.value : text, textMangled: mangled };
}

const clean = (id: string) => {
  // What a base item looks like after parsing: links resolved the way the parser resolves them.
  const item = baseItems().find((b) => b.id === id)!;
  const apply = item.apply as Json | undefined;
  if (apply?.url) apply.url = new URL(apply.url as string).href;
  return item;
};

describe(`fuzzing parseRegelingen with ${RUNS.toLocaleString('en')} mutated feeds (seed ${SEED})`, () => {
  it('never throws, pollutes or hangs; keeps every item no mutation touched; keeps only valid, unique, safe items', { timeout: 30_000 }, () => {
    const r = prng(SEED);
    const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();
    const failures: string[] = [];
    let kept = 0;
    let slowest = 0;
    for (let run = 0; run < RUNS && failures.length < 5; run++) {
      const made = makeCase(r);
      const { value, textMangled } = deliver(made.value, r);
      let outcome: FeedOutcome<RegelingenFeed>;
      const start = performance.now();
      try {
        outcome = parseRegelingen(value, 'https://www.example.nl/feed.json');
      } catch (error) {
        failures.push(`run ${run} (${made.note}): threw ${String(error)}`);
        continue;
      }
      slowest = Math.max(slowest, performance.now() - start);
      const where = `run ${run} (${made.note}${textMangled ? ', mangled text' : ''})`;
      if (POLLUTION in {} || Object.prototype.hasOwnProperty.call(Object.prototype, POLLUTION)) failures.push(`${where}: polluted Object.prototype`);
      if (outcome.problems.length > MAX_PROBLEMS || outcome.problemCount < outcome.problems.length) failures.push(`${where}: problem cap broken`);
      if (!outcome.problems.every((p) => typeof p.path === 'string' && /^[a-z-]+$/.test(p.code))) failures.push(`${where}: malformed problem`);
      if (outcome.ok) for (const fault of keptItemFaults(outcome.feed)) failures.push(`${where}: ${fault}`);
      if (!outcome.ok || !made.stillAFeed || textMangled) continue;
      for (const id of made.untouched) {
        const found = outcome.feed.regelingen.find((item) => item.id === id);
        if (!found) failures.push(`${where}: lost untouched item ${id}; problems ${JSON.stringify(outcome.problems.slice(0, 3))}`);
        else if (JSON.stringify(found) !== JSON.stringify(clean(id))) failures.push(`${where}: changed untouched item ${id}`);
        else kept++;
      }
      if (outcome.feed.regelingen.some((item) => Object.getPrototypeOf(item) !== Object.prototype)) failures.push(`${where}: item with another prototype`);
    }
    expect(failures).toEqual([]);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
    // The mutations leave most base items alone: the check above really ran.
    expect(kept).toBeGreaterThan(RUNS);
    // A generous bound, only to catch a hang on one feed.
    expect(slowest).toBeLessThan(2000);
  });
});

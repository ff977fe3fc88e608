import { describe, it, expect } from 'vitest';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { REGELING_SEARCH_BOOSTS, parseRegelingen, parseRegelingenAsync, regelingSearchDocuments } from '../../src/core/regelingen.js';
import { TextSearch } from '../../src/core/search.js';
import { FeedAbortedError, MAX_PROBLEMS, parseJson } from '../../src/core/feed.js';
import { MAX_DEPTH } from '../../src/core/json-value.js';
import { LEVELS } from '../../src/core/level.js';
import type { Regeling, RegelingenFeed } from '../../src/core/schemas/regelingen.js';
import type { FeedProblem } from '../../src/core/problems.js';
import defaultData from '../../src/data/twenterand/regelingen.json';

type Json = Record<string, unknown>;

/** A minimal valid regeling; `over` replaces or adds fields. */
const regeling = (over: Json = {}): Json => ({
  id: 'r1',
  title: { a2: 'Titel A2', b1: 'Titel B1', c1: 'Titel C1' },
  summary: 'Samenvatting.',
  categories: ['geld'],
  source: 'bron.txt',
  ...over,
});

const feed = (items: unknown[], over: Json = {}): Json => ({
  kind: 'regelingen',
  publisher: { name: 'Gemeente Test' },
  regelingen: items,
  ...over,
});

const condition = (over: Json = {}): Json => ({
  id: 'c1',
  rule: { '==': [{ var: 'woontInGemeente' }, true] },
  met: 'Ja.',
  notMet: 'Nee.',
  ...over,
});

/** Parses and expects success; returns the feed and problems. */
function parseOk(value: unknown, baseUrl?: string): { feed: RegelingenFeed; problems: FeedProblem[] } {
  const outcome = parseRegelingen(value, baseUrl);
  if (!outcome.ok) throw new Error(`expected ok, got failure ${JSON.stringify(outcome.failure)}`);
  expect(outcome.problemCount).toBe(outcome.problems.length);
  return { feed: outcome.feed, problems: outcome.problems };
}

const ids = (f: RegelingenFeed) => f.regelingen.map((r) => r.id);

/** JSON text read the way a widget reads it (parseJson), which parseRegelingen checks without copying. */
function parseJsonValue(text: string): unknown {
  const parsed = parseJson(text);
  if (!parsed.ok) throw new Error(`not JSON: ${parsed.failure.detail}`);
  return parsed.value;
}

describe('parseRegelingen: the kind of document', () => {
  it.each<[string, unknown]>([
    ['null', null],
    ['undefined', undefined],
    ['an array', []],
    ['an array of regelingen', [regeling()]],
    ['a string', 'regelingen'],
    ['a number', 42],
    ['a boolean', true],
    ['an empty object', {}],
    ['another kind of feed', { kind: 'agenda', regelingen: [] }],
    ['another kind with valid items', { kind: 'agenda', publisher: { name: 'x' }, regelingen: [regeling()] }],
    ['a kind that is not a string', { kind: 5, regelingen: [] }],
    ['regelingen that is not a list', { kind: 'regelingen', regelingen: {} }],
    ['regelingen as a string', { regelingen: 'geen lijst' }],
  ])('%s is the wrong kind', (_name, value) => {
    const outcome = parseRegelingen(value);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.failure).toEqual({ kind: 'wrong-kind', expected: 'regelingen' });
    expect(outcome.problems).toEqual([]);
    expect(outcome.problemCount).toBe(0);
  });

  it('accepts a feed without kind', () => {
    const { feed: f, problems } = parseOk({ publisher: { name: 'x' }, regelingen: [regeling()] });
    expect(problems).toEqual([]);
    expect(ids(f)).toEqual(['r1']);
  });

  it('accepts an empty list', () => {
    expect(parseRegelingen(feed([]))).toEqual({
      ok: true,
      feed: { publisher: { name: 'Gemeente Test' }, regelingen: [] },
      problems: [],
      problemCount: 0,
    });
  });
});

describe('parseRegelingen: a valid feed', () => {
  it('keeps the items as they are, with publisher and updated', () => {
    const item = regeling({
      eligibility: [condition()],
      apply: { text: 'Bel ons.', organisation: 'Gemeente', url: 'https://www.example.nl/aanvragen', phone: '14 0546', email: 'info@example.nl' },
      amount: { value: 25, period: 'maand', per: 'kind', example: true },
    });
    const { feed: f, problems } = parseOk(feed([item], { updated: '2026-11-22' }));
    expect(problems).toEqual([]);
    expect(f.publisher).toEqual({ name: 'Gemeente Test' });
    expect(f.updated).toBe('2026-11-22');
    expect(f.regelingen).toEqual([item]);
  });

  it('does not change the input', () => {
    const doc = feed([regeling({ apply: { url: 'javascript:alert(1)', email: 'x' } }), regeling(), { kapot: true }]);
    const before = structuredClone(doc);
    parseRegelingen(doc, 'https://www.example.nl/');
    expect(doc).toEqual(before);
  });
});

describe('parseRegelingen: broken items', () => {
  it('skips an item without title, keeps the others, and reports the path', () => {
    const { title: _title, ...noTitle } = regeling({ id: 'zonder-titel' });
    void _title;
    const { feed: f, problems } = parseOk(feed([regeling({ id: 'a' }), noTitle, regeling({ id: 'c' })]));
    expect(ids(f)).toEqual(['a', 'c']);
    expect(problems).toEqual([{ path: '/regelingen/1/title', code: 'required', params: { field: 'title' } }]);
  });

  it('skips an item with an unknown category and names the options', () => {
    const { feed: f, problems } = parseOk(feed([regeling({ id: 'a' }), regeling({ id: 'b', categories: ['geld', 'feest'] })]));
    expect(ids(f)).toEqual(['a']);
    expect(problems).toEqual([
      {
        path: '/regelingen/1/categories/1',
        code: 'enum',
        params: { value: '"feest"', options: 'geld, zorg, kinderen, school, sport-en-cultuur, schulden, wonen, werk' },
      },
    ]);
  });

  it('reports each broken item at its own index', () => {
    const { feed: f, problems } = parseOk(
      feed([
        regeling({ id: 'a' }),
        null,
        regeling({ id: 'Hoofdletters' }),
        regeling({ id: 'd', extra: 1 }),
        regeling({ id: 'e', summary: { en: 'English' } }),
        regeling({ id: 'f' }),
      ]),
    );
    expect(ids(f)).toEqual(['a', 'f']);
    expect(problems.map((p) => p.path)).toEqual([
      '/regelingen/1',
      '/regelingen/2/id',
      '/regelingen/3/extra',
      '/regelingen/4/summary',
    ]);
  });

  it('skips a duplicate id, keeps the first, and reports the second', () => {
    const { feed: f, problems } = parseOk(
      feed([regeling({ id: 'a', summary: 'eerste' }), regeling({ id: 'b' }), regeling({ id: 'a', summary: 'tweede' })]),
    );
    expect(ids(f)).toEqual(['a', 'b']);
    expect(f.regelingen[0]!.summary).toBe('eerste');
    expect(problems).toEqual([{ path: '/regelingen/2/id', code: 'duplicate-id', params: { id: 'a' } }]);
  });

  it('keeps a later item with the id of an earlier item that was skipped', () => {
    const { feed: f } = parseOk(feed([regeling({ id: 'a', categories: [] }), regeling({ id: 'a', summary: 'goed' })]));
    expect(f.regelingen.map((r) => r.summary)).toEqual(['goed']);
  });

  it('skips an item whose rule uses an unknown operator; the path points into the rule', () => {
    const broken = regeling({
      id: 'b',
      eligibility: [condition({ id: 'ok' }), condition({ id: 'kapot', rule: { between: [{ var: 'leeftijd' }, 18, 67] } })],
    });
    const { feed: f, problems } = parseOk(feed([regeling({ id: 'a' }), broken]));
    expect(ids(f)).toEqual(['a']);
    expect(problems).toEqual([
      {
        path: '/regelingen/1/eligibility/1/rule/between',
        code: 'rule-unknown-operator',
        params: { operator: 'between', allowed: expect.any(String) },
      },
    ]);
  });

  it('skips an item whose rule reads a fact the check does not know (a typo would mean "misschien" forever)', () => {
    const typo = regeling({
      id: 'b',
      eligibility: [condition({ id: 'inkomen', rule: { '<=': [{ var: 'inkomenProcentNrom' }, 120] } })],
    });
    const { feed: f, problems } = parseOk(feed([regeling({ id: 'a' }), typo]));
    expect(ids(f)).toEqual(['a']);
    expect(problems).toEqual([
      { path: '/regelingen/1/eligibility/0/rule', code: 'unknown-fact', params: { fact: 'inkomenProcentNrom', known: expect.any(String) } },
    ]);
    expect(String(problems[0]!.params!.known).split(', ')).toContain('inkomenProcentNorm');
  });

  it('points at a nested problem inside the rule, escaping odd operator names', () => {
    const rule = { and: [{ '==': [{ var: 'x' }, 1] }, { 'a/b': 1 }] };
    const { feed: f, problems } = parseOk(feed([regeling({ eligibility: [condition({ rule })] })]));
    expect(f.regelingen).toEqual([]);
    expect(problems.map((p) => p.path)).toEqual(['/regelingen/0/eligibility/0/rule/and/1/a~1b']);
  });

  it('skips an item whose rule has the wrong number of arguments', () => {
    const { feed: f, problems } = parseOk(feed([regeling({ eligibility: [condition({ rule: { '==': [1] } })] })]));
    expect(f.regelingen).toEqual([]);
    expect(problems).toEqual([
      { path: '/regelingen/0/eligibility/0/rule/==', code: 'rule-arity', params: { operator: '==', min: 2, max: 2, count: 1 } },
    ]);
  });

  it('skips an item whose rule object has two operators (caught by the schema)', () => {
    const { feed: f, problems } = parseOk(
      feed([regeling({ eligibility: [condition({ rule: { '==': [1, 1], '!=': [1, 2] } })] })]),
    );
    expect(f.regelingen).toEqual([]);
    expect(problems.map((p) => p.path)).toEqual(['/regelingen/0/eligibility/0/rule']);
  });
});

describe('parseRegelingen: links and contact details', () => {
  const withApply = (apply: Json) => feed([regeling({ apply: { text: 'Vraag het aan.', organisation: 'Gemeente', ...apply } })]);

  it('keeps the item but removes a javascript: link, and reports it', () => {
    const { feed: f, problems } = parseOk(withApply({ url: 'javascript:alert(1)' }));
    expect(ids(f)).toEqual(['r1']);
    const apply = f.regelingen[0]!.apply!;
    expect(apply).not.toHaveProperty('url');
    expect(apply.text).toBe('Vraag het aan.');
    expect(apply.organisation).toBe('Gemeente');
    expect(problems).toEqual([{ path: '/regelingen/0/apply/url', code: 'unsafe-link', params: { value: 'javascript:alert(1)' } }]);
  });

  it.each(['data:text/html,<b>x</b>', 'vbscript:msgbox(1)', 'file:///c:/x', 'mailto:info@example.nl', 'tel:0546840000', 'ftp://x.nl', ''])(
    'removes the non-http link %j',
    (url) => {
      const { feed: f, problems } = parseOk(withApply({ url }));
      expect(f.regelingen[0]!.apply).not.toHaveProperty('url');
      expect(problems.map((p) => p.path)).toEqual(['/regelingen/0/apply/url']);
    },
  );

  it('resolves a relative link against the base URL', () => {
    const { feed: f, problems } = parseOk(withApply({ url: '/minima/meedoen' }), 'https://www.twenterand.nl/feeds/regelingen.json');
    expect(problems).toEqual([]);
    expect(f.regelingen[0]!.apply!.url).toBe('https://www.twenterand.nl/minima/meedoen');
  });

  it('removes a relative link when there is no base URL', () => {
    const { feed: f, problems } = parseOk(withApply({ url: '/minima/meedoen' }));
    expect(f.regelingen[0]!.apply).not.toHaveProperty('url');
    expect(problems.map((p) => p.path)).toEqual(['/regelingen/0/apply/url']);
  });

  it('keeps an absolute https link, normalised', () => {
    const { feed: f, problems } = parseOk(withApply({ url: ' https://www.Twenterand.nl ' }), 'https://elders.example/');
    expect(problems).toEqual([]);
    expect(f.regelingen[0]!.apply!.url).toBe('https://www.twenterand.nl/');
  });

  it('removes and reports an invalid e-mail address, keeps a valid one', () => {
    const bad = parseOk(withApply({ email: 'geen adres' }));
    expect(bad.feed.regelingen[0]!.apply).not.toHaveProperty('email');
    expect(bad.problems).toEqual([{ path: '/regelingen/0/apply/email', code: 'not-email', params: { value: 'geen adres' } }]);

    const good = parseOk(withApply({ email: 'info@example.nl' }));
    expect(good.problems).toEqual([]);
    expect(good.feed.regelingen[0]!.apply!.email).toBe('info@example.nl');
  });

  it('removes and reports an invalid phone number, keeps a valid one', () => {
    const bad = parseOk(withApply({ phone: 'bel ons' }));
    expect(bad.feed.regelingen[0]!.apply).not.toHaveProperty('phone');
    expect(bad.problems).toEqual([{ path: '/regelingen/0/apply/phone', code: 'not-phone', params: { value: 'bel ons' } }]);

    const good = parseOk(withApply({ phone: '14 0546' }));
    expect(good.problems).toEqual([]);
    expect(good.feed.regelingen[0]!.apply!.phone).toBe('14 0546');
  });

  it('reports url, e-mail and phone of one item together, at the right index', () => {
    const { feed: f, problems } = parseOk(
      feed([regeling({ id: 'a' }), regeling({ id: 'b', apply: { url: 'javascript:x', email: 'x', phone: 'x' } })]),
    );
    expect(ids(f)).toEqual(['a', 'b']);
    expect(f.regelingen[1]!.apply).toEqual({});
    expect(problems.map((p) => p.path)).toEqual(['/regelingen/1/apply/url', '/regelingen/1/apply/email', '/regelingen/1/apply/phone']);
  });
});

describe('parseRegelingen: the envelope', () => {
  const norms = {
    validFrom: '2025-01-01',
    source: 'bron.txt',
    limitPercent: 120,
    incomeNorms: [{ household: 'alleenstaand', monthlyNet: 1400, example: true }],
    assetLimits: [{ household: 'alleenstaand', amount: 8000, example: true }],
  };

  it('keeps valid norms', () => {
    const { feed: f, problems } = parseOk(feed([regeling()], { norms }));
    expect(problems).toEqual([]);
    expect(f.norms).toEqual(norms);
  });

  it.each<[string, unknown, string]>([
    ['an unknown household', { ...norms, incomeNorms: [{ household: 'gezin', monthlyNet: 1400 }] }, '/norms/incomeNorms/0/household'],
    ['a missing validFrom', { source: 'x' }, '/norms/validFrom'],
    ['a negative limit', { ...norms, limitPercent: -5 }, '/norms/limitPercent'],
    ['a string', 'geen normen', '/norms'],
    ['null', null, '/norms'],
  ])('drops norms with %s but keeps the regelingen', (_name, broken, path) => {
    const { feed: f, problems } = parseOk(feed([regeling({ id: 'a' }), regeling({ id: 'b' })], { norms: broken }));
    expect(ids(f)).toEqual(['a', 'b']);
    expect(f.norms).toBeUndefined();
    expect(problems.map((p) => p.path)).toContain(path);
    expect(problems.every((p) => p.path.startsWith('/norms'))).toBe(true);
  });

  it('drops an invalid updated date and reports it', () => {
    const { feed: f, problems } = parseOk(feed([regeling()], { updated: '22-11-2026' }));
    expect(f.updated).toBeUndefined();
    expect(problems.map((p) => p.path)).toEqual(['/updated']);
  });

  it('reports a missing or broken publisher, and still shows the regelingen', () => {
    const missing = parseOk({ kind: 'regelingen', regelingen: [regeling()] });
    expect(missing.feed.publisher).toEqual({ name: '' });
    expect(ids(missing.feed)).toEqual(['r1']);
    expect(missing.problems).toEqual([{ path: '/publisher', code: 'required', params: { field: 'publisher' } }]);

    const wrong = parseOk(feed([regeling()], { publisher: 'Gemeente' }));
    expect(wrong.feed.publisher).toEqual({ name: '' });
    expect(wrong.problems.map((p) => p.path)).toEqual(['/publisher']);
  });

  it('reports unknown top-level fields', () => {
    const { feed: f, problems } = parseOk(feed([regeling()], { regels: [] }));
    expect(ids(f)).toEqual(['r1']);
    expect(problems).toEqual([{ path: '/regels', code: 'unknown-field', params: { field: 'regels' } }]);
  });

  it('does not report the items twice (the envelope does not validate them)', () => {
    const { problems } = parseOk(feed([regeling({ categories: [] })]));
    expect(problems).toEqual([{ path: '/regelingen/0/categories', code: 'empty-list' }]);
  });
});

describe('parseRegelingen never throws', () => {
  const cyclic: Json = { a: 1 };
  cyclic.self = cyclic;
  const cyclicList: unknown[] = [];
  cyclicList.push(cyclicList);
  let deepRule: unknown = { var: 'x' };
  for (let i = 0; i < 20_000; i++) deepRule = { '!': deepRule };
  let deepArray: unknown = 1;
  for (let i = 0; i < 20_000; i++) deepArray = [deepArray];
  const many = Array.from({ length: 2000 }, (_, i) => regeling({ id: `r-${i}` }));

  const weird: [string, unknown][] = [
    ['NaN', NaN],
    ['Infinity', Infinity],
    ['an empty string', ''],
    ['a Date', new Date(0)],
    ['a Map', new Map([['regelingen', []]])],
    ['an object without prototype', Object.assign(Object.create(null), { regelingen: [regeling()] })],
    ['a cyclic object', cyclic],
    ['a cyclic regelingen list', feed(cyclicList)],
    ['a cyclic value inside an item', feed([regeling({ extra: cyclic })])],
    ['a cyclic source', feed([regeling({ source: cyclic })])],
    ['a cyclic rule', feed([regeling({ eligibility: [condition({ rule: cyclic })] })])],
    ['a very deep rule', feed([regeling({ eligibility: [condition({ rule: deepRule })] })])],
    ['a very deep array in a rule', feed([regeling({ eligibility: [condition({ rule: { in: [1, deepArray] } })] })])],
    ['a very deep title', feed([regeling({ title: deepArray })])],
    ['a sparse list', feed(new Array(5))],
    ['items of every JSON type', feed([null, true, 0, 'x', [], {}])],
    ['NaN and Infinity amounts', feed([regeling({ amount: { value: NaN } }), regeling({ id: 'b', amount: { value: Infinity } })])],
    ['__proto__ keys from JSON.parse', JSON.parse('{"publisher":{"name":"x"},"regelingen":[{"__proto__":{"id":"x"}}],"__proto__":{"kind":"agenda"}}')],
    ['eligibility that is not a list', feed([regeling({ eligibility: { rule: {} } })])],
    ['conditions of every JSON type', feed([regeling({ eligibility: [null, 1, 'x', [], {}] })])],
    ['apply of the wrong type', feed([regeling({ apply: 'bel ons' }), regeling({ id: 'b', apply: { url: 5, email: [], phone: {} } })])],
    ['a long list', feed(many)],
    ['a very long string', feed([regeling({ summary: 'x'.repeat(1_000_000) })])],
  ];

  it.each(weird)('for %s', (_name, value) => {
    let outcome: ReturnType<typeof parseRegelingen> | undefined;
    expect(() => {
      outcome = parseRegelingen(value, 'https://www.example.nl/');
    }).not.toThrow();
    expect(outcome).toBeDefined();
    expect(Array.isArray(outcome!.problems)).toBe(true);
    if (outcome!.ok) expect(Array.isArray(outcome!.feed.regelingen)).toBe(true);
  });

  it('keeps all 2000 valid items of a long list', () => {
    expect(parseOk(feed(many)).feed.regelingen).toHaveLength(2000);
  });

  it('treats undefined as absent, as JSON would: the item stays valid', () => {
    const { feed: f, problems } = parseOk(
      feed([regeling({ upl: undefined }), regeling({ id: 'b', apply: { text: 'x', url: undefined } })], { updated: undefined }),
    );
    expect(ids(f)).toEqual(['r1', 'b']);
    expect(problems).toEqual([]);
    expect(f.regelingen[0]).not.toHaveProperty('upl');
    expect(f.regelingen[1]!.apply).toEqual({ text: 'x' });
  });

  it('leaves out functions and symbols as JSON would, and calls a bigint unreadable; the other items stay', () => {
    const { feed: f, problems } = parseOk(
      feed([
        regeling({ id: 'a', title: () => 'x' }),
        regeling({ id: 'b', categories: [BigInt(1)] }),
        regeling({ id: 'c', id2: Symbol('x') }),
        regeling({ id: 'd' }),
      ]),
    );
    expect(ids(f)).toEqual(['c', 'd']);
    expect(problems).toEqual([
      { path: '/regelingen/0/title', code: 'required', params: { field: 'title' } },
      { path: '/regelingen/1/categories/0', code: 'unreadable' },
    ]);
  });
});

describe('parseRegelingen: values JSON cannot hold skip one item, never the feed', () => {
  const text = (items: string[]) => `{"publisher":{"name":"x"},"regelingen":[${items.join(',')}]}`;
  const item = (id: string, extra = '') => `{"id":"${id}","title":"T","summary":"S","categories":["geld"],"source":"b.txt"${extra}}`;

  it('a key with a lone surrogate skips only its item (it used to throw URIError)', () => {
    const { feed: f, problems } = parseOk(JSON.parse(text([item('a', ',"\\ud800":1'), item('b')])));
    expect(ids(f)).toEqual(['b']);
    expect(problems).toEqual([{ path: '/regelingen/0/\ud800', code: 'unknown-field', params: { field: '\ud800' } }]);
  });

  it('a lone surrogate in a text is kept: it is a string JSON can hold', () => {
    const { feed: f, problems } = parseOk(JSON.parse(text([item('a').replace('"S"', '"S\\udc00"')])));
    expect(problems).toEqual([]);
    expect(f.regelingen[0]!.summary).toBe('S\udc00');
  });

  it('an unknown key with a quote gets its own name and path', () => {
    const { problems } = parseOk(feed([regeling({ 'say "hi"': 1, 'a/b': 2 })]));
    expect(problems).toEqual([
      { path: '/regelingen/0/say "hi"', code: 'unknown-field', params: { field: 'say "hi"' } },
      { path: '/regelingen/0/a~1b', code: 'unknown-field', params: { field: 'a/b' } },
    ]);
  });

  it.each([
    ['an array', (inner: string) => `[${inner}]`],
    ['an object', (inner: string) => `{"a":${inner}}`],
  ])('an item nested 5,000 levels deep in %s is skipped as too-deep; the feed stays (it used to be lost)', (_name, wrap) => {
    let deep = '1';
    for (let i = 0; i < 5000; i++) deep = wrap(deep);
    for (const value of [JSON.parse(text([item('a', `,"upl":${deep}`), item('b')])), parseJsonValue(text([item('a', `,"upl":${deep}`), item('b')]))]) {
      const { feed: f, problems } = parseOk(value);
      expect(ids(f)).toEqual(['b']);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ code: 'too-deep', params: { max: MAX_DEPTH } });
      expect(problems[0]!.path.startsWith('/regelingen/0/upl/')).toBe(true);
    }
  });

  it('a deep data object (not from text) is skipped the same way', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 5000; i++) deep = [deep];
    const { feed: f, problems } = parseOk(feed([regeling({ id: 'a', title: deep }), regeling({ id: 'b' })]));
    expect(ids(f)).toEqual(['b']);
    expect(problems.map((p) => p.code)).toEqual(['too-deep']);
  });

  it('1e400 is number-out-of-range at its path, not null (from text, or as Infinity/NaN in data)', () => {
    const fromText = parseOk(parseJsonValue(text([item('a', ',"amount":{"value":1e400}'), item('b')])));
    expect(ids(fromText.feed)).toEqual(['b']);
    expect(fromText.problems).toEqual([{ path: '/regelingen/0/amount/value', code: 'number-out-of-range' }]);

    const fromData = parseOk(feed([regeling({ id: 'a', amount: { value: -Infinity } }), regeling({ id: 'b', amount: { value: NaN } }), regeling({ id: 'c' })]));
    expect(ids(fromData.feed)).toEqual(['c']);
    expect(fromData.problems).toEqual([
      { path: '/regelingen/0/amount/value', code: 'number-out-of-range' },
      { path: '/regelingen/1/amount/value', code: 'number-out-of-range' },
    ]);
  });

  it('1e400 in the norms drops the norms, keeps the regelingen', () => {
    const doc = JSON.parse(text([item('a')]).replace('{"publisher"', '{"norms":{"validFrom":"2025-01-01","source":"x","limitPercent":1e400},"publisher"'));
    const { feed: f, problems } = parseOk(doc);
    expect(ids(f)).toEqual(['a']);
    expect(f.norms).toBeUndefined();
    expect(problems).toEqual([{ path: '/norms/limitPercent', code: 'number-out-of-range' }]);
  });

  it('a getter that throws skips its item with unreadable at its path; the others stay (it used to throw)', () => {
    const trap = regeling({ id: 'a' });
    Object.defineProperty(trap, 'summary', { enumerable: true, get: () => { throw new Error('boem'); } });
    const { feed: f, problems } = parseOk(feed([trap, regeling({ id: 'b' })]));
    expect(ids(f)).toEqual(['b']);
    expect(problems).toEqual([{ path: '/regelingen/0/summary', code: 'unreadable' }]);
  });

  it('a getter that throws on the list item itself, or on an envelope field', () => {
    const list = [regeling({ id: 'a' }), regeling({ id: 'b' })];
    Object.defineProperty(list, 0, { get: () => { throw new Error('boem'); } });
    const doc = feed(list);
    Object.defineProperty(doc, 'updated', { enumerable: true, get: () => { throw new Error('boem'); } });
    const { feed: f, problems } = parseOk(doc);
    expect(ids(f)).toEqual(['b']);
    expect(problems).toEqual([
      { path: '/updated', code: 'unreadable' },
      { path: '/regelingen/0', code: 'unreadable' },
    ]);
  });

  it('a cycle skips its item with unreadable at the place it loops', () => {
    const loop: Json = { text: 'x' };
    loop.self = loop;
    const { feed: f, problems } = parseOk(feed([regeling({ id: 'a', apply: loop }), regeling({ id: 'b' })]));
    expect(ids(f)).toEqual(['b']);
    expect(problems).toEqual([{ path: '/regelingen/0/apply/self', code: 'unreadable' }]);
  });

  it('shared (not cyclic) objects are fine: JSON would repeat them', () => {
    const source = { file: 'bron.txt' };
    const { feed: f, problems } = parseOk(feed([regeling({ id: 'a', source }), regeling({ id: 'b', source })]));
    expect(problems).toEqual([]);
    expect(ids(f)).toEqual(['a', 'b']);
  });

  it('toJSON is honoured, as JSON.stringify does (a Date becomes its text)', () => {
    const { feed: f, problems } = parseOk(feed([regeling()], { updated: { toJSON: () => '2026-01-02' } }));
    expect(problems).toEqual([]);
    expect(f.updated).toBe('2026-01-02');
  });

  it('__proto__ keys pollute nothing and are reported as unknown fields', () => {
    const doc = JSON.parse(text([item('a', ',"__proto__":{"polluted":1}'), item('b')]).replace('{"publisher"', '{"__proto__":{"polluted":2},"publisher"'));
    const { feed: f, problems } = parseOk(doc);
    expect(ids(f)).toEqual(['b']);
    expect(problems).toEqual([
      { path: '/__proto__', code: 'unknown-field', params: { field: '__proto__' } },
      { path: '/regelingen/0/__proto__', code: 'unknown-field', params: { field: '__proto__' } },
    ]);
    expect(({} as Json).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(f)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(f.regelingen[0])).toBe(Object.prototype);
  });

  it('does not copy what it read from text, but does copy a data object (later changes on the page change nothing)', () => {
    const parsed = parseJsonValue(text([item('a'), item('b', ',"apply":{"url":"/x"}')])) as { regelingen: Json[] };
    const fromText = parseOk(parsed, 'https://www.example.nl/');
    expect(fromText.feed.regelingen[0]).toBe(parsed.regelingen[0]);
    // A cleaned link is written to a copy: the parsed value stays as it was.
    expect(fromText.feed.regelingen[1]!.apply!.url).toBe('https://www.example.nl/x');
    expect(parsed.regelingen[1]!.apply).toEqual({ url: '/x' });
    const data = feed([regeling({ id: 'a' })]);
    const outcome = parseOk(data);
    (data.regelingen as Json[])[0]!.summary = 'later veranderd';
    expect(outcome.feed.regelingen[0]!.summary).toBe('Samenvatting.');
  });
});

describe('parseRegelingen: the problems are capped', () => {
  it(`keeps the first ${MAX_PROBLEMS} problems and counts all of them, for 100,000 empty items`, () => {
    const value = parseJsonValue(`{"publisher":{"name":"x"},"regelingen":[${Array(100_000).fill('{}').join(',')}]}`);
    const start = performance.now();
    const outcome = parseRegelingen(value);
    const ms = performance.now() - start;
    expect(outcome.ok).toBe(true);
    expect(outcome.problems).toHaveLength(MAX_PROBLEMS);
    expect(outcome.problemCount).toBe(500_000); // id, title, summary, categories, source
    expect(outcome.problems[0]).toEqual({ path: '/regelingen/0/id', code: 'required', params: { field: 'id' } });
    expect(outcome.problems.at(-1)!.path).toBe('/regelingen/19/source');
    // Not a timing test: a generous bound that only catches a freeze (it used to take seconds).
    expect(ms).toBeLessThan(5000);
  });

  it('counts envelope and item problems together', () => {
    const outcome = parseRegelingen(feed([{}, regeling()], { extra: 1 }));
    expect(outcome.problemCount).toBe(6);
    expect(outcome.problems.map((p) => p.path)[0]).toBe('/extra');
  });
});

describe('parseRegelingen: the publisher\'s link', () => {
  it('keeps an http(s) publisher url, resolved; drops another kind and reports it', () => {
    const good = parseOk(feed([regeling()], { publisher: { name: 'G', url: '/' } }), 'https://www.twenterand.nl/feed.json');
    expect(good.feed.publisher).toEqual({ name: 'G', url: 'https://www.twenterand.nl/' });
    const bad = parseOk(feed([regeling()], { publisher: { name: 'G', url: 'javascript:alert(1)' } }));
    expect(bad.feed.publisher).toEqual({ name: 'G' });
    expect(bad.problems).toEqual([{ path: '/publisher/url', code: 'unsafe-link', params: { value: 'javascript:alert(1)' } }]);
  });
});

describe('parseRegelingenAsync', () => {
  it('gives the same outcome as parseRegelingen', async () => {
    const doc = feed([regeling({ id: 'a' }), {}, regeling({ id: 'a' }), regeling({ id: 'c', apply: { url: 'javascript:x' } })], { extra: 1 });
    expect(await parseRegelingenAsync(doc)).toEqual(parseRegelingen(doc));
    expect(await parseRegelingenAsync('geen feed')).toEqual(parseRegelingen('geen feed'));
  });

  it('gives the event loop a turn while it works through a long list', async () => {
    const doc = feed(Array.from({ length: 100 }, (_, i) => regeling({ id: `r-${i}` })));
    let turns = 0;
    const timer = setInterval(() => turns++, 0);
    const outcome = await parseRegelingenAsync(doc, { sliceMs: 0 });
    clearInterval(timer);
    expect(outcome.ok && outcome.feed.regelingen.length).toBe(100);
    expect(turns).toBeGreaterThan(0);
  });

  it('rejects with FeedAbortedError when aborted, before or during the work', async () => {
    const doc = feed(Array.from({ length: 500 }, (_, i) => regeling({ id: `r-${i}` })));
    const before = new AbortController();
    before.abort();
    await expect(parseRegelingenAsync(doc, { signal: before.signal })).rejects.toBeInstanceOf(FeedAbortedError);
    const during = new AbortController();
    const pending = parseRegelingenAsync(doc, { signal: during.signal, sliceMs: 0 });
    during.abort();
    await expect(pending).rejects.toBeInstanceOf(FeedAbortedError);
  });
});

// ---------------------------------------------------------------------------------------------
// The default data shipped with the library.

const SEEDS = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));
const seedsPresent = existsSync(SEEDS);
if (!seedsPresent) console.warn(`[regelingen.test] ${SEEDS} is absent: the source-file check is skipped. Clone shared/ beside the repo to run it.`);

/** Every source reference (string or {file}) in a source field, which may be a list. */
function sourceFiles(source: unknown): string[] {
  if (source === undefined) return [];
  if (Array.isArray(source)) return source.flatMap(sourceFiles);
  if (typeof source === 'string') return [source];
  if (source && typeof source === 'object' && typeof (source as { file?: unknown }).file === 'string') {
    return [(source as { file: string }).file];
  }
  return ['<onleesbare bron>'];
}

/** Every string in a value, with its JSON path. */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}/${i}`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, `${path}/${k}`));
  return [];
}

/** Every object that has an `amount`-like number, with its path: amount, monthlyNet, assetLimits. */
function amounts(value: unknown, path = ''): [string, Json][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => amounts(v, `${path}/${i}`));
  if (!value || typeof value !== 'object') return [];
  const own: [string, Json][] =
    'monthlyNet' in value || ('amount' in value && typeof (value as Json).amount === 'number') ? [[path, value as Json]] : [];
  return [...own, ...Object.entries(value).flatMap(([k, v]) => amounts(v, `${path}/${k}`))];
}

const PHONE = /(?:\+31|\b0)[\d\s-]{8,}\d|\b14\s?0\d{2,3}\b|\b0[6-9]0\d[\s-]?\d{3}/;
const EMAIL = /[^\s@]+@[^\s@]+\.[a-z]{2,}/i;
const EURO = /€|\beuro\b|\bEUR\b|\d+,(?:\d{2}\b|-)/i;

describe('the detectors used on the default data', () => {
  it('find phone numbers, e-mail addresses and amounts', () => {
    for (const text of ['Bel 0546 840 000.', 'Bel 0546-840000', 'Bel +31 546 840 000', 'Bel 14 0546.', 'Bel 0800-1234 gratis']) {
      expect(PHONE.test(text), text).toBe(true);
    }
    expect(EMAIL.test('Mail info@twenterand.nl.')).toBe(true);
    for (const text of ['€ 950', '950 euro', 'EUR 12', 'f 12,50', '950,- per jaar']) expect(EURO.test(text), text).toBe(true);
  });

  it('do not flag years, dates, percentages or counts', () => {
    for (const text of ['In 2024 kregen 298 aanvragen een toeslag.', 'Regioplan 2024-2026', 'Vanaf 2025-01-01', '120% van het minimum', 'Kinderen van 4 tot 18 jaar']) {
      expect(PHONE.test(text) || EMAIL.test(text) || EURO.test(text), text).toBe(false);
    }
  });
});

describe('the default data (src/data/twenterand/regelingen.json)', () => {
  const outcome = parseRegelingen(defaultData, 'https://www.twenterand.nl/');
  const parsed: Regeling[] = outcome.ok ? outcome.feed.regelingen : [];

  it('parses with zero problems and keeps every item', () => {
    expect(outcome.ok).toBe(true);
    expect(outcome.problems).toEqual([]);
    expect(parsed.map((r) => r.id)).toEqual(defaultData.regelingen.map((r) => r.id));
    expect(parsed.length).toBeGreaterThan(0);
  });

  it('keeps the norms (the check needs them for income questions)', () => {
    expect(outcome.ok && outcome.feed.norms).toBeTruthy();
  });

  it('has a2, b1 and c1 for every text a resident reads', () => {
    const missing: string[] = [];
    const need = (value: unknown, where: string) => {
      for (const level of LEVELS) {
        const text = value && typeof value === 'object' ? (value as Json)[level] : undefined;
        if (typeof text !== 'string' || text.trim() === '') missing.push(`${where}.${level}`);
      }
    };
    for (const r of parsed) {
      for (const field of ['title', 'summary', 'forWhom', 'whatYouGet'] as const) need(r[field], `${r.id} ${field}`);
      need(r.apply?.text, `${r.id} apply.text`);
      if (r.apply?.bring !== undefined) need(r.apply.bring, `${r.id} apply.bring`);
      if (r.amount?.note !== undefined) need(r.amount.note, `${r.id} amount.note`);
      for (const c of r.eligibility ?? []) {
        need(c.met, `${r.id} eligibility ${c.id} met`);
        need(c.notMet, `${r.id} eligibility ${c.id} notMet`);
      }
    }
    expect(missing, `missing level texts:\n${missing.join('\n')}`).toEqual([]);
  });

  it('has unique condition ids within each regeling', () => {
    for (const r of parsed) {
      const conditionIds = (r.eligibility ?? []).map((c) => c.id);
      expect(new Set(conditionIds).size, r.id).toBe(conditionIds.length);
    }
  });

  it.skipIf(!seedsPresent)(
    `names source files that exist in ../shared/seeds/${seedsPresent ? '' : ' — SKIPPED: folder absent, clone shared/ beside the repo'}`,
    () => {
      const wrong: string[] = [];
      const check = (source: unknown, where: string) => {
        const files = sourceFiles(source);
        if (files.length === 0) wrong.push(`${where}: no source`);
        for (const file of files) if (!existsSync(join(SEEDS, file))) wrong.push(`${where}: ${file}`);
      };
      for (const r of defaultData.regelingen) {
        check(r.source, r.id);
        for (const c of r.eligibility ?? []) if ('source' in c) check(c.source, `${r.id} eligibility ${c.id}`);
      }
      check(defaultData.norms.source, 'norms');
      expect(wrong, `sources not found in ${SEEDS}:\n${wrong.join('\n')}`).toEqual([]);
    },
  );

  it('has no phone numbers or e-mail addresses (none in the sources; they cannot be marked as example)', () => {
    for (const r of parsed) {
      expect(r.apply?.phone, `${r.id} apply.phone`).toBeUndefined();
      expect(r.apply?.email, `${r.id} apply.email`).toBeUndefined();
    }
    const found = strings(defaultData).filter(([, text]) => PHONE.test(text) || EMAIL.test(text));
    expect(found.map(([path, text]) => `${path}: ${text}`)).toEqual([]);
  });

  it('has no euro amounts in its texts (a text cannot be marked as example)', () => {
    const found = strings(defaultData).filter(([, text]) => EURO.test(text));
    expect(found.map(([path, text]) => `${path}: ${text}`)).toEqual([]);
  });

  it('marks every amount and norm as example: none of them come from the sources', () => {
    const all = amounts(defaultData);
    // Today there are no `amount` fields on regelingen; the norms have amounts, all examples.
    expect(all.length).toBeGreaterThan(0);
    const unmarked = all.filter(([, value]) => value.example !== true).map(([path]) => path);
    expect(unmarked, 'amounts without example: true').toEqual([]);
    for (const r of defaultData.regelingen) {
      if ('amount' in r) expect((r.amount as Json).example, `${r.id} amount`).toBe(true);
    }
  });

  it('names the document and year of every source, for residents, besides the file for editors', () => {
    const refs: unknown[] = [];
    const collect = (source: unknown) => (Array.isArray(source) ? refs.push(...source) : refs.push(source));
    for (const r of defaultData.regelingen) {
      collect(r.source);
      for (const c of r.eligibility ?? []) if ('source' in c) collect(c.source);
    }
    collect(defaultData.norms.source);
    const untitled = refs.filter((ref) => !ref || typeof ref !== 'object' || !/\b20\d\d\b/.test(String((ref as Json).title ?? '')));
    expect(untitled).toEqual([]);
  });

  it('gives every item the date it was last checked against the sources', () => {
    for (const r of parsed) expect(r.reviewed, r.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('sends nobody to the home page as if it were the page of a regeling: the publisher\'s site is the fallback', () => {
    for (const r of parsed) expect(r.apply?.url, r.id).toBeUndefined();
    expect(outcome.ok && outcome.feed.publisher.url).toBe('https://www.twenterand.nl/');
  });

  it('gives no publisher contact the sources do not give (no phone, address or hours)', () => {
    expect(defaultData.publisher).not.toHaveProperty('contact');
  });

  it('names the kernen for the first question', () => {
    expect(defaultData.publisher.places).toEqual(expect.arrayContaining(['Vriezenveen', 'Vroomshoop', 'Den Ham', 'Westerhaar']));
  });

  it('states the figures of the sources: studietoeslag 9 in 2024 (8 was 2019)', () => {
    const studie = parsed.find((r) => r.id === 'studietoeslag')!;
    for (const level of ['b1', 'c1'] as const) expect((studie.whatYouGet as Json)[level], level).toContain('9');
    expect(String((studie.whatYouGet as Json).b1)).not.toContain(' 8 ');
  });

  it('does not limit bijzondere bijstand to unexpected costs', () => {
    const bb = parsed.find((r) => r.id === 'bijzondere-bijstand')!;
    expect(JSON.stringify([bb.summary, bb.forWhom, bb.whatYouGet])).not.toMatch(/onverwacht/i);
  });

  it('calls the schuldhulp intake at the Meldpunt from 2026 a decision, at every level', () => {
    for (const id of ['meldpunt-geldzorgen', 'schuldhulpverlening']) {
      const r = parsed.find((item) => item.id === id)!;
      for (const level of LEVELS) {
        const text = [r.summary, r.whatYouGet].map((t) => String((t as Json)[level])).join(' ');
        if (text.includes('2026')) expect(text, `${id} ${level}`).toMatch(/besloten/i);
      }
    }
  });

  it('marks schoolpakket and jeugdfonds as "stand 2024" (no source says they still run), and the energietoeslag as ended in 2024', () => {
    for (const id of ['schoolpakket', 'jeugdfonds-sport-en-cultuur']) expect(parsed.find((r) => r.id === id)!.status, id).toEqual({ code: 'unconfirmed', year: 2024 });
    expect(parsed.find((r) => r.id === 'energietoeslag')!.status).toEqual({ code: 'ended', year: 2024 });
  });

  it('has what residents need that the sources name: energietoeslag, the folder, the ervaringsdeskundige, the werkcentrum', () => {
    const ids = parsed.map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining(['energietoeslag', 'folder-regelingen', 'ervaringsdeskundige-armoede', 'regionaal-werkcentrum']));
  });

  it('opens the Meldpunt Geldzorgen and the schuldhulp to all, and knows who already gets bijstand', () => {
    for (const id of ['meldpunt-geldzorgen', 'schuldhulpverlening']) expect(parsed.find((r) => r.id === id)!.openToAll, id).toBe(true);
    expect(parsed.find((r) => r.id === 'bijstandsuitkering')!.receivedWhen).toEqual({ '==': [{ var: 'inkomstenbron' }, 'bijstand'] });
  });

  it('finds regelingen by the words residents use', () => {
    const search = new TextSearch(regelingSearchDocuments(parsed), REGELING_SEARCH_BOOSTS);
    const cases: [string, string][] = [
      ['wasmachine', 'bijzondere-bijstand'],
      ['wasmachine kapot', 'bijzondere-bijstand'],
      ['bril', 'bijzondere-bijstand'],
      ['zwemles', 'jeugdfonds-sport-en-cultuur'],
      ['voetbal', 'jeugdfonds-sport-en-cultuur'],
      ['laptop', 'schoolpakket'],
      ['energierekening', 'meldpunt-geldzorgen'],
      ['deurwaarder', 'schuldhulpverlening'],
    ];
    for (const [query, id] of cases) expect(search.search(query), query).toContain(id);
  });
});

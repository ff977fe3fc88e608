import { describe, it, expect } from 'vitest';
import { MAX_ITEMS, parseFeed, parseFeedAsync, type FeedKind } from '../../src/core/feed-kind.js';
import { parseJson } from '../../src/core/feed.js';
import { validatorFrom, type Schema } from '../../src/core/validate.js';
import { dateSchema, publisherSchema, type Publisher } from '../../src/core/schemas/common.js';

/** A small kind shaped like the sociale kaart: HSDS pages, bare lists, or an envelope. */
interface Service {
  id: string;
  name: string;
  url?: string;
  email?: string;
  phones?: { number?: string }[];
}
interface Services {
  publisher: Publisher;
  updated?: string;
  total?: unknown;
  services: Service[];
}

const compile = (schema: object) => validatorFrom(schema as Schema);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const servicesKind: FeedKind<Service, Services> = {
  name: 'services',
  locate: (doc) => (Array.isArray(doc) ? '' : !isObject(doc) ? undefined : Array.isArray(doc.contents) ? 'contents' : Array.isArray(doc.services) ? 'services' : undefined),
  validateEnvelope: compile({
    type: 'object',
    properties: {
      kind: { const: 'services' },
      publisher: publisherSchema,
      updated: dateSchema,
      total_items: { type: 'integer' },
      page_number: { type: 'integer' },
    },
    required: ['publisher'],
    additionalProperties: false,
  }),
  validateItem: compile({
    type: 'object',
    properties: {
      id: { type: 'string', minLength: 1 },
      name: { type: 'string', minLength: 1 },
      url: { type: 'string' },
      email: { type: 'string' },
      phones: { type: 'array', items: { type: 'object', properties: { number: { type: 'string' } }, additionalProperties: false } },
    },
    required: ['id', 'name'],
    additionalProperties: false,
  }),
  idKey: 'id',
  links: { url: 'url', email: 'email', 'phones/*/number': 'phone' },
  envelopeLinks: { 'publisher/url': 'url' },
  check: (service, { path, report }) => {
    if (service.name === 'verborgen') {
      report({ path: `${path}/name`, code: 'invalid', params: { keyword: 'name' } });
      return undefined;
    }
    return { ...service, name: service.name.trim() };
  },
  build: ({ publisher, updated, fields }, services) => ({
    publisher,
    services,
    ...(updated === undefined ? {} : { updated }),
    ...(fields.total_items === undefined ? {} : { total: fields.total_items }),
  }),
};

const service = (id: string, over: Partial<Service> & Record<string, unknown> = {}) => ({ id, name: `Dienst ${id}`, ...over });
const parse = (value: unknown, baseUrl?: string) => parseFeed(servicesKind, value, baseUrl === undefined ? {} : { baseUrl });
const ok = (value: unknown, baseUrl?: string) => {
  const outcome = parse(value, baseUrl);
  if (!outcome.ok) throw new Error(`failure: ${JSON.stringify(outcome.failure)}`);
  return outcome;
};
const ids = (feed: Services) => feed.services.map((s) => s.id);

describe('parseFeed: where the items are (locate)', () => {
  it('reads an HSDS page, with its page fields as the envelope', () => {
    const outcome = ok({ total_items: 2, page_number: 1, publisher: { name: 'P' }, contents: [service('a'), service('b')] });
    expect(outcome.feed).toEqual({ publisher: { name: 'P' }, total: 2, services: [service('a'), service('b')] });
    expect(outcome.problems).toEqual([]);
  });

  it('reads a bare list of items, without checking an envelope it does not have', () => {
    const outcome = ok([service('a'), { id: 'b' }]);
    expect(ids(outcome.feed)).toEqual(['a']);
    expect(outcome.feed.publisher).toEqual({ name: '' });
    expect(outcome.problems).toEqual([{ path: '/1/name', code: 'required', params: { field: 'name' } }]);
  });

  it('reads an envelope with publisher and updated', () => {
    const outcome = ok({ kind: 'services', publisher: { name: 'P' }, updated: '2026-11-30', services: [service('a')] });
    expect(outcome.feed).toEqual({ publisher: { name: 'P' }, updated: '2026-11-30', services: [service('a')] });
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['a string', 'services'],
    ['an object without a list', { services: 'geen lijst' }],
    ['another kind', { kind: 'regelingen', services: [] }],
    ['a kind that is not a string', { kind: 1, services: [] }],
  ])('calls %s the wrong kind', (_name, value) => {
    expect(parse(value)).toEqual({ ok: false, failure: { kind: 'wrong-kind', expected: 'services' }, problems: [], problemCount: 0 });
  });

  it('uses listKey when a kind has no locate', () => {
    const { locate: _locate, ...rest } = servicesKind;
    void _locate;
    const byKey: FeedKind<Service, Services> = { ...rest, listKey: 'services' };
    expect(parseFeed(byKey, { publisher: { name: 'P' }, services: [service('a')] }).ok).toBe(true);
    expect(parseFeed(byKey, { publisher: { name: 'P' }, contents: [service('a')] }).ok).toBe(false);
    expect(parseFeed(byKey, [service('a')]).ok).toBe(false);
  });

  it('is the wrong kind, not an exception, when locate or a getter throws', () => {
    const throwing: FeedKind<Service, Services> = { ...servicesKind, locate: () => { throw new Error('x'); } };
    expect(parseFeed(throwing, { services: [] }).ok).toBe(false);
    const trap = Object.defineProperty({}, 'kind', { enumerable: true, get: () => { throw new Error('x'); } });
    expect(parse(trap).ok).toBe(false);
    const lengthTrap = new Proxy([service('a')], { get: (target, key) => (key === 'length' ? (() => { throw new Error('x'); })() : Reflect.get(target, key)) });
    expect(parse({ services: lengthTrap }).ok).toBe(false);
    const { proxy, revoke } = Proxy.revocable({ services: [] }, {});
    revoke();
    expect(parse(proxy).ok).toBe(false);
  });
});

describe('parseFeed: the envelope', () => {
  it('drops a broken field and reports it, in the order of the feed; the items stay', () => {
    const outcome = ok({ publisher: { name: 'P' }, updated: 'gisteren', extra: 1, services: [service('a')] });
    expect(outcome.feed).toEqual({ publisher: { name: 'P' }, services: [service('a')] });
    expect(outcome.problems).toEqual([
      { path: '/updated', code: 'pattern', params: { hint: 'Datum als JJJJ-MM-DD.' } },
      { path: '/extra', code: 'unknown-field', params: { field: 'extra' } },
    ]);
  });

  it('gives an empty publisher for a missing or broken one', () => {
    expect(ok({ services: [] }).feed.publisher).toEqual({ name: '' });
    expect(ok({ publisher: { naam: 'P' }, services: [] }).feed.publisher).toEqual({ name: '' });
  });

  it('cleans the envelope links', () => {
    const outcome = ok({ publisher: { name: 'P', url: 'javascript:x' }, services: [] });
    expect(outcome.feed.publisher).toEqual({ name: 'P' });
    expect(outcome.problems).toEqual([{ path: '/publisher/url', code: 'unsafe-link', params: { value: 'javascript:x' } }]);
  });
});

describe('parseFeed: items', () => {
  it('reports envelope problems first, then item problems in list order', () => {
    const outcome = ok({ extra: 1, publisher: { name: 'P' }, services: [{}, service('b'), 7] });
    expect(outcome.problems.map((p) => `${p.path} ${p.code}`)).toEqual([
      '/extra unknown-field',
      '/services/0/id required',
      '/services/0/name required',
      '/services/2 type',
    ]);
    expect(outcome.problemCount).toBe(4);
  });

  it('skips a later duplicate id; an item skipped by the check does not claim its id', () => {
    const outcome = ok({ publisher: { name: 'P' }, services: [service('a', { name: 'verborgen' }), service('a'), service('a', { name: 'tweede' })] });
    expect(outcome.feed.services).toEqual([service('a')]);
    expect(outcome.problems).toEqual([
      { path: '/services/0/name', code: 'invalid', params: { keyword: 'name' } },
      { path: '/services/2/id', code: 'duplicate-id', params: { id: 'a' } },
    ]);
  });

  it('keeps what the check returns (a cleaned item)', () => {
    expect(ok({ publisher: { name: 'P' }, services: [service('a', { name: '  Ruimte  ' })] }).feed.services[0]!.name).toBe('Ruimte');
  });

  it('cleans links of every type, in lists too ("phones/*/number"), and keeps the item', () => {
    const outcome = ok(
      {
        publisher: { name: 'P' },
        services: [
          service('a', {
            url: '/hulp',
            email: 'info@example.nl',
            phones: [{ number: '0546 123 456' }, { number: 'bel ons' }, {}],
          }),
          service('b', { url: 'data:text/html,x', email: 'geen adres' }),
        ],
      },
      'https://www.example.nl/feeds/kaart.json',
    );
    expect(outcome.feed.services).toEqual([
      service('a', { url: 'https://www.example.nl/hulp', email: 'info@example.nl', phones: [{ number: '0546 123 456' }, {}, {}] }),
      service('b'),
    ]);
    expect(outcome.problems).toEqual([
      { path: '/services/0/phones/1/number', code: 'not-phone', params: { value: 'bel ons' } },
      { path: '/services/1/url', code: 'unsafe-link', params: { value: 'data:text/html,x' } },
      { path: '/services/1/email', code: 'not-email', params: { value: 'geen adres' } },
    ]);
  });

  it('cleans a link that many items share the same way in each, and reports it at each path', () => {
    const services = Array.from({ length: 3 }, (_, i) => service(`s${i}`, { url: i === 1 ? 'javascript:x' : '/hulp' }));
    services.push(service('s3', { url: 'javascript:x' }));
    const outcome = ok({ publisher: { name: 'P', url: '/hulp' }, services }, 'https://www.example.nl/');
    expect(outcome.feed.publisher.url).toBe('https://www.example.nl/hulp');
    expect(outcome.feed.services.map((s) => s.url)).toEqual(['https://www.example.nl/hulp', undefined, 'https://www.example.nl/hulp', undefined]);
    expect(outcome.problems.map((p) => p.path)).toEqual(['/services/1/url', '/services/3/url']);
    // Another parse, with another base URL, resolves afresh.
    expect(ok({ publisher: { name: 'P' }, services }, 'https://www.example.org/').feed.services[0]!.url).toBe('https://www.example.org/hulp');
  });

  it('cuts long values in problem params', () => {
    const outcome = ok({ publisher: { name: 'P' }, services: [service('a', { url: `javascript:${'x'.repeat(10_000)}` })] });
    expect(String(outcome.problems[0]!.params!.value).length).toBeLessThanOrEqual(201);
  });

  it('never changes the caller\'s data object, even when it cleans links', () => {
    const doc = { publisher: { name: 'P', url: 'javascript:x' }, services: [service('a', { url: 'javascript:x', phones: [{ number: 'x' }] })] };
    const before = structuredClone(doc);
    ok(doc);
    expect(doc).toEqual(before);
  });

  it('never changes a value parsed from text either, so parsing it again gives the same outcome', () => {
    const text = JSON.stringify({ publisher: { name: 'P', url: '/' }, services: [service('a', { url: '/hulp', phones: [{ number: 'x' }] }), service('b')] });
    const parsed = parseJson(text);
    if (!parsed.ok) throw new Error('not JSON');
    const first = parse(parsed.value, 'https://www.example.nl/');
    expect(JSON.stringify(parsed.value)).toBe(text);
    expect(parse(parsed.value, 'https://www.example.nl/')).toEqual(first);
    expect(first.problems).toEqual([{ path: '/services/0/phones/0/number', code: 'not-phone', params: { value: 'x' } }]);
  });

  it(`stops a list at ${MAX_ITEMS.toLocaleString('en')} items (a sparse list can claim billions)`, () => {
    const anything: FeedKind<unknown, unknown[]> = { name: 'x', listKey: 'items', validateItem: () => [], build: (_envelope, items) => items };
    const outcome = parseFeed(anything, { items: new Array(MAX_ITEMS + 10) });
    expect(outcome.ok && outcome.feed.length).toBe(MAX_ITEMS);
    expect(outcome.problems).toEqual([{ path: '/items', code: 'too-long', params: { max: MAX_ITEMS } }]);
  });
});

describe('parseFeedAsync', () => {
  it('gives the same outcome as parseFeed, for data and for parsed text', async () => {
    const doc = { extra: 1, publisher: { name: 'P' }, contents: [service('a'), {}, service('a'), service('c', { url: 'javascript:x' })] };
    expect(await parseFeedAsync(servicesKind, doc)).toEqual(parseFeed(servicesKind, doc));
    const text = parseJson(JSON.stringify(doc));
    if (!text.ok) throw new Error('not JSON');
    expect(await parseFeedAsync(servicesKind, text.value, { sliceMs: 0 })).toEqual(parse(JSON.parse(JSON.stringify(doc))));
  });
});

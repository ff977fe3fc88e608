import { describe, it, expect } from 'vitest';
import {
  KaartFacets,
  facetCounts,
  fromOrganization,
  isAvailable,
  matchesFilters,
  parseSocialeKaart,
  servesKern,
  type KaartFilters,
  type KaartService,
} from '../../src/core/sociale-kaart.js';
import defaultData from '../../src/data/twenterand/sociale-kaart.json';

function services(list: unknown[]): KaartService[] {
  const outcome = parseSocialeKaart({ kind: 'sociale-kaart', publisher: { name: 'Test' }, kernen: ['Vroomshoop', 'Den Ham', 'Vriezenveen'], services: list });
  if (!outcome.ok || outcome.problemCount) throw new Error(JSON.stringify(outcome));
  return outcome.feed.services;
}

const list = services([
  { id: 'a', name: 'Geld', helder: { needs: ['geldzorgen'], kernen: 'alle', withoutReferral: true, free: true } },
  { id: 'b', name: 'Schulden', helder: { needs: ['geldzorgen'], kernen: ['Vroomshoop'], audience: ['ouders'] }, languages: [{ name: 'Nederlands', code: 'nl' }, { name: 'Oekraïens', code: 'uk' }] },
  { id: 'c', name: 'Koffie', helder: { needs: ['eenzaamheid'], kernen: ['Den Ham'], free: true }, languages: [{ name: 'Arabisch' }] },
  { id: 'd', name: 'Zorg', helder: { needs: ['mantelzorg', 'eenzaamheid'], audience: ['mantelzorgers'] }, status: 'defunct' },
  { id: 'e', name: 'Plek', service_at_locations: [{ location: { addresses: [{ city: 'Vriezenveen' }] } }], organization: { id: 'org-1', name: 'Bibliotheek' } },
]);
const ids = (filters: KaartFilters) => list.filter((s) => matchesFilters(s, filters)).map((s) => s.id);
const kernen = ['Vroomshoop', 'Den Ham', 'Vriezenveen'];

describe('filters', () => {
  it('lets everything through when none is set', () => {
    expect(ids({})).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(ids({ need: '', kern: '', withoutReferral: false })).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('filters on need, audience, without referral, free and language', () => {
    expect(ids({ need: 'geldzorgen' })).toEqual(['a', 'b']);
    expect(ids({ audience: 'ouders' })).toEqual(['b']);
    expect(ids({ withoutReferral: true })).toEqual(['a']);
    expect(ids({ free: true })).toEqual(['a', 'c']);
    expect(ids({ language: 'uk' })).toEqual(['b']);
    expect(ids({ language: 'arabisch' })).toEqual(['c']); // no code: by name
  });

  it('filters on kern: the whole gemeente, the kernen named, or a place in that kern', () => {
    expect(ids({ kern: 'Vroomshoop' })).toEqual(['a', 'b']);
    expect(ids({ kern: 'Vriezenveen' })).toEqual(['a', 'e']);
    expect(servesKern(list[3]!, 'Vroomshoop')).toBe(false); // says nothing about kernen
  });

  it('combines filters (AND)', () => {
    expect(ids({ need: 'geldzorgen', kern: 'Vroomshoop', free: true })).toEqual(['a']);
    expect(ids({ need: 'eenzaamheid', kern: 'Den Ham' })).toEqual(['c']);
  });
});

describe('facetCounts: what each option would leave, the other filters applied', () => {
  it('counts every option without filters', () => {
    const counts = facetCounts(list, {}, kernen);
    expect(Object.fromEntries(counts.need)).toEqual({ geldzorgen: 2, eenzaamheid: 2, mantelzorg: 1 });
    expect(Object.fromEntries(counts.kern)).toEqual({ Vroomshoop: 2, 'Den Ham': 2, Vriezenveen: 2 });
    expect(Object.fromEntries(counts.language)).toEqual({ nl: 1, uk: 1, arabisch: 1 });
    expect(counts.withoutReferral).toBe(1);
    expect(counts.free).toBe(2);
  });

  it('counts a filter’s own options as if it were not set, and the others with it', () => {
    const filters = { need: 'geldzorgen', kern: 'Vroomshoop' };
    const counts = facetCounts(list, filters, kernen);
    // Needs, within Vroomshoop: a and b have geldzorgen; nothing else serves Vroomshoop.
    expect(Object.fromEntries(counts.need)).toEqual({ geldzorgen: 2 });
    // Kernen, within geldzorgen: a serves all three, b only Vroomshoop.
    expect(Object.fromEntries(counts.kern)).toEqual({ Vroomshoop: 2, 'Den Ham': 1, Vriezenveen: 1 });
    expect(counts.free).toBe(1);
    // Each count is what choosing that option would show.
    for (const [need, n] of counts.need) expect(ids({ ...filters, need })).toHaveLength(n);
    for (const [kern, n] of counts.kern) expect(ids({ ...filters, kern })).toHaveLength(n);
  });

  it('agrees with filtering on the Twenterand data, for every option', () => {
    const outcome = parseSocialeKaart(defaultData);
    if (!outcome.ok) throw new Error('default data');
    const all = outcome.feed.services;
    const filters: KaartFilters = { audience: 'ouders' };
    const counts = facetCounts(all, filters, defaultData.kernen);
    for (const [need, n] of counts.need) expect(all.filter((s) => matchesFilters(s, { ...filters, need })).length, need).toBe(n);
    for (const [kern, n] of counts.kern) expect(all.filter((s) => matchesFilters(s, { ...filters, kern })).length, kern).toBe(n);
    expect(counts.need.get('opvoeden-en-opgroeien')).toBeGreaterThan(3);
  });
});

describe('which services show', () => {
  it('leaves out defunct and inactive services, keeps temporarily closed ones', () => {
    expect(list.filter(isAvailable).map((s) => s.id)).toEqual(['a', 'b', 'c', 'e']);
    const closed = services([{ id: 'x', name: 'Dicht', status: 'temporarily closed' }, { id: 'y', name: 'Weg', status: 'inactive' }]);
    expect(closed.filter(isAvailable).map((s) => s.id)).toEqual(['x']);
  });

  it('shows one partner’s aanbod by organization id or name', () => {
    expect(list.filter((s) => fromOrganization(s, 'org-1')).map((s) => s.id)).toEqual(['e']);
    expect(list.filter((s) => fromOrganization(s, 'bibliotheek')).map((s) => s.id)).toEqual(['e']);
    expect(list.filter((s) => fromOrganization(s, 'Stadsbank'))).toEqual([]);
  });
});

describe('KaartFacets: the same filters and counts, numbered once', () => {
  const facets = new KaartFacets(list, kernen);
  const cases: KaartFilters[] = [{}, { need: 'geldzorgen' }, { kern: 'Vriezenveen', free: true }, { need: 'eenzaamheid', language: 'arabisch' }, { need: 'onbekend' }, { withoutReferral: true, audience: 'ouders' }];

  it.each(cases)('matches what matchesFilters keeps, and counts what facetCounts counts (%o)', (filters) => {
    const { matching, counts } = facets.apply(filters);
    expect(matching.map((i) => list[i]!.id)).toEqual(ids(filters));
    // Each count is what choosing that option would show; an option left out would show nothing.
    const options = { need: ['geldzorgen', 'eenzaamheid', 'mantelzorg'], kern: kernen, audience: ['ouders', 'mantelzorgers'], language: ['nl', 'uk', 'arabisch'] };
    for (const [key, values] of Object.entries(options) as [keyof typeof options, string[]][]) {
      for (const value of values) expect(counts[key].get(value) ?? 0, `${key}=${value}`).toBe(ids({ ...filters, [key]: value }).length);
    }
    expect(counts.free).toBe(ids({ ...filters, free: true }).length);
    expect(counts.withoutReferral).toBe(ids({ ...filters, withoutReferral: true }).length);
  });

  it('knows which values any of the services has, for the options to offer', () => {
    expect(facets.has('need', 'mantelzorg')).toBe(true); // the defunct one is in this list
    expect(facets.has('need', 'werk')).toBe(false);
    expect(facets.has('kern', 'Vriezenveen')).toBe(true); // only through a place in that kern
    expect(facets.has('language', 'uk')).toBe(true);
    expect(facets.has('language', 'tr')).toBe(false);
    expect(new KaartFacets(list.slice(2, 3), kernen).has('kern', 'Vroomshoop')).toBe(false);
  });

  it('works on the positions a search found, in their order', () => {
    const { matching, counts } = facets.apply({ need: 'geldzorgen' }, [1, 4, 0]);
    expect(matching.map((i) => list[i]!.id)).toEqual(['b', 'a']);
    expect(Object.fromEntries(counts.need)).toEqual({ geldzorgen: 2 });
    expect(counts.withoutReferral).toBe(1);
  });
});

import { describe, it, expect } from 'vitest';
import { RESIDENT_SYNONYMS, TextSearch, stemDutch, type SearchDocument } from '../../src/core/search.js';
import { SEARCH_BOOSTS, parseSocialeKaart, searchDocument } from '../../src/core/sociale-kaart.js';
import defaultData from '../../src/data/twenterand/sociale-kaart.json';

describe('stemDutch: the forms a resident types meet on one stem', () => {
  it.each([
    ['eenzaamheid', 'eenzaam', 'eenzame'],
    ['mantelzorger', 'mantelzorgers', 'mantelzorg'],
    ['schulden', 'schuld'],
    ['rekeningen', 'rekening'],
    ['betalen', 'betaal'],
    ['ouders', 'ouder', 'ouderen'],
    ['kinderen', 'kind'],
    ['huizen', 'huis', 'huisje'],
    ['bellen', 'bel'],
    ['vragen', 'vraag'],
    ['vrijwilligers', 'vrijwilliger', 'vrijwillig'],
  ])('%s ~ %s', (...forms) => {
    const stems = new Set(forms.map(stemDutch));
    expect([...stems], forms.join(', ')).toHaveLength(1);
  });

  it('leaves short words whole', () => {
    for (const word of ['open', 'tegen', 'oud', 'huis', 'taal'.slice(0, 3)]) expect(stemDutch(word).length).toBeGreaterThanOrEqual(Math.min(word.length, 3));
    expect(stemDutch('open')).toBe('open');
    expect(stemDutch('tegen')).toBe('tegen');
  });

  it('keeps different words apart', () => {
    expect(stemDutch('geld')).not.toBe(stemDutch('geldzorgen'));
    expect(stemDutch('werk')).not.toBe(stemDutch('wonen'));
  });
});

const documents: SearchDocument[] = [
  { id: 'meldpunt', fields: { name: 'Meldpunt Geldzorgen', description: { b1: 'Hulp bij vragen over geld.', c1: 'Vroegsignalering van betalingsachterstanden.' } } },
  { id: 'stadsbank', fields: { name: 'Schuldhulpverlening', description: 'Hulp als u schulden heeft.' } },
  { id: 'ontmoeten', fields: { name: 'Buurthuiskamer', description: { a2: 'Voelt u zich eenzaam? Kom koffie drinken.', b1: 'Een plek tegen eenzaamheid.' } } },
  { id: 'evenmens', fields: { name: 'Steun voor mantelzorg', description: 'Voor wie voor een ander zorgt.' } },
  { id: 'mantelzorgers', fields: { name: 'Waardebon', description: 'Een bedankje voor mantelzorgers.' } },
  { id: 'taal', fields: { name: 'Taalpunt', description: 'Beter lezen en schrijven.' } },
];

describe('TextSearch with word forms and synonyms', () => {
  const search = new TextSearch(documents, { name: 3 }, { stem: true, synonyms: RESIDENT_SYNONYMS });
  const find = (query: string) => search.search(query).sort();

  it('schulden ~ geldzorgen ~ rekeningen niet betalen', () => {
    expect(find('schulden')).toEqual(['meldpunt', 'stadsbank']);
    expect(find('geldzorgen')).toEqual(['meldpunt', 'stadsbank']);
    expect(find('rekeningen niet betalen')).toEqual(['meldpunt', 'stadsbank']);
    // Stop words go, so a resident's own sentence works; any other word must match too (AND).
    expect(find('Ik kan mijn rekening niet betalen')).toEqual(['meldpunt', 'stadsbank']);
    expect(find('rekeningen niet betalen koffie')).toEqual([]);
    expect(find('rekening niet betalen')).toEqual(['meldpunt', 'stadsbank']);
  });

  it('eenzaam ~ eenzaamheid, in any form', () => {
    expect(find('eenzaam')).toEqual(['ontmoeten']);
    expect(find('eenzaamheid')).toEqual(['ontmoeten']);
    expect(find('eenzame')).toEqual(['ontmoeten']);
  });

  it('mantelzorger ~ mantelzorg', () => {
    expect(find('mantelzorger')).toEqual(['evenmens', 'mantelzorgers']);
    expect(find('mantelzorg')).toEqual(['evenmens', 'mantelzorgers']);
  });

  it('still forgives typos and finds words while typing', () => {
    expect(find('geldzorgn')).toEqual(['meldpunt', 'stadsbank']);
    expect(find('schuldn')).toEqual(['meldpunt', 'stadsbank']);
    expect(find('taalp')).toEqual(['taal']);
    expect(find('eenza')).toEqual(['ontmoeten']);
    // Typing a synonym: its start (five letters or more) already stands for the group.
    expect(find('geldz')).toEqual(['meldpunt', 'stadsbank']);
    expect(find('schul')).toEqual(['meldpunt', 'stadsbank']);
    expect(find('schu')).toEqual(['stadsbank']);
  });

  it('finds a word from the text at another level', () => {
    expect(find('vroegsignalering')).toEqual(['meldpunt']);
    expect(find('koffie')).toEqual(['ontmoeten']);
  });

  it('a phrase from a group: "lezen en schrijven" also finds "taal"', () => {
    expect(find('lezen en schrijven')).toEqual(['taal']);
    expect(find('taal')).toEqual(['taal']);
  });

  it('builds the same index in slices that give the page a turn', async () => {
    const sliced = await TextSearch.build(documents, { name: 3 }, { stem: true, synonyms: RESIDENT_SYNONYMS }, { sliceMs: 0 });
    for (const query of ['schulden', 'eenzame', 'taalp', 'koffie']) expect(sliced.search(query)).toEqual(search.search(query));
  });

  it('stops building when aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(TextSearch.build(documents, {}, { stem: true }, { signal: controller.signal, sliceMs: 0 })).rejects.toThrow();
  });

  it('without word forms it behaves as before (the regelingen search)', () => {
    const plain = new TextSearch(documents);
    expect(plain.search('eenzaamheid')).toEqual(['ontmoeten']);
    expect(plain.search('schulden')).toEqual(['stadsbank']);
    expect(plain.search('eenzame')).toEqual([]);
    expect(plain.search('rekeningen niet betalen')).toEqual([]);
  });
});

describe('searching the Twenterand sociale kaart', () => {
  const outcome = parseSocialeKaart(defaultData);
  if (!outcome.ok) throw new Error('default data does not parse');
  const services = outcome.feed.services;
  const search = new TextSearch(services.map(searchDocument), SEARCH_BOOSTS, { stem: true, synonyms: RESIDENT_SYNONYMS });
  const names = (query: string) => search.search(query).map((id) => services.find((s) => s.id === id)!.name as Record<string, string>).map((n) => n.b1);

  it.each(['geldzorgen', 'schulden', 'Geldzorgen', 'rekeningen niet betalen', 'geldzorg'])('"%s" finds Meldpunt Geldzorgen and the Stadsbank', (query) => {
    const found = names(query);
    expect(found).toContain('Meldpunt Geldzorgen');
    expect(found).toContain('Schuldhulpverlening');
  });

  it('"eenzaam" finds the Signaalpunt eenzaamheid', () => {
    expect(names('eenzaam')).toContain('Signaalpunt eenzaamheid');
  });

  it('"mantelzorger" finds the support for mantelzorgers', () => {
    expect(names('mantelzorger')).toEqual(expect.arrayContaining(['Mantelzorgondersteuning', 'Waardebon voor mantelzorgers']));
  });

  it('finds a service by its organisation', () => {
    expect(names('Humanitas')).toEqual(['Home-Start']);
  });
});

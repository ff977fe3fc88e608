import { describe, it, expect } from 'vitest';
import { TextSearch, type SearchDocument } from '../../src/core/search.js';

const documents: SearchDocument[] = [
  {
    id: 'bijzondere-bijstand',
    fields: {
      title: { a2: 'Geld voor hoge kosten', b1: 'Bijzondere bijstand', c1: 'Bijzondere bijstand' },
      summary: { a2: 'Voor kosten die u niet kunt betalen.', b1: 'Voor onverwachte kosten.', c1: 'Tegemoetkoming in noodzakelijke bijzondere kosten.' },
    },
  },
  {
    id: 'buurtideeen',
    fields: { title: 'Ideeën voor de buurt', summary: { b1: 'Deel uw ideeën met de gemeente.' } },
  },
  {
    id: 'gemeentepolis',
    fields: {
      title: { a2: 'Zorgverzekering', b1: 'Collectieve zorgverzekering', c1: 'Collectieve zorgverzekering (gemeentepolis)' },
      summary: { c1: 'Aanvullende dekking via Menzis voor minima.' },
      tags: ['zorg', 'verzekering'],
    },
  },
  {
    id: 'jeugdfonds',
    fields: { title: 'Sport en cultuur voor kinderen', summary: 'Geld voor contributie en lessen.', tags: undefined },
  },
];

const search = new TextSearch(documents);
const find = (query: string) => search.search(query);

describe('TextSearch', () => {
  it('finds a whole word', () => {
    expect(find('bijstand')).toEqual(['bijzondere-bijstand']);
    expect(find('contributie')).toEqual(['jeugdfonds']);
  });

  it('finds by prefix while typing', () => {
    expect(find('bijz')).toEqual(['bijzondere-bijstand']);
    expect(find('contrib')).toEqual(['jeugdfonds']);
    expect(find('zorgv')).toEqual(['gemeentepolis']);
  });

  it('tolerates a small typo', () => {
    expect(find('bijzondre')).toEqual(['bijzondere-bijstand']);
    expect(find('contrbutie')).toEqual(['jeugdfonds']);
    expect(find('zorgverzekring')).toEqual(['gemeentepolis']);
  });

  it('does not match unrelated words', () => {
    expect(find('parkeervergunning')).toEqual([]);
    expect(find('xyz')).toEqual([]);
  });

  it('ignores accents and case: "ideeen" finds "ideeën" and the other way round', () => {
    expect(find('ideeen')).toEqual(['buurtideeen']);
    expect(find('ideeën')).toEqual(['buurtideeen']);
    expect(find('IDEEËN')).toEqual(['buurtideeen']);
    expect(find('Bijzondere')).toEqual(['bijzondere-bijstand']);
  });

  it('finds an item by a word that only its c1 text has', () => {
    expect(find('menzis')).toEqual(['gemeentepolis']);
    expect(find('gemeentepolis')).toEqual(['gemeentepolis']);
    expect(find('tegemoetkoming')).toEqual(['bijzondere-bijstand']);
  });

  it('finds an item by a word that only its a2 text has', () => {
    expect(find('hoge')).toEqual(['bijzondere-bijstand']);
  });

  it('searches list fields', () => {
    expect(find('verzekering')).toEqual(['gemeentepolis']);
  });

  it('returns [] for an empty or blank query (the widget then shows everything)', () => {
    expect(find('')).toEqual([]);
    expect(find('   ')).toEqual([]);
    expect(find('\n\t')).toEqual([]);
  });

  it('needs every word of the query (AND)', () => {
    expect(find('geld').sort()).toEqual(['bijzondere-bijstand', 'jeugdfonds']);
    expect(find('geld kosten')).toEqual(['bijzondere-bijstand']);
    expect(find('geld sport')).toEqual(['jeugdfonds']);
    expect(find('kosten sport')).toEqual([]);
    expect(find('zorg menzis')).toEqual(['gemeentepolis']);
  });

  it('ranks by the boosts it was given', () => {
    // "geld" is in the a2 title of bijzondere-bijstand and in the summary of jeugdfonds.
    expect(new TextSearch(documents, { title: 10 }).search('geld')[0]).toBe('bijzondere-bijstand');
    expect(new TextSearch(documents, { summary: 10 }).search('geld')[0]).toBe('jeugdfonds');
  });

  it('returns ids as strings', () => {
    for (const id of find('voor')) expect(typeof id).toBe('string');
    expect(find('voor').length).toBeGreaterThan(1);
  });

  it('works with no documents', () => {
    expect(new TextSearch([]).search('geld')).toEqual([]);
  });
});

/** Small feeds for browser tests; the default Twenterand data is fetched from src/data. */
export const DATA_URL = '/src/data/twenterand/regelingen.json';

export async function twenterand(): Promise<Record<string, unknown> & { regelingen: { id: string }[] }> {
  const response = await fetch(DATA_URL);
  return (await response.json()) as Record<string, unknown> & { regelingen: { id: string }[] };
}

export const smallFeed = {
  kind: 'regelingen',
  publisher: { name: 'Gemeente Voorbeeld' },
  updated: '2026-01-15',
  regelingen: [
    {
      id: 'alpha',
      title: { a2: 'Geld voor sport', b1: 'Bijdrage voor sport', c1: 'Tegemoetkoming sportdeelname' },
      summary: { a2: 'U krijgt geld voor sport.', b1: 'U krijgt een bijdrage voor de sportclub.' },
      categories: ['sport-en-cultuur', 'kinderen'],
      forWhom: 'Kinderen in de gemeente.',
      apply: { text: 'Vraag het aan bij de gemeente.', url: 'https://example.org/sport', organisation: 'Gemeente Voorbeeld' },
      eligibility: [
        {
          id: 'woont',
          rule: { '==': [{ var: 'woontInGemeente' }, true] },
          met: 'U woont in de gemeente.',
          notMet: 'U woont niet in de gemeente.',
        },
      ],
      source: 'test',
    },
    {
      id: 'beta',
      title: 'Hulp bij schulden',
      summary: 'Praat met iemand over geld.',
      categories: ['schulden'],
      source: 'test',
    },
  ],
};

/** One valid item, one without a title, one with an unknown category. */
export const brokenFeed = {
  publisher: { name: 'Gemeente Voorbeeld' },
  regelingen: [
    smallFeed.regelingen[0],
    { id: 'zonder-titel', summary: 'Geen titel.', categories: ['geld'], source: 'test' },
    { id: 'rare-categorie', title: 'Iets', summary: 'Iets.', categories: ['toveren'], source: 'test' },
  ],
};

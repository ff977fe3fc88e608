import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  actionsOfPartner,
  compareYears,
  countsPerTheme,
  findGoal,
  indicatorsOf,
  placedActions,
  trend,
} from '../../src/core/agenda.js';
import type { AgendaFeed } from '../../src/core/schemas/agenda.js';
import data from '../../src/data/twenterand/agenda.json';

const feed = data as unknown as AgendaFeed;

type Json = Record<string, unknown>;
const src = 'bron.md';
const action = (id: string, year: number, partners: string[] = []): Json => ({ id, year, text: id, partners, source: src });
const goal = (id: string, number: string, years: number[], over: Json = {}): Json => ({
  id,
  number,
  challenge: 'o1',
  title: id,
  years: years.map((year) => ({ year, source: src })),
  actions: [],
  source: src,
  ...over,
});
const miniFeed = (goals: Json[], challengeActions: Json[] = []): AgendaFeed =>
  ({
    publisher: { name: 'Test' },
    updated: '2025-01-01',
    partners: [
      { id: 'bieb', name: 'Bibliotheek', source: src },
      { id: 'gemeente', name: 'Gemeente', source: src },
    ],
    themes: [
      {
        id: 't1',
        number: 1,
        title: 'Thema',
        challenges: [{ id: 'o1', number: '1.1', title: 'Opgave', actions: challengeActions, source: src }],
        goals,
        source: src,
      },
    ],
  }) as unknown as AgendaFeed;

const changeOf = (changes: ReturnType<typeof compareYears>) => Object.fromEntries(changes.map((c) => [c.number, c.change]));

describe('compareYears', () => {
  it('marks a doel of both years continued, of the later year new, of the earlier year ended', () => {
    const f = miniFeed([goal('a', '1.1.1', [2024, 2025]), goal('b', '1.1.2', [2024]), goal('c', '1.1.3', [2025])]);
    expect(changeOf(compareYears(f, 2024, 2025))).toEqual({ '1.1.1': 'continued', '1.1.2': 'ended', '1.1.3': 'new' });
    // The other way round, what ended becomes new.
    expect(changeOf(compareYears(f, 2025, 2024))).toEqual({ '1.1.1': 'continued', '1.1.2': 'new', '1.1.3': 'ended' });
  });

  it('matches separate objects on the doel number', () => {
    const f = miniFeed([goal('oud', '1.1.1', [2024]), goal('nieuw', '1.1.1', [2025])]);
    const [change] = compareYears(f, 2024, 2025);
    expect(change).toMatchObject({ number: '1.1.1', change: 'continued' });
    expect(change?.goal.id).toBe('nieuw');
    expect(change?.previous?.id).toBe('oud');
  });

  it('follows an explicit continues link when the number changed', () => {
    const f = miniFeed([goal('oud', '1.1.4', [2024]), goal('nieuw', '1.1.6', [2025], { continues: 'oud' })]);
    const changes = compareYears(f, 2024, 2025);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ number: '1.1.6', change: 'continued' });
    expect(changes[0]?.previous?.id).toBe('oud');
  });

  it('never matches on a similar title', () => {
    const f = miniFeed([
      goal('oud', '1.1.4', [2024], { title: 'Aanbod efficiënt inrichten' }),
      goal('nieuw', '1.1.6', [2025], { title: 'Aanbod efficiënt inrichten' }),
    ]);
    expect(changeOf(compareYears(f, 2024, 2025))).toEqual({ '1.1.4': 'ended', '1.1.6': 'new' });
  });

  it('treats a link to a doel not in the earlier year as new', () => {
    const f = miniFeed([goal('oud', '1.1.4', [2023]), goal('nieuw', '1.1.6', [2025], { continues: 'oud' })]);
    expect(changeOf(compareYears(f, 2024, 2025))).toEqual({ '1.1.6': 'new' });
  });

  it('sorts by doel number, 1.1.10 after 1.1.9', () => {
    const f = miniFeed([goal('x', '1.1.10', [2025]), goal('y', '1.1.9', [2025]), goal('z', '1.1.2', [2024])]);
    expect(compareYears(f, 2024, 2025).map((c) => c.number)).toEqual(['1.1.2', '1.1.9', '1.1.10']);
  });

  it('compares MAG 2024 with MAG 2025 as the documents number their doelen', () => {
    const seeds = new URL('../../../shared/seeds/', import.meta.url);
    const numbers = (file: string) =>
      new Set([...readFileSync(fileURLToPath(new URL(file, seeds)), 'utf8').matchAll(/(?<![\d.])\d\.\d\.\d(?![\d])/g)].map((m) => m[0]));
    const before = numbers('maatschappelijke-agenda-2024.md');
    const after = numbers('maatschappelijke-agenda-2025.txt');
    const changes = compareYears(feed, 2024, 2025);
    const of = (kind: string) => changes.filter((c) => c.change === kind).map((c) => c.number).sort();
    expect(of('ended')).toEqual([...before].filter((n) => !after.has(n)).sort());
    expect(of('new')).toEqual([...after].filter((n) => !before.has(n)).sort());
    expect(of('continued')).toEqual([...after].filter((n) => before.has(n)).sort());
    expect(of('ended').length + of('continued').length).toBe(before.size);
  });
});

describe('actionsOfPartner', () => {
  const f = miniFeed(
    [
      goal('a', '1.1.1', [2024, 2025], {
        actions: [action('a1', 2024, ['bieb']), action('a2', 2025, ['bieb', 'gemeente']), action('a3', 2025, ['gemeente'])],
      }),
    ],
    [action('o1', 2025, ['bieb'])],
  );

  it('gives the actions that name the partner, with their place', () => {
    const found = actionsOfPartner(f, 'bieb');
    expect(found.map((p) => p.action.id)).toEqual(['o1', 'a1', 'a2']);
    expect(found[0]?.goal).toBeUndefined();
    expect(found[0]?.challenge?.id).toBe('o1');
    expect(found[1]?.goal?.number).toBe('1.1.1');
    expect(found.every((p) => p.theme.id === 't1')).toBe(true);
  });

  it('filters on the year', () => {
    expect(actionsOfPartner(f, 'bieb', 2025).map((p) => p.action.id)).toEqual(['o1', 'a2']);
    expect(actionsOfPartner(f, 'bieb', 2023)).toEqual([]);
    expect(actionsOfPartner(f, 'onbekend')).toEqual([]);
  });

  /** Named organisations and how the documents write them. */
  const NAMED: Record<string, RegExp> = {
    bibliotheek: /bibliotheek/i,
    taalpunt: /taalpunt/i,
    'twentse-koers': /twentse koers/i,
    'zorgsaam-twenterand': /zorgsaam/i,
    'ketennetwerk-dementie': /ketennetwerk dementie/i,
    'de-klup': /\bklup\b/i,
    mijande: /mijande/i,
    firstaiddd: /firstaiddd/i,
    'stichting-lichtpunt-twenterand': /lichtpunt/i,
    'stichting-ik-stop-ernee': /ik stop ernee/i,
    'doorstroompunt-almelo': /doorstroompunt almelo/i,
    'alliantie-gelijkspelen': /alliantie gelijkspelen/i,
    'de-sleutel': /\bsleutel\b/i,
    'provincie-overijssel': /provincie overijssel/i,
    'ggd-twente': /\bde GGD\b(?!-)/, // not the GGD-monitor, which is a source of figures
    'subregio-almelo': /subregio almelo/i,
    'werkgroep-valpreventie-westerhaar': /werkgroep valpreventie/i,
    'werkgroep-doorgaande-lijn': /werkgroep doorgaande lijn/i,
  };
  const c1 = (text: unknown) => (text && typeof text === 'object' ? ((text as { c1?: string }).c1 ?? '') : String(text));

  it.each(Object.entries(NAMED))('finds every action whose text names %s, and only those', (id, pattern) => {
    const naming = placedActions(feed).filter((p) => pattern.test(c1(p.action.text))).map((p) => p.action.id);
    expect(naming.length, 'the documents name this partner').toBeGreaterThan(0);
    expect(actionsOfPartner(feed, id).map((p) => p.action.id)).toEqual(naming);
  });

  it('knows every named organisation in the partner list', () => {
    const kinds = new Map((feed.partners ?? []).map((p) => [p.id, p.kind]));
    for (const id of Object.keys(NAMED)) expect(kinds.get(id), id).toMatch(/organisatie|netwerk/);
  });
});

describe('countsPerTheme', () => {
  it('counts the doelen of the year and every action, also those under an opgave', () => {
    const f = miniFeed(
      [goal('a', '1.1.1', [2024, 2025], { actions: [action('a1', 2024), action('a2', 2025)] }), goal('b', '1.1.2', [2024])],
      [action('o1', 2025), action('o2', 2025)],
    );
    expect(countsPerTheme(f, 2024)).toEqual([{ theme: 't1', goals: 2, actions: 1 }]);
    expect(countsPerTheme(f, 2025)).toEqual([{ theme: 't1', goals: 1, actions: 3 }]);
    expect(countsPerTheme(f, 2030)).toEqual([{ theme: 't1', goals: 0, actions: 0 }]);
  });

  it('adds up to the whole agenda of each year', () => {
    for (const year of [2024, 2025]) {
      const counts = countsPerTheme(feed, year);
      expect(counts.map((c) => c.theme)).toEqual(feed.themes.map((t) => t.id));
      expect(counts.reduce((sum, c) => sum + c.actions, 0)).toBe(placedActions(feed, year).length);
      expect(counts.every((c) => c.goals > 0 && c.actions > 0)).toBe(true);
    }
  });
});

describe('trend', () => {
  it('gives the Meedoenregeling in 2024: 309 people, 66 fewer than in 2023', () => {
    const meedoen = (feed.indicators ?? []).find((i) => i.id === 'meedoenregeling');
    expect(meedoen).toBeDefined();
    expect(trend(meedoen!)).toEqual({
      year: 2024,
      value: 309,
      previousYear: 2023,
      previousValue: 375,
      change: -66,
      direction: 'down',
    });
  });

  it('skips a year without a value, so the previous year can be further back', () => {
    // Jeugdhulpvoorzieningen: the table has "nvt" for 2023.
    const series = (feed.indicators ?? []).find((i) => i.id === 'jeugdhulpvoorzieningen');
    expect(trend(series!)).toMatchObject({ year: 2024, previousYear: 2022, value: 971, previousValue: 1144, change: -173 });
  });

  it('reads unsorted values and says up, down or same', () => {
    expect(trend([{ year: 2024, value: 5 }, { year: 2022, value: 1 }, { year: 2023, value: 2 }])).toMatchObject({
      year: 2024,
      previousYear: 2023,
      change: 3,
      direction: 'up',
    });
    expect(trend([{ year: 2020, value: 100 }, { year: 2021, value: 100 }])?.direction).toBe('same');
    expect(trend([{ year: 2020, value: 0.3 }, { year: 2021, value: 0.1 }])?.change).toBe(-0.2);
  });

  it('has no trend with fewer than two numbers, or for yes/no values', () => {
    expect(trend([])).toBeUndefined();
    expect(trend([{ year: 2024, value: 87 }])).toBeUndefined();
    expect(trend([{ year: 2023, value: true }, { year: 2024, value: false }])).toBeUndefined();
    const gezinswerk = (feed.indicators ?? []).find((i) => i.id === 'gezinswerk');
    expect(trend(gezinswerk!)).toBeUndefined();
  });
});

describe('findGoal', () => {
  it('finds a doel by its number, with its themalijn and opgave', () => {
    const found = findGoal(feed, '1.1.1');
    expect(found?.goal.number).toBe('1.1.1');
    expect(found?.theme.id).toBe('zelfredzame-twenterander');
    expect(found?.challenge?.id).toBe('opgave-1-1');
  });

  it('accepts the number as the 2025 agenda writes it, with a full stop', () => {
    expect(findGoal(feed, '4.1.5.')?.goal.id).toBe('doel-4-1-5');
  });

  it('respects the year', () => {
    expect(findGoal(feed, '3.3.1', 2025)?.goal.id).toBe('doel-3-3-1');
    expect(findGoal(feed, '3.3.1', 2024)).toBeUndefined();
    expect(findGoal(feed, '9.9.9')).toBeUndefined();
  });
});

describe('indicatorsOf', () => {
  it('gives the series of a doel and of a themalijn', () => {
    expect(indicatorsOf(feed, 'doel-2-5-1').map((i) => i.id)).toEqual(['taakstelling-vergunninghouders']);
    const zelfredzaam = indicatorsOf(feed, 'zelfredzame-twenterander').map((i) => i.id);
    expect(zelfredzaam).toContain('meedoenregeling');
    expect(zelfredzaam).not.toContain('peuters-bereikt');
  });
});

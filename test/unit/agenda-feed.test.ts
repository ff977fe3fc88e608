import { describe, it, expect } from 'vitest';
import {
  actionCountsPerPartner,
  actionsOfPartner,
  agendaInYear,
  agendaKind,
  agendaYears,
  countsPerTheme,
  goalExplanation,
  goalTitle,
  parseAgenda,
  parseAgendaAsync,
  placedActions,
  previousYear,
} from '../../src/core/agenda.js';
import { parseJson } from '../../src/core/feed.js';
import type { AgendaFeed } from '../../src/core/schemas/agenda.js';
import data from '../../src/data/twenterand/agenda.json';

const feed = data as unknown as AgendaFeed;
/** A fresh deep copy of the default data, to break on purpose. */
const copy = (): Record<string, any> => JSON.parse(JSON.stringify(data)) as Record<string, any>;

describe('parseAgenda', () => {
  it('keeps all of the default data, without problems', () => {
    const outcome = parseAgenda(copy());
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.problems).toEqual([]);
    expect(outcome.feed.themes).toHaveLength(feed.themes.length);
    expect(placedActions(outcome.feed)).toHaveLength(placedActions(feed).length);
    expect(outcome.feed.partners).toHaveLength(feed.partners!.length);
    expect(outcome.feed.indicators).toHaveLength(feed.indicators!.length);
    expect(outcome.feed.updated).toBe(feed.updated);
    expect(outcome.feed.years?.map((y) => y.year)).toEqual([2024, 2025]);
  });

  it('reads parsed JSON text the same way, and the same value twice to the same outcome', async () => {
    const text = JSON.stringify(data);
    const json = parseJson(text);
    expect(json.ok).toBe(true);
    if (!json.ok) return;
    const value = json.value;
    const first = parseAgenda(value);
    const again = await parseAgendaAsync(value);
    expect(again).toEqual(first);
    expect(JSON.stringify(value)).toBe(text);
  });

  it('skips one broken action, doel, opgave, partner and indicator, and keeps the rest', () => {
    const broken = copy();
    const theme = broken.themes[0];
    const goals = theme.goals.length;
    const goalActions = theme.goals[0].actions.length;
    delete theme.goals[0].actions[1].text; // an action without text
    theme.goals[2].number = 'een'; // a doel with a number that is no number
    theme.challenges[1].title = ''; // an opgave with an empty title
    broken.partners[3].kind = 'vereniging';
    broken.indicators[5].values = 'veel';
    broken.indicators[6].id = broken.indicators[7].id; // the later one of two with one id is skipped
    const outcome = parseAgenda(broken);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const paths = outcome.problems.map((p) => `${p.path} ${p.code}`);
    expect(paths).toEqual([
      '/partners/3/kind enum',
      '/themes/0/challenges/1/title shape',
      '/themes/0/goals/0/actions/1/text required',
      '/themes/0/goals/2/number pattern',
      '/indicators/5/values type',
      '/indicators/7/id duplicate-id',
    ]);
    expect(outcome.problemCount).toBe(6);
    const kept = outcome.feed.themes[0]!;
    expect(kept.goals).toHaveLength(goals - 1);
    expect(kept.goals[0]!.actions).toHaveLength(goalActions - 1);
    expect(kept.challenges).toHaveLength(broken.themes[0].challenges.length - 1);
    expect(outcome.feed.themes).toHaveLength(feed.themes.length);
    expect(outcome.feed.partners).toHaveLength(feed.partners!.length - 1);
    expect(outcome.feed.indicators).toHaveLength(feed.indicators!.length - 2);
    // The value given stays as it was.
    expect(broken.themes[0].goals).toHaveLength(goals);
  });

  it('skips a themalijn whose own fields are broken, and reports a broken envelope field', () => {
    const broken = copy();
    delete broken.themes[1].title;
    broken.updated = 'gisteren';
    const outcome = parseAgenda(broken);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.feed.themes.map((t) => t.id)).toEqual(feed.themes.filter((_, i) => i !== 1).map((t) => t.id));
    expect(outcome.feed.updated).toBeUndefined();
    expect(outcome.problems.map((p) => p.path)).toEqual(['/updated', '/themes/1/title']);
  });

  it('refuses what is no agenda', () => {
    expect(parseAgenda({ kind: 'regelingen', themes: [] }).ok).toBe(false);
    expect(parseAgenda({ publisher: { name: 'x' } }).ok).toBe(false);
    expect(parseAgenda('agenda').ok).toBe(false);
    expect(parseAgenda(null).ok).toBe(false);
    expect(agendaKind.name).toBe('agenda');
  });
});

describe('a year of the agenda', () => {
  it('knows the years of the documents and which year comes before', () => {
    expect(agendaYears(feed)).toEqual([2024, 2025]);
    expect(previousYear(feed, 2025)).toBe(2024);
    expect(previousYear(feed, 2024)).toBeUndefined();
  });

  it('shows 2025 with what is new, what continued and what ended, in their places', () => {
    const year = agendaInYear(feed, 2025);
    const goals = year.flatMap((t) => t.challenges.flatMap((c) => c.goals));
    const of = (change: string) => goals.filter((g) => g.change === change).map((g) => g.goal.number).sort();
    expect(of('new')).toEqual(['3.3.1']);
    expect(of('ended')).toEqual(['2.5.1', '3.2.2', '4.3.1']);
    expect(of('continued')).toHaveLength(goals.length - 4);
    // An ended doel shows with the actions of the year it was in.
    const ended = goals.find((g) => g.goal.number === '2.5.1')!;
    expect(ended.year).toBe(2024);
    expect(ended.actions.length).toBeGreaterThan(0);
    expect(ended.actions.every((a) => a.year === 2024)).toBe(true);
    // The counts are those of the year itself.
    expect(year.map((t) => ({ theme: t.theme.id, goals: t.goalCount, actions: t.actionCount }))).toEqual(countsPerTheme(feed, 2025));
  });

  it('shows the first year without comparison', () => {
    const year = agendaInYear(feed, 2024);
    const goals = year.flatMap((t) => t.challenges.flatMap((c) => c.goals));
    expect(goals.every((g) => g.change === undefined && g.year === 2024)).toBe(true);
    expect(year.map((t) => ({ theme: t.theme.id, goals: t.goalCount, actions: t.actionCount }))).toEqual(countsPerTheme(feed, 2024));
  });

  it('puts every doel of the year in exactly one opgave', () => {
    for (const y of [2024, 2025]) {
      const numbers = agendaInYear(feed, y).flatMap((t) => t.challenges.flatMap((c) => c.goals.filter((g) => g.change !== 'ended').map((g) => g.goal.number)));
      expect(new Set(numbers).size).toBe(numbers.length);
      expect(numbers.length).toBe(countsPerTheme(feed, y).reduce((n, c) => n + c.goals, 0));
    }
  });

  it('gives a doel its title and explanation of the year', () => {
    const goal = feed.themes[0]!.goals.find((g) => g.years.some((y) => y.title))!;
    const titled = goal.years.find((y) => y.title)!;
    expect(goalTitle(goal, titled.year)).toEqual(titled.title);
    expect(goalTitle(goal, 1900)).toEqual(goal.title);
    expect(goalExplanation(goal, titled.year)).toEqual(titled.explanation);
    expect(goalExplanation(goal, 1900)).toBeUndefined();
  });

  it('counts the actions per partner as actionsOfPartner finds them', () => {
    const counts = actionCountsPerPartner(feed, 2025);
    expect(counts.size).toBeGreaterThan(5);
    for (const [id, count] of counts) expect(actionsOfPartner(feed, id, 2025)).toHaveLength(count);
  });
});

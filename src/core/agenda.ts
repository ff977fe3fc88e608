/**
 * The maatschappelijke agenda as values: which doelen a year has, what changed between years,
 * what one partner does, and how a measured series moved. No sentences: the widget words them.
 */
import type {
  AgendaAction,
  AgendaChallenge,
  AgendaFeed,
  AgendaGoal,
  AgendaIndicator,
  AgendaTheme,
} from './schemas/agenda.js';

/** How a doel of the later year relates to the earlier one. */
export type YearChange = 'new' | 'continued' | 'ended';

export interface GoalChange {
  number: string;
  change: YearChange;
  theme: string;
  /** The doel in the later year; for 'ended', the doel in the earlier year. */
  goal: AgendaGoal;
  /** For 'continued': the doel in the earlier year (the same object when one doel spans both years). */
  previous?: AgendaGoal;
}

/** A doel with the themalijn and opgave it sits in. */
export interface GoalPlace {
  goal: AgendaGoal;
  theme: AgendaTheme;
  challenge: AgendaChallenge | undefined;
}

/** An action with where it sits: under a doel, or directly under an opgave (goal undefined). */
export interface PlacedAction {
  action: AgendaAction;
  theme: AgendaTheme;
  challenge: AgendaChallenge | undefined;
  goal: AgendaGoal | undefined;
}

export interface ThemeCount {
  theme: string;
  goals: number;
  actions: number;
}

export interface Trend {
  year: number;
  value: number;
  previousYear: number;
  previousValue: number;
  /** value − previousValue: negative when the value went down. */
  change: number;
  direction: 'up' | 'down' | 'same';
}

type YearValue = { year: number; value: number | boolean };

export function goalHasYear(goal: AgendaGoal, year: number): boolean {
  return goal.years.some((y) => y.year === year);
}

/** Every doel with its place, in document order. */
export function goalPlaces(feed: AgendaFeed): GoalPlace[] {
  return feed.themes.flatMap((theme) =>
    theme.goals.map((goal) => ({ goal, theme, challenge: theme.challenges.find((c) => c.id === goal.challenge) })),
  );
}

/** Every action with its place, in document order (opgave actions before the doelen of that opgave). */
export function placedActions(feed: AgendaFeed, year?: number): PlacedAction[] {
  const placed: PlacedAction[] = [];
  for (const theme of feed.themes) {
    for (const challenge of theme.challenges) {
      for (const action of challenge.actions ?? []) placed.push({ action, theme, challenge, goal: undefined });
      for (const goal of theme.goals.filter((g) => g.challenge === challenge.id)) {
        for (const action of goal.actions ?? []) placed.push({ action, theme, challenge, goal });
      }
    }
    // A doel whose opgave id is unknown still counts.
    for (const goal of theme.goals.filter((g) => !theme.challenges.some((c) => c.id === g.challenge))) {
      for (const action of goal.actions ?? []) placed.push({ action, theme, challenge: undefined, goal });
    }
  }
  return year === undefined ? placed : placed.filter((p) => p.action.year === year);
}

const byNumber = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });

/**
 * Per doel: new in `to`, continued from `from`, or ended (in `from`, not in `to`). Doelen match on
 * their number, or on an explicit `continues` link in the data; never on similar titles.
 */
export function compareYears(feed: AgendaFeed, from: number, to: number): GoalChange[] {
  const places = goalPlaces(feed);
  const before = places.filter((p) => goalHasYear(p.goal, from));
  const after = places.filter((p) => goalHasYear(p.goal, to));
  const matched = new Set<AgendaGoal>();
  const changes: GoalChange[] = after.map(({ goal, theme }) => {
    const previous =
      before.find((p) => p.goal.number === goal.number)?.goal ??
      (goal.continues === undefined ? undefined : before.find((p) => p.goal.id === goal.continues)?.goal);
    if (previous === undefined) return { number: goal.number, change: 'new', theme: theme.id, goal };
    matched.add(previous);
    return { number: goal.number, change: 'continued', theme: theme.id, goal, previous };
  });
  for (const { goal, theme } of before) {
    if (!matched.has(goal)) changes.push({ number: goal.number, change: 'ended', theme: theme.id, goal });
  }
  return changes.sort((a, b) => byNumber(a.number, b.number));
}

/** The actions that name this partner, optionally in one year only. */
export function actionsOfPartner(feed: AgendaFeed, partnerId: string, year?: number): PlacedAction[] {
  return placedActions(feed, year).filter((p) => p.action.partners?.includes(partnerId) ?? false);
}

/** Per themalijn: how many doelen the year has and how many actions (also those under an opgave). */
export function countsPerTheme(feed: AgendaFeed, year: number): ThemeCount[] {
  const actions = placedActions(feed, year);
  return feed.themes.map((theme) => ({
    theme: theme.id,
    goals: theme.goals.filter((g) => goalHasYear(g, year)).length,
    actions: actions.filter((p) => p.theme === theme).length,
  }));
}

/**
 * The last step of a series: the latest year with a number against the latest year before it
 * that has one (a gap is skipped, so previousYear need not be year − 1). Yes/no values have no
 * trend. Undefined with fewer than two numbers.
 */
export function trend(series: Pick<AgendaIndicator, 'values'> | readonly YearValue[]): Trend | undefined {
  const values: readonly YearValue[] = isYearValues(series) ? series : series.values;
  const numbers = values
    .filter((v): v is { year: number; value: number } => typeof v.value === 'number' && Number.isFinite(v.value))
    .slice()
    .sort((a, b) => a.year - b.year);
  const last = numbers.at(-1);
  const before = numbers.filter((v) => last !== undefined && v.year < last.year).at(-1);
  if (last === undefined || before === undefined) return undefined;
  // Rounded to the precision of the data, so 0.1 + 0.2 style noise never shows.
  const change = Math.round((last.value - before.value) * 1e6) / 1e6;
  return {
    year: last.year,
    value: last.value,
    previousYear: before.year,
    previousValue: before.value,
    change,
    direction: change > 0 ? 'up' : change < 0 ? 'down' : 'same',
  };
}

function isYearValues(series: Pick<AgendaIndicator, 'values'> | readonly YearValue[]): series is readonly YearValue[] {
  return Array.isArray(series);
}

/** The doel with this number (in this year, when given), with its place. */
export function findGoal(feed: AgendaFeed, number: string, year?: number): GoalPlace | undefined {
  const wanted = number.trim().replace(/\.$/, '');
  return goalPlaces(feed).find((p) => p.goal.number === wanted && (year === undefined || goalHasYear(p.goal, year)));
}

/** The indicators that belong to a doel or themalijn (by id). */
export function indicatorsOf(feed: AgendaFeed, id: string): AgendaIndicator[] {
  return (feed.indicators ?? []).filter((i) => i.goal === id || i.theme === id);
}

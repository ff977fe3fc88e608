/**
 * The maatschappelijke agenda as values: which doelen a year has, what changed between years,
 * what one partner does, and how a measured series moved. No sentences: the widget words them.
 */
import { MAX_PROBLEMS, type FeedOutcome } from './feed.js';
import { parseFeed, parseFeedAsync, type AsyncParseOptions, type FeedKind } from './feed-kind.js';
import type { LevelText } from './level.js';
import type { FeedProblem } from './problems.js';
import type {
  AgendaAction,
  AgendaChallenge,
  AgendaFeed,
  AgendaGoal,
  AgendaIndicator,
  AgendaPartner,
  AgendaTheme,
} from './schemas/agenda.js';
import { validatorFrom, type Validate } from './validate.js';
import {
  agendaAction,
  agendaChallenge,
  agendaEnvelope,
  agendaGoal,
  agendaIndicator,
  agendaPartner,
  agendaTheme,
} from '../generated/agenda-schemas.js';

/**
 * A parsed agenda. `updated` is required by the schema, but a feed whose date is broken still
 * shows: the date is then left out.
 */
export type Agenda = Omit<AgendaFeed, 'updated'> & { updated?: string };

/** What the functions below read: the themalijnen and the metingen. */
export type AgendaContent = Pick<AgendaFeed, 'themes' | 'indicators'>;

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
export function goalPlaces(feed: AgendaContent): GoalPlace[] {
  return feed.themes.flatMap((theme) =>
    theme.goals.map((goal) => ({ goal, theme, challenge: theme.challenges.find((c) => c.id === goal.challenge) })),
  );
}

/** Every action with its place, in document order (opgave actions before the doelen of that opgave). */
export function placedActions(feed: AgendaContent, year?: number): PlacedAction[] {
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
export function compareYears(feed: AgendaContent, from: number, to: number): GoalChange[] {
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
export function actionsOfPartner(feed: AgendaContent, partnerId: string, year?: number): PlacedAction[] {
  return placedActions(feed, year).filter((p) => p.action.partners?.includes(partnerId) ?? false);
}

/** Per themalijn: how many doelen the year has and how many actions (also those under an opgave). */
export function countsPerTheme(feed: AgendaContent, year: number): ThemeCount[] {
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
export function findGoal(feed: AgendaContent, number: string, year?: number): GoalPlace | undefined {
  const wanted = number.trim().replace(/\.$/, '');
  return goalPlaces(feed).find((p) => p.goal.number === wanted && (year === undefined || goalHasYear(p.goal, year)));
}

/** The indicators that belong to a doel or themalijn (by id). */
export function indicatorsOf(feed: AgendaContent, id: string): AgendaIndicator[] {
  return (feed.indicators ?? []).filter((i) => i.goal === id || i.theme === id);
}

// ----- a year of the agenda, as the widget shows it -----

/** Every year the agenda speaks of (its documents, its doelen and actions), oldest first. */
export function agendaYears(feed: Pick<Agenda, 'themes' | 'years'>): number[] {
  const years = new Set<number>((feed.years ?? []).map((y) => y.year));
  for (const theme of feed.themes) {
    for (const goal of theme.goals) {
      goal.years.forEach((y) => years.add(y.year));
      goal.actions?.forEach((a) => years.add(a.year));
    }
    for (const challenge of theme.challenges) challenge.actions?.forEach((a) => years.add(a.year));
  }
  return [...years].sort((a, b) => a - b);
}

/** The year before `year` that has doelen, to compare with; undefined for the first year. */
export function previousYear(feed: AgendaContent, year: number): number | undefined {
  const earlier = new Set<number>();
  for (const theme of feed.themes) for (const goal of theme.goals) for (const y of goal.years) if (y.year < year) earlier.add(y.year);
  return earlier.size === 0 ? undefined : Math.max(...earlier);
}

/** The doel's title in a year: the agenda sometimes words it differently that year. */
export function goalTitle(goal: AgendaGoal, year: number): LevelText {
  return goal.years.find((y) => y.year === year)?.title ?? goal.title;
}

/** The doel's explanation in a year, if that year's agenda gives one. */
export function goalExplanation(goal: AgendaGoal, year: number): LevelText | undefined {
  return goal.years.find((y) => y.year === year)?.explanation;
}

export interface GoalInYear {
  goal: AgendaGoal;
  /** Against the previous year; undefined when there is none to compare with. */
  change?: YearChange;
  /** The year whose text and actions apply: the chosen year, or for 'ended' the earlier one. */
  year: number;
  actions: AgendaAction[];
}

export interface ChallengeInYear {
  /** Undefined for doelen whose opgave the feed does not have. */
  challenge: AgendaChallenge | undefined;
  explanation?: LevelText;
  /** Actions directly under the opgave, in the chosen year. */
  actions: AgendaAction[];
  goals: GoalInYear[];
}

export interface ThemeInYear {
  theme: AgendaTheme;
  challenges: ChallengeInYear[];
  /** Doelen and actions of the chosen year (ended doelen not counted). */
  goalCount: number;
  actionCount: number;
}

/**
 * One year of the agenda as a tree: per themalijn its opgaven, per opgave its doelen with what
 * changed since `previous` (ended doelen included, in their old place) and the actions of the
 * year. Every opgave is there, also one with nothing in the year: the agenda lists them all.
 */
export function agendaInYear(feed: AgendaContent, year: number, previous = previousYear(feed, year)): ThemeInYear[] {
  const changes = previous === undefined ? [] : compareYears(feed, previous, year);
  const changeOf = new Map(changes.map((c) => [c.goal, c.change]));
  const inYear = (goal: AgendaGoal): GoalInYear | undefined => {
    const change = changeOf.get(goal);
    const shownYear = change === 'ended' && previous !== undefined ? previous : year;
    if (change === undefined && !goalHasYear(goal, year)) return undefined;
    return {
      goal,
      ...(change === undefined ? {} : { change }),
      year: shownYear,
      actions: (goal.actions ?? []).filter((a) => a.year === shownYear),
    };
  };
  const byNumberOf = (a: GoalInYear, b: GoalInYear) => byNumber(a.goal.number, b.goal.number);
  return feed.themes.map((theme) => {
    const goals = theme.goals.map(inYear).filter((g): g is GoalInYear => g !== undefined);
    const challenges: ChallengeInYear[] = [];
    for (const challenge of theme.challenges) {
      const own = goals.filter((g) => g.goal.challenge === challenge.id).sort(byNumberOf);
      const actions = (challenge.actions ?? []).filter((a) => a.year === year);
      const explanation = challenge.years?.find((y) => y.year === year)?.explanation;
      challenges.push({ challenge, actions, goals: own, ...(explanation === undefined ? {} : { explanation }) });
    }
    const orphans = goals.filter((g) => !theme.challenges.some((c) => c.id === g.goal.challenge)).sort(byNumberOf);
    if (orphans.length > 0) challenges.push({ challenge: undefined, actions: [], goals: orphans });
    return {
      theme,
      challenges,
      goalCount: goals.filter((g) => g.change !== 'ended').length,
      actionCount: challenges.reduce((sum, c) => sum + c.actions.length + c.goals.reduce((n, g) => n + (g.change === 'ended' ? 0 : g.actions.length), 0), 0),
    };
  });
}

/** Per partner id: how many actions of the year name it. */
export function actionCountsPerPartner(feed: AgendaContent, year: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { action } of placedActions(feed, year)) {
    for (const id of action.partners ?? []) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

// ----- the feed -----

const validateTheme = validatorFrom(agendaTheme);
const validateChallenge = validatorFrom(agendaChallenge);
const validateGoal = validatorFrom(agendaGoal);
const validateAction = validatorFrom(agendaAction);
const validatePartner = validatorFrom(agendaPartner);
const validateIndicator = validatorFrom(agendaIndicator);

type Report = (problem: FeedProblem) => void;

/**
 * The valid elements of a nested list, each validated on its own: a broken action is skipped,
 * its doel stays. A later element with an id already seen is skipped too. Returns the list
 * itself when nothing changed (a parsed value parses again the same way).
 */
function keepValid<T extends { id: string }>(
  list: unknown,
  path: string,
  validate: Validate,
  report: Report,
  clean: (item: T, path: string) => T = (item) => item,
): T[] | undefined {
  if (!Array.isArray(list)) return undefined;
  const kept: T[] = [];
  const seen = new Set<string>();
  let changed = false;
  list.forEach((raw: unknown, index) => {
    const here = `${path}/${index}`;
    const problems = validate(raw as never, here);
    if (problems.length > 0) {
      problems.forEach(report);
      changed = true;
      return;
    }
    const item = raw as T;
    if (seen.has(item.id)) {
      report({ path: `${here}/id`, code: 'duplicate-id', params: { id: item.id.slice(0, 200) } });
      changed = true;
      return;
    }
    seen.add(item.id);
    const cleaned = clean(item, here);
    if (cleaned !== item) changed = true;
    kept.push(cleaned);
  });
  return changed ? kept : (list as T[]);
}

function withValidActions<T extends { actions?: AgendaAction[] }>(item: T, path: string, report: Report): T {
  const actions = keepValid<AgendaAction>(item.actions, `${path}/actions`, validateAction, report);
  return actions === item.actions ? item : { ...item, actions };
}

/** Problems of the partner and indicator lists, kept with the feed they belong to (see parseAgenda). */
const listProblems = new WeakMap<object, FeedProblem[]>();

/**
 * The agenda feed: `{ kind?, publisher, updated, years?, partners?, themes: [...], indicators? }`.
 * Each themalijn is an item; its opgaven, doelen and actions are validated one by one inside it,
 * and so are the partners and indicators of the envelope. One broken action or indicator is
 * skipped and reported; everything else shows.
 */
export const agendaKind: FeedKind<AgendaTheme, Agenda> = {
  name: 'agenda',
  listKey: 'themes',
  validateEnvelope: validatorFrom(agendaEnvelope),
  validateItem: validateTheme,
  idKey: 'id',
  envelopeLinks: { 'publisher/url': 'url' },
  check: (theme, { path, report }) => {
    const challenges = keepValid<AgendaChallenge>(theme.challenges, `${path}/challenges`, validateChallenge, report, (c, p) =>
      withValidActions(c, p, report),
    );
    const goals = keepValid<AgendaGoal>(theme.goals, `${path}/goals`, validateGoal, report, (g, p) => withValidActions(g, p, report));
    return challenges === theme.challenges && goals === theme.goals ? theme : { ...theme, challenges: challenges ?? [], goals: goals ?? [] };
  },
  build: ({ publisher, updated, fields }, themes) => {
    const problems: FeedProblem[] = [];
    const report: Report = (problem) => problems.push(problem);
    const partners = keepValid<AgendaPartner>(fields.partners, '/partners', validatePartner, report);
    const indicators = keepValid<AgendaIndicator>(fields.indicators, '/indicators', validateIndicator, report);
    const feed: Agenda = {
      publisher,
      themes,
      ...(updated === undefined ? {} : { updated }),
      ...(fields.years === undefined ? {} : { years: fields.years as Agenda['years'] }),
      ...(partners === undefined ? {} : { partners }),
      ...(indicators === undefined ? {} : { indicators }),
    };
    listProblems.set(feed, problems);
    return feed;
  },
};

/** The partner and indicator problems joined to the others, in the order of the feed's fields. */
function withListProblems(outcome: FeedOutcome<Agenda>): FeedOutcome<Agenda> {
  if (!outcome.ok) return outcome;
  const extra = listProblems.get(outcome.feed) ?? [];
  listProblems.delete(outcome.feed);
  if (extra.length === 0) return outcome;
  const at = (prefix: string) => (p: FeedProblem) => p.path === prefix || p.path.startsWith(`${prefix}/`);
  const themes = outcome.problems.filter(at('/themes'));
  const problems = [
    ...outcome.problems.filter((p) => !at('/themes')(p)),
    ...extra.filter(at('/partners')),
    ...themes,
    ...extra.filter(at('/indicators')),
  ].slice(0, MAX_PROBLEMS);
  return { ...outcome, problems, problemCount: outcome.problemCount + extra.length };
}

/**
 * Turns any JSON value into an agenda: the valid parts, and a problem with a JSON path for
 * everything that was skipped or cleaned. Never throws.
 */
export function parseAgenda(value: unknown, baseUrl?: string): FeedOutcome<Agenda> {
  return withListProblems(parseFeed(agendaKind, value, baseUrl === undefined ? {} : { baseUrl }));
}

/** parseAgenda in slices that give the page a turn (see parseFeedAsync). */
export async function parseAgendaAsync(value: unknown, options: AsyncParseOptions = {}): Promise<FeedOutcome<Agenda>> {
  return withListProblems(await parseFeedAsync(agendaKind, value, options));
}

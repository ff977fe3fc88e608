import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import {
  actionCountsPerPartner,
  actionsOfPartner,
  agendaInYear,
  agendaYears,
  goalPlaces,
  parseAgendaAsync,
  placedActions,
  previousYear,
  type Agenda,
  type GoalInYear,
  type ThemeInYear,
} from '../../core/agenda.js';
import type { LevelText } from '../../core/level.js';
import type { SearchDocument } from '../../core/search.js';
import type { AgendaAction, AgendaChallenge, AgendaGoal, AgendaIndicator, AgendaTheme } from '../../core/schemas/agenda.js';
import { AnnouncerController } from '../shared/announcer.js';
import { baseStyles } from '../shared/base.styles.js';
import { controlStyles } from '../shared/controls.styles.js';
import { FeedController } from '../shared/feed-controller.js';
import { feedStatus } from '../shared/feed-status.js';
import { FocusController } from '../shared/focus.js';
import { HashRouteController } from '../shared/hash-route.js';
import { HelderElement } from '../shared/helder-element.js';
import { LazyModule, lazyStatus } from '../shared/lazy-module.js';
import { LazySearchController } from '../shared/lazy-search.js';
import { PrintController } from '../shared/print.js';
import { styles } from './agenda.styles.js';
import { actionsText, changeSummary, foundText, yearCounts, type ChangeCounts } from './counts.js';
import { challengeKey, documentTitles, goalKey, themeKey, themeView, type AgendaContext } from './drilldown.render.js';
import { colophon, otherIndicators, toolbar, yearIntro } from './overview.render.js';
import { partnerView } from './partner.render.js';
import { searchResults, type SearchHit } from './search.render.js';

/** What the search indexes: every doel and action of the feed, with its place. */
interface SearchEntry {
  theme: AgendaTheme;
  challenge: AgendaChallenge | undefined;
  goal: AgendaGoal | undefined;
  action?: AgendaAction;
}

/** All levels of feed texts, for the index: a word from the policy text finds the A2 text too. */
const allLevels = (...texts: (LevelText | undefined)[]): string[] =>
  texts.flatMap((t) => (t === undefined ? [] : typeof t === 'string' ? [t] : Object.values(t).filter((v): v is string => typeof v === 'string')));

const sum = (tree: readonly ThemeInYear[], key: 'goalCount' | 'actionCount') => tree.reduce((n, t) => n + t[key], 0);

const searchEntries = new WeakMap<Agenda, SearchEntry[]>();

function entriesOf(feed: Agenda): SearchEntry[] {
  let entries = searchEntries.get(feed);
  if (!entries) {
    entries = [
      ...goalPlaces(feed).map(({ goal, theme, challenge }) => ({ theme, challenge, goal })),
      ...placedActions(feed).map(({ action, theme, challenge, goal }) => ({ theme, challenge, goal, action })),
    ];
    searchEntries.set(feed, entries);
  }
  return entries;
}

/**
 * @tagname helder-agenda
 * @summary De maatschappelijke agenda van een gemeente: themalijnen, opgaven, doelen en acties per jaar, wat er veranderde, wat een partner doet, en de metingen als grafiek en tabel.
 *
 * Its CSS parts and events are collected from the files it renders with (scripts/manifest.mjs).
 */
export class HelderAgenda extends HelderElement {
  static override styles = [baseStyles, controlStyles, styles];

  /** URL of an agenda feed (JSON). */
  @property() src?: string;
  /** The feed as an object; wins over `src`. */
  @property({ attribute: false }) data?: unknown;
  /** How long to wait for `src`, in milliseconds (1 to 300000; default 15000). */
  @property({ type: Number }) timeout?: number;
  /** The year shown (default: the latest year in the feed). The resident can choose another. */
  @property({ type: Number }) year?: number;
  /** Show only this themalijn: its id or number (`1`, `zelfredzame-twenterander`). */
  @property() theme?: string;
  /** Show only the actions of this partner (its id in the feed), without the rest of the agenda: for a partner's own site. */
  @property() partner?: string;

  @state() private query = '';
  /** The partner chosen in "Wat doet mijn organisatie?". */
  @state() private chosenPartner = '';
  /** What is printed now: a themalijn's id, or 'partner'. */
  @state() private printing?: string;
  @state() private otherOpen = false;

  /** Disclosures open now, by key (see drilldown.render.ts); kept across years and levels. */
  private readonly open = new Set<string>();
  /** Indicators shown as a table, by id. */
  private readonly tables = new Set<string>();

  private readonly feed = new FeedController<Agenda>(this, {
    parse: (value, options) => parseAgendaAsync(value, options),
    count: (feed) => (this.partner ? this.partnerActions(feed).length : sum(this.shownTree(feed), 'goalCount')),
    inLocale: (fn) => this.inLocale(fn),
  });
  private readonly route = new HashRouteController(this, 'doel', (value) => this.follow(value, true));
  private readonly search = new LazySearchController<Agenda>(this, {
    documents: (feed) =>
      entriesOf(feed).map((entry, index): SearchDocument => {
        const place = allLevels(entry.theme.title, entry.challenge?.title);
        if (entry.action) {
          const partners = (entry.action.partners ?? []).map((id) => feed.partners?.find((p) => p.id === id)?.name ?? id);
          return { id: String(index), fields: { text: entry.action.text, partners, place } };
        }
        const goal = entry.goal!;
        return {
          id: String(index),
          fields: {
            number: [goal.number],
            title: allLevels(goal.title, ...goal.years.map((y) => y.title)),
            text: allLevels(...goal.years.map((y) => y.explanation)),
            place,
          },
        };
      }),
    boosts: { number: 3, title: 3 },
    onReady: () => {
      if (this.query.trim()) this.announceFound();
    },
  });
  private readonly announcer = new AnnouncerController(this);
  private readonly focusNext = new FocusController(this);
  /** The feed a deep link in the address was last followed in. */
  private routedFeed?: Agenda;
  /** Scrolled to after the next render: the doel of a deep link the page opened with. */
  private scrollTarget?: string;
  private warnedYear?: number;
  /** The chart code: fetched when the first meting is shown, as most visits open none. */
  private readonly charts = new LazyModule(this, () => import('./chart.render.js'));

  constructor() {
    super();
    new PrintController(this, () => this.printing !== undefined);
  }

  // ----- what is shown -----

  /** The year shown: the `year` property when the feed has it, else the latest. */
  private shownYear(feed: Agenda): number {
    const years = agendaYears(feed);
    const latest = years.at(-1) ?? new Date().getFullYear();
    if (this.year === undefined || years.includes(this.year)) return this.year ?? latest;
    if (this.warnedYear !== this.year) {
      this.warnedYear = this.year;
      console.warn(`[helder] <helder-agenda> year="${String(this.year)}" is not in the feed (${years.join(', ')}); ${latest} is shown.`);
    }
    return latest;
  }

  private visibleThemes(feed: Agenda): AgendaTheme[] {
    const only = this.theme?.trim();
    return only ? feed.themes.filter((t) => t.id === only || String(t.number) === only) : feed.themes;
  }

  private treeCache?: { feed: Agenda; year: number; theme?: string; tree: ThemeInYear[] };

  /** The shown year as a tree, for the themes shown. */
  private shownTree(feed: Agenda): ThemeInYear[] {
    const year = this.shownYear(feed);
    const cache = this.treeCache;
    if (cache && cache.feed === feed && cache.year === year && cache.theme === this.theme) return cache.tree;
    const visible = new Set(this.visibleThemes(feed));
    const tree = agendaInYear(feed, year).filter((t) => visible.has(t.theme));
    this.treeCache = { feed, year, ...(this.theme === undefined ? {} : { theme: this.theme }), tree };
    return tree;
  }

  private goalsInTree(tree: readonly ThemeInYear[]): GoalInYear[] {
    return tree.flatMap((t) => t.challenges.flatMap((c) => c.goals));
  }

  private changeCounts(tree: readonly ThemeInYear[]): ChangeCounts {
    const goals = this.goalsInTree(tree);
    const count = (change: string) => goals.filter((g) => g.change === change).length;
    return { new: count('new'), continued: count('continued'), ended: count('ended') };
  }

  /** The partner whose actions are shown: the attribute's, else the one chosen. */
  private partnerId(): string {
    return this.partner?.trim() || this.chosenPartner;
  }

  private partnerActions(feed: Agenda) {
    const visible = new Set(this.visibleThemes(feed));
    return actionsOfPartner(feed, this.partnerId(), this.shownYear(feed)).filter((p) => visible.has(p.theme));
  }

  /**
   * Where each meting shows: under its doel when that doel is shown, else under its themalijn,
   * else with the other metingen (only when every themalijn is shown).
   */
  private placeIndicators(feed: Agenda, tree: readonly ThemeInYear[]) {
    const goals = new Set(this.goalsInTree(tree).map((g) => g.goal.id));
    const themes = new Set(tree.map((t) => t.theme.id));
    const knownThemes = new Set(feed.themes.map((t) => t.id));
    const byKey = new Map<string, AgendaIndicator[]>();
    const other: AgendaIndicator[] = [];
    const add = (key: string, indicator: AgendaIndicator) => byKey.set(key, [...(byKey.get(key) ?? []), indicator]);
    for (const indicator of feed.indicators ?? []) {
      if (indicator.goal !== undefined && goals.has(indicator.goal)) add(`goal:${indicator.goal}`, indicator);
      else if (indicator.theme !== undefined && themes.has(indicator.theme)) add(`theme:${indicator.theme}`, indicator);
      else if (!this.theme && (indicator.theme === undefined || !knownThemes.has(indicator.theme))) other.push(indicator);
    }
    return { of: (kind: 'goal' | 'theme', id: string) => byKey.get(`${kind}:${id}`) ?? [], other };
  }

  /** The doelen and actions of the shown year that match the search box, best first. */
  private hits(feed: Agenda, tree: readonly ThemeInYear[], year: number): SearchHit[] | undefined {
    const ids = this.search.search(feed, this.query);
    if (!ids) return undefined;
    const entries = entriesOf(feed);
    const shown = new Map(this.goalsInTree(tree).map((g) => [g.goal, g]));
    const themes = new Set(tree.map((t) => t.theme));
    const hits: SearchHit[] = [];
    for (const id of ids) {
      const entry = entries[Number(id)];
      if (!entry || !themes.has(entry.theme)) continue;
      if (entry.action) {
        if (entry.action.year === year) hits.push({ ...entry, year });
      } else if (entry.goal) {
        const inYear = shown.get(entry.goal);
        if (inYear) hits.push({ ...entry, year: inYear.year, ...(inYear.change ? { change: inYear.change } : {}) });
      }
    }
    return hits;
  }

  private context(feed: Agenda, year: number, indicators: ReturnType<HelderAgenda['placeIndicators']>): AgendaContext {
    const previous = previousYear(feed, year);
    return {
      level: this.effectiveLevel,
      locale: this.locale,
      year,
      ...(previous === undefined ? {} : { previous }),
      partners: new Map((feed.partners ?? []).map((p) => [p.id, p])),
      documents: documentTitles(feed.years, this.effectiveLevel),
      href: (number) => this.route.href(number),
      isOpen: (key) => this.open.has(key),
      onToggle: (key, open) => {
        if (open === this.open.has(key)) return;
        if (open) this.open.add(key);
        else this.open.delete(key);
        this.requestUpdate();
      },
      indicatorsOf: indicators.of,
      indicator: (indicator) => {
        const charts = this.charts.get();
        if (this.charts.failed) return lazyStatus(this.charts, '', this.locale);
        if (!charts) return html`<p class="loading">${msg('De metingen worden geladen…')}</p>`;
        return charts.indicatorView(indicator, {
          level: this.effectiveLevel,
          locale: this.locale,
          asTable: this.tables.has(indicator.id),
          onToggleTable: () => {
            if (this.tables.has(indicator.id)) this.tables.delete(indicator.id);
            else this.tables.add(indicator.id);
            this.requestUpdate();
          },
        });
      },
      ...(this.printing === undefined ? {} : { printing: this.printing }),
      onPrint: (themeId) => void this.print(themeId),
    };
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const feed = this.feed.feed;
    // A page that opens with #doel=… shows that doel, without taking the focus.
    if (feed && feed !== this.routedFeed) {
      this.routedFeed = feed;
      if (this.route.value) this.follow(this.route.value, false);
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const target = this.scrollTarget;
    this.scrollTarget = undefined;
    if (target) this.shadowRoot?.querySelector(target)?.scrollIntoView({ block: 'start' });
  }

  // ----- actions -----

  /**
   * Opens the themalijn, opgave and doel of a deep link (`#doel=1.1.1`, or an opgave `#doel=2.1`),
   * in the year that has it. The focus moves there only when a link was followed.
   */
  private follow(value: string | undefined, moveFocus: boolean): void {
    const feed = this.feed.feed;
    if (!feed || !value || this.partner) return;
    const number = value.trim().replace(/\.$/, '');
    const visible = new Set(this.visibleThemes(feed));
    let tree = this.shownTree(feed);
    const find = (t: readonly ThemeInYear[]) => {
      for (const theme of t) {
        for (const challenge of theme.challenges) {
          const goal = challenge.goals.find((g) => g.goal.number === number);
          if (goal || challenge.challenge?.number === number) return { theme: theme.theme, challenge: challenge.challenge, goal: goal?.goal };
        }
      }
      return undefined;
    };
    let found = find(tree);
    if (!found) {
      // A doel of another year: show the latest year that has it.
      const years = goalPlaces(feed).flatMap((p) => (visible.has(p.theme) && p.goal.number === number ? p.goal.years.map((y) => y.year) : []));
      if (years.length === 0) return;
      this.year = Math.max(...years);
      tree = this.shownTree(feed);
      found = find(tree);
      if (!found) return;
    }
    this.chosenPartner = '';
    this.open.add(themeKey(found.theme));
    this.open.add(challengeKey(found.theme, found.challenge?.id));
    if (found.goal) this.open.add(goalKey(found.theme, found.goal.id));
    const selector = `details[data-target="${CSS.escape(number)}"] > summary`;
    if (moveFocus) this.focusNext.after(selector);
    else this.scrollTarget = selector;
    this.requestUpdate();
  }

  private announceFound(): void {
    const feed = this.feed.feed;
    if (!feed) return;
    const year = this.shownYear(feed);
    const hits = this.hits(feed, this.shownTree(feed), year);
    if (!hits) return;
    const goals = hits.filter((h) => !h.action).length;
    this.announcer.announce(this.inLocale(() => foundText(goals, hits.length - goals, this.locale)));
  }

  private chooseYear(year: number): void {
    this.year = year;
    const feed = this.feed.feed;
    if (!feed) return;
    this.announcer.announce(
      this.inLocale(() => {
        if (this.partnerId()) return msg(str`U ziet nu ${String(year)}: ${actionsText(this.partnerActions(feed).length, this.locale)}.`);
        const tree = this.shownTree(feed);
        const counts = yearCounts(year, sum(tree, 'goalCount'), sum(tree, 'actionCount'), this.locale);
        const previous = previousYear(feed, year);
        return previous === undefined ? counts : `${counts} ${changeSummary(this.changeCounts(tree), year, previous, this.locale)}`;
      }),
    );
  }

  private choosePartner(id: string): void {
    this.chosenPartner = id;
    const feed = this.feed.feed;
    if (!feed || !id) return;
    const partner = feed.partners?.find((p) => p.id === id);
    const count = this.partnerActions(feed).length;
    if (partner) this.announcer.announce(this.inLocale(() => msg(str`De agenda noemt ${partner.name} bij ${actionsText(count, this.locale)}.`)));
  }

  /** Prints one themalijn (everything in it open) or the partner's actions; the rest is hidden. */
  private async print(what: string): Promise<void> {
    // The printed page needs the charts of the themalijn.
    if (what !== 'partner') await this.charts.load();
    this.printing = what;
    await this.updateComplete;
    try {
      window.print();
    } finally {
      this.printing = undefined;
    }
  }

  // ----- views -----

  private renderAgenda(feed: Agenda): TemplateResult {
    const year = this.shownYear(feed);
    const tree = this.shownTree(feed);
    const indicators = this.placeIndicators(feed, tree);
    const ctx = this.context(feed, year, indicators);
    const fixedPartner = this.partner?.trim();
    const partnerId = this.partnerId();
    const partner = partnerId ? feed.partners?.find((p) => p.id === partnerId) : undefined;
    const counts = actionCountsPerPartner(feed, year);
    const partners = (feed.partners ?? [])
      .map((p) => ({ partner: p, count: counts.get(p.id) ?? 0 }))
      .filter((p) => p.count > 0 || p.partner.id === partnerId)
      .sort((a, b) => a.partner.name.localeCompare(b.partner.name, 'nl'));
    // The whole year's doelen and actions, also beside a chosen partner: a result link shows the agenda.
    const hits = fixedPartner ? undefined : this.hits(feed, tree, year);
    const results = hits ? searchResults(hits, ctx) : nothing;
    const yearTitle = feed.years?.find((y) => y.year === year)?.title;

    let main: unknown;
    if (this.theme && tree.length === 0) {
      main = html`<p>${msg(str`Het thema "${this.theme}" staat niet in de agenda.`)}</p>`;
    } else if (partnerId && !partner) {
      main = html`<p>${msg(str`De organisatie "${partnerId}" staat niet in de agenda.`)}</p>`;
    } else if (partner) {
      main = html`${results}${partnerView({
        partner,
        actions: this.partnerActions(feed),
        ctx,
        fixed: !!fixedPartner,
        printing: this.printing === 'partner',
        onPrint: () => void this.print('partner'),
        onShowAll: () => {
          this.chosenPartner = '';
          this.focusNext.after('#partner');
        },
      })}`;
    } else {
      main = html`${yearIntro(yearTitle, ctx.previous === undefined ? undefined : this.changeCounts(tree), ctx)}
        ${results}
        <div class="themes">${tree.map((t) => themeView(t, ctx))}</div>
        ${otherIndicators(indicators.other, ctx, this.otherOpen, (open) => {
          this.otherOpen = open;
        })}`;
    }
    return html`<p class="intro">
        ${msg('Wat doen de gemeente en haar partners? Dat staat in de Maatschappelijke Agenda.')}
        ${partner ? nothing : msg('Open een thema om de doelen en acties te zien.')}
      </p>
      ${toolbar({
        years: agendaYears(feed),
        year,
        ...(fixedPartner ? {} : { partners }),
        partner: partnerId,
        query: this.query,
        search: !fixedPartner,
        onYear: (y) => this.chooseYear(y),
        onPartner: (id) => this.choosePartner(id),
        onQuery: (query) => {
          this.query = query;
          this.announcer.announceLater(() => {
            const f = this.feed.feed;
            const found = f ? this.hits(f, this.shownTree(f), this.shownYear(f)) : undefined;
            const goals = found?.filter((h) => !h.action).length ?? 0;
            return this.inLocale(() => foundText(goals, (found?.length ?? 0) - goals, this.locale));
          });
        },
        onSearchFocus: () => this.search.load(),
      })}
      ${main} ${colophon(feed, ctx)}`;
  }

  protected renderContent(): TemplateResult {
    const feed = this.feed.feed;
    const status = feedStatus(this.feed, { loading: msg('De agenda wordt geladen…') }, this.locale);
    const printing = this.printing === undefined ? undefined : this.printing === 'partner' ? 'partner' : 'theme';
    return html`${status}
      <div class="agenda" data-printing=${printing ?? nothing} aria-busy=${this.feed.status === 'loading' ? 'true' : 'false'}>
        ${feed ? this.renderAgenda(feed) : nothing}
      </div>
      ${this.announcer.render()}`;
  }
}

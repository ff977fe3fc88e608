import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import type { Near, Origin } from '../../core/distance.js';
import { AUDIENCES, NEEDS, type Audience, type Need } from '../../core/schemas/sociale-kaart.js';
import {
  FILTER_KEYS,
  KaartFacets,
  SEARCH_BOOSTS,
  fromOrganization,
  isAvailable,
  languageKey,
  parseSocialeKaartAsync,
  searchDocument,
  type FacetCounts,
  type FilterKey,
  type KaartFilters,
  type KaartService,
  type SocialeKaart,
} from '../../core/sociale-kaart.js';
import { AnnouncerController } from '../shared/announcer.js';
import { baseStyles } from '../shared/base.styles.js';
import { controlStyles } from '../shared/controls.styles.js';
import { FeedController, reportOutcome } from '../shared/feed-controller.js';
import { feedStatus } from '../shared/feed-status.js';
import { FocusController } from '../shared/focus.js';
import { HashStateController } from '../shared/hash-state.js';
import { HelderElement } from '../shared/helder-element.js';
import { LazyModule, lazyStatus } from '../shared/lazy-module.js';
import { LazySearchController } from '../shared/lazy-search.js';
import { PrintController } from '../shared/print.js';
import { StoredValue } from '../shared/stored-value.js';
import type { ApiController } from './api-controller.js';
import { audienceLabel, languageName, needLabel, serviceCard, type CardContext } from './card.render.js';
import { backButton, foundMessage, listView, type FilterOption } from './list.render.js';
import { styles } from './sociale-kaart.styles.js';

/** Cards shown at first, and added by "Meer tonen" (also the API's per_page). */
const PAGE_SIZE = 20;
/** Search starts at this many letters: one or two letters match almost everything. */
const MIN_QUERY = 3;
/** Ids kept in a shortlist, at most. */
const MAX_SAVED = 200;

/** The keys the widget keeps in the page's address. */
const HASH_KEYS = ['zoek', 'hulp', 'kern', 'voor', 'taal', 'zonder-verwijzing', 'gratis', 'bij', 'bewaard', 'lijst'] as const;
type HashKey = (typeof HASH_KEYS)[number];
const FILTER_HASH: Record<FilterKey, HashKey> = {
  need: 'hulp',
  kern: 'kern',
  audience: 'voor',
  language: 'taal',
  withoutReferral: 'zonder-verwijzing',
  free: 'gratis',
};
const YES = 'ja';

const saveIds = (ids: unknown): string[] | undefined =>
  Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string' && id.length > 0 && id.length <= 200).slice(0, MAX_SAVED) : undefined;

interface Results {
  /** In order: the nearest first when a place is chosen, else best match or feed order. */
  list: readonly KaartService[];
  /** Distances and "serves the kern", when a place is chosen. */
  near?: ReadonlyMap<KaartService, Near<KaartService>>;
  total: number;
  counts?: FacetCounts;
  searchPending: boolean;
}

/**
 * @tagname helder-sociale-kaart
 * @summary Hulp en activiteiten in de buurt (Open Referral HSDS 3.0): zoeken, filteren, dichtbij, een eigen lijst.
 *
 * Its CSS parts and events are collected from the files it renders with (scripts/manifest.mjs).
 */
export class HelderSocialeKaart extends HelderElement {
  static override styles = [baseStyles, controlStyles, styles];

  /** URL of a sociale-kaart feed: Helder's own document, an HSDS `/services` page or a list of HSDS services. */
  @property() src?: string;
  /** The feed as an object; wins over `src`. */
  @property({ attribute: false }) data?: unknown;
  /** Base URL of an HSDS 3.0 API: the widget then asks its `/services` page by page, instead of loading a feed. */
  @property() api?: string;
  /** How long to wait for `src` or the API, in milliseconds (1 to 300000; default 15000). */
  @property({ type: Number }) timeout?: number;
  /** Show only the aanbod of this partner: its HSDS organization id or its name. */
  @property() organization?: string;
  /** Start with this need chosen (e.g. `geldzorgen`); the resident can change it. */
  @property() need?: string;
  /** Start with this kern chosen (e.g. `Vroomshoop`); the resident can change it. */
  @property() kern?: string;

  @state() private shown = PAGE_SIZE;
  @state() private placeInput?: string;
  @state() private placeError?: 'unknown-postcode' | 'unknown-kern';
  @state() private saved: string[] = [];
  @state() private saveFailed = false;
  @state() private copied = false;

  private readonly feed = new FeedController<SocialeKaart>(this, {
    parse: (value, options) => parseSocialeKaartAsync(value, options),
    count: (feed) => this.available(feed).length,
    inLocale: (fn) => this.inLocale(fn),
  });
  // Parts most visits never use, fetched on first use: the API mode (only with `api`), sorting
  // by distance (when a place is chosen), the shortlist (when opened), the week's hours (when
  // "Openingstijden" is opened).
  private readonly apiCode = new LazyModule(this, () => import('./api-controller.js'));
  private readonly near = new LazyModule(this, () => import('./near.js'));
  private readonly shortlist = new LazyModule(this, () => import('./shortlist.render.js'));
  private readonly hours = new LazyModule(this, () => import('./hours.render.js'));
  /** The API's pages, once its code has arrived. */
  private apiPages?: ApiController;
  private readonly hash = new HashStateController<HashKey>(
    this,
    HASH_KEYS,
    () => {
      this.shown = PAGE_SIZE;
      this.placeInput = undefined;
    },
    400,
    // A second kaart on the page keeps its own keys, after its id: "partner.zoek".
    () => (this.id ? `${this.id}.` : ''),
  );
  private readonly search = new LazySearchController<SocialeKaart>(this, {
    // Every service of the feed: the index is kept per feed, and `organization` may change.
    documents: (feed) => feed.services.map(searchDocument),
    boosts: { ...SEARCH_BOOSTS },
    wordForms: (search) => ({ stem: true, synonyms: search.RESIDENT_SYNONYMS }),
    sliced: true,
    onReady: () => {
      if (this.query.length >= MIN_QUERY) this.announceFound();
    },
  });
  private readonly announcer = new AnnouncerController(this);
  private readonly focusNext = new FocusController(this);
  private readonly store = new StoredValue<string[]>('helder-sociale-kaart-lijst', saveIds);
  /** The card to focus once it is rendered ("Meer tonen"). */
  private focusRow?: number;
  private typing = false;
  private memo: { key: string; value: Results }[] = [];
  private availableMemo?: { feed: SocialeKaart; organization?: string; list: KaartService[]; position: Map<string, number>; facets?: KaartFacets };

  constructor() {
    super();
    new PrintController(this, () => this.view !== 'list');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.saved = this.store.read() ?? [];
  }

  // ----- what the address and attributes say -----

  private get apiMode(): boolean {
    return !!this.api;
  }

  private get query(): string {
    return this.hash.get('zoek') ?? '';
  }

  private get filters(): KaartFilters {
    const value = (key: FilterKey) => this.hash.get(FILTER_HASH[key]);
    return {
      need: value('need') ?? this.need ?? '',
      kern: value('kern') ?? this.kern ?? '',
      audience: value('audience') ?? '',
      language: value('language') ?? '',
      withoutReferral: value('withoutReferral') === YES,
      free: value('free') === YES,
    };
  }

  /** The chosen place, once the code that reads it has arrived. */
  private get origin(): Origin | undefined {
    const place = this.hash.get('bij');
    if (!place) return undefined;
    const found = this.near.get()?.placeOf(place, this.kernen);
    return found?.ok ? found.origin : undefined;
  }

  private get view(): 'list' | 'saved' | 'shared' {
    if (this.hash.get('lijst') !== undefined) return 'shared';
    return this.hash.get('bewaard') === YES ? 'saved' : 'list';
  }

  private kernenMemo?: { services: readonly KaartService[]; kernen: string[] };

  /**
   * The kernen to choose from: the feed's own list, else the kernen its services name (in API
   * mode: the services of the pages loaded so far). Never a list from elsewhere: a partner's
   * feed or a region's API has its own places.
   */
  private get kernen(): string[] {
    const fromFeed = this.feed.feed?.kernen;
    if (fromFeed?.length && !this.apiMode) return fromFeed;
    const services = (this.apiMode ? this.apiPages?.services : this.feed.feed?.services) ?? [];
    if (this.kernenMemo?.services !== services) {
      const seen = new Set<string>();
      for (const service of services) if (Array.isArray(service.kernen)) service.kernen.forEach((k) => seen.add(k));
      this.kernenMemo = { services, kernen: [...seen] };
    }
    return this.kernenMemo.kernen;
  }

  // ----- what is shown -----

  /** The services this element shows at all: available, and of the chosen partner. */
  private available(feed: SocialeKaart): KaartService[] {
    const memo = this.availableMemo;
    if (memo?.feed === feed && memo.organization === this.organization) return memo.list;
    const organization = this.organization?.trim();
    const list = feed.services.filter((s) => isAvailable(s) && (!organization || fromOrganization(s, organization)));
    this.availableMemo = { feed, list, position: new Map(list.map((s, i) => [s.id, i])), ...(organization ? { organization: this.organization } : {}) };
    return list;
  }

  /** Filters and counts for the shown services, numbered once per feed. */
  private facets(feed: SocialeKaart): KaartFacets {
    this.available(feed);
    const memo = this.availableMemo!;
    return (memo.facets ??= new KaartFacets(memo.list, this.kernen));
  }

  private results(): Results {
    const feed = this.feed.feed;
    const filters = this.filters;
    const origin = this.origin;
    const near = this.near.module;
    const sorted = (list: readonly KaartService[], total: number, extra: Omit<Results, 'list' | 'total' | 'near'>): Results => {
      if (!origin || !near) return { list, total, ...extra };
      const rows = near.nearestFirst(list, origin);
      return { list: rows.map((row) => row.item), near: new Map(rows.map((row) => [row.item, row])), total, ...extra };
    };
    if (this.apiMode) {
      const services = this.apiPages?.services ?? [];
      return sorted(services, this.apiPages?.total ?? services.length, { searchPending: false });
    }
    if (!feed) return { list: [], total: 0, searchPending: false };
    const query = this.query.trim();
    const searching = query.length >= MIN_QUERY;
    const key = JSON.stringify([searching ? query : '', filters, origin?.kern, this.organization, searching && this.search.ready(feed)]);
    if (this.availableMemo?.feed === feed) {
      const hit = this.memo.find((entry) => entry.key === key);
      if (hit) return hit.value;
    } else this.memo = [];
    const available = this.available(feed);
    let positions: number[] | undefined;
    let searchPending = false;
    if (searching) {
      const ids = this.search.search(feed, query);
      if (ids) {
        const position = this.availableMemo!.position;
        positions = ids.map((id) => position.get(id)).filter((i): i is number => i !== undefined);
      } else searchPending = true;
    }
    const { matching, counts } = this.facets(feed).apply(filters, positions);
    const value = sorted(
      matching.map((i) => available[i]!),
      matching.length,
      { counts, searchPending },
    );
    // A few recent answers are kept: typing on after clearing the box must not count 10,000 again.
    // A pending search is asked again at the next render: the index may be ready by then.
    if (!searchPending) this.memo = [{ key, value }, ...this.memo.slice(0, 3)];
    return value;
  }

  /**
   * The options of each filter: every value the shown services have (so the filters stay put
   * while the resident types), each with what choosing it would leave now. In API mode every
   * need and audience, without counts.
   */
  private filterOptions(counts: FacetCounts | undefined): Record<'need' | 'kern' | 'audience' | 'language', FilterOption[]> {
    const filters = this.filters;
    const feed = this.apiMode ? undefined : this.feed.feed;
    const present = feed ? this.facets(feed) : undefined;
    const option = (key: 'need' | 'kern' | 'audience' | 'language', value: string, label: string): FilterOption[] => {
      if (present && !present.has(key, value) && value !== filters[key]) return [];
      return [{ value, label, ...(counts ? { count: counts[key].get(value) ?? 0 } : {}) }];
    };
    const languages = new Map(this.languages(this.apiMode ? (this.apiPages?.services ?? []) : feed ? this.available(feed) : []));
    if (filters.language && !languages.has(filters.language)) languages.set(filters.language, filters.language);
    return {
      need: NEEDS.flatMap((need: Need) => option('need', need, needLabel(need))),
      kern: this.kernen.flatMap((kern) => option('kern', kern, kern)),
      audience: AUDIENCES.flatMap((audience: Audience) => option('audience', audience, audienceLabel(audience))),
      language: [...languages].flatMap(([key, name]) => option('language', key, name)),
    };
  }

  private languagesMemo?: { list: readonly KaartService[]; locale: string; names: Map<string, string> };

  /** The languages the services are given in, by filter key, with their names. */
  private languages(list: readonly KaartService[]): Map<string, string> {
    if (this.languagesMemo?.list !== list || this.languagesMemo.locale !== this.locale) {
      const names = new Map<string, string>();
      for (const service of list) {
        for (const language of service.languages) {
          const key = languageKey(language);
          if (key && !names.has(key)) names.set(key, languageName(language, this.locale));
        }
      }
      this.languagesMemo = { list, locale: this.locale, names };
    }
    return this.languagesMemo.names;
  }

  private get cardContext(): CardContext {
    const publisher = this.feed.feed?.publisher?.name ?? '';
    const gemeente = /^gemeente\s+/i.test(publisher) ? publisher.replace(/^gemeente\s+/i, '') : undefined;
    return {
      level: this.effectiveLevel,
      locale: this.locale,
      now: new Date(),
      saved: new Set(this.saved),
      onToggleSave: (service) => this.toggleSaved(service),
      hours: this.hours,
      ...(gemeente ? { gemeente } : {}),
    };
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const api = this.apiMode ? this.apiCode.get() : undefined;
    if (api && !this.apiPages) {
      this.apiPages = new api.ApiController(this, {
        report: (outcome) => reportOutcome(this, outcome, (fn) => this.inLocale(fn)),
        perPage: PAGE_SIZE,
        onAnswer: () => this.announceFound(),
      });
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.apiMode && this.apiPages && this.isConnected) {
      this.apiPages.ask({ search: this.query, filters: this.filters, ...(this.organization ? { organization: this.organization } : {}) }, this.typing);
      this.typing = false;
      if (this.view !== 'list') this.apiPages.fetchListed(this.listIds);
    }
    if (this.focusRow !== undefined) {
      const titles = this.shadowRoot?.querySelectorAll<HTMLElement>('.overview .card-title');
      if (titles && titles.length > this.focusRow) {
        titles[this.focusRow]!.focus();
        this.focusRow = undefined;
      }
    }
  }

  // ----- actions -----

  private announceFound(): void {
    this.announcer.announce(this.inLocale(() => foundMessage(this.results().total, this.locale)));
  }

  private setFilter(key: FilterKey, value: string | boolean): void {
    const text = typeof value === 'boolean' ? (value ? YES : undefined) : value;
    // An attribute's start value is cleared with "" in the address; otherwise an unset filter is left out.
    const hasDefault = (key === 'need' && this.need) || (key === 'kern' && this.kern);
    this.hash.set({ [FILTER_HASH[key]]: text || (hasDefault ? '' : undefined) });
    this.shown = PAGE_SIZE;
    if (!this.apiMode) this.announceFound();
  }

  private resetFilters(): void {
    const changes: Partial<Record<HashKey, string | undefined>> = { zoek: undefined };
    for (const key of FILTER_KEYS) changes[FILTER_HASH[key]] = (key === 'need' && this.need) || (key === 'kern' && this.kern) ? '' : undefined;
    this.hash.set(changes);
    this.shown = PAGE_SIZE;
    this.focusNext.after('#zoek');
    if (!this.apiMode) this.announceFound();
  }

  private async choosePlace(): Promise<void> {
    const input = (this.placeInput ?? this.hash.get('bij') ?? '').trim();
    const near = await this.near.load();
    // Not fetched: the notice with "Opnieuw proberen" shows under the field.
    if (!near) return;
    const found = near.placeOf(input, this.kernen);
    if (!found.ok) {
      this.placeError = found.reason === 'empty' ? undefined : found.reason;
      if (found.reason === 'empty') this.hash.set({ bij: undefined });
      else this.focusNext.after('#plek');
      return;
    }
    this.placeError = undefined;
    this.placeInput = undefined;
    this.hash.set({ bij: input });
    this.shown = PAGE_SIZE;
    this.announceFound();
  }

  private toggleSaved(service: KaartService): void {
    const saved = this.saved.includes(service.id) ? this.saved.filter((id) => id !== service.id) : [...this.saved, service.id].slice(-MAX_SAVED);
    this.keep(saved);
    this.apiPages?.keep(service);
  }

  private keep(saved: string[]): void {
    this.saved = saved;
    this.saveFailed = !(saved.length ? this.store.write(saved) : this.store.remove());
  }

  private openView(view: 'list' | 'saved'): void {
    this.hash.set({ bewaard: view === 'saved' ? YES : undefined, lijst: undefined });
    this.hash.flush();
    this.copied = false;
    if (view === 'list') this.focusNext.after('[part~="open-shortlist"]');
    else void this.focusShortlist();
  }

  /** Focus on the shortlist's heading once its code is here; on "Opnieuw proberen" if it could not be fetched. */
  private async focusShortlist(): Promise<void> {
    const code = await this.shortlist.load();
    this.focusNext.after(code ? '#lijst-titel' : '.sociale-kaart [part~="retry"]');
  }

  /** The ids of the shortlist shown now: this device's, or the shared link's. */
  private get listIds(): string[] {
    return this.view === 'shared' ? (this.hash.get('lijst') ?? '').split(',').filter(Boolean).slice(0, MAX_SAVED) : this.saved;
  }

  /** The shortlist's services that are known, and whether some are still on their way. */
  private listed(ids: readonly string[]): { services: KaartService[]; loading: boolean } {
    if (this.apiMode) return this.apiPages?.listed(ids) ?? { services: [], loading: true };
    const known = new Map((this.feed.feed?.services ?? []).map((s) => [s.id, s]));
    return { services: ids.flatMap((id) => known.get(id) ?? []), loading: this.feed.status === 'loading' };
  }

  // ----- views -----

  private renderList(): TemplateResult {
    const results = this.results();
    const rows = results.list.slice(0, this.apiMode ? undefined : this.shown).map((item) => results.near?.get(item) ?? { item, serves: false });
    const query = this.query;
    const counts = results.counts;
    return listView({
      ctx: this.cardContext,
      query,
      queryTooShort: !this.apiMode && query.trim().length > 0 && query.trim().length < MIN_QUERY,
      searchPending: results.searchPending,
      filters: this.filters,
      options: this.filterOptions(counts),
      withoutReferral: counts ? (counts.withoutReferral || this.filters.withoutReferral ? counts.withoutReferral : undefined) : null,
      free: counts ? (counts.free || this.filters.free ? counts.free : undefined) : null,
      kernen: this.kernen,
      placeInput: this.placeInput ?? this.hash.get('bij') ?? '',
      // Set only once the code that reads a place is here.
      ...(this.placeError && this.near.module ? { placeError: this.near.module.placeErrorText(this.placeError) } : {}),
      sorting: !!this.origin,
      sortNote: this.sortNote(rows),
      rows,
      total: results.total,
      hasMore: this.apiMode ? !!this.apiPages?.hasMore : results.list.length > rows.length,
      busy: this.apiMode && this.apiPages?.status === 'loading',
      savedCount: this.saved.length,
      onQuery: (value) => {
        this.typing = true;
        this.hash.set({ zoek: value || undefined });
        this.shown = PAGE_SIZE;
        if (!this.apiMode) this.announcer.announceLater(() => this.inLocale(() => foundMessage(this.results().total, this.locale)));
      },
      onSearchFocus: () => {
        if (!this.apiMode && this.feed.feed) this.search.prepare(this.feed.feed);
      },
      onFilter: (key, value) => this.setFilter(key, value),
      onPlaceInput: (value) => {
        this.placeInput = value;
        this.placeError = undefined;
      },
      onPlace: () => void this.choosePlace(),
      onPlaceClear: () => {
        this.placeInput = '';
        this.placeError = undefined;
        this.hash.set({ bij: undefined });
        this.focusNext.after('#plek');
      },
      onMore: () => {
        this.focusRow = rows.length;
        if (this.apiMode) this.apiPages?.more();
        else this.shown += PAGE_SIZE;
      },
      onReset: () => this.resetFilters(),
      onShowSaved: () => this.openView('saved'),
    });
  }

  /** Under the place field: how the list is sorted, or the sorting code on its way (or not fetched). */
  private sortNote(rows: readonly Near<KaartService>[]): TemplateResult | typeof nothing {
    const near = this.near.module;
    const origin = this.origin;
    if (near) return origin ? near.sortNote(origin, rows) : nothing;
    if (!this.near.failed && !this.hash.get('bij')) return nothing;
    return lazyStatus(this.near, msg('Even zoeken…'), this.locale, async () => {
      await this.choosePlace();
      this.focusNext.after('#plek');
    });
  }

  private renderShortlist(shared: boolean): TemplateResult | typeof nothing {
    const views = this.shortlist.get();
    if (!views) {
      const status = lazyStatus(this.shortlist, msg('De lijst wordt geladen…'), this.locale, () => this.focusShortlist());
      return html`${status}${this.shortlist.failed ? html`<p class="no-print">${backButton(() => this.openView('list'))}</p>` : nothing}`;
    }
    const ids = this.listIds;
    const { services, loading } = this.listed(ids);
    const missing = loading ? 0 : ids.length - services.length;
    const shareHref = this.hash.href({ lijst: this.saved.join(',') });
    const ctx = this.cardContext;
    return views.shortlistView({
      locale: this.locale,
      shared,
      services,
      missing,
      loading,
      shareHref,
      saveFailed: this.saveFailed,
      copied: this.copied,
      card: (service) => serviceCard(service, ctx),
      back: backButton(() => this.openView('list')),
      onCopied: () => {
        this.copied = true;
      },
      onKeepShared: () => {
        this.keep([...new Set([...this.saved, ...ids])].slice(-MAX_SAVED));
        this.openView('saved');
      },
    });
  }

  protected renderContent(): TemplateResult {
    const loadingText = msg('De sociale kaart wordt geladen…');
    const api = this.apiPages;
    const status = !this.apiMode
      ? feedStatus(this.feed, { loading: loadingText }, this.locale)
      : api
        ? feedStatus(api.feedState, { loading: loadingText }, this.locale)
        : lazyStatus(this.apiCode, loadingText, this.locale);
    const ready = this.apiMode ? !!api && api.status !== 'idle' : !!this.feed.feed;
    const view = this.view;
    const body = !ready ? nothing : view === 'list' ? this.renderList() : this.renderShortlist(view === 'shared');
    const busy = this.apiMode ? (api ? api.status === 'loading' : !this.apiCode.failed) : this.feed.status === 'loading';
    return html`${status}
      <div class="sociale-kaart" aria-busy=${busy ? 'true' : 'false'}>${body}</div>
      ${this.announcer.render()}`;
  }
}


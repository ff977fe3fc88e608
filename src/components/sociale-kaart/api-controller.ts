import type { ReactiveController } from 'lit';
import { FeedAbortedError, fetchFeedText, parseJson, parseTimeout } from '../../core/feed.js';
import type { FeedFailure, FeedProblem } from '../../core/problems.js';
import { parseSocialeKaartAsync, type KaartFilters, type KaartService, type SocialeKaart } from '../../core/sociale-kaart.js';
import type { FeedHost, OutcomeReport } from '../shared/feed-controller.js';
import type { FeedState } from '../shared/feed-status.js';

/** What the widget asks an HSDS API for. */
export interface ApiQuery {
  search: string;
  filters: KaartFilters;
  /** HSDS `organization_id`. */
  organization?: string;
}

/** The element as the controller sees it: a feed host with an `api` address. */
export interface ApiHost extends FeedHost {
  api?: string;
}

/**
 * For directories too big for one file: asks an HSDS 3.0 API's `/services` for one page at a
 * time, with `search`, `page`, `per_page`, HSDS's `organization_id`, and Helder's filters as
 * `need`, `kern`, `audience`, `language`, `without_referral` and `free` (an API that does not
 * know them leaves them out). Typing waits a moment before it asks; a newer question aborts an
 * older one, so only the last answer shows. Reports like a feed: helder-load with the API's
 * total, helder-error with the problems of each page. Its code is fetched only for an element
 * with the `api` attribute.
 */
export class ApiController implements ReactiveController {
  status: 'idle' | 'loading' | 'ready' | 'error' = 'idle';
  /** The services of the pages loaded so far, for the last question. */
  services: KaartService[] = [];
  /** The API's `total_items` for the question. */
  total?: number;
  /** Whether there are pages after the last one loaded. */
  hasMore = false;
  failure?: FeedFailure;
  problems: FeedProblem[] = [];
  problemCount = 0;
  /** Loading a next page ("Meer tonen"), as against a new question. */
  loadingMore = false;

  private asked?: string;
  private page = 0;
  private abort?: AbortController;
  private timer?: ReturnType<typeof setTimeout>;
  /** Shortlisted services that no loaded page has now: saved from an earlier page, or fetched by id. */
  private kept = new Map<string, KaartService>();
  /** Shortlisted ids the API does not know, so they are not asked for again. */
  private readonly missing = new Set<string>();
  private fetching = false;

  constructor(
    private readonly host: ApiHost,
    private readonly options: {
      /** Says what an answer brought, as a feed does (reportOutcome: helder-load, helder-error). */
      report: (outcome: OutcomeReport) => void;
      perPage: number;
      /** After a new question was answered (not after a next page). */
      onAnswer?: () => void;
      /** How long typing waits before it asks, in ms. */
      delay?: number;
    },
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.abort?.abort();
    this.abort = undefined;
    this.asked = undefined; // asked again when the element comes back
  }

  /** Asks for the first page; `typing` waits a moment first. The same question is not asked twice. */
  ask(query: ApiQuery, typing = false): void {
    const key = JSON.stringify(query);
    if (key === this.asked && this.status !== 'error') return;
    this.asked = key;
    clearTimeout(this.timer);
    if (typing) this.timer = setTimeout(() => void this.load(query, 1), this.options.delay ?? 300);
    else void this.load(query, 1);
  }

  /** Loads the next page and adds its services. */
  more(): void {
    if (!this.asked || !this.hasMore || this.status === 'loading') return;
    void this.load(JSON.parse(this.asked) as ApiQuery, this.page + 1);
  }

  /** Asks the last question again (the retry button). */
  retry(): void {
    if (this.asked) void this.load(JSON.parse(this.asked) as ApiQuery, 1);
  }

  /** What feedStatus shows: the loading line only until the first answer; later questions keep the list. */
  get feedState(): FeedState {
    return {
      status: this.status === 'loading' && (this.services.length || this.loadingMore) ? 'ready' : this.status,
      ...(this.failure ? { failure: this.failure } : {}),
      problems: this.problems,
      problemCount: this.problemCount,
      load: async () => this.retry(),
    };
  }

  /** Keeps a service the resident saved, for the shortlist once its page is gone. */
  keep(service: KaartService): void {
    this.kept.set(service.id, service);
  }

  /** The services of a shortlist that are known now, and whether some are still to be fetched. */
  listed(ids: readonly string[]): { services: KaartService[]; loading: boolean } {
    const known = this.known();
    return { services: ids.flatMap((id) => known.get(id) ?? []), loading: ids.some((id) => !known.has(id) && !this.missing.has(id)) };
  }

  /** Asks the API for the shortlisted services that no loaded page has (HSDS /services/{id}). */
  fetchListed(ids: readonly string[]): void {
    const known = this.known();
    const unknown = ids.filter((id) => !known.has(id) && !this.missing.has(id));
    if (!unknown.length || this.fetching) return;
    this.fetching = true;
    void this.byIds(unknown).then((found) => {
      for (const service of found) this.kept.set(service.id, service);
      // Ids the API does not know are remembered, so they are not asked for again.
      for (const id of unknown) if (!this.kept.has(id)) this.missing.add(id);
      this.fetching = false;
      this.host.requestUpdate();
    });
  }

  private known(): Map<string, KaartService> {
    const known = new Map(this.kept);
    for (const service of this.services) known.set(service.id, service);
    return known;
  }

  /** The address of the services endpoint under the `api` base. */
  endpoint(path = ''): string | undefined {
    if (!this.host.api) return undefined;
    try {
      return new URL(`${this.host.api.replace(/\/+$/, '')}/services${path}`, document.baseURI).href;
    } catch {
      return undefined;
    }
  }

  /**
   * Services by id, for a shortlist whose services are not on the pages loaded: HSDS's
   * `/services/{id}`. Ids that fail are left out.
   */
  async byIds(ids: readonly string[], signal?: AbortSignal): Promise<KaartService[]> {
    const timeoutMs = parseTimeout(this.host.timeout).ms;
    const found = await Promise.all(
      ids.map(async (id) => {
        const url = this.endpoint(`/${encodeURIComponent(id)}`);
        if (!url) return [];
        const result = await fetchFeedText(url, { timeoutMs, ...(signal ? { signal } : {}) }).catch(() => undefined);
        const json = result?.ok ? parseJson(result.text, url) : undefined;
        if (!json?.ok) return [];
        const outcome = await parseSocialeKaartAsync([json.value], { baseUrl: url, ...(signal ? { signal } : {}) }).catch(() => undefined);
        return outcome?.ok ? outcome.feed.services : [];
      }),
    );
    return found.flat();
  }

  private url(query: ApiQuery, page: number): string | undefined {
    const base = this.endpoint();
    if (!base) return undefined;
    const url = new URL(base);
    const set = (name: string, value: string | undefined) => {
      if (value) url.searchParams.set(name, value);
    };
    const { filters } = query;
    set('search', query.search.trim());
    set('page', String(page));
    set('per_page', String(this.options.perPage));
    set('full', 'true');
    set('organization_id', query.organization);
    set('need', filters.need);
    set('kern', filters.kern);
    set('audience', filters.audience);
    set('language', filters.language);
    set('without_referral', filters.withoutReferral ? 'true' : undefined);
    set('free', filters.free ? 'true' : undefined);
    return url.href;
  }

  private async load(query: ApiQuery, page: number): Promise<void> {
    clearTimeout(this.timer);
    this.abort?.abort();
    const controller = new AbortController();
    this.abort = controller;
    const { signal } = controller;
    const url = this.url(query, page);
    this.status = 'loading';
    this.loadingMore = page > 1;
    this.host.requestUpdate();
    let feed: SocialeKaart | undefined;
    let failure: FeedFailure | undefined;
    let problems: FeedProblem[] = [];
    let problemCount = 0;
    try {
      if (!url) {
        failure = { kind: 'bad-url', url: this.host.api ?? '' };
      } else {
        const result = await fetchFeedText(url, { signal, timeoutMs: parseTimeout(this.host.timeout).ms });
        const json = result.ok ? parseJson(result.text, url) : result;
        if (!json.ok) failure = json.failure;
        else {
          const outcome = await parseSocialeKaartAsync(json.value, { baseUrl: url, signal });
          if (outcome.ok) feed = outcome.feed;
          else failure = { ...outcome.failure, url };
          problems = outcome.problems;
          problemCount = outcome.problemCount;
        }
      }
    } catch (error) {
      if (error instanceof FeedAbortedError || signal.aborted) return;
      failure = { kind: 'network', ...(url ? { url } : {}), detail: String(error) };
    }
    if (signal.aborted || !this.host.isConnected) return;
    this.abort = undefined;
    this.loadingMore = false;
    if (page === 1) {
      this.services = [];
      this.problems = [];
      this.problemCount = 0;
    }
    this.problems = [...this.problems, ...problems];
    this.problemCount += problemCount;
    this.failure = failure;
    if (feed) {
      this.status = 'ready';
      this.page = page;
      const seen = new Set(this.services.map((s) => s.id));
      this.services = [...this.services, ...feed.services.filter((s) => !seen.has(s.id))];
      const paging = feed.paging;
      this.total = paging?.total_items ?? (page === 1 ? feed.services.length : this.total);
      this.hasMore =
        paging?.last_page === false ||
        (paging?.total_pages !== undefined ? page < paging.total_pages : paging?.total_items !== undefined && this.services.length < paging.total_items);
    } else {
      this.status = 'error';
      if (page === 1) {
        this.total = undefined;
        this.hasMore = false;
      }
    }
    this.host.requestUpdate();
    this.options.report({
      ...(feed && page === 1 ? { count: this.total ?? this.services.length } : {}),
      ...(failure ? { failure } : {}),
      problems,
      problemCount,
    });
    if (page === 1) this.options.onAnswer?.();
  }
}

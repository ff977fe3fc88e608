import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SearchDocument, TextSearch, WordForms } from '../../core/search.js';
import { LazyModule } from './lazy-module.js';

type SearchModule = typeof import('../../core/search.js');

/**
 * Full-text search whose code is fetched on first use (focus or typing): most visits never
 * search. The index is built once per feed: at once, or (`sliced`, for large feeds) in slices
 * that keep the page responsive, while search() answers undefined ("not yet").
 */
export class LazySearchController<F extends object> implements ReactiveController {
  private readonly code: LazyModule<SearchModule>;
  private Search?: typeof TextSearch;
  private wordForms?: WordForms;
  private index?: { feed: F; search: TextSearch };
  private building?: { feed: F; abort: AbortController };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: {
      documents: (feed: F) => SearchDocument[];
      boosts?: Record<string, number>;
      /**
       * Word forms and synonyms (see core/search.ts); without it, prefixes and typos only. A
       * function of the search module, so tables in it stay in the code fetched on first use.
       */
      wordForms?: (module: SearchModule) => WordForms;
      /** Build the index in slices, after the code arrived (see TextSearch.build). */
      sliced?: boolean;
      /** Called when the code (or a sliced index) has arrived while a query waited for it. */
      onReady?: () => void;
    },
  ) {
    this.code = new LazyModule(host, () => import('../../core/search.js'));
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.building?.abort.abort();
    this.building = undefined;
  }

  /** Starts fetching the search code; after a failure, the next keystroke tries again. */
  load(): void {
    void this.loaded();
  }

  private loaded(): Promise<SearchModule | undefined> {
    return this.code.load().then((module) => {
      if (!module || this.Search) return module;
      this.wordForms = this.options.wordForms?.(module);
      this.Search = module.TextSearch;
      this.host.requestUpdate();
      this.options.onReady?.();
      return module;
    });
  }

  /** Fetches the code and builds the index for `feed` ahead of the first query. */
  prepare(feed: F): void {
    if (!this.Search) {
      void this.loaded().then((module) => module && this.prepare(feed));
      return;
    }
    if (this.options.sliced) this.buildSliced(feed);
  }

  /** Whether search() can answer for this feed now. */
  ready(feed: F): boolean {
    return !!this.Search && (!this.options.sliced || this.index?.feed === feed);
  }

  /** Matching ids, best first; undefined for an empty query or while the code (or index) loads. */
  search(feed: F, query: string): string[] | undefined {
    if (!query.trim()) return undefined;
    if (!this.Search) {
      this.load();
      return undefined;
    }
    if (this.index?.feed !== feed) {
      if (this.options.sliced) {
        this.buildSliced(feed);
        return undefined;
      }
      this.index = { feed, search: new this.Search(this.options.documents(feed), this.options.boosts, this.wordForms) };
    }
    return this.index.search.search(query);
  }

  private buildSliced(feed: F): void {
    if (this.index?.feed === feed || this.building?.feed === feed || !this.Search) return;
    this.building?.abort.abort();
    const abort = new AbortController();
    this.building = { feed, abort };
    this.Search.build(this.options.documents(feed), this.options.boosts, this.wordForms, { signal: abort.signal }).then(
      (search) => {
        if (this.building?.abort !== abort) return;
        this.building = undefined;
        this.index = { feed, search };
        this.host.requestUpdate();
        this.options.onReady?.();
      },
      () => undefined, // aborted: a newer feed, or the element left the page
    );
  }
}

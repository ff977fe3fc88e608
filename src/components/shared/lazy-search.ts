import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SearchDocument, TextSearch } from '../../core/search.js';

/**
 * Full-text search whose code is fetched on first use (focus or typing): most visits never
 * search. The index is built once per feed.
 */
export class LazySearchController<F extends object> implements ReactiveController {
  private module?: Promise<typeof import('../../core/search.js')>;
  private Search?: typeof TextSearch;
  private index?: { feed: F; search: TextSearch };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: {
      documents: (feed: F) => SearchDocument[];
      boosts?: Record<string, number>;
      /** Called when the code has arrived while a query waited for it. */
      onReady?: () => void;
    },
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Starts fetching the search code. */
  load(): void {
    this.module ??= import('../../core/search.js');
    this.module.then(
      (module) => {
        if (this.Search) return;
        this.Search = module.TextSearch;
        this.host.requestUpdate();
        this.options.onReady?.();
      },
      () => {
        this.module = undefined; // try again on the next keystroke
      },
    );
  }

  /** Matching ids, best first; undefined for an empty query or while the code loads. */
  search(feed: F, query: string): string[] | undefined {
    if (!query.trim()) return undefined;
    if (!this.Search) {
      this.load();
      return undefined;
    }
    if (this.index?.feed !== feed) {
      this.index = { feed, search: new this.Search(this.options.documents(feed), this.options.boosts) };
    }
    return this.index.search.search(query);
  }
}

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FeedAbortedError, fetchFeedText, parseJson, type FeedFailure, type FeedOutcome } from '../../core/feed.js';
import type { FeedProblem } from '../../core/validate.js';
import { emit } from './events.js';

export type FeedStatus = 'idle' | 'loading' | 'ready' | 'error';

/** What a widget with a feed exposes to its controller. */
export interface FeedHost extends ReactiveControllerHost, HTMLElement {
  src?: string;
  data?: unknown;
  timeout?: number;
}

export interface FeedControllerOptions<T> {
  /** Validates a parsed JSON value into a feed; never throws. */
  parse: (value: unknown, baseUrl?: string) => FeedOutcome<T>;
  /** How many items a feed has, for helder-load. */
  count: (feed: T) => number;
  /** Runs code in the host's interface language, so messages are in that language. */
  inLocale: <R>(fn: () => R) => R;
}

/**
 * Loads a widget's feed from one of three places, in this order: the `data` property, a
 * `src` URL, or a `<script type="application/json">` child. A newer src aborts the older request.
 * Reports skipped items and failures with helder-error and one console.warn.
 */
export class FeedController<T> implements ReactiveController {
  status: FeedStatus = 'idle';
  feed?: T;
  problems: FeedProblem[] = [];
  failure?: FeedFailure;

  private abort?: AbortController;
  private loadedFrom?: { src?: string; data?: unknown };

  private readonly parse: FeedControllerOptions<T>['parse'];
  private readonly count: FeedControllerOptions<T>['count'];
  private readonly inLocale: FeedControllerOptions<T>['inLocale'];

  constructor(
    private readonly host: FeedHost,
    options: FeedControllerOptions<T>,
  ) {
    ({ parse: this.parse, count: this.count, inLocale: this.inLocale } = options);
    host.addController(this);
  }

  hostConnected(): void {
    if (this.status === 'idle') void this.load();
  }

  hostDisconnected(): void {
    this.abort?.abort();
    this.abort = undefined;
    // Reconnected later: load again, the request was cut off.
    if (this.status === 'loading') this.status = 'idle';
  }

  hostUpdate(): void {
    const { src, data } = this.host;
    if (this.loadedFrom && (this.loadedFrom.src !== src || this.loadedFrom.data !== data)) void this.load();
  }

  /** Loads again from wherever the data comes from (the retry button calls this). */
  async load(): Promise<void> {
    this.abort?.abort();
    const { src, data } = this.host;
    this.loadedFrom = { src, data };
    this.failure = undefined;
    this.problems = [];

    if (data !== undefined && data !== null) {
      this.finish(this.inLocale(() => this.safeParse(data, document.baseURI)));
      return;
    }
    const script = this.host.querySelector<HTMLScriptElement>(':scope > script[type="application/json"]');
    if (!src && script) {
      this.finish(this.inLocale(() => this.parseText(script.textContent ?? '', document.baseURI)));
      return;
    }
    if (!src) {
      this.status = 'idle';
      this.host.requestUpdate();
      return;
    }

    const controller = new AbortController();
    this.abort = controller;
    this.status = 'loading';
    this.host.requestUpdate();
    const url = new URL(src, document.baseURI).href;
    try {
      const result = await this.inLocale(() => fetchFeedText(url, { signal: controller.signal, timeoutMs: this.host.timeout }));
      if (controller.signal.aborted) return;
      this.finish(
        result.ok ? this.inLocale(() => this.parseText(result.text, url)) : { ok: false, failure: result.failure, problems: [] },
      );
    } catch (error) {
      if (error instanceof FeedAbortedError) return;
      this.finish({ ok: false, failure: { kind: 'network', message: String(error) }, problems: [] });
    }
  }

  private parseText(text: string, baseUrl: string): FeedOutcome<T> {
    const json = parseJson(text);
    return json.ok ? this.safeParse(json.value, baseUrl) : { ok: false, failure: json.failure, problems: [] };
  }

  /** Parsers never throw by design; should one still, the widget shows an error, not a blank. */
  private safeParse(value: unknown, baseUrl: string): FeedOutcome<T> {
    try {
      return this.parse(value, baseUrl);
    } catch (error) {
      return { ok: false, failure: { kind: 'wrong-kind', message: String(error) }, problems: [] };
    }
  }

  private finish(outcome: FeedOutcome<T>): void {
    this.abort = undefined;
    this.problems = outcome.problems;
    if (outcome.ok) {
      this.status = 'ready';
      this.feed = outcome.feed;
      this.failure = undefined;
    } else {
      this.status = 'error';
      this.feed = undefined;
      this.failure = outcome.failure;
    }
    this.host.requestUpdate();
    if (this.feed !== undefined) emit(this.host, 'helder-load', { count: this.count(this.feed) });
    if (this.failure || this.problems.length > 0) {
      console.warn(`[helder] <${this.host.localName}>: ${this.failure ? this.failure.message : `${this.problems.length} problem(s) in the feed`}`, this.problems);
      emit(this.host, 'helder-error', { errors: this.problems, ...(this.failure ? { failure: this.failure } : {}) });
    }
  }
}

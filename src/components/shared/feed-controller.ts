import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FeedAbortedError, MAX_PROBLEMS, MAX_TIMEOUT_MS, fetchFeedText, parseJson, parseTimeout, type FeedOutcome } from '../../core/feed.js';
import type { Locale } from '../../core/locale.js';
import type { FeedFailure, FeedProblem } from '../../core/problems.js';
import { emit } from './emit.js';
import './events/helder-error.js';
import './events/helder-load.js';
import { failureMessage, problemMessage } from './messages.js';
import { StoredValue } from './stored-value.js';

export type FeedStatus = 'idle' | 'loading' | 'ready' | 'error';

/** What a widget with a feed exposes to its controller. */
export interface FeedHost extends ReactiveControllerHost, HTMLElement {
  src?: string;
  data?: unknown;
  timeout?: number;
  readonly locale: Locale;
}

export interface FeedControllerOptions<T> {
  /**
   * Validates a parsed JSON value into a feed: never throws, may take several turns, and rejects
   * with FeedAbortedError when `signal` aborts (a newer src, or the element left the page).
   */
  parse: (value: unknown, options: { baseUrl: string; signal: AbortSignal }) => Promise<FeedOutcome<T>>;
  /** How many items the widget shows of a feed, for helder-load. */
  count: (feed: T) => number;
  /** Runs code in the host's interface language, so messages are in that language. */
  inLocale: <R>(fn: () => R) => R;
}

/** A feed larger than this (in characters) is not kept on the device as a spare copy. */
const MAX_SAVED_CHARS = 2_000_000;

interface SavedCopy {
  savedAt: string;
  text: string;
}

const failed = (failure: FeedFailure): FeedOutcome<never> => ({ ok: false, failure, problems: [], problemCount: 0 });

const savedCopy = (url: string) =>
  new StoredValue<SavedCopy>(`helder-feed:${url}`, (value) => {
    const v = value as Partial<SavedCopy> | null;
    return v && typeof v.savedAt === 'string' && typeof v.text === 'string' ? { savedAt: v.savedAt, text: v.text } : undefined;
  });

/**
 * Loads a widget's feed from one of three places, in this order: the `data` property, a
 * `src` URL, or a `<script type="application/json">` child. A newer src replaces an older
 * request, and a removed element fires nothing afterwards. A feed that loaded before on this
 * device is kept, and shown (with its date) when the next load fails. Reports skipped items and
 * failures with helder-error and one console.warn.
 */
export class FeedController<T> implements ReactiveController {
  status: FeedStatus = 'idle';
  feed?: T;
  problems: FeedProblem[] = [];
  /** How many problems the feed had; `problems` holds the first of them. */
  problemCount = 0;
  failure?: FeedFailure;
  /** Set when the feed shown is this device's saved copy, because loading failed. */
  savedAt?: string;

  private abort?: AbortController;
  private loadedFrom?: { src?: string; data?: unknown };
  private generation = 0;

  constructor(
    private readonly host: FeedHost,
    private readonly options: FeedControllerOptions<T>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.status === 'idle' || this.status === 'loading') void this.load();
  }

  hostDisconnected(): void {
    this.generation++;
    this.abort?.abort();
    this.abort = undefined;
  }

  hostUpdate(): void {
    const { src, data } = this.host;
    if (this.loadedFrom && (this.loadedFrom.src !== src || this.loadedFrom.data !== data)) void this.load();
  }

  /** Loads again from wherever the data comes from (the retry button calls this). */
  async load(): Promise<void> {
    this.abort?.abort();
    const generation = ++this.generation;
    const current = () => generation === this.generation && this.host.isConnected;
    const { src, data } = this.host;
    this.loadedFrom = { src, data };
    this.failure = undefined;
    this.savedAt = undefined;

    const controller = new AbortController();
    this.abort = controller;
    const { signal } = controller;
    const script = this.host.querySelector<HTMLScriptElement>(':scope > script[type="application/json"]');
    if (data === undefined || data === null) {
      if (!src && !script) {
        this.status = 'idle';
        this.host.requestUpdate();
        return;
      }
    }
    this.status = 'loading';
    this.host.requestUpdate();
    try {
      let outcome: FeedOutcome<T>;
      if (data !== undefined && data !== null) {
        outcome = await this.safeParse(data, document.baseURI, signal);
      } else if (!src) {
        outcome = await this.parseText(script?.textContent ?? '', document.baseURI, signal);
      } else {
        outcome = await this.fetchAndParse(src, signal);
      }
      if (current()) this.finish(outcome);
    } catch (error) {
      // Aborted: a newer load runs, or the element left the page. Either way, nothing to say.
      if (!(error instanceof FeedAbortedError) && current()) this.finish(failed({ kind: 'network', url: src, detail: String(error) }));
    } finally {
      if (this.abort === controller) this.abort = undefined;
    }
  }

  private async fetchAndParse(src: string, signal: AbortSignal): Promise<FeedOutcome<T>> {
    const timeout = parseTimeout(this.host.timeout);
    if (timeout.invalid) {
      console.warn(`[helder] <${this.host.localName}> timeout="${String(this.host.timeout)}" is not a number of milliseconds from 1 to ${MAX_TIMEOUT_MS}; ${timeout.ms} is used.`);
    }
    let url: string;
    try {
      url = new URL(src, document.baseURI).href;
    } catch {
      return failed({ kind: 'bad-url', url: src });
    }
    const result = await fetchFeedText(url, { signal, timeoutMs: timeout.ms });
    if (!result.ok) return this.fromSavedCopy(result.failure, signal);
    const outcome = await this.parseText(result.text, url, signal);
    if (!outcome.ok) return this.fromSavedCopy(outcome.failure, signal);
    if (result.text.length <= MAX_SAVED_CHARS) savedCopy(url).write({ savedAt: new Date().toISOString().slice(0, 10), text: result.text });
    return outcome;
  }

  /** The copy this device kept of a feed that failed now, if it still parses; else the failure. */
  private async fromSavedCopy(failure: FeedFailure, signal: AbortSignal): Promise<FeedOutcome<T>> {
    const copy = failure.url ? savedCopy(failure.url).read() : undefined;
    if (!copy) return failed(failure);
    const outcome = await this.parseText(copy.text, failure.url!, signal);
    if (!outcome.ok) return failed(failure);
    this.savedAt = copy.savedAt;
    this.failure = failure;
    return outcome;
  }

  private async parseText(text: string, baseUrl: string, signal: AbortSignal): Promise<FeedOutcome<T>> {
    const json = parseJson(text, baseUrl);
    return json.ok ? this.safeParse(json.value, baseUrl, signal) : failed(json.failure);
  }

  /** Parsers never throw by design; should one still, the widget shows an error, not a blank. */
  private async safeParse(value: unknown, baseUrl: string, signal: AbortSignal): Promise<FeedOutcome<T>> {
    try {
      return await this.options.parse(value, { baseUrl, signal });
    } catch (error) {
      if (error instanceof FeedAbortedError) throw error;
      return failed({ kind: 'wrong-kind', detail: String(error) });
    }
  }

  private finish(outcome: FeedOutcome<T>): void {
    this.problems = outcome.problems;
    this.problemCount = outcome.problemCount;
    if (outcome.ok) {
      this.status = 'ready';
      this.feed = outcome.feed;
      // A saved copy keeps the failure of the load it stands in for.
      if (this.savedAt === undefined) this.failure = undefined;
    } else {
      this.status = 'error';
      this.feed = undefined;
      this.failure = outcome.failure;
    }
    this.host.requestUpdate();
    reportOutcome(
      this.host,
      {
        ...(this.feed === undefined ? {} : { count: this.options.count(this.feed) }),
        ...(this.savedAt ? { savedAt: this.savedAt } : {}),
        ...(this.failure ? { failure: this.failure } : {}),
        problems: this.problems,
        problemCount: this.problemCount,
      },
      this.options.inLocale,
    );
  }
}

export interface OutcomeReport {
  /** How many items are shown; no helder-load without it. */
  count?: number;
  savedAt?: string;
  failure?: FeedFailure;
  problems: readonly FeedProblem[];
  problemCount: number;
}

/**
 * Fires helder-load (when something shows) and helder-error (for a failure or problems, with one
 * console.warn): the same contract for every way a widget gets its data (a feed, an API page).
 */
export function reportOutcome(host: FeedHost, report: OutcomeReport, inLocale: <R>(fn: () => R) => R): void {
  const tag = host.localName;
  if (report.count !== undefined) emit(host, 'helder-load', { count: report.count, ...(report.savedAt ? { savedAt: report.savedAt } : {}) });
  if (report.failure || report.problemCount > 0) {
    const errors = inLocale(() => report.problems.slice(0, MAX_PROBLEMS).map((p) => ({ ...p, message: problemMessage(p) })));
    const failure = report.failure && { ...report.failure, message: inLocale(() => failureMessage(report.failure!, host.locale)) };
    const summary = failure ? failure.message : `${report.problemCount} problem(s) in the feed`;
    console.warn(`[helder] <${tag}>: ${summary}`, errors);
    emit(host, 'helder-error', { errors, errorCount: report.problemCount, ...(failure ? { failure } : {}) });
  }
}

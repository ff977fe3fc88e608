import { parseJsonText } from './json-value.js';
import type { FeedFailure, FeedProblem } from './problems.js';

/**
 * What parsing a feed gives: the feed (with every valid item), or why there is none. `problems`
 * holds at most MAX_PROBLEMS problems, in feed order; `problemCount` is the true total.
 */
export type FeedOutcome<T> =
  | { ok: true; feed: T; problems: FeedProblem[]; problemCount: number }
  | { ok: false; failure: FeedFailure; problems: FeedProblem[]; problemCount: number };

/**
 * A feed of 100,000 empty items has 500,000 problems; listing them all freezes a page. Editors
 * fix the first ones first, and the count tells them how many remain.
 */
export const MAX_PROBLEMS = 100;

export const DEFAULT_TIMEOUT_MS = 15_000;
/** Longer than anyone waits for a page part; a larger value is taken for a mistake. */
export const MAX_TIMEOUT_MS = 300_000;

/**
 * Reads a `timeout` setting (a number, or an attribute's text) in ms. Absent gives the default;
 * anything that is not a positive number up to MAX_TIMEOUT_MS ("abc", 0, -1, NaN, Infinity)
 * gives the default too, with `invalid` set so the caller can warn.
 */
export function parseTimeout(value: unknown): { ms: number; invalid: boolean } {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
    return { ms: DEFAULT_TIMEOUT_MS, invalid: false };
  }
  const ms = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  return Number.isFinite(ms) && ms > 0 && ms <= MAX_TIMEOUT_MS ? { ms, invalid: false } : { ms: DEFAULT_TIMEOUT_MS, invalid: true };
}

export interface FetchOptions {
  signal?: AbortSignal;
  /** Read with parseTimeout: an invalid value means DEFAULT_TIMEOUT_MS. */
  timeoutMs?: number;
  fetch?: typeof fetch;
  /** What a relative `url` is relative to; only used to tell a malformed URL from a relative one. */
  baseUrl?: string;
}

export class FeedAbortedError extends Error {
  constructor() {
    super('aborted');
    this.name = 'FeedAbortedError';
  }
}

/** Any base works to tell whether a relative URL can be parsed at all. */
const PARSE_BASE = 'https://example.invalid/';

function parsableUrl(url: string, baseUrl: string | undefined): boolean {
  try {
    new URL(url, baseUrl ?? PARSE_BASE);
    return true;
  } catch {
    try {
      // A malformed baseUrl is the caller's problem, not the feed's.
      new URL(url, PARSE_BASE);
      return true;
    } catch {
      return false;
    }
  }
}

/**
 * Fetches a feed's text. Resolves with a failure for every way a request can go wrong, never
 * rejects, except with FeedAbortedError when the caller aborted (a newer src replaced it).
 */
export async function fetchFeedText(
  url: string,
  { signal, timeoutMs, fetch: fetchImpl = globalThis.fetch, baseUrl }: FetchOptions = {},
): Promise<{ ok: true; text: string } | { ok: false; failure: FeedFailure }> {
  if (signal?.aborted) throw new FeedAbortedError();
  if (typeof url !== 'string' || url.trim() === '' || !parsableUrl(url, baseUrl)) {
    return { ok: false, failure: { kind: 'bad-url', url: String(url) } };
  }
  const waitMs = parseTimeout(timeoutMs).ms;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, waitMs);
  const onAbort = () => controller.abort();
  signal?.addEventListener('abort', onAbort);
  try {
    const response = await fetchImpl(url, {
      signal: controller.signal,
      headers: { Accept: 'application/json' },
      credentials: 'same-origin',
    });
    if (!response.ok) return { ok: false, failure: { kind: 'http', url, status: response.status } };
    return { ok: true, text: await response.text() };
  } catch (error) {
    if (signal?.aborted) throw new FeedAbortedError();
    if (timedOut) return { ok: false, failure: { kind: 'timeout', url, timeoutMs: waitMs } };
    return { ok: false, failure: { kind: 'network', url, detail: String(error) } };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

/**
 * Parses JSON text; an empty or non-JSON text is a failure, not an exception. Pass the value to
 * parseFeed as it is: it then knows the value is plain JSON and need not copy it.
 */
export function parseJson(text: string, url?: string): { ok: true; value: unknown } | { ok: false; failure: FeedFailure } {
  const where = url === undefined ? {} : { url };
  if (text.trim() === '') return { ok: false, failure: { kind: 'empty', ...where } };
  try {
    return { ok: true, value: parseJsonText(text) };
  } catch (error) {
    return { ok: false, failure: { kind: 'not-json', ...where, detail: error instanceof Error ? error.message : String(error) } };
  }
}

export function wrongKind(expected: string): FeedFailure {
  return { kind: 'wrong-kind', expected };
}

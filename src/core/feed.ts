import { msg, str } from '@lit/localize';
import type { FeedProblem } from './validate.js';

/** Why a whole feed could not be shown. Item problems are FeedProblems, not failures. */
export type FeedFailureKind = 'network' | 'http' | 'timeout' | 'not-json' | 'wrong-kind' | 'empty';

export interface FeedFailure {
  kind: FeedFailureKind;
  /** For editors: what went wrong, in plain words. */
  message: string;
  status?: number;
}

export type FeedOutcome<T> =
  | { ok: true; feed: T; problems: FeedProblem[] }
  | { ok: false; failure: FeedFailure; problems: FeedProblem[] };

export const DEFAULT_TIMEOUT_MS = 15000;

export interface FetchOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

export class FeedAbortedError extends Error {
  constructor() {
    super('aborted');
    this.name = 'FeedAbortedError';
  }
}

/**
 * Fetches a feed's text. Resolves with a failure for every way a request can go wrong, never
 * rejects, except with FeedAbortedError when the caller aborted (a newer src replaced it).
 */
export async function fetchFeedText(
  url: string,
  { signal, timeoutMs = DEFAULT_TIMEOUT_MS, fetch: fetchImpl = globalThis.fetch }: FetchOptions = {},
): Promise<{ ok: true; text: string } | { ok: false; failure: FeedFailure }> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = () => controller.abort();
  signal?.addEventListener('abort', onAbort);
  try {
    if (signal?.aborted) throw new FeedAbortedError();
    const response = await fetchImpl(url, {
      signal: controller.signal,
      headers: { Accept: 'application/json' },
      credentials: 'same-origin',
    });
    if (!response.ok) {
      return {
        ok: false,
        failure: {
          kind: 'http',
          status: response.status,
          message: msg(str`De server gaf foutcode ${response.status} voor ${url}.`),
        },
      };
    }
    return { ok: true, text: await response.text() };
  } catch (error) {
    if (signal?.aborted) throw new FeedAbortedError();
    if (timedOut) {
      return {
        ok: false,
        failure: { kind: 'timeout', message: msg(str`${url} gaf na ${new Intl.NumberFormat('nl-NL').format(timeoutMs / 1000)} seconden geen antwoord.`) },
      };
    }
    return {
      ok: false,
      failure: { kind: 'network', message: msg(str`${url} kon niet worden opgehaald (${String(error)}).`) },
    };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

/** Parses JSON text; an empty or non-JSON text is a failure, not an exception. */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; failure: FeedFailure } {
  if (text.trim() === '') return { ok: false, failure: { kind: 'empty', message: msg('De feed is leeg.') } };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return {
      ok: false,
      failure: { kind: 'not-json', message: msg(str`De feed is geen geldige JSON (${(error as Error).message}).`) },
    };
  }
}

export function wrongKind(expected: string): FeedFailure {
  return { kind: 'wrong-kind', message: msg(str`Dit is geen feed van de soort "${expected}".`) };
}

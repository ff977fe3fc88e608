import { describe, it, expect, vi, afterEach } from 'vitest';
import {
  DEFAULT_TIMEOUT_MS,
  FeedAbortedError,
  MAX_TIMEOUT_MS,
  fetchFeedText,
  parseJson,
  parseTimeout,
  wrongKind,
} from '../../src/core/feed.js';
import { isFromJsonText } from '../../src/core/json-value.js';

const URL_ = 'https://www.example.nl/feeds/regelingen.json';

/** A fake fetch that answers with a Response; records its calls. */
const answering = (body: string, init: ResponseInit = { status: 200 }) =>
  vi.fn<typeof fetch>(async () => new Response(body, init));

/** A fake fetch that never answers, but rejects like a real fetch when its signal aborts. */
const hanging = () =>
  vi.fn<typeof fetch>(
    (_input, init) =>
      new Promise<Response>((_resolve, reject) => {
        const signal = init?.signal;
        if (signal?.aborted) return reject(new DOMException('The operation was aborted.', 'AbortError'));
        signal?.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError')));
      }),
  );

afterEach(() => {
  vi.useRealTimers();
});

describe('fetchFeedText', () => {
  it('resolves with the text of a 200 response', async () => {
    const fetchImpl = answering('{"kind":"regelingen"}');
    await expect(fetchFeedText(URL_, { fetch: fetchImpl })).resolves.toEqual({ ok: true, text: '{"kind":"regelingen"}' });
  });

  it('asks for JSON, sends cookies only to the same origin, and passes a signal', async () => {
    const fetchImpl = answering('{}');
    await fetchFeedText(URL_, { fetch: fetchImpl });
    expect(fetchImpl).toHaveBeenCalledTimes(1);
    const [input, init] = fetchImpl.mock.calls[0]!;
    expect(input).toBe(URL_);
    expect(init?.headers).toEqual({ Accept: 'application/json' });
    expect(init?.credentials).toBe('same-origin');
    expect(init?.signal).toBeInstanceOf(AbortSignal);
  });

  it.each([404, 500, 403, 503])('gives an http failure with the status for %i', async (status) => {
    const result = await fetchFeedText(URL_, { fetch: answering('fout', { status }) });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.failure).toEqual({ kind: 'http', url: URL_, status });
  });

  it('resolves with a network failure when fetch rejects (it does not reject)', async () => {
    const fetchImpl = vi.fn<typeof fetch>(async () => {
      throw new TypeError('Failed to fetch');
    });
    const result = await fetchFeedText(URL_, { fetch: fetchImpl });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.failure).toEqual({ kind: 'network', url: URL_, detail: 'TypeError: Failed to fetch' });
  });

  it('resolves with a network failure when reading the body fails', async () => {
    const fetchImpl = vi.fn<typeof fetch>(async () => {
      const response = new Response('x');
      vi.spyOn(response, 'text').mockRejectedValue(new TypeError('body stream broken'));
      return response;
    });
    const result = await fetchFeedText(URL_, { fetch: fetchImpl });
    expect(result).toMatchObject({ ok: false, failure: { kind: 'network' } });
  });

  it('gives a timeout failure when the server does not answer in time, and aborts the request', async () => {
    const fetchImpl = hanging();
    const result = await fetchFeedText(URL_, { fetch: fetchImpl, timeoutMs: 20 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.failure).toEqual({ kind: 'timeout', url: URL_, timeoutMs: 20 });
    expect(fetchImpl.mock.calls[0]![1]?.signal?.aborted).toBe(true);
  });

  it(`waits ${DEFAULT_TIMEOUT_MS} ms by default and says how long it waited`, async () => {
    vi.useFakeTimers();
    let settled = false;
    const pending = fetchFeedText(URL_, { fetch: hanging() }).then((r) => {
      settled = true;
      return r;
    });
    await vi.advanceTimersByTimeAsync(DEFAULT_TIMEOUT_MS - 1);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const result = await pending;
    expect(settled).toBe(true);
    expect(result).toMatchObject({ ok: false, failure: { kind: 'timeout' } });
    if (!result.ok) expect(result.failure.timeoutMs).toBe(DEFAULT_TIMEOUT_MS);
  });

  it('clears its timer when the request ends', async () => {
    vi.useFakeTimers();
    await fetchFeedText(URL_, { fetch: answering('{}') });
    expect(vi.getTimerCount()).toBe(0);
    await fetchFeedText(URL_, { fetch: answering('', { status: 500 }) });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('rejects with FeedAbortedError when the caller aborts during the request', async () => {
    const fetchImpl = hanging();
    const caller = new AbortController();
    const pending = fetchFeedText(URL_, { fetch: fetchImpl, signal: caller.signal, timeoutMs: 60_000 });
    caller.abort();
    await expect(pending).rejects.toBeInstanceOf(FeedAbortedError);
    await expect(pending).rejects.toMatchObject({ name: 'FeedAbortedError' });
    expect(fetchImpl.mock.calls[0]![1]?.signal?.aborted).toBe(true);
  });

  it('rejects with FeedAbortedError without fetching when the signal was already aborted', async () => {
    const fetchImpl = answering('{}');
    const caller = new AbortController();
    caller.abort();
    await expect(fetchFeedText(URL_, { fetch: fetchImpl, signal: caller.signal })).rejects.toBeInstanceOf(FeedAbortedError);
    expect(fetchImpl).not.toHaveBeenCalled();
  });

  it('is not a timeout when the caller aborted (a newer src replaced it)', async () => {
    vi.useFakeTimers();
    const caller = new AbortController();
    const pending = fetchFeedText(URL_, { fetch: hanging(), signal: caller.signal, timeoutMs: 100 });
    const settled = expect(pending).rejects.toBeInstanceOf(FeedAbortedError);
    caller.abort();
    await vi.advanceTimersByTimeAsync(200);
    await settled;
  });

  it('removes its listener from the caller signal when done', async () => {
    const caller = new AbortController();
    const add = vi.spyOn(caller.signal, 'addEventListener');
    const remove = vi.spyOn(caller.signal, 'removeEventListener');
    await fetchFeedText(URL_, { fetch: answering('{}'), signal: caller.signal });
    expect(add).toHaveBeenCalledWith('abort', expect.any(Function));
    expect(remove).toHaveBeenCalledWith('abort', add.mock.calls[0]![1]);
  });

  it('a caller abort after the answer changes nothing', async () => {
    const caller = new AbortController();
    const result = await fetchFeedText(URL_, { fetch: answering('{"a":1}'), signal: caller.signal });
    caller.abort();
    expect(result).toEqual({ ok: true, text: '{"a":1}' });
  });
});

describe('parseJson', () => {
  it.each(['', '   ', '\n\t '])('calls %j empty', (text) => {
    const result = parseJson(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.failure).toEqual({ kind: 'empty' });
  });

  it.each(['not json', '{', '{"a":1,}', "{'a':1}", '<html></html>', 'undefined'])('calls %j not JSON', (text) => {
    const result = parseJson(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.failure.kind).toBe('not-json');
      // The parser's own words, for editors; never shown as the message.
      expect(result.failure.detail).toMatch(/\S/);
    }
  });

  it('parses JSON', () => {
    expect(parseJson('{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
    expect(parseJson('  [1, "twee", null]  ')).toEqual({ ok: true, value: [1, 'twee', null] });
    expect(parseJson('null')).toEqual({ ok: true, value: null });
    expect(parseJson('"tekst"')).toEqual({ ok: true, value: 'tekst' });
  });

  it('names the URL in a failure when given one', () => {
    expect(parseJson('', URL_)).toEqual({ ok: false, failure: { kind: 'empty', url: URL_ } });
    expect(parseJson('{', URL_)).toMatchObject({ ok: false, failure: { kind: 'not-json', url: URL_ } });
  });

  it('marks parsed objects as plain JSON, so parseFeed need not copy them; nothing else', () => {
    const parsed = parseJson('{"a":[1]}');
    expect(parsed.ok && isFromJsonText(parsed.value)).toBe(true);
    expect(isFromJsonText({ a: [1] })).toBe(false);
    expect(isFromJsonText(null)).toBe(false);
  });
});

describe('wrongKind', () => {
  it('names the expected kind, as a value', () => {
    expect(wrongKind('regelingen')).toEqual({ kind: 'wrong-kind', expected: 'regelingen' });
  });
});

describe('fetchFeedText: URLs it cannot fetch', () => {
  it.each(['http://[', 'https://exa mple.nl/', 'http://[::1', '', '   '])('gives a bad-url failure for %j without fetching or throwing', async (url) => {
    const fetchImpl = answering('{}');
    await expect(fetchFeedText(url, { fetch: fetchImpl })).resolves.toEqual({ ok: false, failure: { kind: 'bad-url', url } });
    expect(fetchImpl).not.toHaveBeenCalled();
  });

  it.each(['feeds/regelingen.json', '/data/regelingen.json', '?v=2', 'https://www.example.nl/a b.json'])('fetches the relative or lenient URL %j', async (url) => {
    const fetchImpl = answering('{}');
    await expect(fetchFeedText(url, { fetch: fetchImpl })).resolves.toEqual({ ok: true, text: '{}' });
    expect(fetchImpl.mock.calls[0]![0]).toBe(url);
  });

  it('still tells a bad URL from a relative one when the base URL is malformed', async () => {
    const fetchImpl = answering('{}');
    await expect(fetchFeedText('feed.json', { fetch: fetchImpl, baseUrl: 'geen url' })).resolves.toEqual({ ok: true, text: '{}' });
    await expect(fetchFeedText('http://[', { fetch: fetchImpl, baseUrl: 'https://www.example.nl/' })).resolves.toMatchObject({
      ok: false,
      failure: { kind: 'bad-url' },
    });
  });
});

describe('parseTimeout', () => {
  it.each<[unknown, number]>([
    [1000, 1000],
    ['2500', 2500],
    [' 2500 ', 2500],
    ['1e3', 1000],
    [0.5, 0.5],
    [MAX_TIMEOUT_MS, MAX_TIMEOUT_MS],
  ])('reads %j as %i ms', (value, ms) => {
    expect(parseTimeout(value)).toEqual({ ms, invalid: false });
  });

  it.each([undefined, null, '', '  '])('gives the default for an absent value (%j), without a warning', (value) => {
    expect(parseTimeout(value)).toEqual({ ms: DEFAULT_TIMEOUT_MS, invalid: false });
  });

  it.each<unknown>(['abc', '15s', 0, '0', -1, '-1', NaN, Infinity, -Infinity, 'Infinity', MAX_TIMEOUT_MS + 1, 1e12, true, {}, [], [5000]])(
    'gives the default for %j, and says it was invalid',
    (value) => {
      expect(parseTimeout(value)).toEqual({ ms: DEFAULT_TIMEOUT_MS, invalid: true });
    },
  );

  it('is what fetchFeedText waits: an invalid timeoutMs means the default, not an instant timeout', async () => {
    vi.useFakeTimers();
    let settled = false;
    const pending = fetchFeedText(URL_, { fetch: hanging(), timeoutMs: NaN }).then((r) => {
      settled = true;
      return r;
    });
    await vi.advanceTimersByTimeAsync(DEFAULT_TIMEOUT_MS - 1);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await expect(pending).resolves.toEqual({ ok: false, failure: { kind: 'timeout', url: URL_, timeoutMs: DEFAULT_TIMEOUT_MS } });
  });
});

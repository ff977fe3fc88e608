import { describe, it, expect, vi, afterEach } from 'vitest';
import { DEFAULT_TIMEOUT_MS, FeedAbortedError, fetchFeedText, parseJson, wrongKind } from '../../src/core/feed.js';

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
    expect(result.failure.kind).toBe('http');
    expect(result.failure.status).toBe(status);
    expect(result.failure.message).toContain(String(status));
    expect(result.failure.message).toContain(URL_);
  });

  it('resolves with a network failure when fetch rejects (it does not reject)', async () => {
    const fetchImpl = vi.fn<typeof fetch>(async () => {
      throw new TypeError('Failed to fetch');
    });
    const result = await fetchFeedText(URL_, { fetch: fetchImpl });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.failure.kind).toBe('network');
    expect(result.failure.message).toContain(URL_);
    expect(result.failure.message).toContain('Failed to fetch');
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
    expect(result.failure.kind).toBe('timeout');
    expect(result.failure.message).toContain(URL_);
    expect(fetchImpl.mock.calls[0]![1]?.signal?.aborted).toBe(true);
  });

  it(`waits ${DEFAULT_TIMEOUT_MS} ms by default and says so in seconds`, async () => {
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
    if (!result.ok) expect(result.failure.message).toContain(`${DEFAULT_TIMEOUT_MS / 1000} seconden`);
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
    if (!result.ok) {
      expect(result.failure.kind).toBe('empty');
      expect(result.failure.message).toBe('De feed is leeg.');
    }
  });

  it.each(['not json', '{', '{"a":1,}', "{'a':1}", '<html></html>', 'undefined'])('calls %j not JSON', (text) => {
    const result = parseJson(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.failure.kind).toBe('not-json');
      expect(result.failure.message).toMatch(/^De feed is geen geldige JSON \(.+\)\.$/);
    }
  });

  it('parses JSON', () => {
    expect(parseJson('{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
    expect(parseJson('  [1, "twee", null]  ')).toEqual({ ok: true, value: [1, 'twee', null] });
    expect(parseJson('null')).toEqual({ ok: true, value: null });
    expect(parseJson('"tekst"')).toEqual({ ok: true, value: 'tekst' });
  });
});

describe('wrongKind', () => {
  it('names the expected kind', () => {
    expect(wrongKind('regelingen')).toEqual({ kind: 'wrong-kind', message: 'Dit is geen feed van de soort "regelingen".' });
  });
});

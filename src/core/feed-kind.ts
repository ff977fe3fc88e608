import { FeedAbortedError, MAX_PROBLEMS, wrongKind, type FeedOutcome } from './feed.js';
import { isFromJsonText, isObject, own, pointerSegment, readJson, setKey, type JsonObject, type JsonValue } from './json-value.js';
import type { FeedProblem } from './problems.js';
import { mailtoUrl, safeUrl, telUrl } from './safe-text.js';
import type { Publisher } from './schemas/common.js';
import type { Validate } from './validate.js';

/**
 * Every kind of feed (regelingen, sociale kaart, agenda) is a list of items in an envelope. A
 * kind declares its schemas, where its list is, which fields are links and what its items need
 * beyond the schema; parseFeed does the rest, the same way for every kind.
 */

/**
 * How a link field is cleaned. `url`: resolved against the base URL, kept only as http(s).
 * `email` and `phone`: kept as written when they can become a mailto: or tel: link. Anything
 * else is removed from the item and reported; the item itself stays. No other field ever
 * becomes a link (see safe-text.ts).
 */
export type LinkType = 'url' | 'email' | 'phone';

/**
 * The fields that become links, as JSON Pointer paths relative to the item without the leading
 * "/" ("apply/url"); "*" stands for every element of a list ("phones/*\/number").
 */
export type LinkFields = Readonly<Record<string, LinkType>>;

/** The envelope's valid fields, with the two every kind shares read out. */
export interface Envelope {
  /** `{ name: '' }` when the feed has none, or a broken one. */
  publisher: Publisher;
  updated?: string;
  /** Every top-level field without problems, the list left out. */
  fields: Readonly<JsonObject>;
}

export interface ItemContext {
  /** The item's JSON Pointer in the feed ("/regelingen/3"). */
  path: string;
  baseUrl?: string;
  /** The feed's checked envelope, for items that must agree with it (the sociale kaart's kernen). */
  envelope: Envelope;
  /** Reports a problem; its path is absolute (start it with `path`). */
  report(problem: FeedProblem): void;
}

export interface FeedKind<Item, Feed> {
  /** The feed's `kind` field, when it has one, must say this; also the name in `wrong-kind`. */
  name: string;
  /** The top-level field that holds the items. */
  listKey?: string;
  /**
   * For kinds whose documents come in several forms: the top-level field that holds the items
   * in `doc`, '' when `doc` is the list itself, undefined when there is no list (wrong kind).
   * Used instead of listKey.
   */
  locate?: (doc: unknown) => string | undefined;
  /** Validates the envelope: the document's fields without the list (not run for a bare list). */
  validateEnvelope?: Validate;
  validateItem: Validate;
  /** A field that must be unique among the kept items: a later duplicate is skipped. */
  idKey?: string;
  links?: LinkFields;
  /** Link fields of the envelope ("publisher/url"). */
  envelopeLinks?: LinkFields;
  /**
   * What the schema cannot say, run on each schema-valid item that is not a duplicate. Returns
   * the item (cleaned if need be), or undefined to skip it after reporting why.
   */
  check?: (item: Item, context: ItemContext) => Item | undefined;
  build: (envelope: Envelope, items: Item[]) => Feed;
}

export interface ParseOptions {
  /** What relative links in the feed are relative to: usually the feed's own URL. */
  baseUrl?: string;
}

export interface AsyncParseOptions extends ParseOptions {
  /** Aborting rejects the parse with FeedAbortedError. */
  signal?: AbortSignal;
  /** How long to work before giving the page a turn (default 8 ms). */
  sliceMs?: number;
}

/** More items than any feed has; beyond this a list is cut (a sparse array can claim billions). */
export const MAX_ITEMS = 1_000_000;

/**
 * Turns any value into a feed of `kind`: the valid items, and a problem with a JSON Pointer for
 * everything skipped or cleaned. An invalid item is skipped; the others stay. Never throws.
 */
export function parseFeed<Item, Feed>(kind: FeedKind<Item, Feed>, value: unknown, options: ParseOptions = {}): FeedOutcome<Feed> {
  const steps = parseSteps(kind, value, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same as parseFeed, in slices: it gives the page a turn every `sliceMs`, so a feed of
 * 50,000 items never blocks the main thread for long.
 */
export async function parseFeedAsync<Item, Feed>(
  kind: FeedKind<Item, Feed>,
  value: unknown,
  { signal, sliceMs = 8, ...options }: AsyncParseOptions = {},
): Promise<FeedOutcome<Feed>> {
  if (signal?.aborted) throw new FeedAbortedError();
  const steps = parseSteps(kind, value, options);
  let start = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - start >= sliceMs) {
      await yieldToPage();
      if (signal?.aborted) throw new FeedAbortedError();
      start = performance.now();
    }
  }
}

/** Gives the page a turn: scheduler.yield where the browser has it, else a task. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Problems in feed order, keeping the first MAX_PROBLEMS and counting all. */
class Problems {
  readonly list: FeedProblem[] = [];
  count = 0;
  add = (problem: FeedProblem): void => {
    this.count++;
    if (this.list.length < MAX_PROBLEMS) this.list.push(problem);
  };
  addAll(problems: readonly FeedProblem[]): void {
    for (const problem of problems) this.add(problem);
  }
}



/** The work, one item per step, so that parseFeed and parseFeedAsync share every line. */
function* parseSteps<Item, Feed>(kind: FeedKind<Item, Feed>, value: unknown, { baseUrl }: ParseOptions): Generator<void, FeedOutcome<Feed>> {
  const problems = new Problems();
  const failure = (): FeedOutcome<Feed> => ({ ok: false, failure: wrongKind(kind.name), problems: [], problemCount: 0 });

  // Where the items are. Reading a hostile `data` object may throw: then it is no feed.
  let listKey: string | undefined;
  let list: readonly unknown[];
  let listLength: number;
  let rootKeys: string[] = [];
  try {
    if (typeof value !== 'object' || value === null) return failure();
    if (!Array.isArray(value)) {
      if (own(value, 'kind') && (value as Record<string, unknown>).kind !== kind.name) return failure();
      rootKeys = Object.keys(value);
    }
    listKey = kind.locate ? kind.locate(value) : kind.listKey;
    const found = listKey === '' ? value : isObject(value) && listKey !== undefined && own(value, listKey) ? value[listKey] : undefined;
    if (!Array.isArray(found)) return failure();
    list = found;
    listLength = found.length;
  } catch {
    return failure();
  }
  const listPath = listKey ? `/${pointerSegment(listKey)}` : '';
  // Text parsed by parseJson is plain JSON already: it is checked, not copied.
  const trusted = isFromJsonText(value);

  // The envelope: each top-level field is read and checked on its own; a broken one is dropped.
  let fields: JsonObject = {};
  for (const key of rootKeys) {
    if (key === listKey) continue;
    const path = `/${pointerSegment(key)}`;
    let raw: unknown;
    try {
      raw = (value as Record<string, unknown>)[key];
    } catch {
      problems.add({ path, code: 'unreadable' });
      continue;
    }
    const read = readJson(raw, { path, depth: 1 }, trusted);
    if (!read.ok) problems.addAll(read.problems);
    else if (read.value !== undefined) setKey(fields, key, read.value);
  }
  if (!Array.isArray(value) && kind.validateEnvelope) {
    const found = kind.validateEnvelope(fields, '');
    problems.addAll(found);
    for (const problem of found) {
      const key = topKey(problem.path);
      if (key !== undefined) delete fields[key];
    }
  }
  const links = new LinkCleaner(baseUrl, problems.add);
  if (kind.envelopeLinks) fields = links.clean(fields, kind.envelopeLinks, '');
  const publisher = isObject(fields.publisher) && typeof fields.publisher.name === 'string' ? (fields.publisher as Publisher) : { name: '' };
  const envelope: Envelope = { publisher, fields, ...(typeof fields.updated === 'string' ? { updated: fields.updated } : {}) };

  // The items, one by one.
  const items: Item[] = [];
  const seen = new Set<string>();
  const depth = listPath ? 2 : 1;
  const length = Math.min(listLength, MAX_ITEMS);
  if (listLength > MAX_ITEMS) problems.add({ path: listPath, code: 'too-long', params: { max: MAX_ITEMS } });
  for (let index = 0; index < length; index++) {
    yield;
    const path = `${listPath}/${index}`;
    let raw: unknown;
    try {
      raw = list[index];
    } catch {
      problems.add({ path, code: 'unreadable' });
      continue;
    }
    const read = readJson(raw, { path, depth }, trusted);
    if (!read.ok) {
      problems.addAll(read.problems);
      continue;
    }
    const item: JsonValue = read.value ?? null;
    const invalid = kind.validateItem(item, path);
    if (invalid.length > 0) {
      problems.addAll(invalid);
      continue;
    }
    let id: string | undefined;
    if (kind.idKey !== undefined && isObject(item) && typeof item[kind.idKey] === 'string') {
      id = item[kind.idKey] as string;
      if (seen.has(id)) {
        problems.add({ path: `${path}/${pointerSegment(kind.idKey)}`, code: 'duplicate-id', params: { id: clip(id) } });
        continue;
      }
    }
    const context: ItemContext = baseUrl === undefined ? { path, envelope, report: problems.add } : { path, envelope, report: problems.add, baseUrl };
    const checked = kind.check ? kind.check(item as Item, context) : (item as Item);
    if (checked === undefined) continue;
    if (id !== undefined) seen.add(id);
    items.push(kind.links && isObject(checked) ? (links.clean(checked as JsonObject, kind.links, path) as Item) : checked);
  }
  return { ok: true, feed: kind.build(envelope, items), problems: problems.list, problemCount: problems.count };
}

/** The top-level field a problem path is in ("/norms/validFrom" → "norms"). */
function topKey(path: string): string | undefined {
  if (!path.startsWith('/')) return undefined;
  const end = path.indexOf('/', 1);
  return (end < 0 ? path.slice(1) : path.slice(1, end)).replace(/~1/g, '/').replace(/~0/g, '~');
}

/** Long values are cut in problem params: they are quoted in messages and console lines. */
function clip(text: string, max = 200): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

type LinkRule = readonly [segments: readonly string[], type: LinkType];
const compiledLinks = new WeakMap<LinkFields, readonly LinkRule[]>();

/** The link paths split once per kind, not once per item. */
function linkRules(links: LinkFields): readonly LinkRule[] {
  let rules = compiledLinks.get(links);
  if (!rules) {
    rules = Object.entries(links).map(([pattern, type]) => [pattern.split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')), type] as const);
    compiledLinks.set(links, rules);
  }
  return rules;
}

/** A shallow copy that keeps every own key as an own key ("__proto__" too). */
const copyOf = (object: JsonObject): JsonObject => ({ ...object });

// Enough for the few pages a feed links to; a hostile feed cannot grow the cache without bound.
const MAX_CACHED_URLS = 1_000;

/**
 * Cleans link fields, one cleaner per parse. Copies what it changes, so the value a caller
 * parsed (and may parse again) stays as it was. A path is built only for a problem, and a URL
 * that many items share is resolved once.
 */
class LinkCleaner {
  /** The keys from the cleaned root down to the value at hand. */
  private readonly trail: (string | number)[] = [];
  private readonly urls = new Map<string, string | undefined>();
  private basePath = '';

  constructor(
    private readonly baseUrl: string | undefined,
    private readonly report: (problem: FeedProblem) => void,
  ) {}

  /** Cleans the link fields of `root`, which sits at `basePath` in the feed. */
  clean(root: JsonObject, links: LinkFields, basePath: string): JsonObject {
    this.basePath = basePath;
    let out: JsonValue = root;
    for (const [segments, type] of linkRules(links)) out = this.cleanAt(out, segments, 0, type);
    return out as JsonObject;
  }

  private path(): string {
    let path = this.basePath;
    for (const key of this.trail) path += `/${pointerSegment(key)}`;
    return path;
  }

  private cleanAt(node: JsonValue, segments: readonly string[], at: number, type: LinkType): JsonValue {
    const segment = segments[at]!;
    if (segment === '*') {
      if (!Array.isArray(node)) return node;
      const cleaned = node.map((child, i) => {
        this.trail.push(i);
        const out = this.cleanAt(child, segments, at + 1, type);
        this.trail.pop();
        return out;
      });
      return cleaned.some((child, i) => child !== node[i]) ? cleaned : node;
    }
    if (!isObject(node) || !own(node, segment)) return node;
    const value = node[segment]!;
    this.trail.push(segment);
    const cleaned = at < segments.length - 1 ? this.cleanAt(value, segments, at + 1, type) : this.link(value, type);
    this.trail.pop();
    if (cleaned === value) return node;
    const copy = copyOf(node);
    if (cleaned === undefined) delete copy[segment];
    else setKey(copy, segment, cleaned);
    return copy;
  }

  /** The value of a link field as it stays, or undefined (reported) when it cannot be a link. */
  private link(value: JsonValue, type: LinkType): JsonValue | undefined {
    if (typeof value !== 'string') return value;
    if (type === 'url') {
      const href = this.url(value);
      if (href === undefined) this.report({ path: this.path(), code: 'unsafe-link', params: { value: clip(value) } });
      return href;
    }
    if (type === 'email' ? mailtoUrl(value) : telUrl(value)) return value;
    this.report({ path: this.path(), code: type === 'email' ? 'not-email' : 'not-phone', params: { value: clip(value) } });
    return undefined;
  }

  /** The http(s) URL a `url` field links to, resolved against the base URL. */
  private url(value: string): string | undefined {
    if (this.urls.has(value)) return this.urls.get(value);
    const href = safeUrl(value, this.baseUrl);
    const keep = href && /^https?:/.test(href) ? href : undefined;
    if (this.urls.size < MAX_CACHED_URLS) this.urls.set(value, keep);
    return keep;
  }
}

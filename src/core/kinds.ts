/**
 * Every kind of feed Helder knows, with how to recognise its documents. Tools that take any
 * feed (the data check, editors) look kinds up here, so a new kind needs its schema, its
 * FeedKind declaration and one line below: no code in the tools.
 */
import type { FeedOutcome } from './feed.js';
import { parseFeed, type FeedKind, type ParseOptions } from './feed-kind.js';
import { isObject, own, pointerSegment } from './json-value.js';
import { agendaKind } from './agenda.js';
import { regelingenKind } from './regelingen.js';
import { socialeKaartKind } from './sociale-kaart.js';

/**
 * How to tell a kind's document that has no `kind` field. Data, not code: a document is of this
 * kind when one of `listKeys` holds a list, or, for a document that is a bare list, when one of
 * its objects has every field of `bareListFields`.
 */
export interface Detection {
  listKeys: readonly string[];
  bareListFields?: readonly string[];
}

/** A feed checked by a registered kind: the outcome of parseFeed, and which items it kept. */
export interface CheckedFeed {
  outcome: FeedOutcome<unknown>;
  /** The JSON Pointers of the items kept ("/regelingen/0"), in feed order. */
  kept: string[];
}

export interface RegisteredKind {
  readonly name: string;
  readonly detection: Detection;
  /** The field that names an item ("id"), when the kind has one. */
  readonly idKey: string | undefined;
  /** Where the items are in `doc`: a JSON Pointer ('' for a bare list), undefined when nowhere. */
  listPath(doc: unknown): string | undefined;
  /** parseFeed with this kind: the same validation the widgets run. */
  check(value: unknown, options?: ParseOptions): CheckedFeed;
}

/** A kind's declaration with its detection, for the list below. */
export function registerKind<Item, Feed>(kind: FeedKind<Item, Feed>, detection: Detection): RegisteredKind {
  return {
    name: kind.name,
    detection,
    idKey: kind.idKey,
    listPath(doc) {
      try {
        const key = kind.locate ? kind.locate(doc) : kind.listKey;
        if (key === undefined) return undefined;
        return key === '' ? '' : `/${pointerSegment(key)}`;
      } catch {
        return undefined;
      }
    },
    check(value, options = {}) {
      // parseFeed runs `check` on exactly the items it goes on to keep, with their paths.
      const kept: string[] = [];
      const observed: FeedKind<Item, Feed> = {
        ...kind,
        check: (item, context) => {
          const result = kind.check ? kind.check(item, context) : item;
          if (result !== undefined) kept.push(context.path);
          return result;
        },
      };
      return { outcome: parseFeed(observed, value, options), kept };
    },
  };
}

/** The kinds, in the order a document is tried against them. */
export const KINDS: readonly RegisteredKind[] = [
  registerKind(regelingenKind, { listKeys: ['regelingen'] }),
  registerKind(agendaKind, { listKeys: ['themes'] }),
  registerKind(socialeKaartKind, { listKeys: ['services', 'contents'], bareListFields: ['name', 'id'] }),
];

export function kindNamed(name: string, kinds: readonly RegisteredKind[] = KINDS): RegisteredKind | undefined {
  return kinds.find((kind) => kind.name === name);
}

export type Detected =
  | { ok: true; kind: RegisteredKind }
  /** The document's `kind` field names a kind that is not registered. */
  | { ok: false; reason: 'unknown-kind'; name: string }
  /** Nothing in the document points to a kind. */
  | { ok: false; reason: 'not-detected' }
  /** More than one kind fits; `--kind` must choose. */
  | { ok: false; reason: 'ambiguous'; names: string[] };


/** Which kind a document is: by its `kind` field, else by its list (see Detection). */
export function detectKind(doc: unknown, kinds: readonly RegisteredKind[] = KINDS): Detected {
  try {
    if (isObject(doc) && typeof doc.kind === 'string') {
      const kind = kindNamed(doc.kind, kinds);
      return kind ? { ok: true, kind } : { ok: false, reason: 'unknown-kind', name: doc.kind };
    }
    const fits = kinds.filter(({ detection }) =>
      Array.isArray(doc)
        ? detection.bareListFields !== undefined && doc.some((item) => isObject(item) && detection.bareListFields!.every((field) => own(item, field)))
        : isObject(doc) && detection.listKeys.some((key) => own(doc, key) && Array.isArray(doc[key])),
    );
    if (fits.length === 1) return { ok: true, kind: fits[0]! };
    return fits.length === 0 ? { ok: false, reason: 'not-detected' } : { ok: false, reason: 'ambiguous', names: fits.map((kind) => kind.name) };
  } catch {
    // A value whose getters throw is no document of any kind.
    return { ok: false, reason: 'not-detected' };
  }
}

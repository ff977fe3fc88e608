import MiniSearch, { type Query } from 'minisearch';
import { FeedAbortedError } from './feed.js';
import { yieldToPage } from './feed-kind.js';
import { LEVELS, type LevelText } from './level.js';

/** Lower case without accents, so "ideeen" finds "ideeën". */
function normalise(term: string): string {
  return term.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

/** MiniSearch's own word boundaries: white space and punctuation. */
const WORD_BOUNDARY = /[\n\r\p{Z}\p{P}]+/u;

/**
 * Dutch word endings, tried longest first; a word loses at most one per pass, two passes.
 * A stem keeps at least MIN_STEM letters, so short words ("open", "tegen", "oud") stay whole.
 */
const SUFFIXES: readonly (readonly [suffix: string, replacement: string])[] = [
  ['heden', ''], // mogelijkheden → mogelijk
  ['ingen', 'ing'], // rekeningen → rekening
  ['heid', ''], // eenzaamheid → eenzaam
  ['jes', ''], // boekjes → boek
  ['ers', ''], // mantelzorgers → mantelzorg
  ['je', ''], // huisje → huis
  ['en', ''], // schulden → schuld, kinderen → kinder
  ['er', ''], // mantelzorger → mantelzorg, kinder → kind
  ['s', ''], // ouders → ouder
  ['e', ''], // eenzame → eenzam(e)
];
const MIN_STEM = 4;

/**
 * A light Dutch stemmer for search, not for linguistics: it maps the forms a resident types
 * (singular and plural, -heid, -er, diminutives, an adjective's -e) onto one stem, on both the
 * index and the query, so "eenzaamheid", "eenzame" and "eenzaam" meet. Steps: strip one ending
 * (twice at most); after an ending went, a final z or v becomes s or f ("huizen" → "huis") and a
 * doubled consonant becomes single ("bellen" → "bel"); last, a long vowel before one final
 * consonant becomes short ("betaal" and "betalen" → "betal"). Over-stemming merges a few
 * unrelated words; that costs a little precision, never a result.
 */
export function stemDutch(word: string): string {
  let stem = word;
  let stripped = false;
  for (let pass = 0; pass < 2; pass++) {
    const rule = SUFFIXES.find(([suffix, replacement]) => stem.endsWith(suffix) && stem.length - suffix.length + replacement.length >= MIN_STEM);
    if (!rule) break;
    stem = stem.slice(0, stem.length - rule[0].length) + rule[1];
    stripped = true;
  }
  if (stripped) {
    stem = stem.replace(/z$/, 's').replace(/v$/, 'f');
    stem = stem.replace(/([bdfgklmnprst])\1$/, '$1');
  }
  return stem.replace(/(aa|ee|oo|uu)([^aeiouy])$/, (_, vowel: string, consonant: string) => vowel[0] + consonant);
}

/**
 * Words that say nothing about a need: left out of the index and the query when word forms are
 * on. They are in almost every text, so each one would cost a pass over every document.
 */
const STOP_WORDS = new Set(
  'de het een en of van voor bij in op met aan te om naar uit over tot door als dat die dit er is zijn u uw je jij ik mijn wij we ze zij hij niet ook maar dan wat wie hoe kan kunt heeft hebt wordt worden'.split(' '),
);

/**
 * Words and phrases residents use for the same need: a query with one finds texts with any of
 * them. Each group is a need in the residents' own words, with the issue's examples (schulden ~
 * geldzorgen ~ rekeningen niet betalen; eenzaam ~ eenzaamheid; mantelzorger ~ mantelzorg).
 * Matched after stemming, so every form of a word counts ("rekening niet betaald" does not:
 * "betaald" is another word), and with one typo or while typing (see close()). Keep groups
 * narrow: every word here widens every search for it.
 */
export const RESIDENT_SYNONYMS: readonly (readonly string[])[] = [
  ['geldzorgen', 'schulden', 'rekeningen niet betalen', 'geldproblemen', 'betalingsachterstand', 'schuldhulp'],
  ['eenzaam', 'eenzaamheid', 'weinig contact'],
  ['mantelzorg', 'mantelzorger'],
  ['werk', 'baan', 'werkloos'],
  ['taal', 'lezen en schrijven', 'nederlands leren', 'laaggeletterd'],
  ['opvoeding', 'opvoeden', 'opgroeien'],
  ['dementie', 'vergeetachtig', 'geheugen'],
  ['verslaving', 'alcohol', 'drugs', 'gokken'],
  ['wonen', 'woning'],
  ['vervoer', 'taxi'],
  ['huiselijk geweld', 'veilig thuis', 'mishandeling'],
];

export interface SearchDocument {
  id: string;
  /** Fields to search, each a level text: every level is indexed, so a word from the policy
   * text also finds the item when the resident reads it at A2. */
  fields: Record<string, LevelText | string[] | undefined>;
}

/** How words are matched beyond prefixes and small typos; without it, only those. */
export interface WordForms {
  /** Dutch word forms meet (see stemDutch); stop words are left out. */
  stem?: boolean;
  /** Groups of words or phrases that mean the same (see RESIDENT_SYNONYMS). */
  synonyms?: readonly (readonly string[])[];
}

interface SynonymGroup {
  /** Each member as its processed terms. */
  members: string[][];
  /** Each member as it was written, for MiniSearch to process like any query. */
  written: readonly string[];
}

/** Full-text search with prefixes and small typos ("bijzondre" finds "bijzondere"). */
export class TextSearch {
  private readonly index: MiniSearch<{ id: string; [field: string]: string }>;
  private readonly processTerm: (term: string) => string;
  private readonly groups: SynonymGroup[];

  /**
   * The same as the constructor, in slices that give the page a turn every `sliceMs`: indexing
   * 10,000 services takes longer than a frame. Aborting rejects with FeedAbortedError.
   */
  static async build(
    documents: readonly SearchDocument[],
    boosts: Record<string, number> = {},
    wordForms: WordForms = {},
    { signal, sliceMs = 8 }: { signal?: AbortSignal; sliceMs?: number } = {},
  ): Promise<TextSearch> {
    const search = new TextSearch(documents, boosts, wordForms, false);
    let start = performance.now();
    for (const document of documents) {
      search.index.add(flatDocument(document));
      if (performance.now() - start >= sliceMs) {
        await yieldToPage();
        if (signal?.aborted) throw new FeedAbortedError();
        start = performance.now();
      }
    }
    return search;
  }

  constructor(documents: readonly SearchDocument[], boosts: Record<string, number> = {}, { stem = false, synonyms = [] }: WordForms = {}, addNow = true) {
    const fieldNames = [...new Set(documents.flatMap((d) => Object.keys(d.fields)))];
    const processTerm = stem ? memoise((term: string) => {
      const word = normalise(term);
      return STOP_WORDS.has(word) ? '' : stemDutch(word);
    }) : normalise;
    this.processTerm = processTerm;
    this.groups = synonyms.map((group) => ({ members: group.map((member) => this.terms(member)), written: group }));
    this.index = new MiniSearch({
      fields: fieldNames,
      idField: 'id',
      processTerm: (term) => processTerm(term) || null,
      // A typo is forgiven from five letters on: in a shorter word, one edit matches very many
      // words of the index (the prefix finds the rest), and costs a large feed most of a keystroke.
      searchOptions: { prefix: true, fuzzy: (term) => (term.length > 4 ? 0.2 : false), combineWith: 'AND', boost: boosts },
    });
    if (addNow) this.index.addAll(documents.map(flatDocument));
  }

  /** Ids of matching documents, best first; an empty query matches nothing (show everything). */
  search(query: string): string[] {
    const q = query.trim();
    if (q === '') return [];
    return this.index.search(this.groups.length ? this.withSynonyms(q) : q).map((result) => String(result.id));
  }

  private terms(text: string): string[] {
    return text
      .split(WORD_BOUNDARY)
      .map(this.processTerm)
      .filter((term) => term !== '');
  }

  /**
   * Every word of the query is needed (AND), as before; a word or phrase from a synonym group
   * becomes "any member of the group" (OR). The longest phrase at each place wins.
   */
  private withSynonyms(query: string): Query {
    const words = query.split(WORD_BOUNDARY).filter((word) => this.processTerm(word) !== '');
    const terms = words.map(this.processTerm);
    const queries: Query[] = [];
    for (let i = 0; i < terms.length; ) {
      let best: { group: SynonymGroup; length: number } | undefined;
      for (const group of this.groups) {
        for (const member of group.members) {
          const fits = member.length > 0 && member.every((term, k) => close(terms[i + k], term));
          if (fits && member.length > (best?.length ?? 0)) best = { group, length: member.length };
        }
      }
      if (best) {
        // The group's words are spelt right: no typo tolerance for them, only prefixes.
        queries.push({ combineWith: 'OR', queries: best.group.written.map((member) => ({ combineWith: 'AND', fuzzy: false, queries: [member] })) });
        i += best.length;
      } else {
        queries.push(words[i]!);
        i++;
      }
    }
    return { combineWith: 'AND', queries };
  }
}

/** Each word is stemmed once: a feed of 10,000 services uses a few thousand words. */
function memoise(fn: (term: string) => string): (term: string) => string {
  const cache = new Map<string, string>();
  return (term) => {
    let result = cache.get(term);
    if (result === undefined) {
      result = fn(term);
      if (cache.size < 100_000) cache.set(term, result);
    }
    return result;
  };
}

/**
 * A query word stands for a synonym's word when it is that word, or (from five letters) its
 * start while typing, or that word with one typo: "geldzorgn" still finds the whole group.
 */
function close(typed: string | undefined, word: string): boolean {
  if (typed === undefined) return false;
  if (typed === word) return true;
  if (typed.length < 5) return false;
  return word.startsWith(typed) || withinOneEdit(typed, word);
}

function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const rest = (x: string, skip: number) => x.slice(i + skip);
  return rest(a, 1) === rest(b, 1) || rest(a, 1) === rest(b, 0) || rest(a, 0) === rest(b, 1);
}

function flatDocument(entry: SearchDocument): { id: string; [field: string]: string } {
  const flat: { id: string; [field: string]: string } = { id: entry.id };
  for (const [name, value] of Object.entries(entry.fields)) flat[name] = flatten(value);
  return flat;
}

function flatten(value: LevelText | string[] | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.join(' ');
  return LEVELS.map((level) => value[level] ?? '').join('\n');
}

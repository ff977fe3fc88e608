import MiniSearch from 'minisearch';
import { LEVELS, type LevelText } from './level.js';

/** Lower case without accents, so "ideeen" finds "ideeën". */
function normalise(term: string): string {
  return term.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

export interface SearchDocument {
  id: string;
  /** Fields to search, each a level text: every level is indexed, so a word from the policy
   * text also finds the item when the resident reads it at A2. */
  fields: Record<string, LevelText | string[] | undefined>;
}

/** Full-text search with prefixes and small typos ("bijzondre" finds "bijzondere"). */
export class TextSearch {
  private readonly index: MiniSearch<{ id: string; [field: string]: string }>;

  constructor(documents: readonly SearchDocument[], boosts: Record<string, number> = {}) {
    const fieldNames = [...new Set(documents.flatMap((d) => Object.keys(d.fields)))];
    this.index = new MiniSearch({
      fields: fieldNames,
      idField: 'id',
      processTerm: (term) => normalise(term) || null,
      searchOptions: { prefix: true, fuzzy: 0.2, combineWith: 'AND', boost: boosts },
    });
    this.index.addAll(
      documents.map((d) => {
        const flat: { id: string; [field: string]: string } = { id: d.id };
        for (const [name, value] of Object.entries(d.fields)) flat[name] = flatten(value);
        return flat;
      }),
    );
  }

  /** Ids of matching documents, best first; an empty query matches nothing (show everything). */
  search(query: string): string[] {
    const q = query.trim();
    if (q === '') return [];
    return this.index.search(q).map((result) => String(result.id));
  }
}

function flatten(value: LevelText | string[] | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.join(' ');
  return LEVELS.map((level) => value[level] ?? '').join('\n');
}

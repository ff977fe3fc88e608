import type { FeedOutcome } from '../core/feed.js';
import { parseFeed, type FeedKind } from '../core/feed-kind.js';
import { agendaKind } from '../core/agenda.js';
import { regelingenKind } from '../core/regelingen.js';
import { agendaSchema } from '../core/schemas/agenda.js';
import { NEEDS, socialeKaartSchema } from '../core/schemas/sociale-kaart.js';
import { socialeKaartKind } from '../core/sociale-kaart.js';
import { CATEGORIES, regelingenSchema } from '../core/schemas/regelingen.js';
import { getAt, pathOf } from './json-edit.js';
import type { JsonSchema } from './schema-node.js';

/**
 * The one table of what differs per widget, for the editors' tools (the feed editor, the embed
 * generator, the Storybook stories for editors). Everything else is read from the schema, so a
 * new widget needs its schema, its kind and one entry here: no other code.
 */

export interface FilterOption {
  value: string;
  label: string;
}

/** An attribute a partner sets to show part of a widget (categories, a year, a kern). */
export interface WidgetFilter {
  attribute: string;
  /** Dutch, for the embed generator. */
  label: string;
  hint?: string;
  /** Several values, space separated (categories="kinderen school"), or one. */
  multiple: boolean;
  /** What to choose from: fixed values, or read from the chosen feed. Without it: free text. */
  options?: (feed: unknown) => readonly FilterOption[];
}

export interface EditorWidget {
  /** The feed's kind (its `kind` field), also its schema's name in dist/schemas/. */
  kind: string;
  /** Dutch, for the editors. */
  label: string;
  description: string;
  tag: string;
  /** The dist script that registers the element (and the picker). */
  script: string;
  schema: JsonSchema;
  /** The top-level field that holds the items. */
  listKey: string;
  /** The default data, relative to the data folder (src/data/ in the demo, dist/data/ when built). */
  defaultFeed: string;
  /** Validates a document the way the widget does: the same code, the same problems. */
  parse: (value: unknown) => FeedOutcome<unknown>;
  /** The field that names an item; the editor shows it in lists. */
  nameKey: string;
  idKey: string;
  /** The attribute that shows one item by its id, when the widget has one. */
  itemAttribute?: string;
  filters: readonly WidgetFilter[];
}

/** parseFeed for one kind, with the item and feed types forgotten: the tools only show problems. */
export function parserFor<Item, Feed>(kind: FeedKind<Item, Feed>): (value: unknown) => FeedOutcome<unknown> {
  return (value) => parseFeed(kind, value);
}

/** Fixed options, each its own label. */
export const fixedOptions =
  (values: readonly string[]) =>
  (): FilterOption[] =>
    values.map((value) => ({ value, label: value }));

/**
 * Options read from the feed: each entry of the list at `listKey`, its value at `valuePath` and
 * its label at `labelPath` (JSON Pointer-like, "organization/id"); without paths, the entry
 * itself. Doubles are dropped; a level text label is shown at b1.
 */
export const feedOptions =
  (listKey: string, valuePath = '', labelPath = valuePath) =>
  (feed: unknown): FilterOption[] => {
    const list = getAt(feed, [listKey]);
    if (!Array.isArray(list)) return [];
    const read = (entry: unknown, path: string): unknown => (path ? getAt(entry, pathOf(`/${path}`)) : entry);
    const seen = new Set<string>();
    const options: FilterOption[] = [];
    for (const entry of list) {
      const value = read(entry, valuePath);
      if ((typeof value !== 'string' && typeof value !== 'number') || seen.has(String(value))) continue;
      seen.add(String(value));
      const label = read(entry, labelPath);
      const text = typeof label === 'string' || typeof label === 'number' ? String(label) : typeof (label as { b1?: unknown })?.b1 === 'string' ? (label as { b1: string }).b1 : String(value);
      options.push({ value: String(value), label: text === String(value) ? text : `${text} (${String(value)})` });
    }
    return options;
  };

export const EDITOR_WIDGETS: readonly EditorWidget[] = [
  {
    kind: 'regelingen',
    label: 'Regelingen',
    description: 'De minimaregelingen, met de check "waar heb ik recht op?".',
    tag: 'helder-regelingen',
    script: 'regelingen.js',
    schema: regelingenSchema,
    listKey: 'regelingen',
    defaultFeed: 'twenterand/regelingen.json',
    parse: parserFor(regelingenKind),
    nameKey: 'title',
    idKey: 'id',
    itemAttribute: 'regeling',
    filters: [
      { attribute: 'categories', label: 'Onderwerpen', hint: 'Geen keuze: alle onderwerpen.', multiple: true, options: fixedOptions(CATEGORIES) },
      { attribute: 'regeling', label: 'Eén regeling', hint: 'Alleen deze regeling, zonder overzicht.', multiple: false, options: feedOptions('regelingen', 'id', 'title') },
      { attribute: 'view', label: 'Begin met', multiple: false, options: fixedOptions(['overview', 'check', 'flyer']) },
    ],
  },
  {
    kind: 'agenda',
    label: 'Maatschappelijke agenda',
    description: 'De doelen en acties van de maatschappelijke agenda, per jaar.',
    tag: 'helder-agenda',
    script: 'agenda.js',
    schema: agendaSchema,
    listKey: 'themes',
    defaultFeed: 'twenterand/agenda.json',
    parse: parserFor(agendaKind),
    nameKey: 'title',
    idKey: 'id',
    filters: [
      { attribute: 'year', label: 'Jaar', multiple: false, options: feedOptions('years', 'year') },
      { attribute: 'theme', label: 'Themalijn', multiple: false, options: feedOptions('themes', 'id', 'title') },
      { attribute: 'partner', label: 'Partner', multiple: false, options: feedOptions('partners', 'id', 'name') },
    ],
  },
  {
    kind: 'sociale-kaart',
    label: 'Sociale kaart',
    description: 'Hulp en activiteiten in de gemeente (Open Referral HSDS).',
    tag: 'helder-sociale-kaart',
    script: 'sociale-kaart.js',
    schema: socialeKaartSchema,
    listKey: 'services',
    defaultFeed: 'twenterand/sociale-kaart.json',
    parse: parserFor(socialeKaartKind),
    nameKey: 'name',
    idKey: 'id',
    filters: [
      { attribute: 'organization', label: 'Organisatie', multiple: false, options: feedOptions('services', 'organization/id', 'organization/name') },
      { attribute: 'need', label: 'Waarmee u hulp zoekt', multiple: false, options: fixedOptions(NEEDS) },
      { attribute: 'kern', label: 'Kern', multiple: false, options: feedOptions('kernen') },
      { attribute: 'api', label: 'Adres van een HSDS-API', multiple: false },
    ],
  },
];

/** The table entry for a kind. */
export function widgetOf(kind: string): EditorWidget | undefined {
  return EDITOR_WIDGETS.find((widget) => widget.kind === kind);
}

/** Which widget a document is for: its `kind` field, else the first whose list it has. */
export function widgetFor(doc: unknown): EditorWidget | undefined {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return undefined;
  const record = doc as Record<string, unknown>;
  if (typeof record.kind === 'string') return widgetOf(record.kind);
  return EDITOR_WIDGETS.find((widget) => Array.isArray(record[widget.listKey]));
}

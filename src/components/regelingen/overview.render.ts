import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { CATEGORIES, type Category, type Regeling, type RegelingenFeed } from '../../core/schemas/regelingen.js';
import { chipGroup } from '../shared/chips.js';
import { plural } from '../shared/messages.js';
import { formatNumber } from '../../core/format.js';
import type { Locale } from '../../core/locale.js';
import { publisherContact } from '../../core/check.js';
import { card, categoryLabel, colophon, contactView, type RenderContext } from './card.render.js';
import { searchField } from '../shared/search-field.js';

/**
 * @csspart start-check - De knop die de check opent.
 * @csspart open-flyer - De knop die de folder opent.
 * @csspart count - Het aantal getoonde regelingen.
 * @csspart no-results - Niets gevonden: de weg naar de check en naar de gemeente.
 */

/** With this many regelingen or fewer, a search box and topic buttons only get in the way. */
export const FEW_REGELINGEN = 5;

/** "3 regelingen gevonden." in the plural form of the interface language. */
export function foundMessage(count: number, locale: Locale): string {
  if (count === 0) return msg('Geen regelingen gevonden.');
  const n = formatNumber(count, locale);
  return plural(locale, count, {
    zero: () => msg(str`${n} regelingen gevonden.`, { id: 'found.zero' }),
    one: () => msg(str`${n} regeling gevonden.`, { id: 'found.one' }),
    two: () => msg(str`${n} regelingen gevonden.`, { id: 'found.two' }),
    few: () => msg(str`${n} regelingen gevonden.`, { id: 'found.few' }),
    many: () => msg(str`${n} regelingen gevonden.`, { id: 'found.many' }),
    other: () => msg(str`${n} regelingen gevonden.`, { id: 'found.other' }),
  });
}

/** "3 regelingen" above the list. */
export function countMessage(count: number, locale: Locale): string {
  if (count === 0) return msg('Geen regelingen gevonden.');
  const n = formatNumber(count, locale);
  return plural(locale, count, {
    zero: () => msg(str`${n} regelingen`, { id: 'count.zero' }),
    one: () => msg(str`${n} regeling`, { id: 'count.one' }),
    two: () => msg(str`${n} regelingen`, { id: 'count.two' }),
    few: () => msg(str`${n} regelingen`, { id: 'count.few' }),
    many: () => msg(str`${n} regelingen`, { id: 'count.many' }),
    other: () => msg(str`${n} regelingen`, { id: 'count.other' }),
  });
}

/** The categories that the shown regelingen use, in the schema's order. */
export function usedCategories(regelingen: readonly Regeling[]): Category[] {
  return CATEGORIES.filter((c) => regelingen.some((r) => r.categories.includes(c)));
}

export interface OverviewView {
  feed: RegelingenFeed;
  ctx: RenderContext;
  /** The regelingen the element shows (its attribute filters applied). */
  visible: readonly Regeling[];
  /** The categories the element is limited to (its `categories` attribute), if any. */
  only?: readonly Category[];
  /** The visible ones that match the search box. */
  searched: readonly Regeling[];
  /** The searched ones in the chosen category: the list. */
  list: readonly Regeling[];
  query: string;
  category: string;
  onQuery: (query: string) => void;
  onSearchFocus: () => void;
  onCategory: (category: string) => void;
  onShowAll: () => void;
  onStartCheck: () => void;
  onOpenFlyer: () => void;
}

function introText(view: OverviewView): string {
  if (view.only?.length) {
    const topics = view.only.map((c) => categoryLabel(c).toLowerCase()).join(', ');
    return msg(str`Weinig geld? De gemeente en andere organisaties kunnen helpen. Hier ziet u de regelingen over: ${topics}. Doe de check om te zien wat bij u past.`);
  }
  return msg('Weinig geld? De gemeente en andere organisaties kunnen helpen. Hier ziet u alle regelingen. Doe de check om te zien wat bij u past.');
}

/** A search that finds nothing points to the check and to the gemeente, not to empty filters. */
function noResults(view: OverviewView): TemplateResult {
  const { ctx } = view;
  const contact = contactView(publisherContact(ctx.publisher), ctx.publisher.name, ctx);
  return html`<div class="notice no-results" part="no-results">
    <p><strong>${msg('Wij vonden niets met dit woord.')}</strong> ${msg('Probeer een ander woord, of doe de check: die zoekt met u mee.')}</p>
    <p class="step-buttons">
      <button type="button" class="button" @click=${view.onStartCheck}>${msg('Doe de check')}</button>
      <button type="button" class="button secondary" @click=${view.onShowAll}>${msg('Toon alle regelingen')}</button>
    </p>
    ${ctx.publisher.name
      ? html`<p>${msg('Of vraag het de gemeente:')} <span lang="nl">${ctx.publisher.name}</span></p>
          ${contact}`
      : nothing}
  </div>`;
}

export function overviewView(view: OverviewView): TemplateResult {
  const { feed, ctx, searched, list } = view;
  const used = usedCategories(view.visible);
  const tools = view.visible.length > FEW_REGELINGEN;
  const options = [
    { value: '', label: msg('Alles'), count: searched.length },
    ...used.map((c) => ({ value: c, label: categoryLabel(c), count: searched.filter((r) => r.categories.includes(c)).length })),
  ];
  const nothingFound = list.length === 0 && !!(view.query || view.category);
  return html`<div class="overview" data-focus tabindex="-1">
    <div class="intro no-print">
      <p>${introText(view)}</p>
      <div class="intro-buttons">
        <button type="button" class="button" part="start-check" @click=${view.onStartCheck}>${msg('Doe de check: waar heb ik recht op?')}</button>
        <button type="button" class="button secondary" part="open-flyer" @click=${view.onOpenFlyer}>${msg('Folder om te printen')}</button>
      </div>
    </div>
    ${tools
      ? html`<div class="toolbar no-print">
          ${searchField({ label: msg('Zoek een regeling'), hint: msg('Bijvoorbeeld: wasmachine, zwemles of schulden.'), value: view.query, onQuery: view.onQuery, onFocus: view.onSearchFocus })}
          ${used.length > 1 && searched.length > 0 ? chipGroup(msg('Kies een onderwerp'), options, view.category, view.onCategory) : nothing}
        </div>`
      : nothing}
    <p class="count" part="count">${countMessage(list.length, ctx.locale)}</p>
    ${nothingFound ? noResults(view) : nothing}
    <ul class="cards" role="list">
      ${list.map((r) => html`<li>${card(r, ctx)}</li>`)}
    </ul>
    ${colophon(feed, ctx)}
  </div>`;
}

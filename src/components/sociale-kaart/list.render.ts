import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Near } from '../../core/distance.js';
import { formatNumber } from '../../core/format.js';
import type { Locale } from '../../core/locale.js';
import type { FilterKey, KaartFilters, KaartService } from '../../core/sociale-kaart.js';
import { plural } from '../shared/messages.js';
import { serviceCard, type CardContext } from './card.render.js';
import { searchField } from '../shared/search-field.js';

/**
 * @csspart filters - De filters: hulp bij, kern, voor wie, taal, zonder verwijzing, gratis.
 * @csspart filter - Eén filter (een keuzelijst of vinkje).
 * @csspart place - Het veld "Dichtbij": een kern of postcode om op afstand te sorteren.
 * @csspart count - Het aantal gevonden diensten.
 * @csspart more - De knop "Meer tonen".
 * @csspart open-shortlist - De knop naar de eigen lijst ("Mijn lijst").
 * @csspart back - De knop terug naar alle diensten.
 */

/** "12 diensten gevonden." in the plural form of the interface language. */
export function foundMessage(count: number, locale: Locale): string {
  if (count === 0) return msg('Geen diensten gevonden.');
  const n = formatNumber(count, locale);
  return plural(locale, count, {
    zero: () => msg(str`${n} diensten gevonden.`, { id: 'kaart.found.zero' }),
    one: () => msg(str`${n} dienst gevonden.`, { id: 'kaart.found.one' }),
    two: () => msg(str`${n} diensten gevonden.`, { id: 'kaart.found.two' }),
    few: () => msg(str`${n} diensten gevonden.`, { id: 'kaart.found.few' }),
    many: () => msg(str`${n} diensten gevonden.`, { id: 'kaart.found.many' }),
    other: () => msg(str`${n} diensten gevonden.`, { id: 'kaart.found.other' }),
  });
}

/** "12 diensten" above the list. */
function countMessage(count: number, locale: Locale): string {
  if (count === 0) return msg('Geen diensten gevonden.');
  const n = number(count, locale);
  return plural(locale, count, {
    zero: () => msg(str`${n} diensten`, { id: 'kaart.count.zero' }),
    one: () => msg(str`${n} dienst`, { id: 'kaart.count.one' }),
    two: () => msg(str`${n} diensten`, { id: 'kaart.count.two' }),
    few: () => msg(str`${n} diensten`, { id: 'kaart.count.few' }),
    many: () => msg(str`${n} diensten`, { id: 'kaart.count.many' }),
    other: () => msg(str`${n} diensten`, { id: 'kaart.count.other' }),
  });
}

export interface FilterOption {
  value: string;
  label: string;
  /** What choosing it would leave; unknown in API mode. */
  count?: number;
}

export interface ListView {
  ctx: CardContext;
  query: string;
  /** One or two letters typed: search starts at three. */
  queryTooShort: boolean;
  /** The search index is being built. */
  searchPending: boolean;
  filters: KaartFilters;
  options: Record<'need' | 'kern' | 'audience' | 'language', FilterOption[]>;
  /** Counts for the two check boxes; undefined hides one, null shows it without a count. */
  withoutReferral?: number | null;
  free?: number | null;
  kernen: readonly string[];
  placeInput: string;
  /** Why the place field was not read (see near.ts). */
  placeError?: string;
  /** Sorted by distance from a place: "Niet meer sorteren" shows. */
  sorting: boolean;
  /** How the list is sorted (see near.ts), under the place field. */
  sortNote: TemplateResult | typeof nothing;
  rows: readonly Near<KaartService>[];
  total: number;
  hasMore: boolean;
  busy: boolean;
  savedCount: number;
  onQuery: (query: string) => void;
  onSearchFocus: () => void;
  onFilter: (key: FilterKey, value: string | boolean) => void;
  onPlaceInput: (value: string) => void;
  onPlace: () => void;
  onPlaceClear: () => void;
  onMore: () => void;
  onReset: () => void;
  onShowSaved: () => void;
}

const numbers = new Map<string, string>();

/** A count as formatNumber writes it, remembered: a render writes dozens, and Intl is slow to start. */
function number(n: number, locale: Locale): string {
  if (Number.isInteger(n) && n >= 0 && n < 1000) return String(n); // the digits themselves in every locale
  const key = `${locale} ${n}`;
  let text = numbers.get(key);
  if (text === undefined) {
    text = formatNumber(n, locale);
    if (numbers.size > 2000) numbers.clear();
    numbers.set(key, text);
  }
  return text;
}

const withCount = (label: string, count: number | undefined | null, locale: Locale) =>
  count === undefined || count === null ? label : `${label} (${number(count, locale)})`;

function select(view: ListView, key: 'need' | 'kern' | 'audience' | 'language', label: string): TemplateResult | typeof nothing {
  const options = view.options[key];
  const chosen = view.filters[key] ?? '';
  if (options.length < 2 && !chosen) return nothing;
  const id = `filter-${key}`;
  return html`<div class="field" part="filter">
    <label for=${id}>${label}</label>
    <select id=${id} @change=${(e: Event) => view.onFilter(key, (e.target as HTMLSelectElement).value)}>
      <option value="" .selected=${chosen === ''}>${msg('Alles')}</option>
      ${options.map((o) => html`<option value=${o.value} .selected=${o.value === chosen}>${withCount(o.label, o.count, view.ctx.locale)}</option>`)}
    </select>
  </div>`;
}

function checkbox(view: ListView, key: 'withoutReferral' | 'free', label: string, count: number | null | undefined): TemplateResult | typeof nothing {
  const chosen = view.filters[key] === true;
  if (count === undefined && !chosen) return nothing;
  return html`<label class="checkbox" part="filter">
    <input type="checkbox" .checked=${chosen} @change=${(e: Event) => view.onFilter(key, (e.target as HTMLInputElement).checked)} />
    ${withCount(label, count, view.ctx.locale)}
  </label>`;
}

/** "Alle diensten": back from the shortlist to the list. */
export function backButton(onBack: () => void): TemplateResult {
  return html`<button type="button" class="button secondary" part="back" @click=${onBack}>
    <span aria-hidden="true" class="arrow">←</span> ${msg('Alle diensten')}
  </button>`;
}

export function listView(view: ListView): TemplateResult {
  const { ctx, placeError } = view;
  const filtered = !!view.query || Object.values(view.filters).some((v) => v !== undefined && v !== '' && v !== false);
  return html`<div class="overview">
    <div class="toolbar no-print">
      <p class="shortlist-link">
        <button type="button" class="button secondary" part="open-shortlist" @click=${view.onShowSaved}>
          <span aria-hidden="true">★</span> ${msg(str`Mijn lijst (${number(view.savedCount, ctx.locale)})`)}
        </button>
      </p>
      ${searchField({ label: msg('Waar zoekt u hulp bij?'), hint: msg('Bijvoorbeeld: schulden, eenzaam, taal, mantelzorg.'), value: view.query, onQuery: view.onQuery, onFocus: view.onSearchFocus })}
      ${view.queryTooShort ? html`<p class="hint">${msg('Typ minstens 3 letters.')}</p>` : nothing}
      ${view.searchPending ? html`<p class="hint">${msg('Het zoeken wordt klaargemaakt…')}</p>` : nothing}
      <div class="filters" part="filters" role="group" aria-label=${msg('Filters')}>
        ${select(view, 'need', msg('Hulp bij'))} ${select(view, 'kern', msg('Kern'))} ${select(view, 'audience', msg('Voor wie'))}
        ${select(view, 'language', msg('Taal die zij spreken'))}
        ${checkbox(view, 'withoutReferral', msg('Zonder verwijzing'), view.withoutReferral)} ${checkbox(view, 'free', msg('Gratis'), view.free)}
      </div>
      <form
        class="place"
        part="place"
        @submit=${(event: SubmitEvent) => {
          event.preventDefault();
          view.onPlace();
        }}
      >
        <label for="plek">${msg('Dichtbij: uw kern of postcode')}</label>
        <div class="input-row">
          <input
            id="plek"
            list="kernen"
            autocomplete="postal-code"
            .value=${view.placeInput}
            aria-invalid=${placeError ? 'true' : 'false'}
            aria-describedby=${placeError ? 'plek-fout' : nothing}
            @input=${(event: Event) => view.onPlaceInput((event.target as HTMLInputElement).value)}
          />
          <datalist id="kernen">${view.kernen.map((kern) => html`<option value=${kern}></option>`)}</datalist>
          <button type="submit" class="button secondary">${msg('Sorteer op afstand')}</button>
          ${view.sorting ? html`<button type="button" class="button secondary" @click=${view.onPlaceClear}>${msg('Niet meer sorteren')}</button>` : nothing}
        </div>
        ${placeError ? html`<p class="field-error" id="plek-fout"><span aria-hidden="true">⚠</span> ${placeError}</p>` : nothing}
      </form>
    </div>
    <p class="count" part="count">${view.busy && !view.rows.length ? msg('Even zoeken…') : countMessage(view.total, ctx.locale)}</p>
    ${filtered ? html`<p class="no-print"><button type="button" class="button secondary" @click=${view.onReset}>${msg('Toon alle diensten')}</button></p>` : nothing}
    ${view.sortNote}
    <ul class="cards" role="list">
      ${view.rows.map((row) => html`<li>${serviceCard(row.item, ctx, row.km)}</li>`)}
    </ul>
    ${view.hasMore
      ? html`<p class="more no-print">
          <button type="button" class="button secondary" part="more" ?disabled=${view.busy} @click=${view.onMore}>${msg('Meer tonen')}</button>
          <span>${msg(str`${number(view.rows.length, ctx.locale)} van ${number(view.total, ctx.locale)} getoond.`)}</span>
        </p>`
      : nothing}
  </div>`;
}

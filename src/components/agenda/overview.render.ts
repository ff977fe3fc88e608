import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { formatDate } from '../../core/format.js';
import type { Agenda } from '../../core/agenda.js';
import type { LevelText } from '../../core/level.js';
import type { AgendaIndicator, AgendaPartner } from '../../core/schemas/agenda.js';
import { levelInline } from '../shared/level-text.js';
import { changeSummary, type ChangeCounts } from './counts.js';
import type { AgendaContext } from './drilldown.render.js';
import { searchField } from '../shared/search-field.js';

/**
 * @csspart year - De keuze van het jaar.
 * @csspart partner-select - De keuzelijst "Wat doet mijn organisatie?".
 * @csspart compare - Wat er veranderd is sinds het jaar ervoor.
 * @csspart other-indicators - De metingen die niet bij een thema of doel horen.
 * @csspart colophon - Uitgever en datum onder de agenda.
 */

export interface Toolbar {
  years: readonly number[];
  year: number;
  /** The partners to choose from, with their number of actions in the year. */
  partners?: readonly { partner: AgendaPartner; count: number }[];
  partner: string;
  /** Whether to show the search box (not on a partner's own site: results open the drill-down). */
  search: boolean;
  query: string;
  onYear: (year: number) => void;
  onPartner: (id: string) => void;
  onQuery: (query: string) => void;
  onSearchFocus: () => void;
}

/** Year, search and partner: the three ways to narrow the agenda. */
export function toolbar(view: Toolbar): TemplateResult {
  return html`<div class="toolbar agenda-toolbar no-print">
    ${view.years.length > 1
      ? html`<fieldset class="question-fieldset years" part="year">
          <legend class="search-label">${msg('Welk jaar?')}</legend>
          <div class="year-options">
            ${view.years.map(
              (year) => html`<label class="radio">
                <input type="radio" name="jaar" .value=${String(year)} .checked=${year === view.year} @change=${() => view.onYear(year)} />
                ${String(year)}
              </label>`,
            )}
          </div>
        </fieldset>`
      : nothing}
    ${view.search
      ? html`<div class="field">
          ${searchField({ label: msg('Zoek in de agenda'), value: view.query, onQuery: view.onQuery, onFocus: view.onSearchFocus })}
        </div>`
      : nothing}
    ${view.partners
      ? html`<div class="field">
          <label class="search-label" for="partner">${msg('Wat doet mijn organisatie?')}</label>
          <select id="partner" class="search" part="partner-select" @change=${(event: Event) => view.onPartner((event.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${view.partner === ''}>${msg('Kies een organisatie')}</option>
            ${view.partners.map(
              ({ partner, count }) => html`<option value=${partner.id} ?selected=${partner.id === view.partner}>${partner.name} (${count})</option>`,
            )}
          </select>
        </div>`
      : nothing}
  </div>`;
}

/** The year's document title and what changed since the year before. */
export function yearIntro(title: LevelText | undefined, changes: ChangeCounts | undefined, ctx: AgendaContext): TemplateResult {
  return html`${title ? html`<p class="year-title">${levelInline(title, ctx.level)}</p>` : nothing}
    ${changes && ctx.previous !== undefined
      ? html`<p class="compare" part="compare">
          <strong>${msg(str`Wat is anders dan in ${String(ctx.previous)}?`)}</strong> ${changeSummary(changes, ctx.year, ctx.previous, ctx.locale)}
        </p>`
      : nothing}`;
}

/** Metingen that belong to no themalijn or doel shown: together, per group, at the end. */
export function otherIndicators(
  list: readonly AgendaIndicator[],
  ctx: AgendaContext,
  open: boolean,
  onToggle: (open: boolean) => void,
): TemplateResult | typeof nothing {
  if (list.length === 0) return nothing;
  const groups = new Map<string, AgendaIndicator[]>();
  for (const indicator of list) {
    const key = JSON.stringify(indicator.group ?? '');
    groups.set(key, [...(groups.get(key) ?? []), indicator]);
  }
  return html`<details class="disclosure other-indicators" part="other-indicators" ?open=${open} @toggle=${(e: Event) => onToggle((e.currentTarget as HTMLDetailsElement).open)}>
    <summary>${msg('Andere metingen')} <span class="summary-count">(${list.length})</span></summary>
    ${open
      ? html`<div class="disclosure-content">
          ${[...groups.values()].map(
            (group) => html`${group[0]?.group ? html`<h4>${levelInline(group[0].group, ctx.level)}</h4>` : nothing}
              <div class="indicators">${group.map((i) => ctx.indicator(i))}</div>`,
          )}
        </div>`
      : nothing}
  </details>`;
}

export function colophon(feed: Agenda, ctx: AgendaContext): TemplateResult | typeof nothing {
  if (!feed.publisher.name && !feed.updated) return nothing;
  return html`<p class="colophon source" part="colophon">
    ${feed.publisher.name ? msg(str`Informatie van ${feed.publisher.name}.`) : nothing}
    ${feed.updated ? msg(str`Bijgewerkt op ${formatDate(feed.updated, ctx.locale)}.`) : nothing}
  </p>`;
}

import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { goalTitle } from '../../core/agenda.js';
import { formatNumber } from '../../core/format.js';
import type { AgendaAction, AgendaChallenge, AgendaGoal, AgendaTheme } from '../../core/schemas/agenda.js';
import { levelInline } from '../shared/level-text.js';
import { changeLabel, foundText } from './counts.js';
import type { AgendaContext } from './drilldown.render.js';
import { placeLink, placeOf } from './partner.render.js';
import type { YearChange } from '../../core/agenda.js';

/**
 * @csspart search-results - De gevonden doelen en acties.
 */

/** A doel or action that matches the search, with its place. */
export interface SearchHit {
  theme: AgendaTheme;
  challenge: AgendaChallenge | undefined;
  goal: AgendaGoal | undefined;
  /** Undefined for a doel. */
  action?: AgendaAction;
  /** For a doel: what changed since the year before. */
  change?: YearChange;
  /** The year whose text applies (the year before, for a doel that ended). */
  year: number;
}

/** More hits than anyone reads; the count says how many there were. */
export const MAX_HITS = 50;

export function searchResults(hits: readonly SearchHit[], ctx: AgendaContext): TemplateResult {
  const goals = hits.filter((h) => !h.action).length;
  const shown = hits.slice(0, MAX_HITS);
  return html`<section class="search-results" part="search-results" aria-labelledby="zoek-resultaten">
    <h3 id="zoek-resultaten">${foundText(goals, hits.length - goals, ctx.locale)}</h3>
    ${hits.length > shown.length
      ? html`<p>${msg(str`Hier staan de eerste ${formatNumber(shown.length, ctx.locale)}. Maak uw zoekwoord preciezer om minder te vinden.`)}</p>`
      : nothing}
    <ul class="hits">
      ${shown.map((hit) => {
        const place = html`<p class="place">${levelInline(hit.theme.title, ctx.level)}<span aria-hidden="true" class="separator"> › </span
          ><span class="visually-hidden">, </span>${placeOf({ challenge: hit.challenge, goal: hit.action ? hit.goal : undefined }, hit.year, ctx)}</p>`;
        if (!hit.action && hit.goal) {
          const title = goalTitle(hit.goal, hit.year);
          return html`<li class="hit">
            ${place}
            <p class="hit-title">
              <span class="hit-kind">${msg('Doel')}</span>
              <a href=${ctx.href(hit.goal.number)}>${hit.goal.number} ${levelInline(title, ctx.level)}</a>
              ${hit.change && ctx.previous !== undefined ? html`<span class=${`badge ${hit.change}`}>${changeLabel(hit.change, ctx.year, ctx.previous)}</span>` : nothing}
            </p>
          </li>`;
        }
        return html`<li class="hit">
          ${place}
          <p class="hit-title"><span class="hit-kind">${msg('Actie')}</span> ${levelInline(hit.action?.text, ctx.level)}</p>
          ${placeLink(hit, ctx, hit.year)}
        </li>`;
      })}
    </ul>
  </section>`;
}

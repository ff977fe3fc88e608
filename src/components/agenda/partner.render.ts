import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { goalTitle, type PlacedAction } from '../../core/agenda.js';
import { textAt } from '../../core/level.js';
import type { AgendaPartner, AgendaTheme } from '../../core/schemas/agenda.js';
import { levelBlocks, levelInline } from '../shared/level-text.js';
import { actionsText, statusLabel } from './counts.js';
import { partnerNames, type AgendaContext } from './drilldown.render.js';

/**
 * @csspart partner-view - De acties van één partner ("Wat doet mijn organisatie?").
 * @csspart show-all - De knop terug naar de hele agenda.
 */

/** Where an action sits: "1.1 Opgave › 1.1.1 Doel", for the partner view and search results. */
export function placeOf(placed: Pick<PlacedAction, 'challenge' | 'goal'>, year: number, ctx: AgendaContext): TemplateResult {
  const { challenge, goal } = placed;
  const parts: TemplateResult[] = [];
  if (challenge) parts.push(html`${challenge.number ? `${challenge.number} ` : ''}${levelInline(challenge.title, ctx.level)}`);
  if (goal) parts.push(html`${goal.number} ${levelInline(goalTitle(goal, year), ctx.level)}`);
  return html`${parts.map((part, i) => html`${i > 0 ? html`<span aria-hidden="true" class="separator"> › </span><span class="visually-hidden">, </span>` : nothing}${part}`)}`;
}

/** A link that opens the doel (or else the opgave) of an action in the drill-down. */
export function placeLink(placed: Pick<PlacedAction, 'challenge' | 'goal'>, ctx: AgendaContext, year = ctx.year): TemplateResult | typeof nothing {
  const { goal, challenge } = placed;
  const target = goal?.number ?? challenge?.number;
  if (target === undefined) return nothing;
  const name = goal ? textAt(goalTitle(goal, year), ctx.level) : textAt(challenge?.title, ctx.level);
  return html`<p class="no-print">
    <a href=${ctx.href(target)}>${goal ? msg('Bekijk dit doel') : msg('Bekijk deze opgave')}<span class="visually-hidden">: ${target} ${name}</span></a>
  </p>`;
}

export interface PartnerView {
  partner: AgendaPartner;
  actions: readonly PlacedAction[];
  ctx: AgendaContext;
  /** Set by the `partner` attribute: a partner's own site, without the rest of the agenda. */
  fixed: boolean;
  printing: boolean;
  onPrint: () => void;
  onShowAll: () => void;
}

/** One partner's actions in the year, per themalijn, each with its place and the other partners. */
export function partnerView(view: PartnerView): TemplateResult {
  const { partner, actions, ctx } = view;
  const year = String(ctx.year);
  const themes: AgendaTheme[] = [...new Set(actions.map((a) => a.theme))];
  return html`<section class=${view.printing ? 'partner-view print-target' : 'partner-view'} part="partner-view" aria-labelledby="partner-titel">
    <h3 id="partner-titel" tabindex="-1">${msg(str`Wat doet ${partner.name} in ${year}?`)}</h3>
    <p class="count">
      ${actions.length
        ? msg(str`De agenda noemt ${partner.name} bij ${actionsText(actions.length, ctx.locale)}.`)
        : msg(str`De agenda van ${year} noemt ${partner.name} bij geen enkele actie.`)}
    </p>
    <div class="intro-buttons no-print">
      ${actions.length
        ? html`<button type="button" class="button secondary" part="print" @click=${view.onPrint}>${msg('Print de acties van deze partner')}</button>`
        : nothing}
      ${view.fixed
        ? nothing
        : html`<button type="button" class="button secondary" part="show-all" @click=${view.onShowAll}>${msg('Toon de hele agenda')}</button>`}
    </div>
    ${themes.map(
      (theme) => html`<h4>${levelInline(theme.title, ctx.level)}</h4>
        <ul class="action-list partner-actions">
          ${actions
            .filter((a) => a.theme === theme)
            .map((placed) => {
              const others = partnerNames(placed.action, ctx.partners).filter((name) => name !== partner.name);
              const status = placed.action.status;
              return html`<li class="action" part="action">
                <p class="place">${placeOf(placed, ctx.year, ctx)}</p>
                ${levelBlocks(placed.action.text, ctx.level)}
                ${others.length ? html`<p class="partners">${msg('Samen met:')} <span lang="nl">${others.join(', ')}</span></p>` : nothing}
                ${status ? html`<p class="status">${msg(str`Stand: ${statusLabel(status.value)}`)}</p>` : nothing}
                ${view.fixed ? nothing : placeLink(placed, ctx)}
              </li>`;
            })}
        </ul>`,
    )}
  </section>`;
}

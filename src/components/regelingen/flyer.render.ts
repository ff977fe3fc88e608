import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { levelBlocks, levelInline } from '../shared/level-text.js';
import type { Regeling, RegelingenFeed } from '../../core/schemas/regelingen.js';
import { amountView, colophon, nextStep, sourceText, type RenderContext } from './card.render.js';

/**
 * @csspart flyer - De folder om te printen.
 * @csspart print - De knop "Printen".
 */

/**
 * A folder of all regelingen for print, at the chosen level: the gemeente's own action
 * "een flyer, breed verspreid".
 */
export function flyerView(feed: RegelingenFeed, regelingen: readonly Regeling[], ctx: RenderContext, onBack: () => void): TemplateResult {
  return html`<div class="flyer" part="flyer">
    <div class="step-buttons no-print">
      <button type="button" class="button secondary" part="back" @click=${onBack}>
        <span aria-hidden="true" class="arrow">←</span> ${msg('Alle regelingen')}
      </button>
      <button type="button" class="button" part="print" @click=${() => window.print()}>${msg('Printen')}</button>
    </div>
    <h2 data-focus tabindex="-1">${msg('Weinig geld? Hier kunt u hulp krijgen')}</h2>
    <p>${msg('Deze regelingen zijn er voor mensen met een laag inkomen. Vraag ze aan. Twijfelt u? Vraag het toch.')}</p>
    ${regelingen.map(
      (r) => html`<section class="flyer-item" aria-labelledby=${`folder-${r.id}`}>
        <h3 id=${`folder-${r.id}`}>${levelInline(r.title, ctx.level)}</h3>
        ${levelBlocks(r.summary, ctx.level)}
        ${r.forWhom ? html`<p class="flyer-label">${msg('Voor wie?')}</p>${levelBlocks(r.forWhom, ctx.level)}` : ''}
        ${amountView(r, ctx)}
        ${r.apply ? html`<p class="flyer-label">${msg('Wat moet u doen?')}</p>${nextStep(r, ctx)}` : ''}
        <p class="source">${msg(str`Bron: ${sourceText(r)}`)}</p>
      </section>`,
    )}
    ${colophon(feed, ctx)}
  </div>`;
}

import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { publisherContact } from '../../core/check.js';
import { levelBlocks } from '../shared/level-text.js';
import type { Regeling, RegelingenFeed } from '../../core/schemas/regelingen.js';
import { amountView, colophon, contactView, itemText, regelingContact, sourceTitles, statusView, titleView, type RenderContext } from './card.render.js';

/**
 * @csspart flyer - De folder om te printen.
 * @csspart print - De knop "Printen".
 * @csspart flyer-contact - "Waar kunt u terecht?": elke organisatie één keer, met haar contact.
 */

/** Each organisation once, with how to reach it: the folder does not repeat an address per item. */
function contacts(regelingen: readonly Regeling[], ctx: RenderContext): TemplateResult[] {
  const seen = new Map<string, { name: string; regeling: Regeling }>();
  for (const r of regelingen) {
    const contact = regelingContact(r, ctx.publisher);
    const name = contact.fromPublisher ? ctx.publisher.name : (r.apply?.organisation ?? ctx.publisher.name);
    const key = JSON.stringify({ name, ...contact });
    if (!seen.has(key)) seen.set(key, { name, regeling: r });
  }
  const found: TemplateResult[] = [];
  for (const { name, regeling } of seen.values()) {
    const view = contactView(regelingContact(regeling, ctx.publisher), name, ctx);
    if (view !== nothing) found.push(html`<li><strong lang="nl">${name}</strong>${view}</li>`);
  }
  if (found.length === 0) {
    const view = contactView(publisherContact(ctx.publisher), ctx.publisher.name, ctx);
    if (view !== nothing) found.push(html`<li><strong lang="nl">${ctx.publisher.name}</strong>${view}</li>`);
  }
  return found;
}

/**
 * A folder of all regelingen for print, at the chosen level: the gemeente's own action
 * "een flyer, breed verspreid". Regelingen that ended are left out; who helps is said per item,
 * how to reach them once at the end.
 */
export function flyerView(feed: RegelingenFeed, regelingen: readonly Regeling[], ctx: RenderContext, onBack: () => void, backLabel: string): TemplateResult {
  const shown = regelingen.filter((r) => r.status?.code !== 'ended');
  const reach = contacts(shown, ctx);
  return html`<div class="flyer" part="flyer">
    <div class="step-buttons no-print">
      <button type="button" class="button secondary" part="back" @click=${onBack}>
        <span aria-hidden="true" class="arrow">←</span> ${backLabel}
      </button>
      <button type="button" class="button" part="print" @click=${() => window.print()}>${msg('Printen')}</button>
    </div>
    <h2 data-focus tabindex="-1">${msg('Weinig geld? Hier kunt u hulp krijgen')}</h2>
    <p>${msg('Deze regelingen zijn er voor mensen met een laag inkomen. Vraag ze aan. Twijfelt u? Vraag het toch.')}</p>
    ${shown.map((r) => {
      const forWhom = itemText(r, 'forWhom', ctx);
      const apply = itemText(r, 'apply', ctx);
      const summary = itemText(r, 'summary', ctx);
      return html`<section class="flyer-item" aria-labelledby=${`folder-${r.id}`}>
        <h3 id=${`folder-${r.id}`}>${titleView(r, ctx)}</h3>
        ${statusView(r)} ${levelBlocks(summary.value, ctx.level, summary.lang)}
        ${forWhom.value ? html`<p class="flyer-label">${msg('Voor wie?')}</p>${levelBlocks(forWhom.value, ctx.level, forWhom.lang)}` : nothing}
        ${amountView(r, ctx)}
        ${apply.value || r.apply?.organisation
          ? html`<p class="flyer-label">${msg('Wat moet u doen?')}</p>
              ${levelBlocks(apply.value, ctx.level, apply.lang)}
              ${r.apply?.organisation ? html`<p class="organisation">${msg('Wie helpt:')} <span lang="nl">${r.apply.organisation}</span></p>` : nothing}`
          : nothing}
      </section>`;
    })}
    ${reach.length
      ? html`<section class="flyer-contact" part="flyer-contact" aria-labelledby="folder-contact">
          <h3 id="folder-contact">${msg('Waar kunt u terecht?')}</h3>
          <ul class="flyer-contacts">
            ${reach}
          </ul>
        </section>`
      : nothing}
    <p class="source">${msg('Bronnen:')} <span lang="nl">${[...new Set(shown.flatMap((r) => sourceTitles(r.source)))].join('; ')}</span></p>
    ${colophon(feed, ctx)}
  </div>`;
}

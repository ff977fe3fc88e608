import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { resolveText, textAt, type Level } from '../../core/level.js';
import type { Locale } from '../../core/locale.js';
import { formatDate, formatEuro } from '../../core/format.js';
import { mailtoUrl, telUrl } from '../../core/safe-text.js';
import type { Category, Regeling, RegelingenFeed } from '../../core/schemas/regelingen.js';
import { levelBlocks, levelInline } from '../shared/level-text.js';
import type { ReadAloudController } from '../shared/read-aloud.js';

/**
 * Parts of a regeling's card, detail view and colophon.
 * @csspart card - Eén regeling in het overzicht.
 * @csspart title - De titel van een regeling (kaart en detail).
 * @csspart amount - Het bedrag, met "voorbeeldbedrag" als het een voorbeeld is.
 * @csspart next-step - Wat u moet doen: aanvragen, bellen, mailen, wie helpt.
 * @csspart apply-link - De link naar de website om aan te vragen.
 * @csspart more-link - De link "Alles over deze regeling" op een kaart.
 * @csspart detail - Alles over één regeling.
 * @csspart back - De knop terug naar het overzicht (detail, check en folder).
 * @csspart colophon - Uitgever en datum onder een lijst of folder.
 */

/** What the card and detail renderers need from the widget. */
export interface RenderContext {
  level: Level;
  locale: Locale;
  speech: ReadAloudController;
  /** The address of a regeling's detail view on this page. */
  detailHref: (id: string) => string;
}

export function categoryLabel(category: Category): string {
  switch (category) {
    case 'geld':
      return msg('Geld');
    case 'zorg':
      return msg('Zorg');
    case 'kinderen':
      return msg('Kinderen');
    case 'school':
      return msg('School');
    case 'sport-en-cultuur':
      return msg('Sport en cultuur');
    case 'schulden':
      return msg('Schulden');
    case 'wonen':
      return msg('Wonen');
    case 'werk':
      return msg('Werk');
  }
}

export function amountText(amount: NonNullable<Regeling['amount']>, locale: Locale): string {
  const period = { eenmalig: msg('eenmalig'), maand: msg('per maand'), jaar: msg('per jaar') };
  const per = { persoon: msg('per persoon'), huishouden: msg('per huishouden'), kind: msg('per kind') };
  return [formatEuro(amount.value, locale), amount.period ? period[amount.period] : '', amount.per ? per[amount.per] : '']
    .filter(Boolean)
    .join(' ');
}

export function amountView(regeling: Regeling, ctx: RenderContext): TemplateResult | typeof nothing {
  const amount = regeling.amount;
  if (!amount) return nothing;
  return html`<p class="amount" part="amount">
    <strong>${amountText(amount, ctx.locale)}</strong>
    ${amount.example ? html`<span class="example-mark">${msg('voorbeeldbedrag')}</span>` : nothing}
    ${amount.note ? html`<span class="amount-note">${levelInline(amount.note, ctx.level)}</span>` : nothing}
  </p>`;
}

/** The next step: where to apply, whom to call or write, which organisation helps. */
export function nextStep(regeling: Regeling, ctx: RenderContext, withText = true): TemplateResult | typeof nothing {
  const apply = regeling.apply;
  if (!apply) return nothing;
  const title = textAt(regeling.title, ctx.level);
  const tel = apply.phone ? telUrl(apply.phone) : undefined;
  const mail = apply.email ? mailtoUrl(apply.email) : undefined;
  return html`<div class="next-step" part="next-step">
    ${withText ? levelBlocks(apply.text, ctx.level) : nothing}
    ${apply.organisation ? html`<p class="organisation">${msg(str`Wie helpt: ${apply.organisation}`)}</p>` : nothing}
    <ul class="actions">
      ${apply.url
        ? html`<li>
            <a class="button" href=${apply.url} rel="noopener" part="apply-link"
              >${msg('Naar de website')}<span class="visually-hidden">: ${title}</span></a
            >
          </li>`
        : nothing}
      ${tel ? html`<li><a href=${tel}>${msg(str`Bel ${apply.phone}`)}</a></li>` : nothing}
      ${mail ? html`<li><a href=${mail}>${msg(str`Mail ${apply.email}`)}</a></li>` : nothing}
    </ul>
  </div>`;
}

export function sourceText(regeling: Regeling): string {
  const refs = Array.isArray(regeling.source) ? regeling.source : [regeling.source];
  return refs.map((ref) => (typeof ref === 'string' ? ref : ref.section ? `${ref.file} (${ref.section})` : ref.file)).join('; ');
}

/** Everything a card says, as plain text for reading aloud. */
export function speechText(regeling: Regeling, level: Level): string {
  return [regeling.title, regeling.summary, regeling.forWhom, regeling.whatYouGet, regeling.apply?.text]
    .map((value) => textAt(value, level))
    .filter(Boolean)
    .join('. \n');
}

export function card(regeling: Regeling, ctx: RenderContext): TemplateResult {
  const titleId = `titel-${regeling.id}`;
  return html`<article class="card" part="card" aria-labelledby=${titleId}>
    <h3 class="card-title" part="title" id=${titleId}>${levelInline(regeling.title, ctx.level)}</h3>
    <ul class="tags" aria-label=${msg('Onderwerpen')}>
      ${regeling.categories.map((c) => html`<li>${categoryLabel(c)}</li>`)}
    </ul>
    ${levelBlocks(regeling.summary, ctx.level)}
    ${regeling.forWhom
      ? html`<h4>${msg('Voor wie?')}</h4>
          ${levelBlocks(regeling.forWhom, ctx.level)}`
      : nothing}
    ${regeling.whatYouGet || regeling.amount
      ? html`<h4>${msg('Wat krijgt u?')}</h4>
          ${levelBlocks(regeling.whatYouGet, ctx.level)} ${amountView(regeling, ctx)}`
      : nothing}
    ${regeling.apply
      ? html`<h4>${msg('Wat moet u doen?')}</h4>
          ${nextStep(regeling, ctx)}`
      : nothing}
    <p class="card-footer no-print">
      <a href=${ctx.detailHref(regeling.id)} class="more" part="more-link" data-id=${regeling.id}
        >${msg('Alles over deze regeling')}<span class="visually-hidden">: ${textAt(regeling.title, ctx.level)}</span></a
      >
      ${ctx.speech.button(regeling.id, () => speechText(regeling, ctx.level), textAt(regeling.title, ctx.level))}
    </p>
  </article>`;
}

export function detail(regeling: Regeling, ctx: RenderContext, onBack?: () => void): TemplateResult {
  const conditions = regeling.eligibility ?? [];
  return html`<article class="detail" part="detail" aria-labelledby="detail-titel">
    ${onBack
      ? html`<p class="no-print"><button type="button" class="button secondary" part="back" @click=${onBack}>
          <span aria-hidden="true" class="arrow">←</span> ${msg('Alle regelingen')}
        </button></p>`
      : nothing}
    <h2 id="detail-titel" tabindex="-1" part="title">${levelInline(regeling.title, ctx.level)}</h2>
    ${ctx.speech.button(`detail-${regeling.id}`, () => speechText(regeling, ctx.level), textAt(regeling.title, ctx.level))}
    ${levelBlocks(regeling.summary, ctx.level)}
    ${regeling.forWhom ? html`<h3>${msg('Voor wie?')}</h3>${levelBlocks(regeling.forWhom, ctx.level)}` : nothing}
    ${regeling.whatYouGet || regeling.amount
      ? html`<h3>${msg('Wat krijgt u?')}</h3>${levelBlocks(regeling.whatYouGet, ctx.level)}${amountView(regeling, ctx)}`
      : nothing}
    ${conditions.length
      ? html`<h3>${msg('Voorwaarden')}</h3>
          <ul class="conditions">
            ${conditions.map(
              (c) => html`<li>${levelInline(c.met, ctx.level)}${c.example ? html` <span class="example-mark">${msg('voorbeeldvoorwaarde')}</span>` : nothing}</li>`,
            )}
          </ul>`
      : nothing}
    ${regeling.apply
      ? html`<h3>${msg('Hoe vraagt u het aan?')}</h3>
          ${nextStep(regeling, ctx)}
          ${regeling.apply.bring ? html`<h4>${msg('Wat neemt u mee?')}</h4>${levelBlocks(regeling.apply.bring, ctx.level)}` : nothing}`
      : nothing}
    <p class="source">${msg(str`Bron: ${sourceText(regeling)}`)}</p>
  </article>`;
}

/** The feed's publisher and date, under a list or flyer. */
export function colophon(feed: RegelingenFeed, ctx: RenderContext): TemplateResult | typeof nothing {
  if (!feed.publisher.name && !feed.updated) return nothing;
  return html`<p class="colophon" part="colophon">
    ${feed.publisher.name ? msg(str`Informatie van ${feed.publisher.name}.`) : nothing}
    ${feed.updated ? msg(str`Bijgewerkt op ${formatDate(feed.updated, ctx.locale)}.`) : nothing}
  </p>`;
}

/** The text of the norm, e.g. "tot 120% van het sociaal minimum", at the chosen level. */
export function normNote(feed: RegelingenFeed, level: Level): string | undefined {
  return resolveText(feed.norms?.limitNote, level)?.text;
}

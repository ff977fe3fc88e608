import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { publisherContact, type StepContact } from '../../core/check.js';
import { resolveText, textAt, type Level, type LevelText } from '../../core/level.js';
import type { Locale } from '../../core/locale.js';
import { formatDate, formatEuro } from '../../core/format.js';
import { mailtoUrl, telUrl } from '../../core/safe-text.js';
import type { Publisher } from '../../core/schemas/common.js';
import type { Category, Regeling, RegelingenFeed } from '../../core/schemas/regelingen.js';
import { levelBlocks, levelInline } from '../shared/level-text.js';
import type { ReadAloudController } from '../shared/read-aloud.js';

/**
 * Parts of a regeling's card, detail view and colophon.
 * @csspart card - Eén regeling in het overzicht (kort, met "Lees meer").
 * @csspart title - De titel van een regeling (kaart en detail).
 * @csspart amount - Het bedrag, met "voorbeeldbedrag" als het een voorbeeld is.
 * @csspart next-step - Wat u moet doen: aanvragen, bellen, mailen, wie helpt.
 * @csspart apply-link - De link naar de aanvraag op de website van de uitvoerder.
 * @csspart contact - Hoe u de uitvoerder of de gemeente bereikt: website, telefoon, e-mail, loket, tijden.
 * @csspart status - "Stand 2024, vraag het na" of "Gestopt": loopt de regeling nog?
 * @csspart more-link - De link "Lees meer" op een kaart.
 * @csspart detail - Alles over één regeling.
 * @csspart back - De knop terug (naar het overzicht of naar uw uitslag).
 * @csspart colophon - Uitgever en datum onder een lijst of folder.
 * @csspart source - De bron: titel en jaar van het beleidsstuk.
 */

/** What the card and detail renderers need from the widget. */
export interface RenderContext {
  level: Level;
  locale: Locale;
  speech: ReadAloudController;
  publisher: Publisher;
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

// ----- texts in the interface language, when the feed translates them -----

type TextField = 'title' | 'summary' | 'forWhom' | 'whatYouGet' | 'apply' | 'bring';

/** A feed text and the language it is in: the translation for the interface, else Dutch. */
export function itemText(regeling: Regeling, field: TextField, ctx: Pick<RenderContext, 'locale'>): { value: LevelText | undefined; lang: string } {
  const translated = ctx.locale === 'nl' ? undefined : regeling.translations?.[ctx.locale]?.[field];
  if (translated) return { value: translated, lang: ctx.locale };
  const value = field === 'apply' ? regeling.apply?.text : field === 'bring' ? regeling.apply?.bring : regeling[field];
  return { value, lang: 'nl' };
}

/** Whether a regeling's own texts are in Dutch for this interface language (no translation). */
export function shownInDutch(regeling: Regeling, locale: Locale): boolean {
  return locale !== 'nl' && !regeling.translations?.[locale]?.summary;
}

function blocks(regeling: Regeling, field: TextField, ctx: RenderContext): TemplateResult | typeof nothing {
  const { value, lang } = itemText(regeling, field, ctx);
  return levelBlocks(value, ctx.level, lang);
}

/** The plain title at a level, for labels and speech. */
export function plainTitle(regeling: Regeling, ctx: Pick<RenderContext, 'level' | 'locale'>): string {
  const { value } = itemText(regeling, 'title', ctx);
  return textAt(value, ctx.level);
}

/**
 * The title, with the official name beside a simpler one ("Geld om mee te doen
 * (Meedoenregeling)"), so residents recognise the name on a form or on the phone.
 */
export function titleView(regeling: Regeling, ctx: RenderContext): TemplateResult {
  const { value, lang } = itemText(regeling, 'title', ctx);
  const shown = textAt(value, ctx.level);
  const official = regeling.officialName;
  const add = official && !shown.toLowerCase().includes(official.toLowerCase());
  return html`${levelInline(value, ctx.level, lang)}${add ? html` <span class="official-name" lang="nl">(${official})</span>` : nothing}`;
}

/** Whether the sources say the regeling still runs: "stand 2024, vraag het na", or ended. */
export function statusView(regeling: Regeling): TemplateResult | typeof nothing {
  const status = regeling.status;
  if (!status) return nothing;
  const year = String(status.year);
  return html`<p class="status" part="status">
    <span class="status-label">${status.code === 'ended' ? msg(str`Gestopt sinds ${year}`) : msg(str`Stand ${year}`)}</span>
    ${status.code === 'ended'
      ? msg('Deze regeling bestaat niet meer.')
      : msg('Wij weten niet zeker of deze regeling er nog is. Vraag het na.')}
  </p>`;
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

/** A site's address without its scheme, for reading and for paper ("www.twenterand.nl"). */
export function siteName(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '');
}

/**
 * How to reach whoever helps: website, phone, e-mail, desk, address and hours, each only when
 * the feed gives it. `name` is said in the website link ("Website van Gemeente Twenterand").
 */
export function contactView(contact: StepContact, name: string, ctx: RenderContext): TemplateResult | typeof nothing {
  const tel = contact.phone ? telUrl(contact.phone) : undefined;
  const mail = contact.email ? mailtoUrl(contact.email) : undefined;
  const items = [
    contact.url
      ? html`<li><a href=${contact.url} rel="noopener">${msg(str`Website van ${name}`)}</a> <span class="url">${siteName(contact.url)}</span></li>`
      : nothing,
    tel ? html`<li><a href=${tel}>${msg(str`Bel ${contact.phone}`)}</a></li>` : nothing,
    mail ? html`<li><a href=${mail}>${msg(str`Mail ${contact.email}`)}</a></li>` : nothing,
    contact.desk ? html`<li>${msg('Loket:')} ${levelInline(contact.desk, ctx.level)}</li>` : nothing,
    contact.address ? html`<li>${msg('Adres:')} <span lang="nl">${contact.address}</span></li>` : nothing,
    contact.hours ? html`<li>${msg('Open:')} <span lang="nl">${contact.hours}</span></li>` : nothing,
  ].filter((item) => item !== nothing);
  if (items.length === 0) return nothing;
  return html`<ul class="contact" part="contact">${items}</ul>`;
}

/** The regeling's own way to apply, or else the publisher's contact. */
export function regelingContact(regeling: Regeling, publisher: Publisher): StepContact {
  const apply = regeling.apply;
  if (apply?.url || apply?.phone || apply?.email || apply?.desk) {
    return {
      ...(apply.url ? { url: apply.url } : {}),
      ...(apply.phone ? { phone: apply.phone } : {}),
      ...(apply.email ? { email: apply.email } : {}),
      ...(apply.desk ? { desk: apply.desk } : {}),
      fromPublisher: false,
    };
  }
  return publisherContact(publisher);
}

export interface NextStepOptions {
  /** Show how to reach them (off where a list of steps already says it once). */
  contact?: boolean;
}

/** The next step: what to do, who helps, and how to reach them. */
export function nextStep(regeling: Regeling, ctx: RenderContext, options: NextStepOptions = {}): TemplateResult | typeof nothing {
  const apply = regeling.apply;
  const withContact = options.contact ?? true;
  const title = plainTitle(regeling, ctx);
  const organisation = apply?.organisation ?? ctx.publisher.name;
  const contact = regelingContact(regeling, ctx.publisher);
  return html`<div class="next-step" part="next-step">
    ${blocks(regeling, 'apply', ctx)}
    ${organisation ? html`<p class="organisation">${msg('Wie helpt:')} <span lang="nl">${organisation}</span></p>` : nothing}
    ${apply?.url
      ? html`<p>
          <a class="button" href=${apply.url} rel="noopener" part="apply-link"
            >${msg('Aanvragen')}<span class="visually-hidden">: ${title}</span></a
          >
        </p>`
      : nothing}
    ${withContact
      ? contactView(
          apply?.url ? { ...contact, url: undefined } : contact,
          contact.fromPublisher ? ctx.publisher.name : organisation,
          ctx,
        )
      : nothing}
  </div>`;
}

/** The documents a regeling comes from, by title and year: residents never see a file name. */
export function sourceTitles(source: Regeling['source']): string[] {
  const refs = Array.isArray(source) ? source : [source];
  const titles = refs.map((ref) => (typeof ref === 'string' ? undefined : ref.title)).filter((t): t is string => !!t);
  return [...new Set(titles)];
}

export function sourceView(regeling: Regeling, ctx: RenderContext): TemplateResult | typeof nothing {
  const titles = sourceTitles(regeling.source);
  if (titles.length === 0 && !regeling.reviewed) return nothing;
  return html`<p class="source" part="source">
    ${titles.length ? html`${msg('Bron:')} <span lang="nl">${titles.join('; ')}</span>.` : nothing}
    ${regeling.reviewed ? msg(str`Nagekeken op ${formatDate(regeling.reviewed, ctx.locale)}.`) : nothing}
  </p>`;
}

/** Everything a card says, as plain text for reading aloud (in Dutch). */
export function speechText(regeling: Regeling, level: Level): string {
  return [regeling.title, regeling.summary, regeling.forWhom, regeling.whatYouGet, regeling.apply?.text]
    .map((value) => textAt(value, level))
    .filter(Boolean)
    .join('. \n');
}

/** A short card: title, topics, status and summary; "Lees meer" opens everything else. */
export function card(regeling: Regeling, ctx: RenderContext): TemplateResult {
  const titleId = `titel-${regeling.id}`;
  const title = plainTitle(regeling, ctx);
  return html`<article class="card" part="card" aria-labelledby=${titleId}>
    <h3 class="card-title" part="title" id=${titleId}>${titleView(regeling, ctx)}</h3>
    <ul class="tags" aria-label=${msg('Onderwerpen')}>
      ${regeling.categories.map((c) => html`<li>${categoryLabel(c)}</li>`)}
    </ul>
    ${statusView(regeling)} ${blocks(regeling, 'summary', ctx)}
    <p class="card-footer no-print">
      <a href=${ctx.detailHref(regeling.id)} class="more" part="more-link" data-id=${regeling.id} data-return=${regeling.id}
        >${msg('Lees meer')}<span class="visually-hidden">: ${title}</span></a
      >
      ${ctx.speech.button(regeling.id, () => speechText(regeling, ctx.level), title)}
    </p>
  </article>`;
}

function conditionList(conditions: NonNullable<Regeling['eligibility']>, ctx: RenderContext): TemplateResult {
  return html`<ul class="conditions">
    ${conditions.map((c) => html`<li>${levelInline(c.met, ctx.level)}</li>`)}
  </ul>`;
}

/** Everything about one regeling. `back` is the way back and its label, when there is one. */
export function detail(regeling: Regeling, ctx: RenderContext, back?: { label: string; onBack: () => void }): TemplateResult {
  const conditions = regeling.eligibility ?? [];
  const sourced = conditions.filter((c) => !c.example);
  const examples = conditions.filter((c) => c.example);
  const forWhom = itemText(regeling, 'forWhom', ctx).value;
  const whatYouGet = itemText(regeling, 'whatYouGet', ctx).value;
  const bring = itemText(regeling, 'bring', ctx).value;
  return html`<article class="detail" part="detail" aria-labelledby="detail-titel">
    ${back
      ? html`<p class="no-print"><button type="button" class="button secondary" part="back" @click=${back.onBack}>
          <span aria-hidden="true" class="arrow">←</span> ${back.label}
        </button></p>`
      : nothing}
    <h2 id="detail-titel" tabindex="-1" part="title">${titleView(regeling, ctx)}</h2>
    ${ctx.speech.button(`detail-${regeling.id}`, () => speechText(regeling, ctx.level), plainTitle(regeling, ctx))}
    ${statusView(regeling)} ${blocks(regeling, 'summary', ctx)}
    ${forWhom ? html`<h3>${msg('Voor wie?')}</h3>${blocks(regeling, 'forWhom', ctx)}` : nothing}
    ${whatYouGet || regeling.amount ? html`<h3>${msg('Wat krijgt u?')}</h3>${blocks(regeling, 'whatYouGet', ctx)}${amountView(regeling, ctx)}` : nothing}
    ${conditions.length
      ? html`<h3>${msg('Voorwaarden')}</h3>
          ${sourced.length ? html`<p>${msg('Dit moet kloppen:')}</p>${conditionList(sourced, ctx)}` : nothing}
          ${examples.length
            ? html`<p class="notice example-notice">
                  ${ctx.level === 'a2'
                    ? msg('Dit zijn voorbeelden. Vraag of ze gelden.', { id: 'detail.voorbeelden.a2' })
                    : msg('Deze voorwaarden zijn voorbeelden. Ze staan niet in de stukken van de gemeente. Vraag na of ze gelden.')}
                </p>
                ${conditionList(examples, ctx)}`
            : nothing}`
      : nothing}
    <h3>${msg('Hoe vraagt u het aan?')}</h3>
    ${nextStep(regeling, ctx)}
    ${bring ? html`<h4>${msg('Wat neemt u mee?')}</h4>${blocks(regeling, 'bring', ctx)}` : nothing}
    ${sourceView(regeling, ctx)}
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

import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { formatNumber } from '../../core/format.js';
import type { Locale } from '../../core/locale.js';
import type { KaartService } from '../../core/sociale-kaart.js';
import { plural } from '../shared/messages.js';

/**
 * @csspart shortlist - De eigen lijst (of een gedeelde lijst), ook om te printen.
 * @csspart print - De knop "Printen".
 * @csspart share-link - Het veld met de link naar de lijst, om te delen.
 */

export interface ShortlistView {
  locale: Locale;
  /** A list someone shared with a link, rather than this device's own. */
  shared: boolean;
  services: readonly KaartService[];
  /** Ids in the list that are not (or no longer) on the kaart. */
  missing: number;
  loading: boolean;
  shareHref: string;
  /** The device could not keep the list. */
  saveFailed: boolean;
  copied: boolean;
  /**
   * A service's card and the button back to the list, given rather than imported: this file is
   * fetched on its own when the list opens, and their code is on the page already.
   */
  card: (service: KaartService) => TemplateResult;
  back: TemplateResult;
  onCopied: () => void;
  onKeepShared: () => void;
}

function missingMessage(count: number, locale: Locale): string {
  const n = formatNumber(count, locale);
  return plural(locale, count, {
    zero: () => msg(str`${n} diensten uit deze lijst staan niet meer op de kaart.`, { id: 'kaart.missing.zero' }),
    one: () => msg(str`${n} dienst uit deze lijst staat niet meer op de kaart.`, { id: 'kaart.missing.one' }),
    two: () => msg(str`${n} diensten uit deze lijst staan niet meer op de kaart.`, { id: 'kaart.missing.two' }),
    few: () => msg(str`${n} diensten uit deze lijst staan niet meer op de kaart.`, { id: 'kaart.missing.few' }),
    many: () => msg(str`${n} diensten uit deze lijst staan niet meer op de kaart.`, { id: 'kaart.missing.many' }),
    other: () => msg(str`${n} diensten uit deze lijst staan niet meer op de kaart.`, { id: 'kaart.missing.other' }),
  });
}

/** Copies the link to the list; without a clipboard (an older browser, or not allowed) it selects the field to copy by hand. */
async function copyLink(event: Event, view: ShortlistView): Promise<void> {
  const field = (event.currentTarget as HTMLElement).parentElement?.querySelector('input');
  try {
    await navigator.clipboard.writeText(view.shareHref);
    view.onCopied();
  } catch {
    field?.select();
  }
}

/** The shortlist: to read again, print, or share as a link. Its code is fetched when it is opened. */
export function shortlistView(view: ShortlistView): TemplateResult {
  const empty = view.services.length === 0 && !view.loading;
  return html`<section class="shortlist" part="shortlist" aria-labelledby="lijst-titel">
    <p class="step-buttons no-print">
      ${view.back}
      ${view.services.length ? html`<button type="button" class="button" part="print" @click=${() => window.print()}>${msg('Printen')}</button>` : nothing}
    </p>
    <h2 id="lijst-titel" tabindex="-1" data-focus>${view.shared ? msg('Een lijst die met u is gedeeld') : msg('Mijn lijst')}</h2>
    ${view.shared
      ? html`<p class="no-print">
          ${msg('Iemand heeft deze hulp voor u uitgezocht.')}
          <button type="button" class="button secondary" @click=${view.onKeepShared}>${msg('Bewaar deze lijst op dit apparaat')}</button>
        </p>`
      : html`<p class="no-print">${msg('Deze lijst staat alleen op dit apparaat. U kunt hem printen of de link delen.')}</p>`}
    ${view.saveFailed ? html`<p class="notice" role="status">${msg('Dit apparaat kan de lijst niet bewaren. Deel de link of print de lijst.')}</p>` : nothing}
    ${view.loading ? html`<p class="loading" role="status"><span class="spinner" aria-hidden="true"></span> ${msg('De lijst wordt geladen…')}</p>` : nothing}
    ${empty && !view.missing ? html`<p>${msg('U heeft nog niets bewaard. Kies "Bewaar" bij een dienst.')}</p>` : nothing}
    ${view.missing ? html`<p>${missingMessage(view.missing, view.locale)}</p>` : nothing}
    ${view.services.length && !view.shared
      ? html`<div class="share no-print">
          <label for="deel">${msg('Link naar deze lijst, om te delen')}</label>
          <div class="input-row">
            <input id="deel" part="share-link" readonly .value=${view.shareHref} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} />
            <button type="button" class="button secondary" @click=${(event: Event) => void copyLink(event, view)}>${msg('Kopieer de link')}</button>
          </div>
          <p role="status">${view.copied ? msg('De link is gekopieerd.') : nothing}</p>
        </div>`
      : nothing}
    <ul class="cards" role="list">
      ${view.services.map((service) => html`<li>${view.card(service)}</li>`)}
    </ul>
  </section>`;
}

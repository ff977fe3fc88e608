import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { formatDate, formatNumber } from '../../core/format.js';
import { textAt, type Level } from '../../core/level.js';
import type { Locale } from '../../core/locale.js';
import { ALL_KERNEN, type Audience, type Need } from '../../core/schemas/sociale-kaart.js';
import type { KaartService } from '../../core/sociale-kaart.js';
import { lazyStatus, type LazyModule } from '../shared/lazy-module.js';
import { levelBlocks, levelInline } from '../shared/level-text.js';
import { cached } from './intl.js';

/**
 * Parts of a service's card.
 * @csspart card - Eén dienst in de lijst.
 * @csspart title - De naam van een dienst.
 * @csspart opening - "Nu open" of wanneer de dienst weer opent, met de openingstijden.
 * @csspart contact - Bellen, mailen en de website van een dienst.
 * @csspart distance - Hoe ver de dienst ongeveer is.
 * @csspart reviewed - "Gecontroleerd op" met de datum.
 * @csspart save - De knop "Bewaar" (de dienst op de eigen lijst zetten of eraf halen).
 */

/** What a card needs from the widget. */
export interface CardContext {
  level: Level;
  locale: Locale;
  now: Date;
  saved: ReadonlySet<string>;
  onToggleSave: (service: KaartService) => void;
  /** Whether a service is open now, and its week's hours: fetched when the first card with hours shows. */
  hours: LazyModule<typeof import('./hours.render.js')>;
  /** The feed's name for the whole gemeente ("Twenterand"), for services that are for every kern. */
  gemeente?: string;
}

/** The words for each need and audience, said when shown (msg() picks the interface language then). */
const NEED_LABELS: Record<Need, () => string> = {
  geldzorgen: () => msg('Geldzorgen'),
  eenzaamheid: () => msg('Eenzaamheid'),
  'opvoeden-en-opgroeien': () => msg('Opvoeden en opgroeien'),
  mantelzorg: () => msg('Mantelzorg'),
  dementie: () => msg('Dementie'),
  werk: () => msg('Werk'),
  'taal-en-digitale-vaardigheden': () => msg('Taal en computer'),
  'gezond-en-bewegen': () => msg('Gezond leven en bewegen'),
  'mentale-gezondheid': () => msg('Psychische gezondheid'),
  verslaving: () => msg('Verslaving'),
  wonen: () => msg('Wonen'),
  vervoer: () => msg('Vervoer'),
  'veiligheid-thuis': () => msg('Veilig thuis'),
  'leven-met-een-beperking': () => msg('Leven met een beperking'),
  'sport-en-cultuur': () => msg('Sport en cultuur'),
};

const AUDIENCE_LABELS: Record<Audience, () => string> = {
  jeugd: () => msg('Jongeren'),
  ouders: () => msg('Ouders'),
  ouderen: () => msg('Ouderen'),
  mantelzorgers: () => msg('Mantelzorgers'),
  nieuwkomers: () => msg('Nieuwkomers'),
  'mensen-met-een-beperking': () => msg('Mensen met een beperking'),
  werkzoekenden: () => msg('Werkzoekenden'),
  vrijwilligers: () => msg('Vrijwilligers'),
};

export const needLabel = (need: Need): string => NEED_LABELS[need]();
export const audienceLabel = (audience: Audience): string => AUDIENCE_LABELS[audience]();

const formattedDates = new Map<string, string>();

/** A language as the feed names it, else by its code in the interface language. */
export function languageName(language: { name?: string; code?: string }, locale: Locale): string {
  if (language.name) return language.name;
  try {
    return cached(`language ${locale}`, () => new Intl.DisplayNames([locale], { type: 'language' })).of(language.code ?? '') ?? language.code ?? '';
  } catch {
    return language.code ?? '';
  }
}

/** "30 november 2026" (formatDate), remembered. */
function dateText(date: string, locale: Locale): string {
  const key = `${locale} ${date}`;
  let text = formattedDates.get(key);
  if (text === undefined) {
    text = formatDate(date, locale);
    if (formattedDates.size > 1000) formattedDates.clear();
    formattedDates.set(key, text);
  }
  return text;
}

/** The service's own hours, else those of its first place that has any. */
export function schedulesOf(service: KaartService): KaartService['schedules'] {
  if (service.schedules.length) return service.schedules;
  return service.locations.find((location) => location.schedules.length)?.schedules ?? [];
}

/**
 * "Wanneer": open now, and the week's hours. Their code (hours.render.ts) is fetched when the
 * first card with hours shows: a feed without hours never needs it. Until it is here the row is
 * left out; when it cannot be fetched, the row says so with "Opnieuw proberen".
 */
function when(service: KaartService, ctx: CardContext): TemplateResult | typeof nothing {
  const schedules = schedulesOf(service);
  if (schedules.length === 0) return nothing;
  const code = ctx.hours.get();
  if (code) return code.whenRow(schedules, ctx);
  return ctx.hours.failed ? html`<dt>${msg('Wanneer')}</dt><dd>${lazyStatus(ctx.hours, msg('De openingstijden worden geladen…'), ctx.locale)}</dd>` : nothing;
}

/** "heel Twenterand", or the kernen it is for. */
function kernenText(service: KaartService, ctx: CardContext): string | undefined {
  if (service.kernen === ALL_KERNEN) return ctx.gemeente ? msg(str`heel ${ctx.gemeente}`) : msg('alle kernen');
  if (service.kernen?.length) return service.kernen.join(', ');
  return undefined;
}

/** "ongeveer 2,5 km". */
export function distanceText(km: number, locale: Locale): string {
  const rounded = km < 10 ? Math.round(km * 10) / 10 : Math.round(km);
  return msg(str`ongeveer ${formatNumber(rounded, locale)} km`);
}

function placesText(service: KaartService): string[] {
  return service.locations
    .filter((location) => !location.virtual)
    .map((location) =>
      [location.name, ...location.addresses.filter((a) => a.type !== 'postal').flatMap((a) => [...a.lines, [a.postalCode, a.city].filter(Boolean).join(' ')])]
        .filter(Boolean)
        .join(', '),
    )
    .filter(Boolean);
}

/** Everything a resident needs to reach the service: phone, e-mail, website. */
function contact(service: KaartService, name: string): TemplateResult | typeof nothing {
  const phones = [...service.phones, ...service.locations.flatMap((l) => l.phones)].filter((p, i, all) => all.findIndex((q) => q.href === p.href) === i);
  const email = service.email ?? service.organization?.email;
  const website = service.url ?? service.organization?.website;
  if (!phones.length && !email && !website) return nothing;
  return html`<ul class="actions contact" part="contact">
    ${phones.map((phone) => html`<li><a href=${phone.href}>${msg(str`Bel ${phone.number}`)}</a></li>`)}
    ${email ? html`<li><a href=${email.href}>${msg(str`Mail ${email.address}`)}</a></li>` : nothing}
    ${website
      ? html`<li>
          <a href=${website} rel="noopener">${msg('Naar de website')}<span class="visually-hidden">: ${name}</span></a>
        </li>`
      : nothing}
  </ul>`;
}

/** One service: what it is, for whom, where, when, how to reach it, when it was checked. */
export function serviceCard(service: KaartService, ctx: CardContext, km?: number): TemplateResult {
  const titleId = `dienst-${service.id}`;
  const name = textAt(service.name, ctx.level);
  const kernen = kernenText(service, ctx);
  const places = placesText(service);
  const accessibility = service.locations.flatMap((l) => l.accessibility);
  const languages = service.languages.map((l) => languageName(l, ctx.locale)).filter(Boolean);
  const tags = [
    ...(service.withoutReferral ? [msg('Zonder verwijzing')] : []),
    ...(service.free ? [msg('Gratis')] : []),
    ...service.audience.map(audienceLabel),
  ];
  const saved = ctx.saved.has(service.id);
  return html`<article class="card" part="card" aria-labelledby=${titleId}>
    <h3 class="card-title" part="title" id=${titleId} tabindex="-1">${levelInline(service.name, ctx.level)}</h3>
    ${service.organization ? html`<p class="organisation">${service.organization.name}</p>` : nothing}
    ${service.status === 'temporarily closed' ? html`<p class="closed"><strong>${msg('Tijdelijk gesloten')}</strong></p>` : nothing}
    ${tags.length ? html`<ul class="tags" aria-label=${msg('Kenmerken')}>${tags.map((tag) => html`<li>${tag}</li>`)}</ul>` : nothing}
    ${levelBlocks(service.description, ctx.level)}
    <dl class="facts">
      ${kernen ? html`<dt>${msg('Voor inwoners van')}</dt><dd>${kernen}</dd>` : nothing}
      ${places.length ? html`<dt>${msg('Waar')}</dt><dd>${places.join('; ')}</dd>` : nothing}
      ${km !== undefined ? html`<dt>${msg('Afstand')}</dt><dd part="distance">${distanceText(km, ctx.locale)}</dd>` : nothing}
      ${when(service, ctx)}
      ${languages.length ? html`<dt>${msg('Talen')}</dt><dd>${languages.join(', ')}</dd>` : nothing}
      ${accessibility.length ? html`<dt>${msg('Toegankelijkheid')}</dt><dd>${accessibility.join(' ')}</dd>` : nothing}
    </dl>
    ${contact(service, name)}
    <p class="card-footer">
      ${service.reviewed ? html`<span class="reviewed" part="reviewed">${msg(str`Gecontroleerd op ${dateText(service.reviewed, ctx.locale)}`)}</span>` : nothing}
      <button type="button" class="button secondary save no-print" part="save" aria-pressed=${saved ? 'true' : 'false'} @click=${() => ctx.onToggleSave(service)}>
        <span aria-hidden="true">${saved ? '★' : '☆'}</span> ${msg('Bewaar')}<span class="visually-hidden">: ${name}</span>
      </button>
    </p>
  </article>`;
}

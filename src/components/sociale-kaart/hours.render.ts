import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { formatNumber } from '../../core/format.js';
import type { Locale } from '../../core/locale.js';
import { WEEKDAYS, openingState, rulesValidOn, type Schedule, type Weekday } from '../../core/opening-hours.js';
import { weekTable } from '../../core/week-table.js';
import { plural } from '../shared/messages.js';
import type { CardContext } from './card.render.js';
import { cached, clock } from './intl.js';

/**
 * A card's "Wanneer": whether the service is open now ("Nu open, tot 17:00") and, behind
 * "Openingstijden", the table of its week. Fetched when the first card with hours shows (see
 * card.render.ts): a feed without opening hours never loads this code.
 */

function weekdayName(day: Weekday, locale: Locale): string {
  // 2024-01-01 was a Monday.
  const date = new Date(Date.UTC(2024, 0, 1 + WEEKDAYS.indexOf(day)));
  return cached(`weekday ${locale}`, () => new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' })).format(date);
}

/**
 * "de 1e maandag", "de laatste vrijdag": one message per weekday, so that a language can make the
 * ordinal agree with the day (Ukrainian: перший понеділок, перша середа) or put it after the day
 * (Arabic). The number comes formatted for the interface language.
 */
const MONTHLY_WEEKDAY: Record<Weekday, { nth: (n: string) => string; last: () => string; nthLast: (n: string) => string }> = {
  MO: {
    nth: (n) => msg(str`de ${n}e maandag`, { id: 'monthly.MO.nth' }),
    last: () => msg('de laatste maandag', { id: 'monthly.MO.last' }),
    nthLast: (n) => msg(str`de ${n}e maandag van achteren`, { id: 'monthly.MO.nth-last' }),
  },
  TU: {
    nth: (n) => msg(str`de ${n}e dinsdag`, { id: 'monthly.TU.nth' }),
    last: () => msg('de laatste dinsdag', { id: 'monthly.TU.last' }),
    nthLast: (n) => msg(str`de ${n}e dinsdag van achteren`, { id: 'monthly.TU.nth-last' }),
  },
  WE: {
    nth: (n) => msg(str`de ${n}e woensdag`, { id: 'monthly.WE.nth' }),
    last: () => msg('de laatste woensdag', { id: 'monthly.WE.last' }),
    nthLast: (n) => msg(str`de ${n}e woensdag van achteren`, { id: 'monthly.WE.nth-last' }),
  },
  TH: {
    nth: (n) => msg(str`de ${n}e donderdag`, { id: 'monthly.TH.nth' }),
    last: () => msg('de laatste donderdag', { id: 'monthly.TH.last' }),
    nthLast: (n) => msg(str`de ${n}e donderdag van achteren`, { id: 'monthly.TH.nth-last' }),
  },
  FR: {
    nth: (n) => msg(str`de ${n}e vrijdag`, { id: 'monthly.FR.nth' }),
    last: () => msg('de laatste vrijdag', { id: 'monthly.FR.last' }),
    nthLast: (n) => msg(str`de ${n}e vrijdag van achteren`, { id: 'monthly.FR.nth-last' }),
  },
  SA: {
    nth: (n) => msg(str`de ${n}e zaterdag`, { id: 'monthly.SA.nth' }),
    last: () => msg('de laatste zaterdag', { id: 'monthly.SA.last' }),
    nthLast: (n) => msg(str`de ${n}e zaterdag van achteren`, { id: 'monthly.SA.nth-last' }),
  },
  SU: {
    nth: (n) => msg(str`de ${n}e zondag`, { id: 'monthly.SU.nth' }),
    last: () => msg('de laatste zondag', { id: 'monthly.SU.last' }),
    nthLast: (n) => msg(str`de ${n}e zondag van achteren`, { id: 'monthly.SU.nth-last' }),
  },
};

function monthlyWeekday(day: Weekday, ordinal: number, locale: Locale): string {
  const forms = MONTHLY_WEEKDAY[day];
  const n = formatNumber(Math.abs(ordinal), locale);
  return ordinal === -1 ? forms.last() : ordinal < 0 ? forms.nthLast(n) : forms.nth(n);
}

/** "9:00–12:00, om de 2 weken", in the plural form of the interface language. */
function everyWeeks(range: string, weeks: number, locale: Locale): string {
  const n = formatNumber(weeks, locale);
  return plural(locale, weeks, {
    zero: () => msg(str`${range}, om de ${n} weken`, { id: 'kaart.every-weeks.zero' }),
    one: () => msg(str`${range}, om de ${n} week`, { id: 'kaart.every-weeks.one' }),
    two: () => msg(str`${range}, om de ${n} weken`, { id: 'kaart.every-weeks.two' }),
    few: () => msg(str`${range}, om de ${n} weken`, { id: 'kaart.every-weeks.few' }),
    many: () => msg(str`${range}, om de ${n} weken`, { id: 'kaart.every-weeks.many' }),
    other: () => msg(str`${range}, om de ${n} weken`, { id: 'kaart.every-weeks.other' }),
  });
}

/** The row of the card's facts; nothing without usable hours. */
export function whenRow(schedules: readonly Schedule[], ctx: CardContext): TemplateResult | typeof nothing {
  // Cards render again at every keystroke; their hours change only by the minute.
  const minute = Math.floor(ctx.now.getTime() / 60_000);
  const known = rows.get(schedules);
  if (known?.minute === minute && known.locale === ctx.locale) return known.row;
  const row = freshRow(schedules, ctx);
  rows.set(schedules, { minute, locale: ctx.locale, row });
  return row;
}

const rows = new WeakMap<readonly Schedule[], { minute: number; locale: Locale; row: TemplateResult | typeof nothing }>();

function freshRow(schedules: readonly Schedule[], ctx: CardContext): TemplateResult | typeof nothing {
  const opening = openingText(schedules, ctx);
  if (!opening) return nothing;
  return html`<dt>${msg('Wanneer')}</dt>
    <dd part="opening">
      ${opening}
      ${rulesValidOn(schedules, ctx.now).rules.length
        ? html`<details class="hours">
            <summary>${msg('Openingstijden')}</summary>
            ${hoursTable(schedules, ctx)}
          </details>`
        : nothing}
    </dd>`;
}

/** "Nu open, tot 17:00" or "Gesloten, opent morgen om 9:00"; undefined without usable hours. */
function openingText(schedules: readonly Schedule[], ctx: CardContext): string | undefined {
  const state = openingState(schedules, ctx.now);
  if (!state) return undefined;
  if (state.open) return state.closesAt ? msg(str`Nu open, tot ${clock(state.closesAt)}`) : msg('Nu open');
  const next = state.opensAt;
  if (!next) return msg('Gesloten');
  const time = clock(next.time);
  if (next.today) return msg(str`Gesloten, opent vandaag om ${time}`);
  if (next.tomorrow) return msg(str`Gesloten, opent morgen om ${time}`);
  const format = cached(`day ${ctx.locale}`, () => new Intl.DateTimeFormat(ctx.locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }));
  const day = format.format(new Date(`${next.date}T12:00:00Z`));
  return msg(str`Gesloten, opent ${day} om ${time}`);
}

/** The hours per weekday, and the monthly rules in words. */
function hoursTable(schedules: readonly Schedule[], ctx: CardContext): TemplateResult | typeof nothing {
  const table = weekTable(schedules, ctx.now);
  if (!table) return nothing;
  const days = table.days.filter((day) => day.ranges.length);
  const range = (r: { opens: string; closes: string }) => `${clock(r.opens)}–${clock(r.closes)}`;
  return html`<dl>
    ${days.map(
      (day) => html`<dt>${weekdayName(day.day, ctx.locale)}</dt>
        <dd>${day.ranges.map((r) => (r.everyWeeks ? everyWeeks(range(r), r.everyWeeks, ctx.locale) : range(r))).join(', ')}</dd>`,
    )}
    ${table.monthly.map(
      (rule) => html`<dt>${msg('Elke maand')}</dt>
        <dd>
          ${[
            ...rule.weekdays.map((w) => (w.ordinal ? monthlyWeekday(w.day, w.ordinal, ctx.locale) : weekdayName(w.day, ctx.locale))),
            ...rule.monthDays.map((d) => (d === -1 ? msg('de laatste dag') : msg(str`dag ${d}`))),
          ].join(', ')}:
          ${range(rule)}
        </dd>`,
    )}
  </dl>`;
}

import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Locale } from '../../core/locale.js';
import { WEEKDAYS, openingState, rulesValidOn, type Schedule, type Weekday } from '../../core/opening-hours.js';
import { weekTable } from '../../core/week-table.js';
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

function ordinalText(ordinal: number): string {
  switch (ordinal) {
    case 1:
      return msg('eerste');
    case 2:
      return msg('tweede');
    case 3:
      return msg('derde');
    case 4:
      return msg('vierde');
    case -1:
      return msg('laatste');
    default:
      return String(ordinal);
  }
}

/** The row of the card's facts; nothing without usable hours. */
export function whenRow(schedules: readonly Schedule[], ctx: CardContext): TemplateResult | typeof nothing {
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
        <dd>${day.ranges.map((r) => (r.everyWeeks ? msg(str`${range(r)}, om de ${r.everyWeeks} weken`) : range(r))).join(', ')}</dd>`,
    )}
    ${table.monthly.map(
      (rule) => html`<dt>${msg('Elke maand')}</dt>
        <dd>
          ${[
            ...rule.weekdays.map((w) => (w.ordinal ? msg(str`de ${ordinalText(w.ordinal)} ${weekdayName(w.day, ctx.locale)}`) : weekdayName(w.day, ctx.locale))),
            ...rule.monthDays.map((d) => (d === -1 ? msg('de laatste dag') : msg(str`dag ${d}`))),
          ].join(', ')}:
          ${range(rule)}
        </dd>`,
    )}
  </dl>`;
}

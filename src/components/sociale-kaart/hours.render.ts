import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Locale } from '../../core/locale.js';
import { WEEKDAYS, type Schedule, type Weekday } from '../../core/opening-hours.js';
import { weekTable } from '../../core/week-table.js';
import type { CardContext } from './card.render.js';
import { cached, clock } from './intl.js';

/**
 * The table of a service's hours behind "Openingstijden". Its code is fetched when a resident
 * opens one: the card itself says only whether the service is open now.
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

/** The hours per weekday, and the monthly rules in words. */
export function hoursTable(schedules: readonly Schedule[], ctx: CardContext): TemplateResult | typeof nothing {
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

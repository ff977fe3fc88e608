import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { textAt, type Level } from '../../core/level.js';
import type { Locale } from '../../core/locale.js';
import type { AgendaIndicator } from '../../core/schemas/agenda.js';
import { levelBlocks, levelInline } from '../shared/level-text.js';
import { cellText, sortedValues, trendSentence, unitLabel, type YearValue } from './trend-text.js';

/**
 * @csspart indicator - Eén meting: titel, grafiek of tabel, de ontwikkeling in woorden.
 * @csspart chart - De grafiek van een meting (SVG).
 * @csspart table - De tabel van een meting.
 * @csspart table-toggle - De knop "Toon als tabel".
 * @csspart trend - De ontwikkeling van een meting in één zin.
 */

export interface ChartContext {
  level: Level;
  locale: Locale;
  /** Whether this indicator is shown as a table now. */
  asTable: boolean;
  onToggleTable: () => void;
}

// The chart's own coordinate system. Its width is set in em, so labels grow with the text size,
// and CSS shrinks it to fit a narrow screen.
const SLOT = 44;
const BAR = 28;
const TOP = 18;
const PLOT = 96;
const HEIGHT = TOP + PLOT + 22;
/** More years than this get one slot per value instead of one per year. */
const MAX_SLOTS = 16;

/** One slot per year from the first to the last (a year without a value keeps its place). */
function slots(values: readonly YearValue[]): { year: number; value?: number | boolean }[] {
  const list = sortedValues(values);
  if (list.length === 0) return [];
  const first = list[0]!.year;
  const last = list.at(-1)!.year;
  if (last - first + 1 > MAX_SLOTS) return list;
  const byYear = new Map(list.map((v) => [v.year, v.value]));
  return Array.from({ length: last - first + 1 }, (_, i) => ({ year: first + i, value: byYear.get(first + i) }));
}

/**
 * Bars from zero, each with its value written above it and its year below: the numbers are
 * read, not guessed from a height, and nothing is said by colour alone. Yes/no values are
 * boxes with "ja" or "nee" in them.
 */
function chart(indicator: AgendaIndicator, ctx: ChartContext, titleId: string, trendId: string): SVGTemplateResult | TemplateResult {
  const list = slots(indicator.values);
  const width = Math.max(list.length * SLOT, 4 * SLOT);
  const offset = (width - list.length * SLOT) / 2;
  const numbers = list.map((s) => s.value).filter((v): v is number => typeof v === 'number');
  const max = indicator.unit === 'procent' ? Math.max(100, ...numbers) : Math.max(1, ...numbers);
  const baseline = TOP + PLOT;
  const marks = list.map((slot, i) => {
    const x = offset + i * SLOT + (SLOT - BAR) / 2;
    const middle = x + BAR / 2;
    const year = svg`<text class="axis-label" x=${middle} y=${baseline + 16} text-anchor="middle">${String(slot.year)}</text>`;
    if (slot.value === undefined) {
      return svg`${year}<text class="value-label" x=${middle} y=${baseline - 4} text-anchor="middle">–</text>`;
    }
    if (typeof slot.value === 'boolean') {
      const box = 26;
      return svg`${year}<rect class=${slot.value ? 'box yes' : 'box'} x=${middle - box / 2} y=${baseline - box - 20} width=${box} height=${box} rx="3"></rect>
        <text class="value-label" x=${middle} y=${baseline - 28} text-anchor="middle">${cellText('ja-nee', slot.value, ctx.locale)}</text>`;
    }
    const height = Math.max((Math.max(slot.value, 0) / max) * PLOT, slot.value > 0 ? 1 : 0);
    return svg`${year}<rect class="bar" x=${x} y=${baseline - height} width=${BAR} height=${height}></rect>
      <text class="value-label" x=${middle} y=${baseline - height - 5} text-anchor="middle">${cellText(indicator.unit, slot.value, ctx.locale)}</text>`;
  });
  return html`<svg
    class="chart"
    part="chart"
    role="img"
    lang="nl"
    aria-labelledby=${titleId}
    aria-describedby=${trendId}
    viewBox=${`0 0 ${width} ${HEIGHT}`}
    width=${`${(width / 13).toFixed(2)}em`}
    focusable="false"
  >
    <title id=${titleId}>${textAt(indicator.title, ctx.level)}</title>
    <line class="axis" x1="0" x2=${width} y1=${baseline} y2=${baseline}></line>
    ${marks}
  </svg>`;
}

function table(indicator: AgendaIndicator, ctx: ChartContext): TemplateResult {
  const values = sortedValues(indicator.values);
  const notes = values.some((v) => v.note !== undefined);
  return html`<table class="indicator-table" part="table">
    <caption class="visually-hidden">${levelInline(indicator.title, ctx.level)}</caption>
    <thead>
      <tr>
        <th scope="col">${msg('Jaar')}</th>
        <th scope="col">${unitLabel(indicator.unit)}</th>
        ${notes ? html`<th scope="col">${msg('Toelichting')}</th>` : nothing}
      </tr>
    </thead>
    <tbody>
      ${values.map(
        (v) => html`<tr>
          <th scope="row">${String(v.year)}</th>
          <td>${cellText(indicator.unit, v.value, ctx.locale)}</td>
          ${notes ? html`<td>${levelInline(v.note, ctx.level)}</td>` : nothing}
        </tr>`,
      )}
    </tbody>
  </table>`;
}

/** One indicator: its title, a chart or (after "Toon als tabel") a table, and its trend in words. */
export function indicatorView(indicator: AgendaIndicator, ctx: ChartContext): TemplateResult {
  const id = `meting-${indicator.id}`;
  const titleId = `${id}-titel`;
  const trendId = `${id}-trend`;
  return html`<figure class="indicator" part="indicator" data-indicator=${indicator.id}>
    <figcaption class="indicator-title">${levelInline(indicator.title, ctx.level)}</figcaption>
    ${ctx.asTable ? table(indicator, ctx) : chart(indicator, ctx, titleId, trendId)}
    <p class="trend" part="trend" id=${trendId}>${trendSentence(indicator, ctx.locale)}</p>
    ${indicator.note ? html`<div class="indicator-note">${levelBlocks(indicator.note, ctx.level)}</div>` : nothing}
    ${indicator.origin ? html`<p class="source">${msg(str`Cijfers van: ${indicator.origin}`)}</p>` : nothing}
    <button type="button" class="button secondary no-print" part="table-toggle" aria-pressed=${ctx.asTable ? 'true' : 'false'} @click=${ctx.onToggleTable}>
      ${msg('Toon als tabel')}<span class="visually-hidden">: ${textAt(indicator.title, ctx.level)}</span>
    </button>
  </figure>`;
}

import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { goalExplanation, goalTitle, type Agenda, type ChallengeInYear, type GoalInYear, type ThemeInYear } from '../../core/agenda.js';
import { textAt, type Level } from '../../core/level.js';
import type { Locale } from '../../core/locale.js';
import type { AgendaAction, AgendaIndicator, AgendaPartner, AgendaTheme } from '../../core/schemas/agenda.js';
import { levelBlocks, levelInline } from '../shared/level-text.js';
import { actionsText, changeLabel, goalsText, statusLabel, yearCounts } from './counts.js';

/**
 * @csspart theme - Eén themalijn: titel, één zin, aantallen en de opgaven en doelen.
 * @csspart theme-title - De titel van een themalijn.
 * @csspart drilldown-theme - De uitklapper met de opgaven en doelen van een themalijn.
 * @csspart drilldown-challenge - Een opgave (uitklapbaar).
 * @csspart drilldown-goal - Een doel (uitklapbaar), met toelichting, acties en metingen.
 * @csspart change - Het label bij een doel: nieuw, ook vorig jaar of niet meer.
 * @csspart action - Eén actie.
 * @csspart print - De knop "Print dit thema" of "Print de acties van deze partner".
 */

/** What the renderers need from the widget. */
export interface AgendaContext {
  level: Level;
  locale: Locale;
  /** The year shown. */
  year: number;
  /** The year it is compared with, if any. */
  previous?: number;
  partners: ReadonlyMap<string, AgendaPartner>;
  /** The address that opens a doel or opgave (by its number) on this page. */
  href: (number: string) => string;
  isOpen: (key: string) => boolean;
  onToggle: (key: string, open: boolean) => void;
  /** The metingen shown under a doel or themalijn (by id). */
  indicatorsOf: (kind: 'goal' | 'theme', id: string) => readonly AgendaIndicator[];
  /** One meting as chart or table (its code is fetched when the first one is shown). */
  indicator: (indicator: AgendaIndicator) => unknown;
  /** The documents' titles by file name (see documentTitles): residents never see a file name. */
  documents: ReadonlyMap<string, string>;
  /** The themalijn being printed: everything in it is shown open. */
  printing?: string;
  onPrint: (themeId: string) => void;
}

type Source = AgendaTheme['source'];
const refsOf = (source: Source) => (Array.isArray(source) ? source : [source]);

/** The title of each year's agenda by its file name, at the reader's level ("Plannen voor 2025" at A2). */
export function documentTitles(years: Agenda['years'], level: Level): Map<string, string> {
  const titles = new Map<string, string>();
  for (const year of years ?? []) {
    if (!year.title) continue;
    for (const ref of refsOf(year.source)) titles.set(typeof ref === 'string' ? ref : ref.file, textAt(year.title, level));
  }
  return titles;
}

/**
 * A source as a reader can look it up: "document (section)", several joined with ";". The
 * document is named by its title (the source's own, or its year's); one without a title is left
 * out, as the regelingen do: residents never see a file name.
 */
export function sourceText(source: Source, titles: ReadonlyMap<string, string>): string {
  const named = refsOf(source).flatMap((ref) => {
    const title = typeof ref === 'string' ? titles.get(ref) : (ref.title ?? titles.get(ref.file));
    if (!title) return [];
    return [typeof ref !== 'string' && ref.section ? `${title} (${ref.section})` : title];
  });
  return [...new Set(named)].join('; ');
}

/** The names of an action's partners, as the feed writes them; unknown ids are left out. */
export function partnerNames(action: AgendaAction, partners: ReadonlyMap<string, AgendaPartner>): string[] {
  return (action.partners ?? []).map((id) => partners.get(id)?.name).filter((name): name is string => name !== undefined);
}

export const themeKey = (theme: AgendaTheme) => `t:${theme.id}`;
export const challengeKey = (theme: AgendaTheme, id: string | undefined) => `c:${theme.id}:${id ?? '-'}`;
export const goalKey = (theme: AgendaTheme, id: string) => `g:${theme.id}:${id}`;

/**
 * A native disclosure: keyboard and screen readers know it. Its content is only rendered while it
 * is open, so a closed agenda stays light.
 */
function disclosure(
  key: string,
  ctx: AgendaContext,
  expanded: boolean,
  options: { kind: 'theme' | 'challenge' | 'goal'; target?: string },
  summary: TemplateResult,
  content: () => unknown,
): TemplateResult {
  const open = expanded || ctx.isOpen(key);
  return html`<details
    class=${`disclosure ${options.kind}`}
    part=${`drilldown-${options.kind}`}
    data-key=${key}
    data-target=${options.target ?? nothing}
    ?open=${open}
    @toggle=${(event: Event) => ctx.onToggle(key, (event.currentTarget as HTMLDetailsElement).open)}
  >
    <summary>${summary}</summary>
    ${open ? html`<div class="disclosure-content">${content()}</div>` : nothing}
  </details>`;
}

export function actionItem(action: AgendaAction, ctx: AgendaContext): TemplateResult {
  const names = partnerNames(action, ctx.partners);
  return html`<li class="action" part="action">
    ${levelBlocks(action.text, ctx.level)}
    ${names.length ? html`<p class="partners">${msg('Wie doet mee:')} <span lang="nl">${names.join(', ')}</span></p>` : nothing}
    ${action.status
      ? html`<p class="status">${msg(str`Stand: ${statusLabel(action.status.value)}`)}</p>
          ${levelBlocks(action.status.note, ctx.level)}`
      : nothing}
  </li>`;
}

function actionList(actions: readonly AgendaAction[], year: number, ctx: AgendaContext): TemplateResult {
  return html`<h4>${msg(str`Acties in ${String(year)}`)}</h4>
    <ul class="action-list">
      ${actions.map((a) => actionItem(a, ctx))}
    </ul>`;
}

function indicators(list: readonly AgendaIndicator[], ctx: AgendaContext, heading: string): TemplateResult | typeof nothing {
  if (list.length === 0) return nothing;
  return html`<h4>${heading}</h4>
    <div class="indicators">${list.map((i) => ctx.indicator(i))}</div>`;
}

function goalView(item: GoalInYear, theme: AgendaTheme, ctx: AgendaContext, expanded: boolean): TemplateResult {
  const { goal, change, year } = item;
  const shownYear = String(year);
  const summary = html`<span class="number">${goal.number}</span>
    ${levelInline(goalTitle(goal, year), ctx.level)}
    ${change && ctx.previous !== undefined
      ? html`<span class=${`badge ${change}`} part="change">${changeLabel(change, ctx.year, ctx.previous)}</span>`
      : nothing}`;
  const yearEntry = goal.years.find((y) => y.year === year);
  const source = sourceText(yearEntry?.source ?? goal.source, ctx.documents);
  return disclosure(goalKey(theme, goal.id), ctx, expanded, { kind: 'goal', target: goal.number }, summary, () => html`
    ${change === 'ended'
      ? html`<p class="ended-note">${msg(str`Dit doel stond in de agenda van ${shownYear}. In de agenda van ${String(ctx.year)} staat het niet meer.`)}</p>`
      : nothing}
    ${levelBlocks(goalExplanation(goal, year), ctx.level)}
    ${item.actions.length
      ? actionList(item.actions, year, ctx)
      : html`<p class="empty">${msg(str`Bij dit doel staan voor ${shownYear} geen acties.`)}</p>`}
    ${indicators(ctx.indicatorsOf('goal', goal.id), ctx, msg('Metingen bij dit doel'))}
    <p class="goal-footer">
      <a class="goal-link no-print" href=${ctx.href(goal.number)}
        >${msg('Link naar dit doel')}<span class="visually-hidden">: ${goal.number} ${textAt(goalTitle(goal, year), ctx.level)}</span></a
      >
      ${source ? html`<span class="source">${msg(str`Bron: ${source}`)}</span>` : nothing}
    </p>
  `);
}

function challengeView(item: ChallengeInYear, theme: AgendaTheme, ctx: AgendaContext, expanded: boolean): TemplateResult {
  const { challenge } = item;
  const count = item.goals.filter((g) => g.change !== 'ended').length;
  const summary = html`${challenge?.number ? html`<span class="number">${challenge.number}</span> ` : nothing}${challenge
      ? levelInline(challenge.title, ctx.level)
      : msg('Andere doelen')}
    <span class="summary-count">(${goalsText(count, ctx.locale)}${item.actions.length ? html`, ${actionsText(item.actions.length, ctx.locale)}` : nothing})</span>`;
  return disclosure(
    challengeKey(theme, challenge?.id),
    ctx,
    expanded,
    { kind: 'challenge', ...(challenge?.number ? { target: challenge.number } : {}) },
    summary,
    () => html`
      ${levelBlocks(item.explanation, ctx.level)}
      ${item.actions.length ? actionList(item.actions, ctx.year, ctx) : nothing}
      ${item.goals.length
        ? html`<div class="goals">${item.goals.map((g) => goalView(g, theme, ctx, expanded))}</div>`
        : item.actions.length
          ? nothing
          : html`<p class="empty">${msg(str`Bij deze opgave staan voor ${String(ctx.year)} geen doelen of acties.`)}</p>`}
    `,
  );
}

/** One themalijn: title, its sentence at the chosen level, the counts, and the drill-down. */
export function themeView(item: ThemeInYear, ctx: AgendaContext): TemplateResult {
  const { theme } = item;
  const headingId = `thema-${theme.id}`;
  const printing = ctx.printing === theme.id;
  const title = textAt(theme.title, ctx.level);
  return html`<section class=${printing ? 'theme-section print-target' : 'theme-section'} part="theme" aria-labelledby=${headingId} data-theme=${theme.id}>
    <h3 id=${headingId} part="theme-title">${levelInline(theme.title, ctx.level)}</h3>
    ${levelBlocks(theme.description, ctx.level)}
    <p class="theme-counts">${yearCounts(ctx.year, item.goalCount, item.actionCount, ctx.locale)}</p>
    ${disclosure(
      themeKey(theme),
      ctx,
      printing,
      { kind: 'theme' },
      html`${msg('Opgaven en doelen')}<span class="visually-hidden">: ${title}</span>`,
      () => html`${item.challenges.map((c) => challengeView(c, theme, ctx, printing))}
        ${indicators(ctx.indicatorsOf('theme', theme.id), ctx, msg('Metingen bij dit thema'))}`,
    )}
    <p class="no-print">
      <button type="button" class="button secondary" part="print" @click=${() => ctx.onPrint(theme.id)}>
        ${msg('Print dit thema')}<span class="visually-hidden">: ${title}</span>
      </button>
    </p>
  </section>`;
}

import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { formatDate, formatNumber } from '../../core/format.js';
import type { Locale } from '../../core/locale.js';
import type { FeedController } from './feed-controller.js';
import { failureMessage, plural, problemMessage } from './messages.js';

/**
 * @csspart loading - De melding dat de gegevens worden geladen.
 * @csspart error - De melding dat de gegevens niet konden worden geladen.
 * @csspart retry - De knop "Opnieuw proberen".
 * @csspart saved-copy - De melding dat een op dit apparaat bewaarde kopie wordt getoond.
 * @csspart problems - De melding dat een deel van de gegevens fouten had, met details voor de beheerder.
 */

/** What feedStatus reads: a FeedController, or anything else that loads data the same way. */
export type FeedState = Pick<FeedController<unknown>, 'status' | 'failure' | 'savedAt' | 'problems' | 'problemCount' | 'load'>;

/** How many problems the notice lists; the rest are counted. A huge broken feed must not freeze the page. */
export const LISTED_PROBLEMS = 20;

/**
 * The states around a feed that every widget shows the same way: loading, a failed feed with a
 * retry, a saved copy shown because loading failed, and a calm notice when some items were
 * skipped (details for editors behind a disclosure).
 */
export interface FeedStatusLabels {
  /** "De regelingen worden geladen…" */
  loading: string;
  /** What could not be loaded, e.g. "De regelingen kunnen nu niet worden geladen."; a general sentence without it. */
  failed?: string;
  /** How to reach the publisher meanwhile, shown beside "Opnieuw proberen" when the widget knows it. */
  contact?: TemplateResult;
}

export function feedStatus(feed: FeedState, labels: FeedStatusLabels, locale: Locale): TemplateResult | typeof nothing {
  if (feed.status === 'loading') {
    return html`<p class="loading" part="loading" role="status"><span class="spinner" aria-hidden="true"></span> ${labels.loading}</p>`;
  }
  const retry = html`<button class="button secondary" type="button" part="retry" @click=${() => void feed.load()}>${msg('Opnieuw proberen')}</button>`;
  const failure = feed.failure
    ? html`<details>
        <summary>${msg('Details voor de beheerder')}</summary>
        <p><code>${failureMessage(feed.failure, locale)}</code></p>
      </details>`
    : nothing;
  if (feed.status === 'error' && feed.failure) {
    return html`<div class="notice" part="error" role="alert">
      <p><strong>${labels.failed ?? msg('Dit kan nu niet worden getoond.')}</strong> ${msg('Probeer het later opnieuw.')}</p>
      <p>${retry}</p>
      ${labels.contact ?? nothing}
      ${failure}
    </div>`;
  }
  const saved = feed.savedAt
    ? html`<div class="notice" part="saved-copy" role="status">
        <p>
          <strong>${msg(str`U ziet de informatie van ${formatDate(feed.savedAt, locale)}.`)}</strong>
          ${msg('De nieuwste versie kan nu niet worden geladen. Deze is op dit apparaat bewaard.')}
        </p>
        <p>${retry}</p>
        ${failure}
      </div>`
    : nothing;
  return html`${saved}${feedProblems(feed, locale)}`;
}

function feedProblems(feed: FeedState, locale: Locale): TemplateResult | typeof nothing {
  const count = feed.problemCount;
  if (count === 0) return nothing;
  const listed = feed.problems.slice(0, LISTED_PROBLEMS);
  const n = formatNumber(count, locale);
  const summary = plural(locale, count, {
    zero: () => msg(str`${n} onderdelen konden niet goed worden getoond.`, { id: 'problems.zero' }),
    one: () => msg(str`${n} onderdeel kon niet goed worden getoond.`, { id: 'problems.one' }),
    two: () => msg(str`${n} onderdelen konden niet goed worden getoond.`, { id: 'problems.two' }),
    few: () => msg(str`${n} onderdelen konden niet goed worden getoond.`, { id: 'problems.few' }),
    many: () => msg(str`${n} onderdelen konden niet goed worden getoond.`, { id: 'problems.many' }),
    other: () => msg(str`${n} onderdelen konden niet goed worden getoond.`, { id: 'problems.other' }),
  });
  return html`<div class="notice" part="problems">
    <p>${summary}</p>
    <details>
      <summary>${msg('Details voor de beheerder')}</summary>
      <ul>
        ${listed.map((problem) => html`<li><code>${problem.path || '/'}</code>: ${problemMessage(problem)}</li>`)}
      </ul>
      ${count > listed.length
        ? html`<p>${msg(str`Hier staan de eerste ${formatNumber(listed.length, locale)} van ${n}. De console van de browser toont er meer.`)}</p>`
        : nothing}
    </details>
  </div>`;
}

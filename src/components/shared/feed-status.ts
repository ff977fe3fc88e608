import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { FeedController } from './feed-controller.js';

/**
 * The states around a feed that every widget shows the same way: loading, a failed feed with a
 * retry, and a calm notice when some items were skipped (details for editors behind a disclosure).
 */
export function feedStatus<T>(feed: FeedController<T>, labels: { loading: string }): TemplateResult | typeof nothing {
  if (feed.status === 'loading') {
    return html`<p class="loading" part="loading" role="status"><span class="spinner" aria-hidden="true"></span> ${labels.loading}</p>`;
  }
  if (feed.status === 'error' && feed.failure) {
    return html`<div class="notice" part="error" role="alert">
      <p><strong>${msg('Dit kan nu niet worden getoond.')}</strong> ${msg('Probeer het later opnieuw.')}</p>
      <p>
        <button class="button secondary" type="button" part="retry" @click=${() => void feed.load()}>${msg('Opnieuw proberen')}</button>
      </p>
      <details>
        <summary>${msg('Details voor de beheerder')}</summary>
        <p><code>${feed.failure.message}</code></p>
      </details>
    </div>`;
  }
  return feedProblems(feed);
}

export function feedProblems<T>(feed: FeedController<T>): TemplateResult | typeof nothing {
  if (feed.problems.length === 0) return nothing;
  const count = feed.problems.length;
  return html`<div class="notice" part="problems">
    <p>${count === 1 ? msg('Eén onderdeel kon niet goed worden getoond.') : msg(str`${count} onderdelen konden niet goed worden getoond.`)}</p>
    <details>
      <summary>${msg('Details voor de beheerder')}</summary>
      <ul>
        ${feed.problems.map((problem) => html`<li><code>${problem.path || '/'}</code>: ${problem.message}</li>`)}
      </ul>
    </details>
  </div>`;
}

import { html, nothing, type TemplateResult } from 'lit';

/**
 * @csspart search - Het zoekveld.
 */

export interface SearchFieldView {
  label: string;
  /** Example words, shown under the label and read with the field. */
  hint?: string;
  value: string;
  onQuery: (query: string) => void;
  /** Focus fetches the search code (LazySearchController.load), before the first key. */
  onFocus: () => void;
}

/** The search box every widget shows: a visible label, an optional hint, `type="search"`. */
export function searchField(view: SearchFieldView): TemplateResult {
  return html`<label class="search-label" for="zoek">${view.label}</label>
    ${view.hint ? html`<p class="hint" id="zoek-hint">${view.hint}</p>` : nothing}
    <input
      id="zoek"
      class="search"
      part="search"
      type="search"
      autocomplete="off"
      aria-describedby=${view.hint ? 'zoek-hint' : nothing}
      .value=${view.value}
      @focus=${view.onFocus}
      @input=${(event: Event) => view.onQuery((event.target as HTMLInputElement).value)}
    />`;
}

import { html, type TemplateResult } from 'lit';

/**
 * @csspart filters - De rij knoppen om te filteren.
 * @csspart filter - Eén filterknop (aria-pressed als hij gekozen is).
 */

export interface ChipOption {
  value: string;
  label: string;
  count: number;
}

/**
 * A row of filter buttons; the chosen one has aria-pressed. Each shows how many items it leaves,
 * so a resident knows before pressing.
 */
export function chipGroup(
  label: string,
  options: readonly ChipOption[],
  selected: string,
  onSelect: (value: string) => void,
): TemplateResult {
  return html`<div class="chips no-print" role="group" aria-label=${label} part="filters">
    ${options.map(
      (option) => html`<button
        type="button"
        class="chip"
        part="filter"
        aria-pressed=${option.value === selected ? 'true' : 'false'}
        @click=${() => onSelect(option.value)}
      >
        ${option.label} <span class="chip-count">(${option.count})</span>
      </button>`,
    )}
  </div>`;
}

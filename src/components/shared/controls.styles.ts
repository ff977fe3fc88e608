import { css, unsafeCSS, type CSSResult } from 'lit';

/**
 * How a text field or a select looks, wherever it is: the widgets' search and filter fields and
 * the editors' forms. A rule of its own, put before the styles of the element, so their later
 * rules (forced colours, sizes) win. The selectors are constants of the code, so unsafeCSS is
 * safe here; the rest of the styles stay css`` blocks that the build minifies.
 */
export function fieldRule(selectors: string): CSSResult {
  return unsafeCSS(
    `${selectors}{min-block-size:2.75rem;padding:.4em .6em;border:2px solid var(--_helder-color-border);` +
      'border-radius:var(--_helder-radius);background:var(--_helder-color-background);color:var(--_helder-color-text);font:inherit}',
  );
}

/**
 * The controls every widget uses in the same way: headings, button rows, the search field, filter
 * chips, cards with tags, form fields with hints and errors, radio buttons and check boxes.
 * Rounded shapes follow --helder-radius, so a radius of 0 squares every control.
 */
export const controlStyles = [
  fieldRule('.search,.input-row input'),
  css`
  h2,
  h3,
  h4 {
    line-height: 1.25;
    margin-block: 0 0.5em;
  }
  h2 {
    font-size: 1.5em;
  }
  h3 {
    font-size: 1.25em;
  }
  h4 {
    font-size: 1em;
    margin-block-start: 0.75em;
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  [tabindex='-1']:focus-visible {
    outline: 3px solid var(--_helder-color-focus);
  }
  .intro-buttons,
  .step-buttons,
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block: 0.75em;
    padding: 0;
    list-style: none;
  }
  .toolbar {
    display: grid;
    /* One column that may shrink: a select's longest option must not widen the widget at 320 px. */
    grid-template-columns: minmax(0, 1fr);
    gap: 0.5em;
    margin-block: 1em;
  }
  .search-label {
    font-weight: 600;
  }
  .search,
  .input-row input {
    inline-size: 100%;
    max-inline-size: 28rem;
  }
  .input-row input {
    inline-size: 10rem;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
  }
  .chip {
    min-block-size: 2.75rem;
    padding: 0.3em 0.9em;
    border: 2px solid var(--_helder-color-border);
    border-radius: calc(var(--_helder-radius) * 100);
    background: var(--_helder-color-background);
    color: var(--_helder-color-text);
    font: inherit;
    cursor: pointer;
  }
  .chip[aria-pressed='true'] {
    border-color: var(--_helder-color-accent);
    background: var(--_helder-color-accent);
    color: var(--_helder-color-accent-contrast);
    font-weight: 600;
  }
  .count {
    font-weight: 600;
  }
  .cards {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 20rem), 1fr));
    gap: var(--_helder-space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .cards > li {
    display: flex;
  }
  .card {
    display: flex;
    flex-direction: column;
    inline-size: 100%;
    padding: var(--_helder-space);
    border: 1px solid var(--_helder-color-border);
    border-radius: var(--_helder-radius);
    background: var(--_helder-color-surface);
  }
  .card-footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75em;
    margin-block: auto 0;
    padding-block-start: 0.75em;
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3em;
    margin: 0 0 0.5em;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
  }
  .tags li {
    padding: 0 0.5em;
    border: 1px solid var(--_helder-color-border);
    border-radius: calc(var(--_helder-radius) * 100);
    background: var(--_helder-color-background);
  }
  .example-mark {
    display: inline-block;
    margin-inline-start: 0.35em;
    padding: 0 0.35em;
    border: 1px dashed var(--_helder-color-notice-border);
    border-radius: min(0.25em, var(--_helder-radius));
    font-size: 0.85em;
  }
  .question-fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  .question-fieldset legend {
    padding: 0;
  }
  .hint {
    color: var(--_helder-color-muted);
  }
  .field-error {
    color: var(--_helder-color-negative);
    font-weight: 600;
  }
  .radios {
    display: grid;
    gap: 0.5em;
  }
  .radio,
  .checkbox {
    display: flex;
    align-items: center;
    gap: 0.6em;
    min-block-size: 2.75rem;
    cursor: pointer;
  }
  .radio input,
  .checkbox input {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    flex: none;
    accent-color: var(--_helder-color-accent);
  }
  .input-row,
  .ages {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  .ages {
    gap: 0.75em 1.5em;
  }
  .age {
    display: flex;
    align-items: center;
    gap: 0.4em;
  }
  .age input {
    inline-size: 4.5rem;
    min-block-size: 2.75rem;
    padding: 0.4em;
    border: 2px solid var(--_helder-color-border);
    border-radius: var(--_helder-radius);
    font: inherit;
  }
  [aria-invalid='true'] {
    border-color: var(--_helder-color-negative) !important;
  }
  @media (forced-colors: active) {
    .chip[aria-pressed='true'] {
      /* Without this the browser puts a Canvas backplate behind the text: dark on dark. */
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
    .card,
    .tags li {
      border: 1px solid CanvasText;
    }
  }
  @media print {
    .card {
      break-inside: avoid;
      background: none;
      border-color: #000;
    }
    .cards {
      display: block;
    }
    .cards > li {
      display: block;
      margin-block-end: 0.75em;
    }
  }
`,
];

import { css } from 'lit';

export const styles = css`
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
    min-block-size: 2.75rem;
    padding: 0.4em 0.6em;
    border: 2px solid var(--_helder-color-border);
    border-radius: var(--_helder-radius);
    background: var(--_helder-color-background);
    color: var(--_helder-color-text);
    font: inherit;
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
    border-radius: 999px;
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
    border-radius: 999px;
    background: var(--_helder-color-background);
  }
  .amount strong {
    font-size: 1.1em;
  }
  .example-mark {
    display: inline-block;
    margin-inline-start: 0.35em;
    padding: 0 0.35em;
    border: 1px dashed var(--_helder-color-notice-border);
    border-radius: 0.25em;
    font-size: 0.85em;
  }
  .organisation {
    font-weight: 600;
  }
  .source,
  .colophon {
    color: var(--_helder-color-muted);
    font-size: 0.875em;
  }
  .detail {
    max-inline-size: 45rem;
  }
  .arrow {
    display: inline-block;
  }
  [dir='rtl'] .arrow {
    transform: scaleX(-1);
  }
  /* check */
  .step {
    max-inline-size: 40rem;
  }
  .progress {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75em;
    color: var(--_helder-color-muted);
  }
  progress {
    inline-size: 10rem;
    max-inline-size: 100%;
    accent-color: var(--_helder-color-accent);
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
  .results .group {
    margin-block: 1.5em;
    padding-inline-start: 0.75em;
    border-inline-start: 0.375rem solid var(--_helder-color-border);
  }
  .results .group.wel {
    border-color: var(--_helder-color-positive);
  }
  .results .group.niet {
    border-color: var(--_helder-color-negative);
  }
  .result-list,
  .reasons,
  .conditions {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .result {
    margin-block: 0 1em;
    padding: 0.75em var(--_helder-space);
    border: 1px solid var(--_helder-color-border);
    border-radius: var(--_helder-radius);
    background: var(--_helder-color-surface);
  }
  .reason {
    display: flex;
    gap: 0.5em;
    margin-block: 0.25em;
  }
  .reason-icon {
    flex: none;
    inline-size: 1.25em;
    font-weight: 700;
    text-align: center;
  }
  .reason.met .reason-icon {
    color: var(--_helder-color-positive);
  }
  .reason.not-met .reason-icon {
    color: var(--_helder-color-negative);
  }
  .conditions li {
    margin-block: 0.25em;
    padding-inline-start: 1.25em;
    text-indent: -1.25em;
  }
  .conditions li::before {
    content: '✓ ';
    color: var(--_helder-color-positive);
  }
  .conditions .example-mark {
    text-indent: 0;
  }
  .save {
    margin-block-start: 1.5em;
  }
  /* flyer */
  .flyer-item {
    margin-block: 1em;
    padding-block-start: 0.75em;
    border-block-start: 1px solid var(--_helder-color-border);
    break-inside: avoid;
  }
  .flyer-label {
    margin-block: 0.5em 0.25em;
    font-weight: 700;
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
    .result,
    .tags li {
      border: 1px solid CanvasText;
    }
  }
  @media print {
    :host {
      font-size: 11pt;
    }
    .card,
    .result {
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
    .flyer-item {
      border-color: #000;
    }
  }
`;

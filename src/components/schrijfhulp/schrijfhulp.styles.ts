import { css } from 'lit';

export const styles = css`
  .form {
    display: grid;
    gap: var(--_helder-space);
    margin-block-end: var(--_helder-space);
  }
  .label {
    display: block;
    font-weight: 700;
  }
  .hint {
    margin-block: 0.25em 0.5em;
  }
  textarea {
    display: block;
    inline-size: 100%;
    min-block-size: 10em;
    padding: 0.5em 0.75em;
    border: 2px solid var(--_helder-color-border);
    border-radius: var(--_helder-radius);
    background: var(--_helder-color-background);
    color: var(--_helder-color-text);
    font: inherit;
    resize: vertical;
  }
  .levels {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  .levels legend {
    padding: 0;
    margin-block-end: 0.25em;
  }
  .levels .radio {
    align-items: flex-start;
  }
  .levels .radio .hint {
    margin: 0;
  }
  .name {
    font-weight: 600;
  }
  .metrics {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 11rem), 1fr));
    gap: 0.5em;
    margin: 0 0 0.75em;
  }
  .metrics > div {
    padding: 0.5em 0.75em;
    border: 1px solid var(--_helder-color-border);
    border-radius: var(--_helder-radius);
    background: var(--_helder-color-surface);
  }
  .metrics > div.miss {
    border-inline-start: 0.375rem solid var(--_helder-color-negative);
  }
  .metrics dt {
    font-size: 0.9em;
    color: var(--_helder-color-muted);
  }
  .metrics dd {
    margin: 0;
    font-size: 1.25em;
    font-weight: 700;
  }
  .target {
    font-size: 0.75em;
    font-weight: normal;
    color: var(--_helder-color-muted);
  }
  .verdict {
    padding: 0.5em 0.75em;
    border-inline-start: 0.375rem solid var(--_helder-color-positive);
    font-weight: 600;
  }
  .verdict.misses {
    border-inline-start-color: var(--_helder-color-negative);
  }
  .marked .text {
    padding: 0.75em 1em;
    border: 1px solid var(--_helder-color-border);
    border-radius: var(--_helder-radius);
  }
  .marked .text > :last-child {
    margin-block-end: 0;
  }
  .key {
    display: grid;
    gap: 0.25em;
    padding: 0;
    list-style: none;
    font-size: 0.95em;
  }
  /* Marks: a line, a box or a label, never colour alone. */
  .sentence.too-long {
    text-decoration: underline wavy var(--_helder-color-negative);
    text-decoration-thickness: 0.08em;
    text-underline-offset: 0.2em;
  }
  .long {
    border-block-end: 0.15em dotted currentColor;
  }
  mark.jargon {
    padding: 0 0.15em;
    border: 1px solid var(--_helder-color-notice-border);
    border-radius: 0.2em;
    background: var(--_helder-color-notice);
    color: inherit;
  }
  .alternative {
    font-size: 0.85em;
    color: var(--_helder-color-muted);
  }
  .flag {
    display: inline-block;
    padding: 0 0.35em;
    border: 1px solid var(--_helder-color-border);
    border-radius: 0.25em;
    font-size: 0.8em;
    font-weight: 600;
    color: var(--_helder-color-text);
    text-decoration: none;
    white-space: nowrap;
  }
  .jargon-list ul,
  .passive-list ul {
    padding-inline-start: 1.25em;
  }
  .jargon-list li,
  .passive-list li {
    margin-block-end: 0.35em;
  }
  section {
    margin-block-end: var(--_helder-space);
  }
  @media (forced-colors: active) {
    mark.jargon {
      forced-color-adjust: none;
      background: Mark;
      color: MarkText;
      border-color: CanvasText;
    }
    .metrics > div,
    .verdict,
    .flag,
    textarea {
      border-color: CanvasText;
    }
    .sentence.too-long {
      text-decoration-color: CanvasText;
    }
  }
`;

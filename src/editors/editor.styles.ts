import { css } from 'lit';
import { fieldRule } from '../components/shared/controls.styles.js';

/** The editors' tools: forms with three levels side by side, readability, problems, preview. */
export const editorStyles = [
  fieldRule("input[type='text'],input[type='url'],input:not([type]),select,textarea"),
  css`
  h2,
  h3,
  h4 {
    line-height: 1.25;
    margin-block: 1em 0.5em;
  }
  h2 {
    font-size: 1.4em;
  }
  h3 {
    font-size: 1.2em;
  }
  fieldset {
    margin: 0 0 var(--_helder-space);
    padding: 0.75em;
    border: 1px solid var(--_helder-color-border);
    border-radius: var(--_helder-radius);
    min-inline-size: 0;
  }
  legend {
    padding-inline: 0.25em;
    font-weight: 700;
  }
  .field {
    margin-block: 0 0.9em;
  }
  label,
  .level-name {
    display: block;
    font-weight: 600;
    margin-block-end: 0.2em;
  }
  .checks label,
  .radio-list label {
    display: inline;
    margin: 0;
    font-weight: normal;
  }
  .key {
    font-family: ui-monospace, monospace;
    font-size: 0.85em;
    font-weight: normal;
    color: var(--_helder-color-muted);
  }
  .required {
    font-weight: normal;
    color: var(--_helder-color-muted);
  }
  .hint {
    margin-block: 0 0.3em;
    color: var(--_helder-color-muted);
    font-size: 0.9em;
  }
  input[type='text'],
  input[type='url'],
  input:not([type]),
  select,
  textarea {
    box-sizing: border-box;
    inline-size: 100%;
    max-inline-size: 40rem;
  }
  input.number {
    max-inline-size: 12rem;
  }
  textarea {
    max-inline-size: none;
    resize: vertical;
  }
  textarea.json {
    font-family: ui-monospace, monospace;
    font-size: 0.9em;
  }
  [aria-invalid='true'] {
    border-color: var(--_helder-color-negative);
  }
  input[type='checkbox'],
  input[type='radio'] {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0 0.4em 0 0;
    vertical-align: -0.2em;
    accent-color: var(--_helder-color-accent);
  }
  .checks,
  .radio-list {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .checks li,
  .radio-list li {
    min-block-size: 2.75rem;
    display: flex;
    align-items: center;
  }
  .levels {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
    gap: 0.75em;
  }
  .level {
    min-inline-size: 0;
  }
  .readability {
    margin-block-start: 0.3em;
    padding: 0.4em 0.6em;
    border-inline-start: 0.25rem solid var(--_helder-color-border);
    background: var(--_helder-color-surface);
    font-size: 0.9em;
  }
  .readability p,
  .readability ul {
    margin-block: 0 0.25em;
  }
  .readability ul {
    padding-inline-start: 1.1em;
  }
  .verdict {
    font-weight: 700;
  }
  .verdict.ok {
    color: var(--_helder-color-positive);
  }
  .verdict.not-ok {
    color: var(--_helder-color-negative);
  }
  .field-problems {
    margin: 0.3em 0 0;
    padding: 0;
    list-style: none;
    color: var(--_helder-color-negative);
    font-weight: 600;
  }
  .entries {
    margin: 0 0 0.5em;
    padding: 0;
    list-style: none;
  }
  .entry {
    margin-block-end: 0.5em;
    padding: 0.5em;
    border: 1px dashed var(--_helder-color-border);
    border-radius: var(--_helder-radius);
  }
  .entry > details > summary {
    padding-block: 0.6em;
    cursor: pointer;
    font-weight: 600;
  }
  .entry > details[open] > summary {
    margin-block-end: 0.5em;
  }
  .entry fieldset.object {
    border: 0;
    padding: 0;
  }
  .badge {
    color: var(--_helder-color-negative);
    font-weight: 600;
  }
  .entry-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
    margin-block-start: 0.4em;
  }
  button.small {
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    padding: 0.3em 0.75em;
    border: 2px solid var(--_helder-color-border);
    border-radius: var(--_helder-radius);
    background: var(--_helder-color-background);
    color: var(--_helder-color-text);
    font: inherit;
    cursor: pointer;
  }
  button[aria-disabled='true'] {
    color: var(--_helder-color-muted);
    border-style: dashed;
    cursor: not-allowed;
  }
  button:focus-visible,
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible,
  summary:focus-visible {
    outline: 3px solid var(--_helder-color-focus);
    outline-offset: 2px;
  }
  code,
  pre {
    font-family: ui-monospace, monospace;
    overflow-wrap: anywhere;
  }
  @media (forced-colors: active) {
    .verdict.ok,
    .verdict.not-ok,
    .field-problems,
    .badge {
      color: CanvasText;
    }
    button.small {
      border-color: ButtonText;
    }
  }
`,
];

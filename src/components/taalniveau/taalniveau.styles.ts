import { css } from 'lit';

export const styles = css`
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  legend {
    padding: 0;
    margin-block-end: 0.5em;
    font-weight: 700;
  }
  .options {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .option {
    flex: 1 1 12rem;
    display: flex;
    gap: 0.6em;
    align-items: flex-start;
    padding: 0.6em 0.8em;
    border: 2px solid var(--_helder-color-border);
    border-radius: var(--_helder-radius);
    background: var(--_helder-color-background);
    cursor: pointer;
  }
  .option:has(input:checked) {
    border-color: var(--_helder-color-accent);
    box-shadow: inset 0 0 0 1px var(--_helder-color-accent);
  }
  .option:has(input:focus-visible) {
    outline: 3px solid var(--_helder-color-focus);
    outline-offset: 2px;
  }
  input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0.15em 0 0;
    flex: none;
    accent-color: var(--_helder-color-accent);
  }
  /* The whole option shows focus; browsers without :has() show it on the radio itself. */
  @supports selector(:has(*)) {
    input:focus-visible {
      outline: none;
    }
  }
  .name {
    display: block;
    font-weight: 600;
  }
  .explanation {
    display: block;
    color: var(--_helder-color-muted);
    font-size: 0.95em;
  }
  @media (forced-colors: active) {
    .option:has(input:checked) {
      border-color: Highlight;
    }
    .option:has(input:focus-visible) {
      outline-color: Highlight;
    }
  }
`;

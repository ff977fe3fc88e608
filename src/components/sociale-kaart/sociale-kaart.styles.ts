import { css } from 'lit';
import { fieldRule } from '../shared/controls.styles.js';

export const styles = [
  fieldRule('select,.place input,.share input'),
  css`
  .shortlist-link {
    margin: 0;
    justify-self: end;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.75em 1em;
  }
  .field {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.25em;
    min-inline-size: 0;
    max-inline-size: 100%;
  }
  .field label,
  .place label,
  .share label {
    font-weight: 600;
  }
  select,
  .place input,
  .share input {
    max-inline-size: 100%;
  }
  .place {
    display: grid;
    gap: 0.25em;
  }
  .place input {
    inline-size: 14rem;
  }
  .share input {
    inline-size: 28rem;
  }
  .organisation {
    font-weight: 600;
  }
  .facts {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: 0.25em 0.75em;
    margin: 0 0 0.75em;
  }
  .facts dt {
    font-weight: 600;
  }
  .facts dd {
    margin: 0;
  }
  .hours summary {
    cursor: pointer;
    text-decoration: underline;
  }
  .hours dl {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: 0 0.75em;
    margin: 0.25em 0 0;
  }
  .hours dd {
    margin: 0;
  }
  .closed {
    color: var(--_helder-color-negative);
  }
  .reviewed,
  .sort-note {
    color: var(--_helder-color-muted);
    font-size: 0.875em;
  }
  .save[aria-pressed='true'] {
    background: var(--_helder-color-accent);
    color: var(--_helder-color-accent-contrast);
  }
  .arrow {
    display: inline-block;
  }
  [dir='rtl'] .arrow {
    transform: scaleX(-1);
  }
  @media screen {
    /* Cards out of view are not laid out or painted until they come near: a long list stays fast. */
    .cards > li {
      content-visibility: auto;
      contain-intrinsic-size: auto 24rem;
    }
  }
  .cards > li {
    container-type: inline-size;
  }
  /* A narrow card puts each fact under its label: "heel Twenterand" is not cut inside a word. */
  @container (max-width: 20rem) {
    .facts {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  @media (forced-colors: active) {
    .save[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
    select,
    .place input,
    .share input {
      border: 1px solid CanvasText;
    }
  }
  @media print {
    .shortlist h2 {
      font-size: 1.25em;
    }
    .hours[open] summary,
    .hours summary {
      text-decoration: none;
    }
  }
`,
];

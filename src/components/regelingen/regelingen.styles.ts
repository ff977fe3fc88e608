import { css } from 'lit';

export const styles = css`
  .amount strong {
    font-size: 1.1em;
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
    .result {
      border: 1px solid CanvasText;
    }
  }
  @media print {
    :host {
      font-size: 11pt;
    }
    .result {
      break-inside: avoid;
      background: none;
      border-color: #000;
    }
    .flyer-item {
      border-color: #000;
    }
  }
`;

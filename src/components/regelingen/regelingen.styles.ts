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
  .step,
  .review {
    max-inline-size: 40rem;
  }
  .regelingen {
    container-type: inline-size;
  }
  .question-number {
    font-weight: 600;
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
  .reason-lead {
    margin-block: 0.75em 0.25em;
    font-weight: 600;
  }
  .example-reason {
    font-style: italic;
  }
  .official-name {
    font-weight: normal;
  }
  .status {
    padding: 0.25em 0.5em;
    border-inline-start: 0.25rem solid var(--_helder-color-notice-border);
    background: var(--_helder-color-notice);
  }
  .status-label {
    font-weight: 700;
    margin-inline-end: 0.25em;
  }
  .contact {
    margin-block: 0.25em 0.75em;
    padding: 0;
    list-style: none;
  }
  .contact li {
    margin-block: 0.25em;
  }
  .url {
    color: var(--_helder-color-muted);
    overflow-wrap: anywhere;
  }
  .check-intro ul,
  .hint ul,
  .ask-for {
    margin-block: 0 0.5em;
    padding-inline-start: 1.25em;
  }
  .hint-list-title {
    margin-block: 0.5em 0.25em;
    font-weight: 600;
  }
  .next-steps {
    margin-block: 1.5em;
    padding: 0.75em var(--_helder-space);
    border: 2px solid var(--_helder-color-accent);
    border-radius: var(--_helder-radius);
  }
  .next-steps h4 {
    margin-block-start: 0;
  }
  .steps-list {
    margin: 0;
    padding-inline-start: 1.5em;
  }
  .next-steps-item {
    margin-block-end: 1em;
  }
  .next-steps-item h5 {
    margin-block: 0 0.25em;
    font-size: 1.05em;
  }
  .basis {
    margin-block: 1em;
  }
  .result h5 {
    margin-block: 0 0.5em;
    font-size: 1.1em;
  }
  .niet-details > summary {
    cursor: pointer;
    min-block-size: 2.75rem;
    padding-block: 0.5em;
    color: var(--_helder-color-accent);
    text-decoration: underline;
  }
  .inline-answer {
    margin-block: 0.5em;
    padding: 0.75em;
    border: 1px solid var(--_helder-color-border);
    border-radius: var(--_helder-radius);
    background: var(--_helder-color-background);
  }
  .question-inline {
    margin-block: 0 0.5em;
    font-weight: 600;
  }
  .button.small {
    min-block-size: 2.75rem;
    margin-block: 0.25em;
    padding: 0.25em 0.75em;
  }
  .link-button {
    min-block-size: 2.75rem;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_helder-color-accent);
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }
  /* Controleer uw antwoorden */
  .answers {
    margin: 0 0 1em;
  }
  .answer-row {
    display: grid;
    grid-template-columns: minmax(0, 2fr) minmax(0, 1.5fr) auto;
    gap: 0.25em 1em;
    align-items: center;
    padding-block: 0.5em;
    border-block-end: 1px solid var(--_helder-color-border);
  }
  .answer-row dt {
    font-weight: 600;
  }
  .answer-row dd {
    margin: 0;
  }
  @container (max-width: 30rem) {
    .answer-row {
      grid-template-columns: minmax(0, 1fr) auto;
    }
    .answer-row dt {
      grid-column: 1 / -1;
    }
  }
  .flyer-contacts {
    padding: 0;
    list-style: none;
  }
  /* Conditions of a regeling, before anything is answered: plain bullets, no ticks. */
  .conditions {
    padding-inline-start: 1.25em;
    list-style: disc;
  }
  .conditions li {
    margin-block: 0.25em;
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
    /* Links print their address (base styles); the address beside them would say it twice. */
    .url {
      display: none;
    }
    .niet-details > summary {
      display: none;
    }
    .next-steps {
      border-color: #000;
    }
  }
`;

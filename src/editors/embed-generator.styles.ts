import { css } from 'lit';

/** The embed generator: choices beside the code and the preview. */
export const embedGeneratorStyles = css`
  .generator {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 1.5em;
    align-items: start;
  }
  @media (min-width: 64rem) {
    .generator {
      grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
    }
  }
  .radio-list.stacked {
    flex-direction: column;
    gap: 0.25em;
  }
  .radio-list.stacked li {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    align-items: center;
  }
  .option-hint {
    grid-column: 2;
  }
  p.checks.single {
    display: flex;
    align-items: center;
    min-block-size: 2.75rem;
  }
  .filter {
    border-style: dashed;
  }
  .feed-status {
    margin-block: 0.25em 0;
    font-weight: 600;
  }
  .feed-status:empty {
    display: none;
  }
  pre.snippet {
    margin: 0 0 0.75em;
    padding: 0.75em;
    border: 1px solid var(--_helder-color-border);
    border-radius: var(--_helder-radius);
    background: var(--_helder-color-surface);
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    font-size: 0.9em;
  }
  .preview {
    padding: 0.75em;
    border: 2px dashed var(--_helder-color-border);
    border-radius: var(--_helder-radius);
  }
  .preview > * + * {
    margin-block-start: 1em;
  }
`;

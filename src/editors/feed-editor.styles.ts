import { css } from 'lit';

/** The feed editor's layout: the form beside the check, the preview and the download. */
export const feedEditorStyles = css`
  .open-grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
    gap: 0.5em 1.5em;
    align-items: start;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
  }
  .row input {
    flex: 1 1 12rem;
  }
  .work {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 1.5em;
    align-items: start;
  }
  /* Wide screens: the check and the preview stay in view beside the text being written. */
  @media (min-width: 64rem) {
    .work {
      grid-template-columns: minmax(0, 5fr) minmax(0, 3fr);
    }
    .side-column {
      position: sticky;
      inset-block-start: 0;
      max-block-size: 100vh;
      overflow-y: auto;
      padding-inline: 0.25em;
    }
  }
  #feed-velden > summary {
    padding-block: 0.6em;
    cursor: pointer;
    font-weight: 600;
  }
  .item-list {
    margin: 0 0 0.5em;
    padding: 0;
    list-style: none;
  }
  .item-list > li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.4em;
    padding: 0.4em 0.5em;
    border-block-end: 1px solid var(--_helder-color-border);
  }
  .item-list > li.current {
    background: var(--_helder-color-surface);
    border-inline-start: 0.3rem solid var(--_helder-color-accent);
  }
  .item-list .entry-actions {
    margin: 0;
  }
  .item-name,
  .problem-link,
  .link-button {
    min-block-size: 2.75rem;
    padding: 0.3em 0.2em;
    border: 0;
    background: none;
    color: var(--_helder-color-accent);
    font: inherit;
    text-align: start;
    text-decoration: underline;
    cursor: pointer;
  }
  .item-name[aria-current='true'] {
    font-weight: 700;
    color: var(--_helder-color-text);
  }
  .item {
    margin-block-start: 1em;
    padding-block-start: 0.5em;
    border-block-start: 3px solid var(--_helder-color-accent);
  }
  .count {
    font-weight: 700;
  }
  .count.ok {
    color: var(--_helder-color-positive);
  }
  .count.not-ok {
    color: var(--_helder-color-negative);
  }
  .problem-list {
    padding-inline-start: 1.5em;
  }
  .problem-link {
    color: var(--_helder-color-text);
  }
  .problem-link code {
    color: var(--_helder-color-muted);
  }
  p.checks {
    gap: 0;
  }
  .preview {
    padding: 0.75em;
    border: 2px dashed var(--_helder-color-border);
    border-radius: var(--_helder-radius);
  }
  @media (forced-colors: active) {
    .count.ok,
    .count.not-ok {
      color: CanvasText;
    }
  }
`;

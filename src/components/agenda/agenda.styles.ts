import { css } from 'lit';

export const styles = css`
  .intro,
  .year-title {
    max-inline-size: 45rem;
  }
  .year-title {
    font-weight: 700;
  }
  .agenda-toolbar {
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
    align-items: end;
    gap: 0.75em var(--_helder-space);
  }
  .field {
    display: grid;
    gap: 0.5em;
    min-inline-size: 0;
  }
  .years legend {
    margin-block-end: 0.5em;
  }
  .year-options {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.25em;
  }
  .compare {
    max-inline-size: 45rem;
    padding: 0.75em var(--_helder-space);
    border-inline-start: 0.375rem solid var(--_helder-color-accent);
    background: var(--_helder-color-surface);
    border-radius: var(--_helder-radius);
  }
  .themes {
    display: grid;
    gap: var(--_helder-space);
    margin-block: var(--_helder-space);
  }
  .theme-section,
  .partner-view,
  .search-results {
    padding: clamp(0.5em, 3vw, var(--_helder-space));
    border: 1px solid var(--_helder-color-border);
    border-radius: var(--_helder-radius);
    background: var(--_helder-color-background);
    min-inline-size: 0;
  }
  .search-results {
    background: var(--_helder-color-surface);
  }
  .theme-counts,
  .count {
    font-weight: 600;
  }
  /* disclosures */
  .disclosure {
    margin-block: 0.5em;
    border: 1px solid var(--_helder-color-border);
    border-radius: var(--_helder-radius);
    background: var(--_helder-color-background);
  }
  .disclosure > summary {
    display: list-item;
    min-block-size: 2.75rem;
    padding: 0.6em 0.75em;
    cursor: pointer;
    font-weight: 600;
    border-radius: var(--_helder-radius);
  }
  .disclosure > summary:hover {
    background: var(--_helder-color-surface);
  }
  .disclosure[open] > summary {
    border-block-end: 1px solid var(--_helder-color-border);
    border-end-start-radius: 0;
    border-end-end-radius: 0;
  }
  .disclosure-content {
    padding: 0.75em clamp(0.35em, 2vw, 0.75em);
  }
  .disclosure-content > :last-child {
    margin-block-end: 0;
  }
  .challenge {
    background: var(--_helder-color-surface);
  }
  .number {
    font-variant-numeric: tabular-nums;
    margin-inline-end: 0.25em;
  }
  .summary-count {
    font-weight: normal;
    color: var(--_helder-color-muted);
  }
  .badge {
    display: inline-block;
    margin-inline-start: 0.35em;
    padding: 0 0.45em;
    border: 1px solid var(--_helder-color-border);
    border-radius: 0.25em;
    background: var(--_helder-color-background);
    color: var(--_helder-color-text);
    font-size: 0.85em;
    font-weight: 600;
    white-space: nowrap;
  }
  .badge.new {
    border: 2px solid var(--_helder-color-positive);
    color: var(--_helder-color-positive);
  }
  .badge.ended {
    border-style: dashed;
    color: var(--_helder-color-muted);
  }
  .ended-note,
  .empty {
    color: var(--_helder-color-muted);
  }
  .action-list,
  .hits {
    margin: 0 0 0.75em;
    padding: 0;
    list-style: none;
  }
  .action,
  .hit {
    margin-block: 0 0.75em;
    padding-inline-start: 0.75em;
    border-inline-start: 3px solid var(--_helder-color-border);
  }
  .action > :last-child,
  .hit > :last-child {
    margin-block-end: 0;
  }
  .partners,
  .status,
  .place {
    font-size: 0.9em;
    color: var(--_helder-color-muted);
  }
  .place {
    margin-block-end: 0.25em;
  }
  .hit-kind {
    font-weight: 600;
    margin-inline-end: 0.35em;
  }
  .goal-footer {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.5em;
    align-items: baseline;
  }
  .source {
    color: var(--_helder-color-muted);
    font-size: 0.875em;
  }
  /* metingen */
  .indicators {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr));
    gap: var(--_helder-space);
    margin-block-end: 0.75em;
  }
  .indicator {
    margin: 0;
    padding: 0.75em;
    border: 1px solid var(--_helder-color-border);
    border-radius: var(--_helder-radius);
    background: var(--_helder-color-background);
    min-inline-size: 0;
  }
  .indicator-title {
    font-weight: 600;
    margin-block-end: 0.5em;
  }
  .chart {
    display: block;
    max-inline-size: 100%;
    block-size: auto;
    margin-block-end: 0.5em;
    color: var(--_helder-color-text);
    overflow: visible;
  }
  .chart text {
    fill: currentColor;
    font-size: 13px;
  }
  .chart .axis {
    stroke: currentColor;
    stroke-width: 1;
  }
  .chart .bar {
    fill: var(--_helder-color-accent);
  }
  .chart .box {
    fill: none;
    stroke: currentColor;
  }
  .indicator-table {
    border-collapse: collapse;
    margin-block-end: 0.5em;
  }
  .indicator-table th,
  .indicator-table td {
    padding: 0.25em 0.75em;
    border: 1px solid var(--_helder-color-border);
    text-align: start;
  }
  .indicator-table td {
    font-variant-numeric: tabular-nums;
  }
  .button[aria-pressed='true'] {
    background: var(--_helder-color-accent);
    color: var(--_helder-color-accent-contrast);
  }
  .colophon {
    margin-block-start: var(--_helder-space);
  }
  @media (forced-colors: active) {
    .chart {
      forced-color-adjust: none;
      color: CanvasText;
    }
    .chart .bar {
      fill: CanvasText;
    }
    .disclosure,
    .theme-section,
    .partner-view,
    .search-results,
    .indicator,
    .badge,
    .action,
    .hit {
      border-color: CanvasText;
    }
    .button[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
  }
  @media print {
    :host {
      font-size: 11pt;
    }
    .agenda[data-printing='theme'] .theme-section:not(.print-target),
    .agenda[data-printing] .intro,
    .agenda[data-printing] .compare,
    .agenda[data-printing] .search-results,
    .agenda[data-printing] .other-indicators {
      display: none;
    }
    .theme-section,
    .partner-view,
    .disclosure,
    .indicator {
      border-color: #000;
      background: none;
    }
    .action,
    .indicator {
      break-inside: avoid;
    }
    .chart .bar {
      fill: #555;
    }
  }
`;

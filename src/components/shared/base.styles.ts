import { css } from 'lit';
import { tokenStyles } from './tokens.js';

/** Styles every Helder element shares: tokens, type, focus, buttons, notices, a11y media. */
export const baseStyles = [
  tokenStyles,
  css`
    :host {
      display: block;
      font-family: var(--_helder-font-family);
      font-size: var(--_helder-font-size);
      line-height: var(--_helder-line-height);
      color: var(--_helder-color-text);
      overflow-wrap: break-word;
    }
    :host([hidden]) {
      display: none;
    }
    *,
    *::before,
    *::after {
      box-sizing: border-box;
    }
    .base {
      min-width: 0;
    }
    p,
    ul,
    ol {
      margin-block: 0 0.75em;
    }
    a {
      color: var(--_helder-color-accent);
      text-decoration-thickness: 0.08em;
      text-underline-offset: 0.15em;
    }
    a:hover {
      text-decoration-thickness: 0.15em;
    }
    :focus-visible {
      outline: 3px solid var(--_helder-color-focus);
      outline-offset: 2px;
    }
    a:focus-visible {
      background: var(--_helder-color-focus-background);
      color: var(--_helder-color-text);
    }
    .button {
      display: inline-flex;
      align-items: center;
      gap: 0.4em;
      min-block-size: 2.75rem;
      min-inline-size: 2.75rem;
      padding: 0.5em 1em;
      border: 2px solid var(--_helder-color-accent);
      border-radius: var(--_helder-radius);
      background: var(--_helder-color-accent);
      color: var(--_helder-color-accent-contrast);
      font: inherit;
      font-weight: 600;
      text-decoration: none;
      cursor: pointer;
    }
    .button.secondary {
      background: var(--_helder-color-background);
      color: var(--_helder-color-accent);
    }
    .button:hover {
      text-decoration: underline;
    }
    .button:focus-visible {
      outline-offset: 3px;
    }
    .visually-hidden {
      position: absolute !important;
      inline-size: 1px;
      block-size: 1px;
      margin: -1px;
      padding: 0;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
      border: 0;
    }
    .notice {
      margin-block: 0 var(--_helder-space);
      padding: 0.75em 1em;
      border-inline-start: 0.375rem solid var(--_helder-color-notice-border);
      background: var(--_helder-color-notice);
      border-radius: var(--_helder-radius);
    }
    .notice > :last-child {
      margin-block-end: 0;
    }
    .notice details {
      margin-block-start: 0.5em;
    }
    .notice summary {
      cursor: pointer;
      text-decoration: underline;
    }
    .notice code {
      font-size: 0.9em;
      overflow-wrap: anywhere;
    }
    .level-mark {
      display: inline-block;
      margin-inline-start: 0.25em;
      padding: 0 0.35em;
      border: 1px solid var(--_helder-color-border);
      border-radius: min(0.25em, var(--_helder-radius));
      color: var(--_helder-color-muted);
      font-size: 0.8em;
      font-weight: normal;
      white-space: nowrap;
    }
    .loading {
      color: var(--_helder-color-muted);
    }
    .spinner {
      display: inline-block;
      inline-size: 1em;
      block-size: 1em;
      border: 0.15em solid currentColor;
      border-inline-end-color: transparent;
      border-radius: 50%;
      vertical-align: -0.15em;
      animation: helder-spin 0.8s linear infinite;
    }
    @keyframes helder-spin {
      to {
        transform: rotate(360deg);
      }
    }
    @media (prefers-reduced-motion: reduce) {
      *,
      *::before,
      *::after {
        animation-duration: 0.01ms !important;
        animation-iteration-count: 1 !important;
        transition-duration: 0.01ms !important;
        scroll-behavior: auto !important;
      }
    }
    @media (forced-colors: active) {
      .button,
      .notice,
      .level-mark {
        border: 1px solid CanvasText;
        forced-color-adjust: auto;
      }
      :focus-visible {
        outline-color: Highlight;
      }
    }
    @media print {
      button,
      .no-print {
        display: none !important;
      }
      /* A link styled as a button prints as a plain link, with its address. */
      a.button {
        display: inline;
        padding: 0;
        border: 0;
        background: none;
        color: #000;
      }
      :focus,
      :focus-visible {
        outline: none !important;
      }
      a::after {
        content: ' (' attr(href) ')';
        font-size: 0.9em;
      }
      :host {
        color: #000;
      }
    }
  `,
];

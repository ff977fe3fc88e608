import { css, unsafeCSS } from 'lit';

/**
 * Three layers: a gemeente's NL Design System tokens → public --helder-* properties → private
 * --_helder-* that the styles use. The list is data so a theme can be checked against it; the
 * defaults meet WCAG AA contrast on white.
 */
export interface Token {
  /** Public name without the prefix: --helder-<name>. */
  name: string;
  /** NL Design System tokens tried in order, before the default. */
  nl: readonly string[];
  value: string;
  description: string;
}

export const TOKENS: readonly Token[] = [
  { name: 'font-family', nl: ['--utrecht-document-font-family'], value: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif', description: 'Lettertype' },
  { name: 'font-size', nl: ['--utrecht-document-font-size'], value: '1rem', description: 'Basisgrootte van de tekst' },
  { name: 'line-height', nl: ['--utrecht-document-line-height'], value: '1.5', description: 'Regelafstand' },
  { name: 'color-text', nl: ['--utrecht-document-color'], value: '#1b1b1b', description: 'Tekstkleur' },
  { name: 'color-muted', nl: ['--utrecht-paragraph-lead-color'], value: '#4b4f54', description: 'Kleur van minder belangrijke tekst (contrast ≥ 4.5:1)' },
  { name: 'color-background', nl: ['--utrecht-document-background-color'], value: '#ffffff', description: 'Achtergrond' },
  { name: 'color-surface', nl: ['--utrecht-card-background-color'], value: '#f4f6f8', description: 'Achtergrond van kaarten' },
  { name: 'color-border', nl: ['--utrecht-form-control-border-color'], value: '#6b7178', description: 'Randen van velden en kaarten (contrast ≥ 3:1)' },
  { name: 'color-accent', nl: ['--utrecht-link-color', '--utrecht-button-primary-action-background-color'], value: '#0b4f8a', description: 'Links en hoofdknoppen' },
  { name: 'color-accent-contrast', nl: ['--utrecht-button-primary-action-color'], value: '#ffffff', description: 'Tekst op de accentkleur' },
  { name: 'color-focus', nl: ['--utrecht-focus-outline-color'], value: '#1b1b1b', description: 'Focusrand' },
  { name: 'color-focus-background', nl: ['--utrecht-focus-background-color'], value: '#ffdd00', description: 'Achtergrond van een link met focus' },
  { name: 'color-notice', nl: ['--utrecht-alert-warning-background-color'], value: '#fff4e0', description: 'Achtergrond van een melding' },
  { name: 'color-notice-border', nl: ['--utrecht-alert-warning-border-color'], value: '#8a5300', description: 'Rand van een melding' },
  { name: 'color-positive', nl: ['--utrecht-alert-ok-color'], value: '#1d6b34', description: 'Kleur voor "waarschijnlijk wel"' },
  { name: 'color-negative', nl: ['--utrecht-alert-error-color'], value: '#a3111f', description: 'Kleur voor fouten en "waarschijnlijk niet"' },
  { name: 'radius', nl: ['--utrecht-card-border-radius'], value: '0.5rem', description: 'Afronding van kaarten en knoppen' },
  { name: 'space', nl: ['--utrecht-space-block-md'], value: '1rem', description: 'Basisafstand' },
];

/** `var(--helder-x, var(--nl-y, default))` for one token. */
export function tokenValue(token: Token): string {
  return [`--helder-${token.name}`, ...token.nl].reduceRight((fallback, name) => `var(${name}, ${fallback})`, token.value);
}

export const tokenStyles = css`
  :host {
    ${unsafeCSS(TOKENS.map((t) => `--_helder-${t.name}: ${tokenValue(t)};`).join('\n    '))}
  }
`;

import 'axe-core/axe.min.js';
import { expect, waitUntil } from '@open-wc/testing';
import type { AxeResults } from 'axe-core';

declare global {
  interface Window {
    axe: { run: (context: Element, options: object) => Promise<AxeResults> };
  }
}

/** The rules every axe run here uses: WCAG 2.2 A and AA. */
export const AXE_OPTIONS = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  resultTypes: ['violations'],
} as const;

/** Fails with a readable report of every violation axe found. */
export function expectNoViolations(results: AxeResults): void {
  const report = results.violations
    .map((v) => `${v.id}: ${v.help}\n  ${v.nodes.map((n) => `${n.target.join(' ')} — ${n.failureSummary ?? ''}`).join('\n  ')}`)
    .join('\n');
  expect(results.violations, report).to.have.length(0);
}

/** axe-core on one element and its shadow tree, WCAG 2.2 A and AA rules. */
export async function expectAccessible(element: Element): Promise<void> {
  expectNoViolations(await window.axe.run(element, AXE_OPTIONS));
}

/** The shadow root of a Helder element, typed. */
export function shadow(element: Element): ShadowRoot {
  const root = element.shadowRoot;
  if (!root) throw new Error(`${element.localName} has no shadow root`);
  return root;
}

export function $(element: Element, selector: string): HTMLElement {
  const found = shadow(element).querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`${selector} not found in ${element.localName}`);
  return found;
}

export function $$(element: Element, selector: string): HTMLElement[] {
  return [...shadow(element).querySelectorAll<HTMLElement>(selector)];
}

/** The element's visible text, with white space folded. */
export function text(element: Element, selector = '.base'): string {
  return ($(element, selector).textContent ?? '').replace(/\s+/g, ' ').trim();
}

export async function settle(element: Element & { updateComplete?: Promise<unknown> }): Promise<void> {
  await element.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await element.updateComplete;
}

export async function until(predicate: () => boolean, message: string): Promise<void> {
  await waitUntil(predicate, message, { timeout: 4000 });
}

export function resetPage(): void {
  // The level, saved answers and saved feed copies: every key Helder writes starts with "helder".
  for (const key of Object.keys(localStorage)) if (key.startsWith('helder')) localStorage.removeItem(key);
  document.documentElement.lang = 'nl';
  history.replaceState(null, '', location.pathname + location.search);
}

/** The focused element, looking through shadow roots. */
export function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

import { waitUntil } from '@open-wc/testing';
import type { AxeResults } from 'axe-core';
import { AXE_OPTIONS, expectNoViolations } from './helpers.js';

/** The editors' demo pages, opened in an iframe as an editor opens them, with axe inside. */

export interface ToolPage {
  frame: HTMLIFrameElement;
  doc: Document;
  win: Window & typeof globalThis;
}

export async function openPage(url: string, width = 1200, height = 900): Promise<ToolPage> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = `${height}px`;
  const loaded = new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
  frame.src = url;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  return { frame, doc: frame.contentDocument!, win };
}

/** The first element matching `selector` in a shadow root, or an error that names it. */
export function inShadow<T extends Element = HTMLElement>(host: Element, selector: string): T {
  const found = host.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`${selector} not found in ${host.localName}`);
  return found;
}

export async function until(predicate: () => boolean, message: string, timeout = 6000): Promise<void> {
  await waitUntil(
    () => {
      try {
        return predicate();
      } catch {
        return false;
      }
    },
    message,
    { timeout },
  );
}

/** Types into a field the way a keyboard does: the value, then an input event. */
export function type(field: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  field.focus();
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** axe-core on the whole page inside the frame, WCAG 2.2 A and AA rules. */
export async function expectPageAccessible(page: ToolPage): Promise<void> {
  const win = page.win as unknown as { axe?: { run: (context: Document, options: object) => Promise<AxeResults> } };
  if (!win.axe) {
    const script = page.doc.createElement('script');
    const loaded = new Promise((resolve, reject) => {
      script.addEventListener('load', resolve);
      script.addEventListener('error', reject);
    });
    script.src = '/node_modules/axe-core/axe.min.js';
    page.doc.head.append(script);
    await loaded;
  }
  expectNoViolations(await win.axe!.run(page.doc, AXE_OPTIONS));
}

/** Elements in a shadow tree that stick out to the right of the page (no reflow at 320 px). */
export function overflowing(page: ToolPage, host: Element): string[] {
  const limit = page.doc.documentElement.clientWidth + 1;
  return [...host.shadowRoot!.querySelectorAll<HTMLElement>('*')]
    .filter((node) => node.getBoundingClientRect().right > limit && !node.closest('.visually-hidden') && node.getClientRects().length > 0)
    .map((node) => `${node.localName}#${node.id}.${node.className}`);
}

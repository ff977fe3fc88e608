// Runs in Chromium: <helder-sociale-kaart> with generated data (see bench/kaart-data.mjs).
import '/dist/sociale-kaart.js';
import { frame, stage, staticOnce } from './render-bench.js';

const until = async (check, what, ms = 120_000) => {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > ms) throw new Error(`timed out: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
};
const cards = (element) => element.shadowRoot?.querySelectorAll('.overview .card').length ?? 0;
const countOf = (element) => element.shadowRoot?.querySelector('[part=count]')?.textContent ?? '';

/** From the element with its `src` to laid-out cards: fetch, validation, normalising, render. */
async function widgetOnce(src) {
  await frame();
  const t0 = performance.now();
  const element = document.createElement('helder-sociale-kaart');
  element.setAttribute('level', 'b1');
  element.src = src;
  stage.append(element);
  await until(() => cards(element) > 0, 'first cards');
  await element.updateComplete;
  void stage.offsetHeight; // force style and layout
  const ms = performance.now() - t0;
  return { ms, element };
}


window.firstRender = async (src, rounds) => {
  const widget = [];
  const plain = [];
  for (let i = 0; i <= rounds; i++) {
    localStorage.clear(); // no saved copy: every round parses the feed
    const { ms, element } = await widgetOnce(src);
    const markup = element.shadowRoot.innerHTML;
    const css = element.constructor.elementStyles.map((s) => s.cssText).join('\n');
    const shown = cards(element);
    element.remove();
    const staticMs = await staticOnce(markup, css);
    if (i === 0) continue; // warm-up
    widget.push(ms);
    plain.push(staticMs);
    window.lastCards = shown;
  }
  return { widget, plain, cards: window.lastCards };
};

/** Keeps one widget on the page, for the keystroke and heap figures. */
window.mount = async (src) => {
  localStorage.clear();
  const { element } = await widgetOnce(src);
  window.kaart = element;
  return countOf(element);
};

/**
 * Types each query letter by letter; each keystroke is timed from the input event to the
 * updated, laid-out list. The search index is built first (on focus, as for a resident).
 */
window.keystrokes = async (queries) => {
  const element = window.kaart;
  const input = element.shadowRoot.querySelector('#zoek');
  const all = countOf(element);
  input.focus();
  input.value = 'testwoord';
  input.dispatchEvent(new Event('input'));
  const indexStart = performance.now();
  await until(() => countOf(element) !== all && !element.shadowRoot.textContent.includes('klaargemaakt'), 'search index');
  const indexMs = performance.now() - indexStart;
  const times = [];
  for (const query of queries) {
    for (let i = 0; i <= query.length; i++) {
      await frame();
      const t0 = performance.now();
      input.value = query.slice(0, i);
      input.dispatchEvent(new Event('input'));
      await element.updateComplete;
      void stage.offsetHeight;
      times.push(performance.now() - t0);
    }
  }
  return { times, indexMs };
};
